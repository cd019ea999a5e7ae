/**
 * The job queue and Vendure's cache, chosen by `REDIS_URL` (docs/deployment.md, "Redis").
 *
 * - With Redis: `BullMQJobQueuePlugin` (@vendure/job-queue-plugin; jobs and their buffer in Redis,
 *   retried with back-off, a killed worker's jobs taken over by another worker when their lock
 *   expires) and Vendure's `RedisCachePlugin` (cache and sessions shared by every server). Every key
 *   starts with `REDIS_PREFIX` (BullMQ's queue prefix; the cache namespace `<prefix>:cache`), so
 *   several deployments can share one Redis. BullMQ needs `maxmemory-policy noeviction` and AOF
 *   persistence (docs/deployment.md).
 * - Without Redis, on PostgreSQL: Vendure's database job queue and `DefaultCachePlugin`, the cache in
 *   the shared database, so the server and the worker see each other's invalidations (e.g. the
 *   worker's loyalty task moving a customer to another group invalidates the customer-group
 *   promotion condition's cache by tag).
 * - Without Redis, on the embedded SQLite file: the database job queue and Vendure's in-process
 *   cache. `DefaultCachePlugin` is not safe there: TypeORM runs every transaction of a process on
 *   SQLite's one connection, and the SQL cache's own transactions (each tag invalidation) interleave
 *   with the requests' and the seed's, which then fail ("cannot start a transaction within a
 *   transaction", lost savepoints — seen with the catalogue cache's purges). Each process keeps its
 *   own cache: the catalogue cache's purges made in the worker reach the server through its purge
 *   route (vendure-config.ts); the VIP plugin's per-customer tiers when they expire (`cacheTtlSeconds`).
 *
 * See https://docs.vendure.io/guides/deployment/horizontal-scaling and
 * https://docs.vendure.io/reference/core-plugins/job-queue-plugin/bull-mqjob-queue-plugin
 */
import { BullMQJobQueuePlugin } from '@vendure/job-queue-plugin/package/bullmq';
import {
    DefaultCachePlugin,
    DefaultJobQueuePlugin,
    type RedisCachePluginInitOptions,
    RedisCachePlugin,
    VendureConfig,
} from '@vendure/core';
import { Redis, type RedisOptions } from 'ioredis';
import type { Environment } from '../environment';

/** Thrown at start-up when Redis does not answer; its message names `REDIS_URL`. */
export class RedisUnavailableError extends Error {
    /**
     * @param url the configured URL (its password is masked in the message)
     * @param cause why the PING failed
     */
    constructor(url: string, cause: string) {
        super(
            `REDIS_URL: Redis at ${maskPassword(url)} did not answer (${cause}). Start it, fix REDIS_URL, ` +
                'or leave REDIS_URL empty to use the database job queue and cache.',
        );
        this.name = 'RedisUnavailableError';
    }
}

/** `url` with its password, if any, replaced by `***`. */
export function maskPassword(url: string): string {
    try {
        const parsed = new URL(url);
        if (parsed.password) parsed.password = '***';
        return parsed.toString().replace(/\/$/, '');
    } catch {
        return url;
    }
}

/**
 * The ioredis options of a `redis://` or `rediss://` URL (host, port, user, password, database
 * number, TLS), for BullMQ and the cache. BullMQ requires `maxRetriesPerRequest: null` on its
 * blocking connections; it sets it on the connections it creates itself.
 */
export function redisOptions(url: string): RedisOptions {
    const parsed = new URL(url);
    const db = parsed.pathname.replace(/^\//, '');
    return {
        host: parsed.hostname,
        port: parsed.port ? Number(parsed.port) : 6379,
        username: parsed.username ? decodeURIComponent(parsed.username) : undefined,
        password: parsed.password ? decodeURIComponent(parsed.password) : undefined,
        db: db ? Number(db) : undefined,
        tls: parsed.protocol === 'rediss:' ? {} : undefined,
    };
}

/**
 * Resolves when Redis answers a PING within `timeoutMs`.
 *
 * @throws RedisUnavailableError naming `REDIS_URL` otherwise
 */
export async function checkRedis(url: string, timeoutMs = 5000): Promise<void> {
    const client = new Redis({
        ...redisOptions(url),
        lazyConnect: true,
        connectTimeout: timeoutMs,
        maxRetriesPerRequest: 0,
        retryStrategy: () => null,
    });
    client.on('error', () => undefined);
    try {
        await client.connect();
        await client.ping();
    } catch (err) {
        throw new RedisUnavailableError(url, err instanceof Error ? err.message : String(err));
    } finally {
        client.disconnect();
    }
}

/** The cache namespace of a deployment: `<REDIS_PREFIX>:cache`. */
export function cacheNamespace(env: Pick<Environment, 'redisPrefix'>): string {
    return `${env.redisPrefix}:cache`;
}

/**
 * The job queue and cache plugins for an environment: BullMQ and Redis cache with `REDIS_URL`
 * (keys under `REDIS_PREFIX`); without it the database queue, and the SQL cache on PostgreSQL (the
 * in-process cache on SQLite).
 */
export function jobQueueAndCachePlugins(env: Environment): NonNullable<VendureConfig['plugins']> {
    if (!env.redisUrl) {
        return [
            DefaultJobQueuePlugin.init({ useDatabaseForBuffer: true }),
            ...(env.database.type === 'postgres' ? [DefaultCachePlugin.init({})] : []),
        ];
    }
    const connection = { ...redisOptions(env.redisUrl), maxRetriesPerRequest: null };
    const cacheOptions: RedisCachePluginInitOptions = {
        namespace: cacheNamespace(env),
        redisOptions: redisOptions(env.redisUrl),
    };
    return [
        BullMQJobQueuePlugin.init({
            connection,
            queueOptions: { prefix: env.redisPrefix },
            workerOptions: { prefix: env.redisPrefix },
            // Vendure's default: 3 attempts unless the queue says otherwise, exponential back-off.
            setBackoff: () => ({ type: 'exponential', delay: 1000 }),
        }),
        RedisCachePlugin.init(cacheOptions),
    ];
}
