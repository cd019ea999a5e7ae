export { CatalogueCachePlugin } from './catalogue-cache.plugin';
export { DEFAULT_CACHEABLE_FIELDS, LIST_FIELDS } from './src/cacheable-operation';
export {
    CACHE_STATUS_HEADER,
    PRICING_KEY_HEADER,
    SURROGATE_KEY_HEADER,
    surrogateKey,
    surrogateKeys,
} from './src/constants';
export { PURGE_KEYS_HEADER } from './src/page-purge.service';
export type { CatalogueCachePluginOptions, PagePurgeOptions, PricingVariant } from './src/types';
