/**
 * The Radiant demo shop: settings for two shop channels next to Vendure's default channel (`fr`:
 * EUR, France, 20 % VAT; `ci`: XOF, Côte d'Ivoire and Sénégal, 18 % VAT), the bilingual catalogue of src/seed/data/products.csv with
 * generated images, three collections, shipping methods, the test payment method and, on `ci`, the
 * `cinetpay-ci` method (CinetPay through the local simulator; not in production).
 *
 * Every step looks for what it would create first, so seeding is idempotent: run twice, it
 * creates nothing the second time. `npm run seed -- --reset` empties the database first.
 */
import fs from 'node:fs';
import path from 'node:path';
import { INestApplicationContext } from '@nestjs/common';
import {
    AssetImporter,
    Channel,
    ChannelService,
    ProductOption,
    ProductOptionGroup,
    CollectionService,
    ConfigService,
    CountryService,
    CurrencyCode,
    defaultShippingCalculator,
    dummyPaymentHandler,
    FacetService,
    FacetValueService,
    ID,
    Importer,
    isInspectableJobQueueStrategy,
    LanguageCode,
    Logger,
    manualFulfillmentHandler,
    PaymentMethodService,
    Product,
    ProductVariant,
    ProductVariantService,
    RequestContext,
    RequestContextService,
    RoleService,
    SearchService,
    SellerService,
    ShippingMethodService,
    StockLocationService,
    TaxCategoryService,
    TaxRateService,
    TransactionalConnection,
    User,
    ZoneService,
} from '@vendure/core';
import { JobState } from '@vendure/common/lib/generated-types';
import { lastValueFrom } from 'rxjs';
import { ensureCinetPayDemoMethod } from '../../plugins/cinetpay';
import { ensureVipDemo } from '../../plugins/vip-pricing';
import {
    DEMO_CARRIERS,
    TRACKED_FULFILLMENT_CODE,
    TrackingCarrierService,
} from '../../plugins/delivery-tracking';
import {
    currencyPaymentEligibilityChecker,
    currencyShippingEligibilityChecker,
} from '../config/currency-eligibility';
import { Environment } from '../environment';
import { generateDemoImages } from './images';
import { demoShop, ChannelDefinition } from './demo-shop';

const loggerCtx = 'RadiantSeed';

/** What {@link seedDemoShop} did. */
export interface SeedResult {
    /** False when the database already held the demo shop and nothing was created. */
    seeded: boolean;
    /** Number of products imported from the CSV (0 when skipped). */
    products: number;
    /** Importer errors (missing images, bad rows); empty on success. */
    errors: string[];
}

/**
 * Seeds the demo shop when the database holds no product yet (the first start). Safe to call on
 * every start: it returns quickly when the catalogue exists.
 */
export async function seedIfEmpty(app: INestApplicationContext, env: Environment): Promise<SeedResult> {
    const connection = app.get(TransactionalConnection);
    const productCount = await connection.rawConnection.getRepository(Product).count();
    if (productCount > 0) {
        return { seeded: false, products: 0, errors: [] };
    }
    return seedDemoShop(app, env);
}

/** Options of {@link seedDemoShop}. */
export interface SeedOptions {
    /**
     * Import the demo catalogue and its collections (default true). False seeds only the shop's
     * settings (countries, zones, VAT, channels, shipping and payment methods), e.g. before
     * importing another catalogue.
     */
    catalogue?: boolean;
}

/**
 * Creates the demo shop's settings, channels and catalogue, skipping whatever already exists.
 *
 * @returns what was created; importer errors are returned, not thrown, and logged.
 */
export async function seedDemoShop(
    app: INestApplicationContext,
    env: Environment,
    options: SeedOptions = {},
): Promise<SeedResult> {
    const started = Date.now();
    Logger.info('Seeding the Radiant demo shop…', loggerCtx);
    const seeder = new DemoSeeder(app, env, options.catalogue ?? true);
    const result = await seeder.run();
    Logger.info(
        `Demo shop seeded in ${((Date.now() - started) / 1000).toFixed(1)} s: ${result.products} products` +
            (result.errors.length ? `, ${result.errors.length} import errors` : ''),
        loggerCtx,
    );
    for (const error of result.errors) Logger.warn(error, loggerCtx);
    return result;
}

