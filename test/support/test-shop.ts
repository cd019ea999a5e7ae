/**
 * The minimal shop a plugin's e2e suite runs on, without the demo shop (src/seed): two channels,
 * `fr` (the default channel's token, EUR, zone France with FR, VAT "TVA 20 %") and `ci` (XOF, zone
 * UEMOA with CI, VAT "TVA 18 %"), one shipping method and the test payment method
 * `test-payment-<token>` (Vendure's dummy handler, settles at once) per channel, and the plugin's
 * own catalogue CSV (Vendure's import format) in both channels, XOF prices at the fixed parity
 * rounded to 500 XOF.
 *
 * Used by each plugin's `e2e/test-config.ts` after `server.init()`; the config must register
 * `dummyPaymentHandler` and the currency eligibility checkers (see {@link testShopConfig}).
 */
import fs from 'node:fs';
import path from 'node:path';
import { INestApplicationContext } from '@nestjs/common';
import {
    Channel,
    ChannelService,
    CountryService,
    CurrencyCode,
    defaultShippingCalculator,
    defaultShippingEligibilityChecker,
    dummyPaymentHandler,
    ID,
    Importer,
    LanguageCode,
    manualFulfillmentHandler,
    PaymentMethodService,
    ProductVariant,
    ProductVariantService,
    RequestContext,
    RequestContextService,
    RoleService,
    SellerService,
    ShippingMethodService,
    StockLocationService,
    TaxCategoryService,
    TaxRateService,
    TransactionalConnection,
    User,
    VendureConfig,
    ZoneService,
} from '@vendure/core';
import { SUPER_ADMIN_USER_IDENTIFIER } from '@vendure/common/lib/shared-constants';
import { lastValueFrom } from 'rxjs';
import {
    currencyPaymentEligibilityChecker,
    currencyShippingEligibilityChecker,
} from '../../src/config/currency-eligibility';

/**
 * A small catalogue in Vendure's import format (the invoices plugin's e2e fixture, with the slug
 * `elie-saab-le-parfum` that test/support/shop-checkout.ts buys) for suites of the whole shop's parts.
 */
export const SAMPLE_PRODUCTS_CSV = path.join(
    __dirname,
    '..',
    '..',
    'plugins',
    'invoices',
    'e2e',
    'fixtures',
    'products.csv',
);

/** Initial data for `server.init()`: the fixture below creates zones, taxes, channels and methods. */
export const TEST_SHOP_INITIAL_DATA = {
    defaultLanguage: LanguageCode.fr,
    defaultZone: 'France',
    countries: [],
    taxRates: [],
    shippingMethods: [],
    paymentMethods: [],
    collections: [],
};

/** The configuration the fixture needs: default channel token `fr`, test payment handler, currency checkers. */
export const testShopConfig: Partial<VendureConfig> = {
    defaultChannelToken: 'fr',
    defaultLanguageCode: LanguageCode.fr,
    paymentOptions: {
        paymentMethodHandlers: [dummyPaymentHandler],
        paymentMethodEligibilityCheckers: [currencyPaymentEligibilityChecker],
    },
    shippingOptions: {
        shippingEligibilityCheckers: [defaultShippingEligibilityChecker, currencyShippingEligibilityChecker],
    },
};

/** Fixed parity of the CFA franc: 1 EUR = 655.957 XOF; rounded to 500 XOF (×100 in Vendure). */
export const eurToXofMinor = (eurMinor: number) => Math.round(((eurMinor / 100) * 655.957) / 500) * 500 * 100;

const CHANNELS = [
    {
        token: 'fr',
        currencyCode: CurrencyCode.EUR,
        zone: 'France',
        country: { code: 'FR', name: 'France' },
        tax: { name: 'TVA 20 %', percentage: 20 },
        shipping: { code: 'colissimo', fr: 'Colissimo Domicile', en: 'Colissimo home delivery', price: 590 },
    },
    {
        token: 'ci',
        currencyCode: CurrencyCode.XOF,
        zone: 'UEMOA',
        country: { code: 'CI', name: "Côte d'Ivoire" },
        tax: { name: 'TVA 18 %', percentage: 18 },
        shipping: {
            code: 'coursier-local',
            fr: 'Coursier Abidjan / Dakar',
            en: 'Abidjan / Dakar courier',
            price: 2500_00,
        },
    },
] as const;

/**
 * Creates the two channels, their settings and methods, and imports `productsCsv` (path) into both.
 *
 * @throws when the import reports errors or a channel cannot be created
 */
