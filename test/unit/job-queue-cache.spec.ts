/**
 * The job queue and cache chosen by REDIS_URL (src/config/redis.ts), and the start-up check that
 * stops a process naming REDIS_URL when Redis does not answer — against a real `redis-server`.
 */
import net from 'node:net';
import { DefaultCachePlugin, DefaultJobQueuePlugin, RedisCachePlugin } from '@vendure/core';
import { BullMQJobQueuePlugin } from '@vendure/job-queue-plugin/package/bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildConfig } from '../../vendure-config';
import { checkRedis, maskPassword, redisOptions } from '../../src/config/redis';
import { readEnvironment } from '../../src/environment';
import { startThrowawayRedis, ThrowawayRedis } from '../support/throwaway-redis';

const root = '/srv/radiant';

describe('job queue and cache', () => {
    it('uses the database queue and the SQL cache on PostgreSQL without REDIS_URL (server and worker share them)', () => {
        const env = readEnvironment({ DATABASE_URL: 'postgres://radiant:x@db:5432/radiant' }, root);
        const plugins = buildConfig(env).plugins ?? [];
        expect(plugins).toContain(DefaultJobQueuePlugin);
        expect(plugins).toContain(DefaultCachePlugin);
        expect(plugins).not.toContain(BullMQJobQueuePlugin);
        expect(plugins).not.toContain(RedisCachePlugin);
    });

    it('keeps the in-process cache on the embedded SQLite file (the SQL cache would share its one connection)', () => {
        const plugins = buildConfig(readEnvironment({}, root)).plugins ?? [];
        expect(plugins).toContain(DefaultJobQueuePlugin);
        expect(plugins).not.toContain(DefaultCachePlugin);
        expect(plugins).not.toContain(RedisCachePlugin);
    });

    it('uses BullMQ and the Redis cache with REDIS_URL, every key under REDIS_PREFIX', () => {
        const env = readEnvironment(
            { REDIS_URL: 'redis://:s3cret@cache:6380/2', REDIS_PREFIX: 'shop-a' },
            root,
        );
        const plugins = buildConfig(env).plugins ?? [];
        expect(plugins).toContain(BullMQJobQueuePlugin);
        expect(plugins).toContain(RedisCachePlugin);
        expect(plugins).not.toContain(DefaultJobQueuePlugin);
        expect(plugins).not.toContain(DefaultCachePlugin);
        const bull = BullMQJobQueuePlugin.options;
        expect(bull.queueOptions?.prefix).toBe('shop-a');
        expect(bull.workerOptions?.prefix).toBe('shop-a');
        expect(bull.connection).toMatchObject({
            host: 'cache',
            port: 6380,
            password: 's3cret',
            db: 2,
            maxRetriesPerRequest: null,
        });
        expect(RedisCachePlugin.options).toMatchObject({
            namespace: 'shop-a:cache',
            redisOptions: { host: 'cache', port: 6380, db: 2 },
        });
    });

    it('reads TLS and user names from the URL, and masks passwords in messages', () => {
        expect(redisOptions('rediss://app:p%40ss@redis.example')).toMatchObject({
            host: 'redis.example',
            port: 6379,
            username: 'app',
            password: 'p@ss',
            tls: {},
        });
        expect(maskPassword('redis://app:secret@cache:6379')).toBe('redis://app:***@cache:6379');
    });

    it('refuses a malformed REDIS_PREFIX', () => {
        expect(() => readEnvironment({ REDIS_PREFIX: 'a b' }, root)).toThrow(
            'REDIS_PREFIX must be 1 to 64 letters, digits, _ . or - (got "a b")',
        );
    });
});

describe('start-up check of Redis', () => {
    let redis: ThrowawayRedis | undefined;

    beforeAll(async () => {
        redis = await startThrowawayRedis();
    });

    afterAll(() => redis?.stop());

    it('passes when Redis answers', async () => {
        expect(redis, 'redis-server must be installed (.ci/run installs it)').toBeDefined();
        await expect(checkRedis(redis!.url)).resolves.toBeUndefined();
    });

    it('fails naming REDIS_URL, password masked, when nothing listens', async () => {
        const port = await closedPort();
        const error = await checkRedis(`redis://:hunter2@127.0.0.1:${port}`, 2000).catch((e: Error) => e);
        expect(error).toBeInstanceOf(Error);
        expect((error as Error).name).toBe('RedisUnavailableError');
        expect((error as Error).message).toMatch(
            new RegExp(`^REDIS_URL: Redis at redis://:\\*\\*\\*@127\\.0\\.0\\.1:${port} did not answer`),
        );
        expect((error as Error).message).not.toContain('hunter2');
    });
});

/** A loopback port nothing listens on (bound, then released). */
function closedPort(): Promise<number> {
    return new Promise(resolve => {
        const server = net.createServer().listen(0, '127.0.0.1', () => {
            const { port } = server.address() as net.AddressInfo;
            server.close(() => resolve(port));
        });
    });
}