class DemoSeeder {
    private readonly connection: TransactionalConnection;
    private readonly channelService: ChannelService;
    private ctxByChannel = new Map<string, RequestContext>();

    constructor(
        private readonly app: INestApplicationContext,
        private readonly env: Environment,
        private readonly withCatalogue: boolean,
    ) {
        this.connection = app.get(TransactionalConnection);
        this.channelService = app.get(ChannelService);
    }

    async run(): Promise<SeedResult> {
        const defaultChannel = await this.channelService.getDefaultChannel();
        const superadminCtx = await this.ctxFor(defaultChannel);
        const countryIds = await this.ensureCountries(superadminCtx);
        const zoneIds = await this.ensureZones(superadminCtx, countryIds);
        const taxCategoryId = await this.ensureTaxCategory(superadminCtx);
        await this.ensureTaxRates(superadminCtx, zoneIds, taxCategoryId);
        await this.configureDefaultChannel(superadminCtx, defaultChannel, zoneIds);

        const channels: Channel[] = [];
        for (const definition of demoShop.channels) {
            channels.push(await this.ensureChannel(superadminCtx, definition, zoneIds));
        }
        const [frChannel, ciChannel] = channels;
        for (const channel of channels) await this.ensureStockLocationInChannel(superadminCtx, channel);
        for (const [i, definition] of demoShop.channels.entries()) {
            const ctx = await this.ctxFor(channels[i]);
            await this.ensureShippingMethods(ctx, definition);
            await this.ensurePaymentMethod(ctx, definition);
            if (this.env.radiantPlugins)
                await this.app.get(TrackingCarrierService).ensure(ctx, DEMO_CARRIERS[definition.token] ?? []);
        }
        await this.ensureStripeMethod(await this.ctxFor(frChannel));

        if (!this.withCatalogue) return { seeded: true, products: 0, errors: [] };
        // Imported into `fr`: Vendure also puts every product, and its EUR price, in the default channel.
        const frCtx = await this.ctxFor(frChannel, LanguageCode.en);
        const { products, errors } = await this.importCatalogue(frCtx);
        await this.ensureCollections(await this.ctxFor(frChannel), [frChannel, ciChannel]);
        await this.assignCatalogueToChannel(frCtx, ciChannel, demoShop.channels[1]);
        await this.assignFacetsToChannel(frCtx, ciChannel);
        // VIP tiers, a VIP price and the demo VIP client (plugins/vip-pricing; not in production).
        if (this.env.radiantPlugins && !this.env.isProduction) {
            for (const channel of channels) await ensureVipDemo(this.app, await this.ctxFor(channel));
        }

        await this.cancelSupersededIndexJobs();
        const search = this.app.get(SearchService);
        for (const channel of [defaultChannel, ...channels]) {
            await search.reindex(await this.ctxFor(channel));
        }
        return { seeded: true, products, errors };
    }

    /**
     * Importing emits one search-index job per product, variant, channel assignment and price
     * (≈ 300 for the demo), which a polling job queue runs at a few per second. The full reindex
     * that follows makes them redundant: cancel those still pending (through Vendure's inspectable
     * job queue strategy, as the Admin API's `cancelJob` does).
     */
    private async cancelSupersededIndexJobs(): Promise<void> {
        const { jobQueueStrategy } = this.app.get(ConfigService).jobQueueOptions;
        if (!isInspectableJobQueueStrategy(jobQueueStrategy)) return;
        for (let round = 0; round < 20; round++) {
            const { items } = await jobQueueStrategy.findMany({
                filter: { queueName: { eq: 'update-search-index' }, state: { eq: JobState.PENDING } },
                take: 100,
            });
            const superseded = items.filter(
                job => (job.data as { type?: string } | undefined)?.type !== 'reindex',
            );
            if (!superseded.length) return;
            for (const job of superseded) {
                // A job a queue worker took meanwhile cannot be cancelled (BullMQ: "locked by
                // another worker"): it just runs, harmlessly.
                await jobQueueStrategy.cancelJob(job.id as ID).catch(() => undefined);
            }
        }
    }

