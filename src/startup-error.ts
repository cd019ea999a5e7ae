import { EnvironmentError } from './environment';

/** Errors whose message says all (which variable, what to do): printed without a stack trace. */
const SELF_EXPLAINING = new Set(['SeedError', 'RedisUnavailableError', 'S3UnavailableError']);

/**
 * Prints why the process could not start (the message alone, without a stack trace, when the
 * environment is invalid, seeding failed, or Redis or the S3 bucket is unreachable) and exits with
 * code 1, so that nothing half-starts.
 */
export function exitWithStartupError(err: unknown): never {
    if (err instanceof EnvironmentError || (err instanceof Error && SELF_EXPLAINING.has(err.name))) {
        console.error(`\n${err.message}\n`);
    } else {
        console.error(err);
    }
    process.exit(1);
}