export async function seedTestShop(app: INestApplicationContext, productsCsv: string): Promise<void> {
    const channelService = app.get(ChannelService);
    const superadmin = await app
        .get(TransactionalConnection)
        .rawConnection.getRepository(User)
        .findOneOrFail({
            where: { identifier: SUPER_ADMIN_USER_IDENTIFIER },
            relations: ['roles', 'roles.channels'],
        });
    const ctxFor = (channel: Channel, languageCode = LanguageCode.fr): Promise<RequestContext> =>
        app
            .get(RequestContextService)
            .create({ apiType: 'admin', user: superadmin, channelOrToken: channel, languageCode });
    const defaultChannel = await channelService.getDefaultChannel();
    const ctx = await ctxFor(defaultChannel);
    const category = await app.get(TaxCategoryService).create(ctx, { name: 'standard', isDefault: true });

    const channels: Channel[] = [];
    for (const def of CHANNELS) {
        const country = await app.get(CountryService).create(ctx, {
            code: def.country.code,
            enabled: true,
            translations: [
                { languageCode: LanguageCode.fr, name: def.country.name },
                { languageCode: LanguageCode.en, name: def.country.name },
            ],
        });
        const zone = await app.get(ZoneService).create(ctx, { name: def.zone, memberIds: [country.id] });
        await app.get(TaxRateService).create(ctx, {
            name: def.tax.name,
            value: def.tax.percentage,
            enabled: true,
            categoryId: category.id,
            zoneId: zone.id,
        });
        const settings = {
            defaultLanguageCode: LanguageCode.fr,
            availableLanguageCodes: [LanguageCode.fr, LanguageCode.en],
            defaultCurrencyCode: def.currencyCode,
            availableCurrencyCodes: [def.currencyCode],
            pricesIncludeTax: true,
            defaultTaxZoneId: zone.id,
            defaultShippingZoneId: zone.id,
        };
        if (def.token === 'fr') {
            await channelService.update(ctx, { id: defaultChannel.id, ...settings });
            channels.push(await channelService.getDefaultChannel());
            continue;
        }
        const sellers = await app.get(SellerService).findAll(ctx);
        const created = await channelService.create(ctx, {
            code: def.token,
            token: def.token,
            sellerId: sellers.items[0].id,
            ...settings,
        });
        if (!(created instanceof Channel)) throw new Error(`Channel ${def.token}: ${created.message}`);
        const roleService = app.get(RoleService);
        await roleService.assignRoleToChannel(ctx, (await roleService.getSuperAdminRole(ctx)).id, created.id);
        const stock = app.get(StockLocationService);
        await stock.assignStockLocationsToChannel(ctx, {
            channelId: created.id,
            stockLocationIds: [(await stock.defaultStockLocation(ctx)).id],
        });
        channels.push(created);
    }

    for (const [i, def] of CHANNELS.entries()) {
        const channelCtx = await ctxFor(channels[i]);
        await app.get(ShippingMethodService).create(channelCtx, {
            code: def.shipping.code,
            fulfillmentHandler: manualFulfillmentHandler.code,
            checker: {
                code: currencyShippingEligibilityChecker.code,
                arguments: [
                    { name: 'currencyCode', value: def.currencyCode },
                    { name: 'orderMinimum', value: '0' },
                ],
            },
            calculator: {
                code: defaultShippingCalculator.code,
                arguments: [
                    { name: 'rate', value: String(def.shipping.price) },
                    { name: 'includesTax', value: 'include' },
                    { name: 'taxRate', value: String(def.tax.percentage) },
                ],
            },
            translations: [
                { languageCode: LanguageCode.fr, name: def.shipping.fr, description: '' },
                { languageCode: LanguageCode.en, name: def.shipping.en, description: '' },
            ],
        });
        await app.get(PaymentMethodService).create(channelCtx, {
            code: `test-payment-${def.token}`,
            enabled: true,
            handler: {
                code: dummyPaymentHandler.code,
                arguments: [{ name: 'automaticSettle', value: 'true' }],
            },
            checker: {
                code: currencyPaymentEligibilityChecker.code,
                arguments: [{ name: 'currencyCode', value: def.currencyCode }],
            },
            translations: [
                {
                    languageCode: LanguageCode.fr,
                    name: 'Paiement de test (aucun débit réel)',
                    description: '',
                },
                { languageCode: LanguageCode.en, name: 'Test payment (no real charge)', description: '' },
            ],
        });
    }

    const csv = fs.readFileSync(productsCsv, 'utf8');
    const imported = await lastValueFrom(
        app.get(Importer).parseAndImport(csv, await ctxFor(channels[0], LanguageCode.en), false),
    );
    if (imported.errors?.length) throw new Error(`Catalogue import: ${imported.errors.join('; ')}`);
    const variants = await app
        .get(TransactionalConnection)
        .rawConnection.getRepository(ProductVariant)
        .find({ relations: ['productVariantPrices'] });
    const variantService = app.get(ProductVariantService);
    await variantService.assignProductVariantsToChannel(await ctxFor(channels[0]), {
        productVariantIds: variants.map(v => v.id as ID),
        channelId: channels[1].id,
        priceFactor: 1,
    });
    const ciCtx = await ctxFor(channels[1]);
    for (const variant of variants) {
        const eur = variant.productVariantPrices.find(p => p.currencyCode === CurrencyCode.EUR);
        if (eur) await variantService.update(ciCtx, [{ id: variant.id, price: eurToXofMinor(eur.price) }]);
    }
}
