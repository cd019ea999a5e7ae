import { INestApplicationContext } from '@nestjs/common';
import { JobState } from '@vendure/common/lib/generated-types';
import { ConfigService, isInspectableJobQueueStrategy, Logger } from '@vendure/core';

/**
 * Waits until the job queue has no pending, running or retrying job (e.g. after seeding, until the
 * search index is built), through the configured strategy's `findMany` (Vendure's database queue
 * and BullMQ alike).
 *
 * @param timeoutMs gives up (with a warning) after this long; default 5 minutes
 */
export async function waitForJobQueue(app: INestApplicationContext, timeoutMs = 300_000): Promise<void> {
    const strategy = app.get(ConfigService).jobQueueOptions.jobQueueStrategy;
    if (!isInspectableJobQueueStrategy(strategy)) return;
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
        const { totalItems } = await strategy.findMany({
            filter: { state: { in: [JobState.PENDING, JobState.RUNNING, JobState.RETRYING] } },
            take: 1,
        });
        if (totalItems === 0) return;
        await new Promise(resolve => setTimeout(resolve, 250));
    }
    Logger.warn('Jobs still pending after the wait; they will finish in the worker.');
}
