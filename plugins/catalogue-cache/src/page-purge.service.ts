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

/** Purges arriving within this many milliseconds are sent together (an import fires thousands). */
const BATCH_MS = 20;

/** A target's failures are logged at most once per this many milliseconds. */
const WARN_EVERY_MS = 60_000;

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
 * Purges arriving within {@link BATCH_MS} are sent as one (the union of their keys); the keys are
 * those of `Surrogate-Key` ({@link surrogateKey}). A failing target is logged once a minute.
 */
@Injectable()
export class PagePurgeService implements OnApplicationShutdown {
    private redis?: Redis;
    private pending?: { keys: Set<string>; sent: Promise<void> };
    private readonly lastWarning = new Map<string, number>();

    constructor(@Inject(CATALOGUE_CACHE_OPTIONS) private options: ResolvedCatalogueCacheOptions) {}

    /**
     * Forwards the purge of `tags` (cache tags) to every configured target; resolves once the batch
     * holding them has been sent (never rejects).
     */
    forward(tags: readonly string[]): Promise<void> {
        const purge = this.options.pagePurge;
        if (!purge || !tags.length) return Promise.resolve();
        if (!this.pending) {
            const keys = new Set<string>();
            const sent = new Promise<void>(resolve => setTimeout(resolve, BATCH_MS)).then(() => {
                this.pending = undefined;
                return this.send([...keys].join(' '));
            });
            this.pending = { keys, sent };
        }
        for (const tag of tags) this.pending.keys.add(surrogateKey(tag));
        return this.pending.sent;
    }

    private async send(keys: string): Promise<void> {
        const purge = this.options.pagePurge!;
        const sends: Promise<void>[] = (purge.targets ?? []).map(target => this.sendHttp(target, keys));
        if (purge.redisUrl) sends.push(this.publish(purge.redisUrl, purge.redisChannel, keys));
        await Promise.all(sends);
    }

    private warn(target: string, message: string): void {
        const now = Date.now();
        if (now - (this.lastWarning.get(target) ?? 0) < WARN_EVERY_MS) return;
        this.lastWarning.set(target, now);
        Logger.warn(message, loggerCtx);
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
            if (!response.ok)
                this.warn(target, `Page purge target ${target} answered HTTP ${response.status}`);
        } catch (e) {
            this.warn(target, `Page purge target ${target} unreachable: ${String(e)} (logged once a minute)`);
        }
    }

    private async publish(url: string, channel: string, keys: string): Promise<void> {
        try {
            if (!this.redis) {
                this.redis = new Redis(url, { maxRetriesPerRequest: 2, lazyConnect: false });
                this.redis.on('error', (e: unknown) => this.warn('redis', `Page purge Redis: ${String(e)}`));
            }
            await this.redis.publish(channel, keys);
        } catch (e) {
            this.warn('redis', `Could not publish a page purge: ${String(e)}`);
        }
    }
}
