/**
 * Settings for the embedded SQLite database (better-sqlite3), shared by the server and the worker
 * processes.
 */

/** The part of a better-sqlite3 `Database` this module uses. */
export interface BetterSqlite3Database {
    pragma(source: string): unknown;
    prepare(source: string): unknown;
}

/**
 * Prepares a better-sqlite3 connection for two processes writing to the same file:
 *
 * - WAL journal, so readers never block the writer and vice versa;
 * - a busy timeout, so a writer waits for the other process's write lock instead of failing;
 * - `BEGIN IMMEDIATE` for TypeORM's transactions: a deferred transaction that reads, then writes,
 *   fails at once with SQLITE_BUSY ("database is locked") when the other process committed in
 *   between, and no busy timeout can help it; an immediate one takes the write lock up front and
 *   waits for it. See https://www.sqlite.org/lang_transaction.html and
 *   https://www.sqlite.org/wal.html#sometimes_queries_return_sqlite_busy_in_wal_mode.
 *
 * Used as TypeORM's `prepareDatabase` hook for the `better-sqlite3` driver.
 */
export function prepareSqliteDatabase(db: BetterSqlite3Database): void {
    db.pragma('journal_mode = WAL');
    db.pragma('busy_timeout = 15000');
    db.pragma('synchronous = NORMAL');
    const prepare = db.prepare.bind(db);
    db.prepare = (source: string) => prepare(source === 'BEGIN TRANSACTION' ? 'BEGIN IMMEDIATE TRANSACTION' : source);
}
