import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { Logger } from '@vendure/core';
import { Redis } from 'ioredis';
import { CATALOGUE_CACHE_OPTIONS, surrogateKey } from './constants';
import type { ResolvedCatalogueCacheOptions } from './types';

const loggerCtx = 'CatalogueCache';

/** Header of a purge request naming the surrogate keys to purge, space-separated (Varnish xkey's name). */
export const PURGE_KEYS_HEADER = 'xkey-purge';

/** Longest wait for one purge target, in milliseconds: a slow target must not hold the others. */
const PURGE_TIMEOUT_MS = 2000;

/**
 * Sends the surrogate keys of every purge to the page caches in front of the Shop API (the
 * storefront's page cache, a reverse proxy such as Varnish with xkey), from whichever process
 * purged (server or worker), so that pages rendered from purged answers go too:
 *
 * - each HTTP target in `pagePurge.targets` gets `PURGE <url>` with `xkey-purge: <keys>` and, when
 *   `pagePurge.token` is set, `Authorization: Bearer <token>`; a failure is logged, never thrown
 *   (the page's own TTL bounds what a lost purge leaves);
 * - with `pagePurge.redisUrl`, the keys are also published on the Redis channel
 *   `pagePurge.redisChannel` (one message, keys space-separated), which every storefront process
 *   sharing that Redis subscribes to.
 *
 * Purges are sent as they come (one request per purge and target); the keys are those of
 * `Surrogate-Key` ({@link surrogateKey}).
 */
@Injectable()
export class PagePurgeService implements OnApplicationShutdown {
    private redis?: Redis;

    constructor(@Inject(CATALOGUE_CACHE_OPTIONS) private options: ResolvedCatalogueCacheOptions) {}

    /** Forwards the purge of `tags` (cache tags) to every configured target. */
    async forward(tags: readonly string[]): Promise<void> {
        const purge = this.options.pagePurge;
        if (!purge || !tags.length) return;
        const keys = [...new Set(tags.map(surrogateKey))].join(' ');
        const sends: Promise<void>[] = (purge.targets ?? []).map(target => this.sendHttp(target, keys));
        if (purge.redisUrl) sends.push(this.publish(purge.redisUrl, purge.redisChannel, keys));
        await Promise.all(sends);
    }

    /** Closes the Redis connection, if one was opened. */
    onApplicationShutdown(): void {
        this.redis?.disconnect();
    }

    private async sendHttp(target: string, keys: string): Promise<void> {
        const token = this.options.pagePurge?.token;
        try {
            const response = await fetch(target, {
                method: 'PURGE',
                headers: {
                    [PURGE_KEYS_HEADER]: keys,
                    ...(token ? { authorization: `Bearer ${token}` } : {}),
                },
                signal: AbortSignal.timeout(PURGE_TIMEOUT_MS),
            });
            await response.body?.cancel();
            if (!response.ok) {
                Logger.warn(`Page purge target ${target} answered HTTP ${response.status}`, loggerCtx);
            }
        } catch (e) {
            Logger.warn(`Page purge target ${target} unreachable: ${String(e)}`, loggerCtx);
        }
    }

    private async publish(url: string, channel: string, keys: string): Promise<void> {
        try {
            if (!this.redis) {
                this.redis = new Redis(url, { maxRetriesPerRequest: 2, lazyConnect: false });
                this.redis.on('error', (e: unknown) =>
                    Logger.warn(`Page purge Redis: ${String(e)}`, loggerCtx),
                );
            }
            await this.redis.publish(channel, keys);
        } catch (e) {
            Logger.warn(`Could not publish a page purge: ${String(e)}`, loggerCtx);
        }
    }
}
