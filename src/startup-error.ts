import { EnvironmentError } from './environment';

/**
 * Prints why the process could not start (the message alone, without a stack trace, when the
 * environment is invalid or seeding failed) and exits with code 1, so that nothing half-starts.
 */
export function exitWithStartupError(err: unknown): never {
    if (err instanceof EnvironmentError || (err instanceof Error && err.name === 'SeedError')) {
        console.error(`\n${err.message}\n`);
    } else {
        console.error(err);
    }
    process.exit(1);
}