    /** A superadmin RequestContext in `channel`, as the Populator builds one. */
    private async ctxFor(channel: Channel, languageCode = LanguageCode.fr): Promise<RequestContext> {
        const key = `${channel.id}:${languageCode}`;
        const cached = this.ctxByChannel.get(key);
        if (cached) return cached;
        const superadmin = await this.connection.rawConnection.getRepository(User).findOne({
            where: { identifier: this.env.superadmin.identifier },
            relations: ['roles', 'roles.channels'],
        });
        const ctx = await this.app.get(RequestContextService).create({
            apiType: 'admin',
            user: superadmin ?? undefined,
            channelOrToken: channel,
            languageCode,
        });
        this.ctxByChannel.set(key, ctx);
        return ctx;
    }

    private async ensureCountries(ctx: RequestContext): Promise<Map<string, ID>> {
        const countryService = this.app.get(CountryService);
        const existing = await countryService.findAll(ctx, { take: 1000 });
        const ids = new Map<string, ID>(existing.items.map(c => [c.code, c.id]));
        for (const country of demoShop.countries) {
            if (ids.has(country.code)) continue;
            const created = await countryService.create(ctx, {
                code: country.code,
                enabled: true,
                translations: [
                    { languageCode: LanguageCode.fr, name: country.name.fr },
                    { languageCode: LanguageCode.en, name: country.name.en },
                ],
            });
            ids.set(country.code, created.id);
        }
        return ids;
    }

    private async ensureZones(ctx: RequestContext, countryIds: Map<string, ID>): Promise<Map<string, ID>> {
        const zoneService = this.app.get(ZoneService);
        const existing = await zoneService.getAllWithMembers(ctx);
        const ids = new Map<string, ID>();
        for (const zone of demoShop.zones) {
            const memberIds = zone.countries.map(code => countryIds.get(code)).filter((id): id is ID => !!id);
            let found = existing.find(z => z.name === zone.name);
            if (!found) {
                found = await zoneService.create(ctx, { name: zone.name, memberIds });
            }
            ids.set(zone.name, found.id);
        }
        return ids;
    }

    private async ensureTaxCategory(ctx: RequestContext): Promise<ID> {
        const taxCategoryService = this.app.get(TaxCategoryService);
        const existing = await taxCategoryService.findAll(ctx);
        const found = existing.items.find(c => c.name === demoShop.taxCategory);
        if (found) return found.id;
        const created = await taxCategoryService.create(ctx, { name: demoShop.taxCategory, isDefault: true });
        return created.id;
    }

    private async ensureTaxRates(
        ctx: RequestContext,
        zoneIds: Map<string, ID>,
        categoryId: ID,
    ): Promise<void> {
        const taxRateService = this.app.get(TaxRateService);
        const existing = await taxRateService.findAll(ctx, { take: 1000 });
        for (const rate of demoShop.taxRates) {
            if (existing.items.some(r => r.name === rate.name)) continue;
            await taxRateService.create(ctx, {
                name: rate.name,
                value: rate.percentage,
                enabled: true,
                categoryId,
                zoneId: zoneIds.get(rate.zone) as ID,
            });
        }
    }

    /**
     * Vendure's default channel is the merchant's view of every shop, not a shop: it gets the
     * shop's languages and the catalogue's currency (EUR), and no client uses its token.
     */
    private async configureDefaultChannel(
        ctx: RequestContext,
        defaultChannel: Channel,
        zoneIds: Map<string, ID>,
    ): Promise<void> {
        const zoneId = zoneIds.get(demoShop.defaultChannel.zone) as ID;
        await this.channelService.update(ctx, {
            id: defaultChannel.id,
            defaultLanguageCode: LanguageCode.fr,
            availableLanguageCodes: [LanguageCode.fr, LanguageCode.en],
            defaultCurrencyCode: demoShop.defaultChannel.currencyCode,
            availableCurrencyCodes: [demoShop.defaultChannel.currencyCode],
            pricesIncludeTax: true,
            defaultTaxZoneId: zoneId,
            defaultShippingZoneId: zoneId,
        });
        this.ctxByChannel.clear();
    }

