/**
 * The Radiant API server: applies pending migrations, seeds the demo shop into an empty database
 * (unless SEED_ON_START=false), then serves the Shop API, Admin API, Dashboard, classic admin,
 * assets, dev mailbox and /health.
 */
import { bootstrap, runMigrations } from '@vendure/core';
import { config } from '../vendure-config';
import { readEnvironment } from './environment';
import { seedIfEmpty } from './seed/seed';
import { exitWithStartupError } from './startup-error';

async function main(): Promise<void> {
    await runMigrations(config);
    const app = await bootstrap(config);
    const env = readEnvironment();
    if (env.seedOnStart) {
        await seedIfEmpty(app, env);
    }
}

main().catch(exitWithStartupError);
