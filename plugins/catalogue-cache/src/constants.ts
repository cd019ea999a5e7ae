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