    /** Creates the shop channel `definition` unless a channel with its token exists. */
    private async ensureChannel(
        ctx: RequestContext,
        definition: ChannelDefinition,
        zoneIds: Map<string, ID>,
    ): Promise<Channel> {
        const existing = await this.channelService
            .getChannelFromToken(definition.token)
            .catch(() => undefined);
        if (existing && existing.token === definition.token) return existing;
        const zoneId = zoneIds.get(definition.zone) as ID;
        const seller = await this.app.get(SellerService).findAll(ctx);
        const result = await this.channelService.create(ctx, {
            code: definition.code,
            token: definition.token,
            sellerId: seller.items[0].id,
            defaultLanguageCode: LanguageCode.fr,
            availableLanguageCodes: [LanguageCode.fr, LanguageCode.en],
            defaultCurrencyCode: definition.currencyCode,
            availableCurrencyCodes: [definition.currencyCode],
            pricesIncludeTax: true,
            defaultTaxZoneId: zoneId,
            defaultShippingZoneId: zoneId,
            customFields: { displayName: definition.displayName },
        });
        if (!(result instanceof Channel)) {
            throw new Error(`Could not create channel ${definition.code}: ${result.message}`);
        }
        // Give the superadmin role access to the new channel (as the Admin API mutation does).
        const roleService = this.app.get(RoleService);
        const superAdminRole = await roleService.getSuperAdminRole(ctx);
        await roleService.assignRoleToChannel(ctx, superAdminRole.id, result.id);
        this.ctxByChannel.clear();
        return result;
    }

    /** The demo ships everything from one warehouse: share the default stock location. */
    private async ensureStockLocationInChannel(ctx: RequestContext, channel: Channel): Promise<void> {
        const stockLocationService = this.app.get(StockLocationService);
        const defaultLocation = await stockLocationService.defaultStockLocation(ctx);
        await stockLocationService.assignStockLocationsToChannel(ctx, {
            channelId: channel.id,
            stockLocationIds: [defaultLocation.id],
        });
    }

    private async ensureShippingMethods(ctx: RequestContext, definition: ChannelDefinition): Promise<void> {
        const shippingMethodService = this.app.get(ShippingMethodService);
        const existing = await shippingMethodService.findAll(ctx, { take: 1000 });
        for (const method of definition.shippingMethods) {
            if (existing.items.some(m => m.code === method.code)) continue;
            await shippingMethodService.create(ctx, {
                code: method.code,
                // Parcels with carrier and tracking numbers (plugins/delivery-tracking).
                fulfillmentHandler: this.env.radiantPlugins
                    ? TRACKED_FULFILLMENT_CODE
                    : manualFulfillmentHandler.code,
                checker: {
                    code: currencyShippingEligibilityChecker.code,
                    arguments: [
                        { name: 'currencyCode', value: definition.currencyCode },
                        { name: 'orderMinimum', value: '0' },
                    ],
                },
                calculator: {
                    code: defaultShippingCalculator.code,
                    arguments: [
                        { name: 'rate', value: String(method.price) },
                        { name: 'includesTax', value: 'include' },
                        { name: 'taxRate', value: String(definition.vatRate) },
                    ],
                },
                translations: [
                    {
                        languageCode: LanguageCode.fr,
                        name: method.name.fr,
                        description: method.description.fr,
                    },
                    {
                        languageCode: LanguageCode.en,
                        name: method.name.en,
                        description: method.description.en,
                    },
                ],
            });
        }
    }

