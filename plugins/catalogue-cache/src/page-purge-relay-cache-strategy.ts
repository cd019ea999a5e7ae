import type { JsonCompatible } from '@vendure/common/lib/shared-types';
import type { Injector } from '@vendure/core';
import type { CacheStrategy, SetCacheKeyOptions } from '@vendure/core/dist/config/system/cache-strategy';
import { PagePurgeService } from './page-purge.service';

/**
 * A Vendure `CacheStrategy` decorator that relays other plugins' purges to the page caches: it
 * delegates every call to the strategy it wraps (in-process, SQL or Redis, as configured) and,
 * when a tag whose prefix is in `prefixes` is invalidated (the VIP plugin's `vip-pricing:prices:…`
 * when a tier's prices change), also hands that tag to {@link PagePurgeService}, so that cached
 * pages showing those prices go too. Catalogue tags are forwarded by the plugin's own purge
 * service and are not relayed twice.
 *
 * Installed by `CatalogueCachePlugin`'s configuration hook around `systemOptions.cacheStrategy`
 * when `pagePurge.relayTagPrefixes` is set; being a strategy, it sees the invalidations of every
 * caller of Vendure's `CacheService` in the process. See
 * https://docs.vendure.io/reference/typescript-api/cache/cache-strategy/
 */
export class PagePurgeRelayCacheStrategy implements CacheStrategy {
    private pagePurge?: PagePurgeService;

    /**
     * @param inner the strategy that stores the entries
     * @param prefixes tag prefixes to relay to the page caches
     */
    constructor(
        readonly inner: CacheStrategy,
        private readonly prefixes: readonly string[],
    ) {}

    /** Initialises the wrapped strategy and looks up the page purge service. */
    async init(injector: Injector): Promise<void> {
        await this.inner.init?.(injector);
        this.pagePurge = injector.get(PagePurgeService);
    }

    /** Destroys the wrapped strategy. */
    async destroy(): Promise<void> {
        await this.inner.destroy?.();
    }

    /** The wrapped strategy's entry for `key`. */
    get<T extends JsonCompatible<T>>(key: string): Promise<T | undefined> {
        return this.inner.get<T>(key);
    }

    /** Stores through the wrapped strategy. */
    set<T extends JsonCompatible<T>>(key: string, value: T, options?: SetCacheKeyOptions): Promise<void> {
        return this.inner.set(key, value, options);
    }

    /** Deletes through the wrapped strategy. */
    delete(key: string): Promise<void> {
        return this.inner.delete(key);
    }

    /**
     * Invalidates `tags` in the wrapped strategy, then forwards those with a relayed prefix to the
     * page caches (never throws for the forwarding: {@link PagePurgeService.forward} logs failures).
     */
    async invalidateTags(tags: string[]): Promise<void> {
        await this.inner.invalidateTags(tags);
        const relayed = tags.filter(tag => this.prefixes.some(prefix => tag.startsWith(prefix)));
        if (relayed.length) void this.pagePurge?.forward(relayed);
    }
}
