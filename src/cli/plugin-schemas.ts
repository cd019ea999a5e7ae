/**
 * Writes the final GraphQL schemas (Vendure's core schema + ONE plugin's API extensions and custom
 * fields) of each Radiant plugin, as SDL, into `node_modules/.cache/radiant-plugin-schemas/`
 * (`<name>-admin.graphql`, `<name>-shop.graphql`; not committed). graphql-codegen
 * (codegen.plugins.cjs) generates the plugin's resolver types and its e2e suite's operation types
 * from them. Run by `npm run codegen`; no database or
 * server is needed (Vendure's getFinalVendureSchema, as the Dashboard build does).
 */
import fs from 'node:fs';
import path from 'node:path';
import { GraphQLTypesLoader } from '@nestjs/graphql';
import {
    defaultConfig,
    getConfig,
    getFinalVendureSchema,
    mergeConfig,
    resetConfig,
    runPluginConfigurations,
    setConfig,
    VENDURE_ADMIN_API_TYPE_PATHS,
    VENDURE_SHOP_API_TYPE_PATHS,
    VendureConfig,
} from '@vendure/core';
import { CinetPayPlugin } from '../../plugins/cinetpay';
import { DeliveryTrackingPlugin } from '../../plugins/delivery-tracking';
import { InvoicesPlugin, LocalInvoiceStorageStrategy } from '../../plugins/invoices';
import { LegalPagesPlugin } from '../../plugins/legal-pages';
import { StripePlugin } from '../../plugins/stripe';
import { SupportThreadsPlugin } from '../../plugins/support-threads';
import { VipPricingPlugin } from '../../plugins/vip-pricing';

/** Each plugin with options good enough to build its schema (never started). */
const PLUGINS: Record<string, () => NonNullable<VendureConfig['plugins']>[number]> = {
    invoices: () =>
        InvoicesPlugin.init({
            sellers: {
                default: {
                    legalName: 'Schema',
                    address: { streetLine1: '-', city: '-', countryCode: 'FR' },
                    siren: '-',
                    legalForm: '-',
                    shareCapital: 0,
                    shareCapitalCurrency: 'EUR',
                    rcsCity: '-',
                    vatNumber: '-',
                },
            },
            downloadLinkSecret: 'schema',
            storageStrategy: new LocalInvoiceStorageStrategy('/nonexistent'),
        }),
    stripe: () => StripePlugin.init({}),
    cinetpay: () =>
        CinetPayPlugin.init({
            apiBaseUrl: 'http://localhost',
            publicUrl: 'http://localhost',
            storefrontUrl: 'http://localhost',
        }),
    'delivery-tracking': () => DeliveryTrackingPlugin.init({}),
    'vip-pricing': () => VipPricingPlugin.init(),
    'legal-pages': () => LegalPagesPlugin.init(),
    'support-threads': () => SupportThreadsPlugin.init(),
};

/** The SDL of `apiType` with Vendure's core and `plugin` only. */
async function schemaOf(plugin: NonNullable<VendureConfig['plugins']>[number], apiType: 'admin' | 'shop') {
    resetConfig();
    await setConfig(mergeConfig(defaultConfig, { plugins: [plugin] }));
    const config = await runPluginConfigurations(getConfig());
    return getFinalVendureSchema({
        config,
        typePaths: apiType === 'admin' ? VENDURE_ADMIN_API_TYPE_PATHS : VENDURE_SHOP_API_TYPE_PATHS,
        typesLoader: new GraphQLTypesLoader(),
        apiType,
        output: 'sdl',
    });
}

async function main() {
    const root = path.join(__dirname, '..', '..', '..');
    for (const [name, plugin] of Object.entries(PLUGINS)) {
        const dir = path.join(root, 'node_modules', '.cache', 'radiant-plugin-schemas');
        fs.mkdirSync(dir, { recursive: true });
        for (const apiType of ['admin', 'shop'] as const) {
            const file = path.join(dir, `${name}-${apiType}.graphql`);
            fs.writeFileSync(file, await schemaOf(plugin(), apiType));
            console.log(`Wrote ${path.relative(root, file)}`);
        }
    }
}

main().catch(err => {
    console.error(err);
    process.exit(1);
});
