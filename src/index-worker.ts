/**
 * The Radiant worker: processes the job queue (emails, search index, plugin jobs) and runs the
 * scheduled tasks; serves /health, /health/ready and /metrics on WORKER_PORT (default 3020).
 */
import { bootstrapWorker } from '@vendure/core';
import { config } from '../vendure-config';
import { readEnvironment } from './environment';
import { exitWithStartupError } from './startup-error';
import { startWorkerOperationsServer } from './config/operations';
import { checkServices } from './preflight';
import { checkpointInThisProcess } from './tooling/sqlite';

async function main(): Promise<void> {
    // The worker, not the API server, copies SQLite's WAL into the database (see tooling/sqlite.ts).
    checkpointInThisProcess();
    await checkServices(readEnvironment());
    const worker = await bootstrapWorker(config);
    await worker.startJobQueue();
    // /health, /health/ready and /metrics (src/config/operations.ts).
    await startWorkerOperationsServer(worker.app, readEnvironment().workerPort);
}

main().catch(exitWithStartupError);
