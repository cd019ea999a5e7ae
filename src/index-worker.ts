/**
 * The Radiant worker: processes the job queue (emails, search index, plugin jobs) and runs the
 * scheduled tasks; exposes its own health check on WORKER_PORT (default 3020).
 */
import { bootstrapWorker } from '@vendure/core';
import { config } from '../vendure-config';
import { readEnvironment } from './environment';
import { exitWithStartupError } from './startup-error';
import { checkServices } from './preflight';
import { checkpointInThisProcess } from './tooling/sqlite';

async function main(): Promise<void> {
    // The worker, not the API server, copies SQLite's WAL into the database (see tooling/sqlite.ts).
    checkpointInThisProcess();
    await checkServices(readEnvironment());
    const worker = await bootstrapWorker(config);
    await worker.startJobQueue();
    await worker.startHealthCheckServer({ port: readEnvironment().workerPort, hostname: '0.0.0.0' });
}

main().catch(exitWithStartupError);
