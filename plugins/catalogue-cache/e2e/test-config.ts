/**
 * The catalogue cache on Vendure's test harness (@vendure/testing), on sql.js or PostgreSQL, with
 * only what it needs: Vendure's search plugin and this plugin, on the minimal two-channel shop of
 * test/support/test-shop.ts with the fixture catalogue (two products). The pricing variant is a
 * stand-in for a customer-specific price list: customers whose email starts with `vip` share the
 * variant `vip`, tagged `test:vip-prices`. Purges go to `pagePurgeTarget` (an HTTP page cache) when
 * given, with the stand-in VIP tag relayed from Vendure's CacheService.
 */
import path from 'node:path';
import { DefaultSearchPlugin } from '@vendure/core';
import { pluginTestEnvironment, TestDatabase } from '../../../test/support/plugin-test-env';
import { seedTestShop, TEST_SHOP_INITIAL_DATA, testShopConfig } from '../../../test/support/test-shop';
import { CatalogueCachePlugin } from '../index';

/** The fixture catalogue: Elie Saab Le Parfum (3 sizes) and Crème Mains (one variant). */
export const CATALOGUE_CSV = path.join(__dirname, 'fixtures', 'products.csv');

/** The purge token of the test server (page purges it sends, and its own purge route). */
export const PURGE_TOKEN = 'test-purge-token-0123456789';

/** Tag of the stand-in VIP answers. */
export const VIP_TAG = 'test:vip-prices';

/**
 * Creates, starts and fills the environment.
 *
 * @param pagePurgeTarget URL that gets the page purges (`PURGE` with `xkey-purge`), if any
 */
export async function catalogueCacheTestEnvironment(db: TestDatabase, pagePurgeTarget?: string) {
    const t = await pluginTestEnvironment(db, () => ({
        ...testShopConfig,
        plugins: [
            DefaultSearchPlugin.init({ bufferUpdates: false }),
            CatalogueCachePlugin.init({
                ttlSeconds: 600,
                pagePurge: pagePurgeTarget
                    ? { targets: [pagePurgeTarget], token: PURGE_TOKEN, relayTagPrefixes: [VIP_TAG] }
                    : undefined,
                pricingVariant: async (ctx, injector) => {
                    const { Customer, TransactionalConnection } = await import('@vendure/core');
                    if (!ctx.activeUserId) return { key: '' };
                    const customer = await injector
                        .get(TransactionalConnection)
                        .getRepository(ctx, Customer)
                        .findOne({ where: { user: { id: ctx.activeUserId } } });
                    return customer?.emailAddress.startsWith('vip')
                        ? { key: 'vip', tags: [VIP_TAG] }
                        : { key: '' };
                },
            }),
        ],
    }));
    await t.server.init({ initialData: TEST_SHOP_INITIAL_DATA, customerCount: 2 });
    await seedTestShop(t.server.app, CATALOGUE_CSV);
    return t;
}
