/**
 * The two databases every e2e suite runs on: sql.js (in memory, one cached file per suite) and the
 * throwaway PostgreSQL cluster the e2e project starts (test/support/global-setup.ts, handed over as
 * `inject('postgres')`). Registers @vendure/testing's initializers for both.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { VendureConfig } from '@vendure/core';
import { PostgresInitializer, registerInitializer, SqljsInitializer, testConfig } from '@vendure/testing';
import { inject } from 'vitest';

/** A database an e2e suite runs on. */
export type TestDatabase = 'sqljs' | 'postgres';
/** Every suite loops over these (`for (const db of TEST_DATABASES) describe(...)`). */
export const TEST_DATABASES: TestDatabase[] = ['sqljs', 'postgres'];

const sqljsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'radiant-sqljs-'));
registerInitializer('sqljs', new SqljsInitializer(sqljsDir));
registerInitializer('postgres', new PostgresInitializer());

/**
 * The `dbConnectionOptions` for `db`: testConfig's sql.js options, or the throwaway PostgreSQL
 * cluster (schema synchronized from the entities; the initializer creates one database per suite).
 */
export function testDbConnectionOptions(db: TestDatabase): VendureConfig['dbConnectionOptions'] {
    if (db === 'sqljs') return testConfig.dbConnectionOptions;
    const postgres = inject('postgres');
    return {
        type: 'postgres',
        host: postgres.host,
        port: postgres.port,
        username: 'postgres',
        password: '',
        synchronize: true,
        logging: false,
    };
}
