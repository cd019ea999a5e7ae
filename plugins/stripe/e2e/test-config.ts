/**
 * The Stripe plugin alone on Vendure's test harness (@vendure/testing), on sql.js or PostgreSQL:
 * StripePlugin pointed at the suite's fake Stripe API (testing/fake-stripe.ts), Vendure's
 * EmailPlugin with only the dispute alert handler (dev mode: emails written as files to
 * `<env.dataDir>/emails`), the database job queue, and the minimal two-channel shop of
 * test/support/test-shop.ts with this suite's catalogue (fixtures/products.csv). No Stripe payment
 * method exists at first: the suite creates them through the Admin API.
 */
import path from 'node:path';
import { DefaultJobQueuePlugin, VendureLogger } from '@vendure/core';
import { EmailPlugin, FileBasedTemplateLoader } from '@vendure/email-plugin';
import {
    keepIdleConnections,
    pluginTestEnvironment,
    TestDatabase,
} from '../../../test/support/plugin-test-env';
import { seedTestShop, TEST_SHOP_INITIAL_DATA, testShopConfig } from '../../../test/support/test-shop';
import { waitForJobQueue } from '../../../src/tooling/job-queue';
import { stripeDisputeEmailHandler, StripePlugin } from '../index';

const ROOT = path.join(__dirname, '..', '..', '..');

/** Options of {@link stripeTestEnvironment}. */
export interface StripeTestOptions {
    /** Base URL of the fake Stripe API (`FakeStripe.start()`). */
    apiUrl: string;
    /** Recipient of the dispute alerts. */
    merchantEmail: string;
    /** Receives every log line (the suite checks that no secret is logged). */
    logger?: VendureLogger;
}

/** Creates, starts and fills the environment: `server.init()`, the minimal shop, the job queue drained. */
export async function stripeTestEnvironment(db: TestDatabase, options: StripeTestOptions) {
    const t = await pluginTestEnvironment(db, ({ dataDir }) => ({
        ...testShopConfig,
        ...(options.logger ? { logger: options.logger } : {}),
        plugins: [
            DefaultJobQueuePlugin.init({ useDatabaseForBuffer: true }),
            EmailPlugin.init({
                devMode: true,
                outputPath: path.join(dataDir, 'emails'),
                route: 'mailbox',
                handlers: [stripeDisputeEmailHandler],
                templateLoader: new FileBasedTemplateLoader(path.join(ROOT, 'static', 'email', 'templates')),
                globalTemplateVars: { fromAddress: '"Radiant" <noreply@radiant.example>' },
            }),
            StripePlugin.init({ apiUrl: options.apiUrl, merchantEmail: options.merchantEmail }),
        ],
    }));
    await t.server.init({ initialData: TEST_SHOP_INITIAL_DATA, customerCount: 1 });
    keepIdleConnections(t.server.app);
    await seedTestShop(t.server.app, path.join(__dirname, 'fixtures', 'products.csv'));
    await waitForJobQueue(t.server.app);
    return t;
}
