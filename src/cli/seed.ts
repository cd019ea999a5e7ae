/**
 * `npm run seed` — seeds the demo shop into the configured database (idempotent: what exists is
 * kept). `npm run seed -- --reset` empties the database first (SQLite: the file and the uploaded
 * assets; PostgreSQL: the `public` schema) and rebuilds everything.
 *
 * The job queue runs in this process until the search index is built, so the shop is complete
 * when the command returns. Stop the shop first: it refuses to reset a database in use.
 */
import fs from 'node:fs';
import { bootstrap, JobQueueService, runMigrations } from '@vendure/core';
import { Client } from 'pg';
import { buildConfig } from '../../vendure-config';
import { Environment, readEnvironment } from '../environment';
import { seedDemoShop } from '../seed/seed';
import { exitWithStartupError } from '../startup-error';
import { waitForJobQueue } from '../tooling/job-queue';

/** Empties the database and the uploaded files of `env`. */
export async function resetDatabase(env: Environment): Promise<void> {
    if (env.database.type === 'postgres') {
        const client = new Client({ connectionString: env.database.url });
        await client.connect();
        try {
            await client.query('DROP SCHEMA public CASCADE; CREATE SCHEMA public;');
        } finally {
            await client.end();
        }
    } else {
        for (const suffix of ['', '-wal', '-shm']) fs.rmSync(env.database.file + suffix, { force: true });
    }
    fs.rmSync(env.assetDir, { recursive: true, force: true });
}

async function serverIsRunning(env: Environment): Promise<boolean> {
    try {
        const res = await fetch(`http://127.0.0.1:${env.port}/health`, { signal: AbortSignal.timeout(1000) });
        return res.ok;
    } catch {
        return false;
    }
}

async function main(argv: string[]): Promise<void> {
    const env = readEnvironment();
    if (argv.includes('--reset')) {
        if (await serverIsRunning(env)) {
            console.error(`A Radiant server answers on port ${env.port}: stop the shop before resetting its database.`);
            process.exit(1);
        }
        await resetDatabase(env);
        console.log('Database emptied.');
    }
    const config = buildConfig(env);
    await runMigrations(config);
    const app = await bootstrap({ ...config, apiOptions: { ...config.apiOptions, port: 0 } });
    try {
        await app.get(JobQueueService).start();
        const result = await seedDemoShop(app, env);
        await waitForJobQueue(app);
        console.log(result.seeded ? `Seeded ${result.products} products.` : 'The demo shop was already there.');
    } finally {
        await app.close();
    }
}

main(process.argv.slice(2)).then(() => process.exit(0), exitWithStartupError);
