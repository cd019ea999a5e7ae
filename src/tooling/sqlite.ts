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
 *   https://www.sqlite.org/wal.html#sometimes_queries_return_sqlite_busy_in_wal_mode;
 * - a least-recently-used cache of {@link STATEMENT_CACHE_SIZE} prepared statements. TypeORM's own
 *   cache is first-in-first-out (100 statements): Vendure's relation loaders inline ids in their
 *   SQL (`WHERE "id" IN (94)`), so every order settled pushes a dozen single-use statements through
 *   it and evicts the hot ones, which are then compiled again (about a tenth of the server's CPU
 *   per payment settlement, measured with `npm run bench -- --cpu-prof`). With TypeORM's cache off
 *   (`statementCacheSize: 0`) every query comes here, and the hot statements stay. A statement is
 *   only ever run synchronously to completion (`all`/`run`/`get`), so sharing it is what TypeORM's
 *   cache does too;
 * - WAL checkpoints in the worker only ({@link checkpointInThisProcess}). A checkpoint copies the
 *   WAL into the database file and syncs it, synchronously, in whichever connection's commit crosses
 *   `wal_autocheckpoint` pages; in the API server that froze the event loop and every request in
 *   flight behind it. Payment notifications arriving at 8/s (`npm run bench -- --only
 *   stripe-webhook-open`) had p95 3.0 s with the server checkpointing, 75 ms without. The server
 *   keeps a far threshold ({@link SERVER_WAL_AUTOCHECKPOINT_PAGES}) as a safety net for a server
 *   running without a worker. See https://www.sqlite.org/wal.html#automatic_checkpoint.
 *
 * Used as TypeORM's `prepareDatabase` hook for the `better-sqlite3` driver.
 */
export function prepareSqliteDatabase(db: BetterSqlite3Database): void {
    db.pragma('journal_mode = WAL');
    db.pragma('busy_timeout = 15000');
    db.pragma('synchronous = NORMAL');
    db.pragma(`wal_autocheckpoint = ${autoCheckpointPages}`);
    const prepare = db.prepare.bind(db);
    const cache = new Map<string, unknown>();
    db.prepare = (source: string) => {
        const sql = source === 'BEGIN TRANSACTION' ? 'BEGIN IMMEDIATE TRANSACTION' : source;
        let statement = cache.get(sql);
        if (statement !== undefined) {
            cache.delete(sql);
        } else {
            statement = prepare(sql);
            if (cache.size >= STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value as string);
        }
        cache.set(sql, statement);
        return statement;
    };
}

/** WAL pages after which a commit in the API server checkpoints: only if no worker did (≈ 200 MB of WAL). */
export const SERVER_WAL_AUTOCHECKPOINT_PAGES = 50_000;

/** SQLite's default threshold, used by the process that checkpoints (the worker). */
const CHECKPOINTER_WAL_AUTOCHECKPOINT_PAGES = 1000;

let autoCheckpointPages = SERVER_WAL_AUTOCHECKPOINT_PAGES;

/**
 * Makes the connections this process opens afterwards checkpoint the WAL at SQLite's default
 * threshold (1000 pages). Called by the worker before it bootstraps; every other process (API
 * server, seed, CLI) leaves checkpoints to it, see {@link prepareSqliteDatabase}.
 */
export function checkpointInThisProcess(): void {
    autoCheckpointPages = CHECKPOINTER_WAL_AUTOCHECKPOINT_PAGES;
}

/** Prepared statements kept per connection by {@link prepareSqliteDatabase}. */
export const STATEMENT_CACHE_SIZE = 500;
