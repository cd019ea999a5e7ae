/**
 * Counting the SQL statements a test server runs, for query-count tests (an N+1 regression shows as
 * a count that grows with the data). Pass `logger` and `logging: ['query']` in the server's
 * `dbConnectionOptions`, then compare `count()` before and after a request.
 */
import type { Logger as TypeOrmLogger } from 'typeorm';

/**
 * What is not counted: the job queue's and the scheduler's polling of their own tables, which run on
 * timers whatever the requests, and transaction control statements (`START TRANSACTION`, `COMMIT`…).
 */
const NOT_COUNTED = /job_record|scheduled_task/i;
const TRANSACTION_CONTROL = /^\s*(START TRANSACTION|BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE SAVEPOINT)/i;

/** A TypeORM logger that only counts statements, and its counter. */
export function sqlQueryCounter(): { logger: TypeOrmLogger; count: () => number } {
    let queries = 0;
    const logger: TypeOrmLogger = {
        logQuery: (query: string) => {
            if (!NOT_COUNTED.test(query) && !TRANSACTION_CONTROL.test(query)) queries++;
        },
        logQueryError: () => undefined,
        logQuerySlow: () => undefined,
        logSchemaBuild: () => undefined,
        logMigration: () => undefined,
        log: () => undefined,
    };
    return { logger, count: () => queries };
}
