import type { Injector, RequestContext } from '@vendure/core';

/**
 * What a shopper's pricing adds to a cache key: shoppers with the same `key` see the same prices.
 * `tags` are extra CacheService tags of their entries (e.g. the VIP plugin's price tags, so that its
 * own invalidation purges the answers that show those prices).
 */
export interface PricingVariant {
    /** Empty for the regular prices (guests and customers without a tier). */
    key: string;
    tags?: string[];
}

/**
 * Where purges are forwarded, so that pages rendered from the Shop API's answers (the storefront's
 * page cache, a reverse proxy or CDN in front of it) are purged with them. See README "Pages".
 */
export interface PagePurgeOptions {
    /**
     * URLs receiving `PURGE` with the header `xkey-purge: <surrogate keys>` (the storefront's
     * `/_radiant/purge`, a Varnish with vmod xkey). Default none.
     */
    targets?: string[];
    /** Sent as `Authorization: Bearer <token>` to the targets (the storefront requires it). */
    token?: string;
    /** Redis URL on which purges are also published (storefront processes sharing that Redis subscribe). */
    redisUrl?: string;
    /** Redis pub/sub channel of the purges; default `radiant:page-purge`. */
    redisChannel: string;
    /**
     * Tags invalidated in Vendure's CacheService by other plugins whose purge must reach the pages
     * too (prefixes; e.g. the VIP plugin's `vip-pricing:prices`): a page's surrogate keys include the
     * pricing variant's tags, which those plugins invalidate themselves.
     */
    relayTagPrefixes?: string[];
}

/**
 * Options of {@link CatalogueCachePlugin}.
 */
export interface CatalogueCachePluginOptions {
    /** Turns the cache off (every answer `BYPASS`); default `true`. */
    enabled?: boolean;
    /**
     * Longest life of an entry in seconds (default 300). Changes purge entries at once; the TTL only
     * bounds what no event announces (a VIP price window opening, for example).
     */
    ttlSeconds?: number;
    /**
     * Longest life in seconds of the answers that list the catalogue (`search`, `products`, …;
     * default: `ttlSeconds`). Set it short when the cache is not shared by the server and the
     * worker (an in-process cache with a separate worker): the worker's search-index purges then
     * stay in the worker, and listings catch up when their entries expire.
     */
    listTtlSeconds?: number;
    /** Largest answer stored, in bytes of JSON (default 512 KiB); bigger answers are not cached. */
    maxEntryBytes?: number;
    /** Shop API root fields that may be cached, replacing `DEFAULT_CACHEABLE_FIELDS`. */
    cacheableFields?: string[];
    /**
     * The pricing a shopper sees beyond channel, language and currency (customer-specific prices).
     * Called with a Shop API RequestContext built from the request's session; default: none.
     */
    pricingVariant?: (ctx: RequestContext, injector: Injector) => Promise<PricingVariant>;
    /** Forward purges to page caches (storefront, reverse proxy); default: none. */
    pagePurge?: Omit<PagePurgeOptions, 'redisChannel'> & { redisChannel?: string };
}

/** {@link CatalogueCachePluginOptions} with defaults applied. */
export type ResolvedCatalogueCacheOptions = Required<
    Omit<CatalogueCachePluginOptions, 'pricingVariant' | 'listTtlSeconds' | 'pagePurge'>
> &
    Pick<CatalogueCachePluginOptions, 'pricingVariant' | 'listTtlSeconds'> & {
        pagePurge?: PagePurgeOptions;
    };
