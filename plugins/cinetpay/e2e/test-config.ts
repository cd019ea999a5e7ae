/**
 * The CinetPay plugin alone on Vendure's test harness (@vendure/testing), on sql.js or PostgreSQL:
 * CinetPayPlugin pointed at the suite's in-process simulator (simulator/cinetpay-simulator.ts),
 * its public URL being the test server (the simulator POSTs notifications there), the database
 * job queue and scheduler, the minimal two-channel shop of test/support/test-shop.ts with this
 * suite's catalogue (fixtures/products.csv), and on `ci` the plugin's demo method `cinetpay-ci`
 * (seed/demo-payment-method.ts), which the suite reconfigures with its own merchant.
 */
import path from 'node:path';
import {
    ChannelService,
    DefaultJobQueuePlugin,
    DefaultSchedulerPlugin,
    RequestContextService,
    VendureConfig,
    VendureLogger,
} from '@vendure/core';
import {
    keepIdleConnections,
    pluginTestEnvironment,
    TestDatabase,
} from '../../../test/support/plugin-test-env';
import { seedTestShop, TEST_SHOP_INITIAL_DATA, testShopConfig } from '../../../test/support/test-shop';
import { currencyPaymentEligibilityChecker } from '../../../src/config/currency-eligibility';
import { waitForJobQueue } from '../../../src/tooling/job-queue';
import { CinetPayPlugin, ensureCinetPayDemoMethod } from '../index';

/** Where the payment return URL sends the shopper (never served in the tests). */
export const TEST_STOREFRONT_URL = 'http://localhost:4321';

/** Options of {@link cinetpayTestEnvironment}. */
export interface CinetPayTestOptions {
    /** Base URL of the simulator's API (`CinetPaySimulator.start()`). */
    apiBaseUrl: string;
    /** Receives every log line (the suite checks that no secret is logged). */
    logger?: VendureLogger;
    /**
     * Other plugins a suite needs besides CinetPay's, built from the suite's data directory (e.g. the
     * invoices plugin, whose credit notes follow CinetPay refunds).
     */
    plugins?: (context: { dataDir: string }) => NonNullable<VendureConfig['plugins']>;
}

/**
 * Creates, starts and fills the environment: `server.init()`, the minimal shop, `cinetpay-ci`, the
 * job queue drained. `env.storefrontUrl` is the storefront the return URL points to.
 */
export async function cinetpayTestEnvironment(db: TestDatabase, options: CinetPayTestOptions) {
    const t = await pluginTestEnvironment(db, ({ port, dataDir }) => ({
        ...testShopConfig,
        ...(options.logger ? { logger: options.logger } : {}),
        plugins: [
            DefaultJobQueuePlugin.init({ useDatabaseForBuffer: true }),
            DefaultSchedulerPlugin.init(),
            CinetPayPlugin.init({
                apiBaseUrl: options.apiBaseUrl,
                publicUrl: `http://localhost:${port}`,
                storefrontUrl: TEST_STOREFRONT_URL,
            }),
            ...(options.plugins?.({ dataDir }) ?? []),
        ],
    }));
    await t.server.init({ initialData: TEST_SHOP_INITIAL_DATA, customerCount: 1 });
    keepIdleConnections(t.server.app);
    await seedTestShop(t.server.app, path.join(__dirname, 'fixtures', 'products.csv'));
    const ci = await t.server.app.get(ChannelService).getChannelFromToken('ci');
    const ctx = await t.server.app
        .get(RequestContextService)
        .create({ apiType: 'admin', channelOrToken: ci });
    await ensureCinetPayDemoMethod(t.server.app, ctx, currencyPaymentEligibilityChecker.code, 'XOF');
    await waitForJobQueue(t.server.app);
    return { ...t, env: { ...t.env, storefrontUrl: TEST_STOREFRONT_URL } };
}
