/**
 * The PostgreSQL variant (`--db=postgres`): a throwaway cluster (dist/src/tooling/throwaway-postgres.js),
 * the seed written into a template database, and one copy of it per configuration
 * (`CREATE DATABASE … TEMPLATE …`, the PostgreSQL equivalent of copying the SQLite file).
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { registerCleanup } from './processes.mjs';

const SEED_DATABASE = 'radiant_bench_seed';

export async function startPostgres(root) {
    const require = createRequire(import.meta.url);
    const { startThrowawayPostgres } = require(
        path.join(root, 'dist', 'src', 'tooling', 'throwaway-postgres.js'),
    );
    const pg = require('pg');
    const cluster = await startThrowawayPostgres(SEED_DATABASE);
    registerCleanup(() => cluster.stop());
    const urlFor = name => `postgres://postgres@${cluster.host}:${cluster.port}/${name}`;
    return {
        seedUrl: cluster.url,
        /** A new database, copy of the seeded one; returns its URL. */
        async copyOfSeed(name) {
            const client = new pg.Client({ connectionString: urlFor('postgres') });
            await client.connect();
            try {
                await client.query(`CREATE DATABASE "${name}" TEMPLATE "${SEED_DATABASE}"`);
            } finally {
                await client.end();
            }
            return urlFor(name);
        },
        stop: () => cluster.stop(),
    };
}
