/**
 * Makes the test database itself fail inserts into a table, the way a write conflict does, so that e2e
 * suites can check how the code handles a transient database failure without mocking any of it: a
 * trigger raises inside the real transaction, the real driver reports it, the transaction rolls back.
 *
 * - PostgreSQL: a `BEFORE INSERT` trigger raising SQLSTATE `40001` (serialization_failure, what a
 *   conflicting concurrent transaction gets: https://www.postgresql.org/docs/current/errcodes-appendix.html).
 * - SQLite (sql.js): a `BEFORE INSERT` trigger with `RAISE(ABORT, 'database is locked')`.
 */
import type { DataSource } from 'typeorm';
import type { TestDatabase } from './radiant-test-env';

const NAME = 'radiant_test_conflict';

/**
 * Installs the trigger on `table` (every insert into it fails until released).
 *
 * @returns `release()`, which removes the trigger
 */
export async function simulateDatabaseConflict(
    dataSource: DataSource,
    db: TestDatabase,
    table: string,
): Promise<() => Promise<void>> {
    if (db === 'postgres') {
        await dataSource.query(
            `CREATE OR REPLACE FUNCTION ${NAME}() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'could not serialize access due to concurrent update' USING ERRCODE = '40001'; END $$ LANGUAGE plpgsql`,
        );
        await dataSource.query(
            `CREATE TRIGGER ${NAME} BEFORE INSERT ON "${table}" FOR EACH ROW EXECUTE FUNCTION ${NAME}()`,
        );
        return async () => {
            await dataSource.query(`DROP TRIGGER IF EXISTS ${NAME} ON "${table}"`);
        };
    }
    await dataSource.query(
        `CREATE TRIGGER ${NAME} BEFORE INSERT ON "${table}" BEGIN SELECT RAISE(ABORT, 'database is locked'); END`,
    );
    return async () => {
        await dataSource.query(`DROP TRIGGER IF EXISTS ${NAME}`);
    };
}
