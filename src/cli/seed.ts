/**
 * `npm run seed` — seeds the demo shop into the configured database (idempotent: what exists is
 * kept). `npm run seed -- --reset` empties the database first (SQLite: the file and the uploaded
 * assets; PostgreSQL: the `public` schema) and rebuilds everything.
 *
 * `--if-empty` seeds only a database without products (what the server does at its first start).
 *
 * It runs as a Vendure worker context (no HTTP server) whose job queue builds the search index
 * before it exits, so the shop is complete when the command returns. Stop the shop first: it
 * refuses to reset a database in use.
 */
import fs from 'node:fs';
import { bootstrapWorker, runMigrations } from '@vendure/core';
import { Client } from 'pg';
import { buildConfig } from '../../vendure-config';
import { Environment, readEnvironment } from '../environment';
import { seedDemoShop, seedIfEmpty } from '../seed/seed';
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
            console.error(
                `A Radiant server answers on port ${env.port}: stop the shop before resetting its database.`,
            );
            process.exit(1);
        }
        await resetDatabase(env);
        console.log('Database emptied.');
    }
    const config = buildConfig(env);
    await runMigrations(config);
    // A worker context: no HTTP server, and its job queue builds the search index before we exit.
    const worker = await bootstrapWorker(config);
    try {
        await worker.startJobQueue();
        const result = argv.includes('--if-empty')
            ? await seedIfEmpty(worker.app, env)
            : await seedDemoShop(worker.app, env);
        await waitForJobQueue(worker.app);
        console.log(
            result.seeded ? `Seeded ${result.products} products.` : 'The demo shop was already there.',
        );
    } finally {
        await closeWorker(worker.app);
    }
}

/**
 * Closes the seed's worker context. Everything the seed wrote is committed by then, so a failure
 * while closing (BullMQ or the Redis cache losing a connection they were quitting, seen on busy
 * machines as ioredis' "Connection is closed.") is logged, not turned into a failed seed.
 */
async function closeWorker(app: { close(): Promise<void> }): Promise<void> {
    try {
        await app.close();
    } catch (err) {
        console.warn(`The seed finished; closing its worker context failed: ${String(err)}`);
    }
}

main(process.argv.slice(2)).then(() => process.exit(0), exitWithStartupError);
