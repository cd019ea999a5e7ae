export { CatalogueCachePlugin } from './catalogue-cache.plugin';
export { DEFAULT_CACHEABLE_FIELDS, LIST_FIELDS } from './src/cacheable-operation';
export { CACHE_STATUS_HEADER } from './src/constants';
export type { CatalogueCachePluginOptions, PricingVariant } from './src/types';
