import { OnApplicationBootstrap } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { Injector, PluginCommonModule, TransactionalConnection, Type, VendurePlugin } from '@vendure/core';
import { CachePurgeController } from './src/cache-purge.controller';
import { DEFAULT_CACHEABLE_FIELDS } from './src/cacheable-operation';
import { CatalogueCachePurgeService } from './src/catalogue-cache-purge.service';
import { CATALOGUE_CACHE_OPTIONS } from './src/constants';
import { PagePurgeRelayCacheStrategy } from './src/page-purge-relay-cache-strategy';
import { PagePurgeService } from './src/page-purge.service';
import { SearchIndexPurgeSubscriber } from './src/search-index-purge.subscriber';
import { ShopResponseCache } from './src/shop-response-cache';
import type { CatalogueCachePluginOptions, ResolvedCatalogueCacheOptions } from './src/types';

/**
 * Serves the Shop API's catalogue reads (products, collections, facets, search…) from Vendure's
 * CacheService and purges them, by tag, when the catalogue changes — so the store decides the
 * scope: in-process, Vendure's SQL cache (shared by server and worker on one database) or Redis
 * (every process). Keys include channel, language, currency and the shopper's pricing variant; private
 * data is never cached. See plugins/catalogue-cache/README.md.
 */
@VendurePlugin({
    imports: [PluginCommonModule],
    controllers: [CachePurgeController],
    providers: [
        CatalogueCachePurgeService,
        PagePurgeService,
        { provide: CATALOGUE_CACHE_OPTIONS, useFactory: () => CatalogueCachePlugin.options },
    ],
    configuration: config => {
        const cache = CatalogueCachePlugin.responseCache;
        if (cache && !config.apiOptions.apolloServerPlugins.includes(cache)) {
            config.apiOptions.apolloServerPlugins.push(cache);
            // Cached answers straight from Express, before Apollo Server (and Vendure's i18next
            // middleware) runs: mounted before Nest's own middleware, after the session cookie.
            config.apiOptions.middleware.push({
                route: `/${config.apiOptions.shopApiPath}`,
                handler: cache.fastPath,
                beforeListen: true,
            });
        }
        // Other plugins' tags that are also pages' surrogate keys (a VIP tier's prices) reach the
        // page caches through the cache strategy, whoever invalidates them.
        const prefixes = CatalogueCachePlugin.options.pagePurge?.relayTagPrefixes ?? [];
        const strategy = config.systemOptions.cacheStrategy;
        if (prefixes.length && strategy && !(strategy instanceof PagePurgeRelayCacheStrategy)) {
            config.systemOptions.cacheStrategy = new PagePurgeRelayCacheStrategy(strategy, prefixes);
        }
        return config;
    },
    compatibility: '^3.0.0',
})
export class CatalogueCachePlugin implements OnApplicationBootstrap {
    /** The options given to {@link CatalogueCachePlugin.init}, with defaults. */
    static options: ResolvedCatalogueCacheOptions = resolveOptions({});
    /** The Apollo Server plugin of the current configuration. */
    static responseCache?: ShopResponseCache;

    constructor(
        private moduleRef: ModuleRef,
        private purgeService: CatalogueCachePurgeService,
        private connection: TransactionalConnection,
    ) {}

    /**
     * Configures the plugin.
     *
     * @param options see {@link CatalogueCachePluginOptions}; all optional
     */
    static init(options: CatalogueCachePluginOptions = {}): Type<CatalogueCachePlugin> {
        this.options = resolveOptions(options);
        this.responseCache = new ShopResponseCache(this.options);
        return CatalogueCachePlugin;
    }

    /** Gives the Apollo plugin this app's services; subscribes to the search index's writes. */
    onApplicationBootstrap(): void {
        CatalogueCachePlugin.responseCache?.bind(new Injector(this.moduleRef));
        const subscribers = this.connection.rawConnection.subscribers;
        if (!subscribers.some(s => s instanceof SearchIndexPurgeSubscriber)) {
            subscribers.push(new SearchIndexPurgeSubscriber(this.purgeService));
        }
    }
}

function resolveOptions(options: CatalogueCachePluginOptions): ResolvedCatalogueCacheOptions {
    return {
        enabled: options.enabled ?? true,
        ttlSeconds: options.ttlSeconds ?? 300,
        listTtlSeconds: options.listTtlSeconds,
        maxEntryBytes: options.maxEntryBytes ?? 512 * 1024,
        cacheableFields: options.cacheableFields ?? [...DEFAULT_CACHEABLE_FIELDS],
        pricingVariant: options.pricingVariant,
        pagePurge: options.pagePurge && {
            ...options.pagePurge,
            redisChannel: options.pagePurge.redisChannel ?? 'radiant:page-purge',
        },
    };
}