    private async ensurePaymentMethod(ctx: RequestContext, definition: ChannelDefinition): Promise<void> {
        if (this.env.isProduction) return;
        // XOF channel: CinetPay with the local simulator's demo merchant (npm start runs the simulator).
        if (definition.currencyCode === CurrencyCode.XOF && this.env.radiantPlugins) {
            await ensureCinetPayDemoMethod(
                this.app,
                ctx,
                currencyPaymentEligibilityChecker.code,
                definition.currencyCode,
            );
        }
        const paymentMethodService = this.app.get(PaymentMethodService);
        const code = `test-payment-${definition.token}`;
        const existing = await paymentMethodService.findAll(ctx, { take: 1000 });
        if (existing.items.some(m => m.code === code)) return;
        await paymentMethodService.create(ctx, {
            code,
            enabled: true,
            handler: {
                code: dummyPaymentHandler.code,
                arguments: [{ name: 'automaticSettle', value: 'true' }],
            },
            checker: {
                code: currencyPaymentEligibilityChecker.code,
                arguments: [{ name: 'currencyCode', value: definition.currencyCode }],
            },
            translations: [
                {
                    languageCode: LanguageCode.fr,
                    name: 'Paiement de test (aucun débit réel)',
                    description: 'Méthode de démonstration : la commande est payée sans transaction réelle.',
                },
                {
                    languageCode: LanguageCode.en,
                    name: 'Test payment (no real charge)',
                    description: 'Demo method: the order is paid without any real transaction.',
                },
            ],
        });
    }

    /**
     * `stripe-fr` (EUR, handler `stripe`) on `fr`, only when the STRIPE_* keys are set (see
     * plugins/stripe/README.md); without keys no Stripe method exists and the storefront shows none.
     */
    private async ensureStripeMethod(ctx: RequestContext): Promise<void> {
        const keys = this.env.stripeKeys;
        if (!keys || !this.env.radiantPlugins) return;
        const paymentMethodService = this.app.get(PaymentMethodService);
        const existing = await paymentMethodService.findAll(ctx, { take: 1000 });
        if (existing.items.some(m => m.code === 'stripe-fr')) return;
        await paymentMethodService.create(ctx, {
            code: 'stripe-fr',
            enabled: true,
            handler: {
                code: 'stripe',
                arguments: [
                    { name: 'apiKey', value: keys.secretKey },
                    { name: 'webhookSecret', value: keys.webhookSecret },
                    { name: 'publishableKey', value: keys.publishableKey },
                ],
            },
            checker: {
                code: currencyPaymentEligibilityChecker.code,
                arguments: [{ name: 'currencyCode', value: 'EUR' }],
            },
            translations: [
                {
                    languageCode: LanguageCode.fr,
                    name: 'Carte bancaire',
                    description: 'Paiement sécurisé par Stripe (carte, Apple Pay, Google Pay).',
                },
                {
                    languageCode: LanguageCode.en,
                    name: 'Card',
                    description: 'Secure payment by Stripe (card, Apple Pay, Google Pay).',
                },
            ],
        });
        Logger.info('Created the Stripe payment method stripe-fr from the STRIPE_* keys', loggerCtx);
    }

    private async importCatalogue(ctx: RequestContext): Promise<{ products: number; errors: string[] }> {
        const existing = await this.connection.rawConnection.getRepository(Product).count();
        if (existing > 0) return { products: 0, errors: [] };
        // The importer reads images from importExportOptions.importAssetsDir: generate them there.
        const { importAssetsDir } = this.app.get(ConfigService).importExportOptions;
        await generateDemoImages(importAssetsDir);
        const csv = fs.readFileSync(path.join(this.env.rootDir, demoShop.productsCsv), 'utf8');
        const result = await lastValueFrom(this.app.get(Importer).parseAndImport(csv, ctx, false));
        return { products: result.imported, errors: result.errors ?? [] };
    }

