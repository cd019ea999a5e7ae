/**
 * Re-queues jobs a dead worker left `RUNNING` (issue 13, item 16).
 *
 * Vendure's database job queue (`DefaultJobQueuePlugin`, `SqlJobQueueStrategy`) takes a job by setting
 * it `RUNNING` and only ever picks `PENDING` or `RETRYING` ones. A worker stopping gracefully defers
 * its running jobs back to `PENDING` (`Job.defer()` in `PollingJobQueueStrategy.stop`); a worker that
 * is killed (OOM, SIGKILL, host lost) leaves them `RUNNING` for ever, and nothing in Vendure — no
 * setting, no heartbeat; the plugin's clean-up task only deletes settled jobs — runs them
 * again. This task does what the graceful stop would have done: `Job.defer()` then the strategy's
 * own `update(job)`, for jobs started longer ago than `olderThanMinutes`.
 *
 * A job still legitimately running after that long (e.g. a search reindex of a huge catalogue) would
 * run a second time: choose `olderThanMinutes` above the longest job, and keep jobs idempotent (ours
 * are: invoices and credit notes by their dedupe key, PDFs stored once).
 */
import { SortOrder } from '@vendure/common/lib/generated-types';
import {
    ConfigService,
    isInspectableJobQueueStrategy,
    Job,
    JobQueueStrategy,
    Logger,
    ScheduledTask,
} from '@vendure/core';

/** Default age after which a RUNNING job counts as abandoned, in minutes. */
export const DEFAULT_STALE_JOB_MINUTES = 60;

/** A queue strategy that can persist a job's state (`PollingJobQueueStrategy` and its subclasses). */
type UpdatableStrategy = JobQueueStrategy & { update(job: Job): Promise<void> };

function canUpdate(strategy: JobQueueStrategy): strategy is UpdatableStrategy {
    return typeof (strategy as Partial<UpdatableStrategy>).update === 'function';
}

/**
 * Sets every job `RUNNING` since more than `olderThanMinutes` back to `PENDING` (attempts reset, as
 * `Job.defer()` does), at most `limit` (default 100) per call, oldest first.
 *
 * @returns the ids of the jobs re-queued; empty when the configured strategy cannot be inspected or
 *   updated (e.g. a broker-backed queue, which has its own redelivery)
 */
export async function requeueStaleJobs(
    configService: ConfigService,
    olderThanMinutes = DEFAULT_STALE_JOB_MINUTES,
    limit = 100,
): Promise<string[]> {
    const strategy = configService.jobQueueOptions.jobQueueStrategy;
    if (!isInspectableJobQueueStrategy(strategy) || !canUpdate(strategy)) return [];
    const before = new Date(Date.now() - olderThanMinutes * 60_000);
    const { items } = await strategy.findMany({
        filter: { state: { eq: 'RUNNING' }, startedAt: { before } },
        sort: { startedAt: SortOrder.ASC },
        take: limit,
    });
    const requeued: string[] = [];
    for (const job of items) {
        job.defer();
        await strategy.update(job);
        requeued.push(String(job.id));
        Logger.warn(
            `Job ${String(job.id)} of ${job.queueName} was RUNNING since ${job.startedAt?.toISOString() ?? '?'}: re-queued`,
            'StaleJobs',
        );
    }
    return requeued;
}

/**
 * The `requeue-stale-jobs` ScheduledTask (every 10 minutes, in the worker with
 * `DefaultSchedulerPlugin`): {@link requeueStaleJobs} with `olderThanMinutes` (default 60).
 */
export function requeueStaleJobsTask(olderThanMinutes = DEFAULT_STALE_JOB_MINUTES): ScheduledTask {
    return new ScheduledTask({
        id: 'requeue-stale-jobs',
        description: `Re-queues jobs left RUNNING for more than ${olderThanMinutes} min by a worker that died`,
        schedule: cron => cron.every(10).minutes(),
        execute: async ({ injector }) => ({
            requeued: await requeueStaleJobs(injector.get(ConfigService), olderThanMinutes),
        }),
    });
}
