import { INestApplicationContext } from '@nestjs/common';
import { JobState } from '@vendure/common/lib/generated-types';
import { Logger, TransactionalConnection } from '@vendure/core';
import { JobRecord } from '@vendure/core/dist/plugin/default-job-queue-plugin/job-record.entity';
import { In } from 'typeorm';

/**
 * Waits until the database job queue has no pending or running job (e.g. after seeding, until the
 * search index is built).
 *
 * @param timeoutMs gives up (with a warning) after this long; default 5 minutes
 */
export async function waitForJobQueue(app: INestApplicationContext, timeoutMs = 300_000): Promise<void> {
    const repo = app.get(TransactionalConnection).rawConnection.getRepository(JobRecord);
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
        const pending = await repo.count({
            where: { state: In([JobState.PENDING, JobState.RUNNING, JobState.RETRYING]) },
        });
        if (pending === 0) return;
        await new Promise(resolve => setTimeout(resolve, 250));
    }
    Logger.warn('Jobs still pending after the wait; they will finish in the worker.');
}
