/**
 * Schema migrations for both databases Radiant supports.
 *
 *   npm run migration:generate -- <name>   generate migrations/sqlite/<ts>-<name>.ts and
 *                                           migrations/postgres/<ts>-<name>.ts from the entities
 *   npm run migration:check                 exit 1 when the entities and the migrations disagree
 *   node dist/src/cli/migrations.js run     apply pending migrations to the configured database
 *                                           (DATABASE_URL or the SQLite file), then, with
 *                                           SEED_ON_START=true, seed an empty one: the step that
 *                                           runs once per deployment, before several servers start
 *
 * Each command applies the existing migrations to a scratch database (a temporary SQLite file, a
 * throwaway PostgreSQL cluster) and compares the result with the entities, as TypeORM's
 * `migration:generate --check` does. Migrations are applied at server start (src/index.ts).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateMigration, preBootstrapConfig, runMigrations, VendureConfig } from '@vendure/core';
import { DataSource } from 'typeorm';
import { buildConfig } from '../../vendure-config';
import { readEnvironment } from '../environment';
import { databaseHasProducts } from '../tooling/database';
import { startThrowawayPostgres, ThrowawayPostgres } from '../tooling/throwaway-postgres';

/** The database types Radiant keeps migrations for, with their folder under `migrations/`. */
export const MIGRATION_TARGETS = ['sqlite', 'postgres'] as const;
export type MigrationTarget = (typeof MIGRATION_TARGETS)[number];

interface ScratchDatabase {
    config: VendureConfig;
    dispose(): void;
}

/** Creates an empty scratch database of `target` and a Radiant config pointing at it. */
async function scratchDatabase(target: MigrationTarget, pg?: ThrowawayPostgres): Promise<ScratchDatabase> {
    if (target === 'postgres') {
        const cluster = pg ?? (await startThrowawayPostgres());
        const url = pg ? await pg.createDatabase(`scratch_${Date.now()}`) : cluster.url;
        const env = readEnvironment({ ...process.env, DATABASE_URL: url, LOG_LEVEL: 'warn' });
        return { config: buildConfig(env), dispose: () => (pg ? undefined : cluster.stop()) };
    }
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'radiant-sqlite-'));
    const env = readEnvironment({ ...process.env, DATABASE_URL: '', DATA_DIR: dir, LOG_LEVEL: 'warn' });
    return { config: buildConfig(env), dispose: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Applies the migrations of `target` to an empty database and returns the SQL still needed to
 * match the entities (empty when they agree).
 */
export async function pendingSchemaChanges(
    target: MigrationTarget,
    pg?: ThrowawayPostgres,
): Promise<string[]> {
    const scratch = await scratchDatabase(target, pg);
    try {
        await runMigrations(scratch.config);
        const runtime = await preBootstrapConfig(scratch.config);
        const dataSource = new DataSource({
            ...(runtime.dbConnectionOptions as object),
            synchronize: false,
            migrationsRun: false,
            logging: false,
        } as ConstructorParameters<typeof DataSource>[0]);
        await dataSource.initialize();
        try {
            const sql = await dataSource.driver.createSchemaBuilder().log();
            return sql.upQueries.map(q => q.query);
        } finally {
            await dataSource.destroy();
        }
    } finally {
        scratch.dispose();
    }
}

/** Generates a migration named `name` for `target` into `migrations/<target>/`. */
async function generate(target: MigrationTarget, name: string): Promise<string | undefined> {
    const scratch = await scratchDatabase(target);
    try {
        await runMigrations(scratch.config);
        const outputDir = path.join(readEnvironment().rootDir, 'migrations', target);
        return await generateMigration(scratch.config, { name, outputDir });
    } finally {
        scratch.dispose();
    }
}

async function main(argv: string[]): Promise<number> {
    const [command, name] = argv;
    if (command === 'generate') {
        if (!name || !/^[A-Za-z][A-Za-z0-9-]*$/.test(name)) {
            console.error('Usage: npm run migration:generate -- <name> (letters, digits and dashes)');
            return 2;
        }
        for (const target of MIGRATION_TARGETS) {
            const file = await generate(target, name);
            console.log(file ? `${target}: ${path.relative(process.cwd(), file)}` : `${target}: no changes`);
        }
        return 0;
    }
    if (command === 'check') {
        let ok = true;
        for (const target of MIGRATION_TARGETS) {
            const pending = await pendingSchemaChanges(target);
            if (pending.length) {
                ok = false;
                console.error(`${target}: entities and migrations disagree (${pending.length} statements):`);
                for (const sql of pending.slice(0, 20)) console.error(`  ${sql}`);
                console.error('Run `npm run migration:generate -- <name>` and commit the result.');
            } else {
                console.log(`${target}: entities and migrations agree`);
            }
        }
        return ok ? 0 : 1;
    }
    if (command === 'run') {
        const env = readEnvironment();
        const config = buildConfig(env);
        await runMigrations(config);
        if (env.seedOnStart && !(await databaseHasProducts(config))) {
            const seed = spawnSync(process.execPath, [path.join(__dirname, 'seed.js'), '--if-empty'], {
                stdio: 'inherit',
            });
            if (seed.status !== 0) return seed.status ?? 1;
        }
        return 0;
    }
    console.error('Usage: migrations generate <name> | check | run');
    return 2;
}

if (require.main === module) {
    main(process.argv.slice(2)).then(
        code => process.exit(code),
        err => {
            console.error(err);
            process.exit(1);
        },
    );
}
