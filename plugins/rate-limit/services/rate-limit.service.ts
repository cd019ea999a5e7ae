import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { Logger } from '@vendure/core';
import { Redis } from 'ioredis';
import {
    RateLimiterAbstract,
    RateLimiterMemory,
    RateLimiterRedis,
    RateLimiterRes,
} from 'rate-limiter-flexible';
import { KEY_PREFIX, loggerCtx, RATE_LIMIT_PLUGIN_OPTIONS } from '../constants';
import type { RateLimitPluginOptions, RateLimitRuleBase } from '../types';

/** A refusal: the key has used up its points; it may try again after `retryAfter` seconds (≥ 1). */
export interface RateLimitRefusal {
    /** The rule that refused. */
    rule: string;
    /** Seconds until the key may try again (the `Retry-After` value), at least 1. */
    retryAfter: number;
}

/**
 * The counters of every rule, in Redis when `redisUrl` is set (shared by every server process, with an
 * in-memory insurance limiter if Redis fails) or in this process's memory otherwise. Rule semantics:
 * `points` calls per window are allowed, the next is refused.
 */
@Injectable()
export class RateLimitService implements OnApplicationShutdown {
    private readonly limiters = new Map<string, RateLimiterAbstract>();
    /** Connected at the first counted call (the worker process, which serves no API, never connects). */
    private redis?: Redis;

    constructor(@Inject(RATE_LIMIT_PLUGIN_OPTIONS) private readonly options: RateLimitPluginOptions) {}

    /** Closes the Redis connection, if any. */
    async onApplicationShutdown(): Promise<void> {
        if (this.redis && this.redis.status !== 'end') {
            await this.redis.quit().catch(() => this.redis?.disconnect());
        }
    }

    /**
     * Connects to Redis (when `redisUrl` is set) and waits until it answers, at most `timeoutMs`; until
     * then, and whenever Redis is unreachable, counters are kept in memory. Called by the server process at
     * start; never throws.
     */
    async connect(timeoutMs = 5_000): Promise<void> {
        const redis = this.redisClient();
        if (!redis || redis.status === 'ready') return;
        await new Promise<void>(resolve => {
            const timer = setTimeout(resolve, timeoutMs);
            redis.once('ready', () => {
                clearTimeout(timer);
                resolve();
            });
        });
    }

    /** Whether counters are shared through Redis. */
    get store(): 'redis' | 'memory' {
        return this.options.redisUrl ? 'redis' : 'memory';
    }

    /**
     * Counts one call of `key` against `rule`.
     *
     * @returns the refusal when the key had already used up its points (the call must not run), else undefined
     */
    async consume(rule: RateLimitRuleBase, key: string): Promise<RateLimitRefusal | undefined> {
        try {
            await this.limiter(rule).consume(key);
            return undefined;
        } catch (rejection) {
            return this.refusalOrThrow(rule, rejection);
        }
    }

    /**
     * Whether `key` is refused by `rule` without counting (for failure-counting rules: checked before
     * the call, counted by {@link recordFailure} after it).
     */
    async check(rule: RateLimitRuleBase, key: string): Promise<RateLimitRefusal | undefined> {
        const res = await this.limiter(rule).get(key);
        if (!res || res.consumedPoints < rule.points) return undefined;
        return { rule: rule.name, retryAfter: retryAfterOf(res) };
    }

    /**
     * Counts one failure of `key`; the failure that uses up the last point starts the rule's
     * `blockDuration` (or, without one, the key waits for the end of the window).
     */
    async recordFailure(rule: RateLimitRuleBase, key: string): Promise<void> {
        const limiter = this.limiter(rule);
        try {
            const res = await limiter.consume(key);
            if (res.remainingPoints === 0 && rule.blockDuration) {
                await limiter.block(key, rule.blockDuration);
            }
        } catch (rejection) {
            // Already over the limit (a concurrent failure): the key stays refused.
            this.refusalOrThrow(rule, rejection);
        }
    }

    /** Forgets the failures of `key` (a successful login resets consecutive failures). */
    async reset(rule: RateLimitRuleBase, key: string): Promise<void> {
        await this.limiter(rule).delete(key);
    }

    private refusalOrThrow(rule: RateLimitRuleBase, rejection: unknown): RateLimitRefusal {
        if (rejection instanceof RateLimiterRes) {
            return { rule: rule.name, retryAfter: retryAfterOf(rejection) };
        }
        throw rejection;
    }

    private redisClient(): Redis | undefined {
        if (!this.redis && this.options.redisUrl) {
            // rate-limiter-flexible's advice for ioredis: no offline queue, so a lost connection fails
            // fast and the in-memory insurance limiter answers instead of requests piling up.
            this.redis = new Redis(this.options.redisUrl, {
                enableOfflineQueue: false,
                maxRetriesPerRequest: 1,
            });
            this.redis.on('error', (err: Error) =>
                Logger.warn(`Redis: ${err.message} (counting in memory meanwhile)`, loggerCtx),
            );
        }
        return this.redis;
    }

    private limiter(rule: RateLimitRuleBase): RateLimiterAbstract {
        let limiter = this.limiters.get(rule.name);
        if (!limiter) {
            const common = {
                keyPrefix: `${KEY_PREFIX}:${rule.name}`,
                points: rule.points,
                duration: rule.duration,
                // Blocks are started by recordFailure for failure rules (after the last allowed failure).
                blockDuration: rule.count === 'failure' ? 0 : (rule.blockDuration ?? 0),
            };
            const memory = new RateLimiterMemory(common);
            const redis = this.redisClient();
            limiter = redis
                ? new RateLimiterRedis({
                      ...common,
                      storeClient: redis,
                      rejectIfRedisNotReady: true,
                      insuranceLimiter: memory,
                  })
                : memory;
            this.limiters.set(rule.name, limiter);
        }
        return limiter;
    }
}

/** `Retry-After` seconds of a limiter answer: the time to the next allowed call, rounded up, at least 1. */
function retryAfterOf(res: RateLimiterRes): number {
    return Math.max(1, Math.ceil(res.msBeforeNext / 1000));
}
