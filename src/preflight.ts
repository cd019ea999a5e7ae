/**
 * Checks, before the server or the worker starts, that the services the environment names answer:
 * Redis (`REDIS_URL`) and the S3 bucket (`S3_*`). A failure stops the process with a message
 * naming the variable to fix, instead of a half-started process retrying in a loop.
 */
import { checkRedis } from './config/redis';
import { checkS3 } from './config/s3';
import { startSentry } from './config/sentry';
import { processRole } from './config/logging';
import type { Environment } from './environment';

/**
 * Resolves when every configured service answers.
 *
 * @throws RedisUnavailableError (names `REDIS_URL`) or S3UnavailableError (names the `S3_*` variable)
 */
export async function checkServices(env: Environment): Promise<void> {
    // First, so that a failure below is reported too.
    await startSentry(env.sentryDsn, env.isProduction ? 'production' : 'development', processRole());
    if (env.redisUrl) await checkRedis(env.redisUrl);
    if (env.s3) await checkS3(env.s3);
}