    private async ensureCollections(ctx: RequestContext, channels: Channel[]): Promise<void> {
        const collectionService = this.app.get(CollectionService);
        const existing = await collectionService.findAll(ctx, { take: 1000 });
        const facetValues = await this.app.get(FacetValueService).findAll(ctx, LanguageCode.fr);
        for (const collection of demoShop.collections) {
            if (existing.items.some(c => c.slug === collection.slug.fr)) continue;
            const facetValueIds = facetValues
                .filter(fv => fv.facet.code === collection.facet && collection.facetValues.includes(fv.code))
                .map(fv => fv.id);
            const assetIds: ID[] = [];
            const assets = await this.importAssets(ctx, [collection.image]);
            assetIds.push(...assets);
            const created = await collectionService.create(ctx, {
                isPrivate: false,
                featuredAssetId: assetIds[0],
                assetIds,
                inheritFilters: true,
                filters: [
                    {
                        code: 'facet-value-filter',
                        arguments: [
                            { name: 'facetValueIds', value: JSON.stringify(facetValueIds) },
                            { name: 'containsAny', value: 'true' },
                        ],
                    },
                ],
                translations: [
                    {
                        languageCode: LanguageCode.fr,
                        name: collection.name.fr,
                        slug: collection.slug.fr,
                        description: collection.description.fr,
                    },
                    {
                        languageCode: LanguageCode.en,
                        name: collection.name.en,
                        slug: collection.slug.en,
                        description: collection.description.en,
                    },
                ],
            });
            for (const channel of channels) {
                if (channel.id === ctx.channelId) continue;
                await collectionService.assignCollectionsToChannel(ctx, {
                    collectionIds: [created.id],
                    channelId: channel.id,
                });
            }
        }
    }

    private async importAssets(ctx: RequestContext, fileNames: string[]): Promise<ID[]> {
        const { assets } = await this.app.get(AssetImporter).getAssets(fileNames, ctx);
        return assets.map(a => a.id);
    }

    /** Makes the catalogue's facets (brand, category, range) visible in `channel` too. */
    private async assignFacetsToChannel(ctx: RequestContext, channel: Channel): Promise<void> {
        const facetService = this.app.get(FacetService);
        const facets = await facetService.findAll(ctx, { take: 100 });
        // Idempotent: assigning a facet already in the channel changes nothing.
        await facetService.assignFacetsToChannel(ctx, {
            facetIds: facets.items.map(f => f.id),
            channelId: channel.id,
        });
    }

    /**
     * Assigns every product of the default channel to `channel`, with prices converted at the fixed
     * EUR/XOF parity and rounded to the channel's rounding step (e.g. 500 XOF).
     */
    private async assignCatalogueToChannel(
        ctx: RequestContext,
        channel: Channel,
        definition: ChannelDefinition,
    ): Promise<void> {
        const variantRepo = this.connection.rawConnection.getRepository(ProductVariant);
        const variants = await variantRepo.find({ relations: ['channels', 'productVariantPrices'] });
        const toAssign = variants.filter(v => !v.channels.some(c => c.id === channel.id));
        if (!toAssign.length) return;
        const productVariantService = this.app.get(ProductVariantService);
        await productVariantService.assignProductVariantsToChannel(ctx, {
            productVariantIds: toAssign.map(v => v.id),
            channelId: channel.id,
            priceFactor: 1,
        });
        // Their option groups and options too, as Vendure's assignProductsToChannel does: without
        // them the channel's Admin API fails on ProductOption.group (the Dashboard's variant page).
        const groups = await this.connection.rawConnection
            .getRepository(ProductOptionGroup)
            .find({ relations: ['options'] });
        const channelService = this.app.get(ChannelService);
        for (const group of groups) {
            await channelService.assignToChannels(ctx, ProductOptionGroup, group.id, [channel.id]);
            for (const option of group.options) {
                await channelService.assignToChannels(ctx, ProductOption, option.id, [channel.id]);
            }
        }
        const channelCtx = await this.ctxFor(channel);
        const conversion = definition.priceConversion;
        if (!conversion) return;
        for (const variant of toAssign) {
            const eurPrice = variant.productVariantPrices.find(p => p.currencyCode === CurrencyCode.EUR);
            if (!eurPrice) continue;
            await productVariantService.update(channelCtx, [
                { id: variant.id, price: conversion(eurPrice.price) },
            ]);
        }
    }
}
