/** Injection token of the resolved {@link CatalogueCachePluginOptions}. */
export const CATALOGUE_CACHE_OPTIONS = Symbol('CATALOGUE_CACHE_OPTIONS');

/** Prefix of every cache key and tag the plugin writes in Vendure's CacheService. */
export const CACHE_PREFIX = 'catalogue-cache';

/** Tag of every entry: purged by changes that may alter any catalogue answer (channel, tax, promotion). */
export const ALL_TAG = `${CACHE_PREFIX}:all`;

/** Tag of entries that list the catalogue (see `LIST_FIELDS`). */
export const LISTS_TAG = `${CACHE_PREFIX}:lists`;

/** Response header saying how the Shop API answered: `HIT`, `MISS` (now stored) or `BYPASS`. */
export const CACHE_STATUS_HEADER = 'x-radiant-cache';

/**
 * Response header listing the tags of a cached or stored answer as surrogate keys (space-separated,
 * the `catalogue-cache:` prefix removed: `all lists Product:12 ProductVariant:31 vip-pricing:prices:2`).
 * A page rendered from several answers carries the union; purges name the same keys.
 */
export const SURROGATE_KEY_HEADER = 'surrogate-key';

/**
 * Response header carrying the pricing variant key of the request (`''`: regular prices), on
 * every answer the cache considered (`HIT` or `MISS`).
 */
export const PRICING_KEY_HEADER = 'x-radiant-pricing';

/** A cache tag as a surrogate key: `catalogue-cache:Product:12` → `Product:12`; other tags unchanged. */
export function surrogateKey(tag: string): string {
    return tag.startsWith(`${CACHE_PREFIX}:`) ? tag.slice(CACHE_PREFIX.length + 1) : tag;
}

/** The `Surrogate-Key` header value of a set of cache tags (see {@link SURROGATE_KEY_HEADER}). */
export function surrogateKeys(tags: Iterable<string>): string {
    return [...new Set([...tags].map(surrogateKey))].join(' ');
}

/** GraphQL types whose objects tag the entries they appear in, by id. */
export const TAGGED_TYPES: ReadonlySet<string> = new Set([
    'Product',
    'ProductVariant',
    'Collection',
    'Facet',
    'FacetValue',
    'Asset',
]);

/** The tag of one catalogue entity, e.g. `catalogue-cache:Product:12`. */
export function entityTag(type: string, id: string | number): string {
    return `${CACHE_PREFIX}:${type}:${String(id)}`;
}
