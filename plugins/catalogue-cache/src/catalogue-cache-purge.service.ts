import { createHash } from 'node:crypto';
import { Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import {
    AssetEvent,
    CacheService,
    Channel,
    ChannelEvent,
    CollectionEvent,
    CollectionModificationEvent,
    EventBus,
    FacetEvent,
    FacetValueEvent,
    ID,
    Logger,
    ProductChannelEvent,
    ProductEvent,
    ProductVariant,
    ProductVariantChannelEvent,
    ProductVariantEvent,
    ProductVariantPriceEvent,
    ProductVariantService,
    PromotionEvent,
    RequestContextService,
    StockMovementEvent,
    TaxRateEvent,
    TransactionalConnection,
} from '@vendure/core';
import { merge, Subscription } from 'rxjs';
import { ALL_TAG, CACHE_PREFIX, entityTag, LISTS_TAG } from './constants';
import { PagePurgeService } from './page-purge.service';

const loggerCtx = 'CatalogueCache';

/** The search index row fields the worker writes (Vendure's `SearchIndexItem`), as far as purging needs. */
export interface IndexedVariant {
    productVariantId: ID;
    productId: ID;
    channelId: ID;
    languageCode: string;
    currencyCode?: string;
    inStock?: boolean;
    [column: string]: unknown;
}

/**
 * Purges the Shop API answers a change makes stale, by CacheService tag, in the process where the
 * change happens. With a shared cache store (Vendure's SQL cache or Redis) a purge reaches every
 * server process at once; Vendure publishes these events after their transaction commits.
 *
 * - Merchant changes (Vendure events, server process): the changed entities' tags; the lists tag
 *   when what a listing holds may change (creation, deletion, channel assignment, collection
 *   contents, facets); everything for channel, tax rate and promotion changes.
 * - Stock: a StockMovementEvent purges a moved variant and its product only when what shoppers see
 *   of its stock changed — its `stockLevel` (Vendure's StockDisplayStrategy: `IN_STOCK`,
 *   `LOW_STOCK`, `OUT_OF_STOCK` by default) in one of its channels, compared with the level last
 *   seen (kept in the cache per channel and variant; unknown counts as changed) — never the lists.
 *   A sale that leaves a variant in stock purges nothing.
 * - The search index (worker process, after Vendure's indexer writes a row): the row's product and
 *   variant when what listings show of it or its `inStock` changed since the row was last seen (a
 *   fingerprint per row in the cache); the lists too unless only `inStock` changed. So listings and
 *   searches see new, renamed, re-priced or re-enabled products once the index has them, a sale
 *   never empties them, and a re-index that changes nothing purges nothing.
 */
@Injectable()
export class CatalogueCachePurgeService implements OnApplicationBootstrap, OnApplicationShutdown {
    private subscription?: Subscription;

    constructor(
        private eventBus: EventBus,
        private cacheService: CacheService,
        private pagePurge: PagePurgeService,
        private connection: TransactionalConnection,
        private productVariantService: ProductVariantService,
        private requestContextService: RequestContextService,
    ) {}

    /** Subscribes to the catalogue's events. */
    onApplicationBootstrap(): void {
        const bus = this.eventBus;
        this.subscription = merge(
            bus.ofType(ProductEvent),
            bus.ofType(ProductVariantEvent),
            bus.ofType(ProductVariantPriceEvent),
            bus.ofType(StockMovementEvent),
            bus.ofType(ProductChannelEvent),
            bus.ofType(ProductVariantChannelEvent),
            bus.ofType(CollectionEvent),
            bus.ofType(CollectionModificationEvent),
            bus.ofType(FacetEvent),
            bus.ofType(FacetValueEvent),
            bus.ofType(AssetEvent),
            bus.ofType(PromotionEvent),
            bus.ofType(ChannelEvent),
            bus.ofType(TaxRateEvent),
        ).subscribe(event => {
            if (event instanceof StockMovementEvent) {
                void this.stockMoved(event).catch((e: unknown) =>
                    Logger.warn(`Could not purge after a stock movement: ${String(e)}`, loggerCtx),
                );
            } else {
                void this.purge(tagsOfEvent(event));
            }
        });
    }

    /**
     * Purges the variants of a stock movement whose displayed stock level changed in one of their
     * channels, and their products (see the class comment). The levels are computed as the Shop API
     * computes `ProductVariant.stockLevel` (ProductVariantService.getDisplayStockLevel) in a Shop
     * API context of each channel, after the movement's transaction committed.
     */
    async stockMoved(event: StockMovementEvent): Promise<void> {
        const variantIds = [
            ...new Set(
                event.stockMovements
                    .map(movement => (movement.productVariant as { id?: ID } | undefined)?.id)
                    .filter((id): id is ID => id != null),
            ),
        ];
        if (!variantIds.length) return;
        const variants = await this.connection.rawConnection
            .getRepository(ProductVariant)
            .find({ where: variantIds.map(id => ({ id })), relations: { channels: true } });
        const contexts = new Map<ID, Promise<Awaited<ReturnType<RequestContextService['create']>>>>();
        const contextOf = (channel: Channel) => {
            let ctx = contexts.get(channel.id);
            if (!ctx) {
                ctx = this.requestContextService.create({ apiType: 'shop', channelOrToken: channel });
                contexts.set(channel.id, ctx);
            }
            return ctx;
        };
        const tags = new Set<string>();
        for (const variant of variants) {
            for (const channel of variant.channels ?? []) {
                const level = await this.productVariantService.getDisplayStockLevel(
                    await contextOf(channel),
                    variant,
                );
                const key = `${CACHE_PREFIX}:stock:${String(channel.id)}:${String(variant.id)}`;
                const previous = await this.cacheService.get<string>(key).catch(() => undefined);
                if (previous === level) continue;
                await this.cacheService.set(key, level).catch(() => undefined);
                tags.add(entityTag('ProductVariant', variant.id));
                tags.add(entityTag('Product', variant.productId));
            }
        }
        await this.purge([...tags]);
    }

    /** Stops listening. */
    onApplicationShutdown(): void {
        this.subscription?.unsubscribe();
    }

    /**
     * Purges what search index rows just written make stale (see the class comment). Called by
     * {@link SearchIndexPurgeSubscriber} in the worker.
     */
    async indexedVariants(rows: IndexedVariant[]): Promise<void> {
        const tags = new Set<string>();
        for (const row of rows) {
            const fingerprint = rowFingerprint(row);
            const key = fingerprintKey(row);
            const previous = await this.cacheService.get<string>(key).catch(() => undefined);
            if (previous === fingerprint) continue;
            await this.cacheService.set(key, fingerprint).catch(() => undefined);
            tags.add(entityTag('Product', row.productId));
            if (row.productVariantId) tags.add(entityTag('ProductVariant', row.productVariantId));
            if (previous?.split('|')[0] !== fingerprint.split('|')[0]) tags.add(LISTS_TAG);
        }
        await this.purge([...tags]);
    }

    /**
     * Called before the indexer overwrites a row: when this process has no fingerprint of it (a
     * worker started after the last indexing, as after `npm run seed`, or an evicted entry), records
     * the fingerprint of the row as stored, read by `stored` (in the indexer's transaction), so that
     * the write is compared with what listings show rather than taken as a change. A new row (none
     * stored) stays unknown, and its write purges the lists.
     */
    async seedFingerprint(
        row: IndexedVariant,
        stored: () => Promise<IndexedVariant | null | undefined>,
    ): Promise<void> {
        const key = fingerprintKey(row);
        if ((await this.cacheService.get<string>(key).catch(() => undefined)) !== undefined) return;
        const old = await stored().catch(() => undefined);
        if (old) await this.cacheService.set(key, rowFingerprint(old)).catch(() => undefined);
    }

    /**
     * Invalidates `tags` in Vendure's CacheService, then forwards them to the page caches
     * ({@link PagePurgeService}); a failing store is logged, never thrown.
     */
    async purge(tags: string[]): Promise<void> {
        if (!tags.length) return;
        try {
            await this.cacheService.invalidateTags(tags);
        } catch (e) {
            Logger.warn(`Could not purge ${tags.join(', ')}: ${String(e)}`, loggerCtx);
        }
        await this.pagePurge.forward(tags);
    }
}

/**
 * The tags an event makes stale (see {@link CatalogueCachePurgeService}); stock movements are
 * handled by {@link CatalogueCachePurgeService.stockMoved}, which compares stock levels.
 */
export function tagsOfEvent(event: object): string[] {
    if (event instanceof ProductEvent) {
        return [entityTag('Product', event.product.id), ...(event.type === 'updated' ? [] : [LISTS_TAG])];
    }
    if (event instanceof ProductVariantEvent) {
        return [
            ...event.variants.flatMap(v => [
                entityTag('ProductVariant', v.id),
                entityTag('Product', v.productId),
            ]),
            ...(event.type === 'updated' ? [] : [LISTS_TAG]),
        ];
    }
    if (event instanceof ProductVariantPriceEvent) {
        return event.entity.flatMap(price => {
            const variant = price.variant as { id?: ID; productId?: ID } | undefined;
            return [
                ...(variant?.id != null ? [entityTag('ProductVariant', variant.id)] : []),
                ...(variant?.productId != null ? [entityTag('Product', variant.productId)] : []),
            ];
        });
    }
    if (event instanceof ProductChannelEvent) return [entityTag('Product', event.product.id), LISTS_TAG];
    if (event instanceof ProductVariantChannelEvent) {
        return [
            entityTag('ProductVariant', event.productVariant.id),
            entityTag('Product', event.productVariant.productId),
            LISTS_TAG,
        ];
    }
    if (event instanceof CollectionEvent) return [entityTag('Collection', event.entity.id), LISTS_TAG];
    if (event instanceof CollectionModificationEvent) {
        return [entityTag('Collection', event.collection.id), LISTS_TAG];
    }
    if (event instanceof FacetEvent) return [entityTag('Facet', event.entity.id), LISTS_TAG];
    if (event instanceof FacetValueEvent) return [entityTag('FacetValue', event.entity.id), LISTS_TAG];
    if (event instanceof AssetEvent) return [entityTag('Asset', event.entity.id)];
    if (event instanceof PromotionEvent || event instanceof ChannelEvent || event instanceof TaxRateEvent) {
        return [ALL_TAG];
    }
    return [];
}

/**
 * The search index columns a listing or a search shows or filters on (Vendure's `SearchIndexItem`),
 * without `inStock`: a sale never changes what a listing holds.
 */
const LISTING_FIELDS = [
    'enabled',
    'productName',
    'productVariantName',
    'description',
    'slug',
    'sku',
    'price',
    'priceWithTax',
    'facetIds',
    'facetValueIds',
    'collectionIds',
    'collectionSlugs',
    'channelIds',
    'productPreview',
    'productPreviewFocalPoint',
    'productVariantPreview',
    'productVariantPreviewFocalPoint',
    'productAssetId',
    'productVariantAssetId',
] as const;

/**
 * The fingerprint of what listings show of a search index row (SHA-1 of {@link LISTING_FIELDS}),
 * equal for the row the indexer writes and the same row read back (ids and numbers compared as
 * strings, absent as null).
 */
export function listingFingerprint(row: IndexedVariant): string {
    const normalize = (value: unknown): unknown => {
        if (value == null) return null;
        if (Array.isArray(value)) return value.map(v => JSON.stringify(v).replace(/^"|"$/g, ''));
        if (typeof value === 'object') return value;
        return JSON.stringify(value).replace(/^"|"$/g, '');
    };
    const values = LISTING_FIELDS.map(field => normalize(row[field]));
    return createHash('sha1').update(stableJson(values)).digest('base64url');
}

/**
 * The fingerprint of a search index row as stored per row: `<listing fingerprint>|<inStock>`, so a
 * change of either is seen, and which one.
 */
function rowFingerprint(row: IndexedVariant): string {
    return `${listingFingerprint(row)}|${row.inStock == null ? '' : String(Boolean(row.inStock))}`;
}

/** The cache key of a row's fingerprint: channel, language, currency, product and variant. */
function fingerprintKey(row: IndexedVariant): string {
    return `${CACHE_PREFIX}:fp:${String(row.channelId)}:${row.languageCode}:${row.currencyCode ?? ''}:${String(row.productId)}:${String(row.productVariantId)}`;
}

/** JSON with object keys sorted, so equal rows give equal fingerprints. */
function stableJson(value: unknown): string {
    if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
    if (value && typeof value === 'object' && !(value instanceof Date)) {
        return `{${Object.keys(value)
            .sort()
            .map(k => `${JSON.stringify(k)}:${stableJson((value as Record<string, unknown>)[k])}`)
            .join(',')}}`;
    }
    return JSON.stringify(value) ?? 'null';
}
