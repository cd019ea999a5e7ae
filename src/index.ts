/**
 * The Radiant API server: applies pending migrations, seeds the demo shop into a database without
 * products (unless SEED_ON_START=false; in a separate process, so the server's memory stays that of
 * a server), then serves the Shop API, Admin API, Dashboard, classic admin, assets, dev mailbox and
 * /health.
 */
import { fork } from 'node:child_process';
import path from 'node:path';
import { bootstrap, runMigrations } from '@vendure/core';
import { config } from '../vendure-config';
import { readEnvironment } from './environment';
import { exitWithStartupError } from './startup-error';
import { checkServices } from './preflight';
import { databaseHasProducts } from './tooling/database';

/** The first-start seeding failed; its own output says why. */
class SeedError extends Error {
    constructor(code: number | null) {
        super(
            `Seeding the demo shop failed (exit code ${code}, see above). Fix the cause, then rebuild it with ` +
                '`npm run seed -- --reset`, or start with SEED_ON_START=false.',
        );
        this.name = 'SeedError';
    }
}

/** Runs `cli/seed.js --if-empty` as a child process and waits for it. */
function seedInChildProcess(): Promise<void> {
    return new Promise((resolve, reject) => {
        const child = fork(path.join(__dirname, 'cli', 'seed.js'), ['--if-empty'], { stdio: 'inherit' });
        child.on('error', reject);
        child.on('exit', code => (code === 0 ? resolve() : reject(new SeedError(code))));
    });
}

async function main(): Promise<void> {
    const env = readEnvironment();
    await checkServices(env);
    await runMigrations(config);
    if (env.seedOnStart && !(await databaseHasProducts(config))) {
        await seedInChildProcess();
    }
    await bootstrap(config);
}

main().catch(exitWithStartupError);
