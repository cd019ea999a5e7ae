/**
 * The support-threads plugin alone on Vendure's test harness (@vendure/testing), on sql.js or
 * PostgreSQL: SupportThreadsPlugin with a support address, Vendure's EmailPlugin with only the
 * plugin's handlers (the `testing` transport hands each email to the suite), the database job
 * queue and scheduler, Vendure's AssetServerPlugin on local files (the public `/assets` route the
 * attachments must not be served by), optionally the RateLimitPlugin, and the minimal two-channel
 * shop of test/support/test-shop.ts with the sample catalogue and three customers (password
 * `test`); sessions by bearer token or cookie, as Radiant's own configuration.
 */
import path from 'node:path';
import { AssetServerPlugin } from '@vendure/asset-server-plugin';
import { DefaultJobQueuePlugin, DefaultSchedulerPlugin } from '@vendure/core';
import { EmailDetails, EmailPlugin, FileBasedTemplateLoader } from '@vendure/email-plugin';
import {
    keepIdleConnections,
    pluginTestEnvironment,
    TestDatabase,
} from '../../../test/support/plugin-test-env';
import {
    SAMPLE_PRODUCTS_CSV,
    seedTestShop,
    TEST_SHOP_INITIAL_DATA,
    testShopConfig,
} from '../../../test/support/test-shop';
import { waitForJobQueue } from '../../../src/tooling/job-queue';
import { sqlQueryCounter } from '../../../test/support/sql-query-count';
import { testDbConnectionOptions } from '../../../test/support/test-databases';
import { SUPPORT_EMAIL_HANDLERS, SupportThreadsPlugin } from '../index';
import { RateLimitPlugin, RateLimitPluginOptions } from '../../rate-limit';

const ROOT = path.join(__dirname, '..', '..', '..');

/** The support address of the suite (unassigned threads' alerts). */
export const SUPPORT_EMAIL = 'support@radiant.example';
/** The storefront URL the emails link to. */
export const STOREFRONT_URL = 'https://radiant.example';

/**
 * Creates, starts and fills the environment. `emails` collects every email sent; `sqlQueryCount()`
 * counts the SQL statements run so far (test/support/sql-query-count.ts); `rateLimits`
 * adds the RateLimitPlugin with these options (none: no limits).
 */
export async function supportTestEnvironment(db: TestDatabase, rateLimits?: RateLimitPluginOptions) {
    const emails: EmailDetails[] = [];
    const sql = sqlQueryCounter();
    const t = await pluginTestEnvironment(db, ({ dataDir }) => ({
        ...testShopConfig,
        dbConnectionOptions: { ...testDbConnectionOptions(db), logging: ['query'], logger: sql.logger },
        // As Radiant (vendure-config.ts): the Dashboard's EventSource authenticates by the cookie.
        authOptions: {
            tokenMethod: ['bearer', 'cookie'],
            cookieOptions: { secret: 'support-threads-e2e', sameSite: 'lax' },
        },
        plugins: [
            AssetServerPlugin.init({ route: 'assets', assetUploadDir: path.join(dataDir, 'assets') }),
            ...(rateLimits ? [RateLimitPlugin.init(rateLimits)] : []),
            DefaultJobQueuePlugin.init({ useDatabaseForBuffer: true, pollInterval: 100 }),
            DefaultSchedulerPlugin.init(),
            EmailPlugin.init({
                transport: { type: 'testing', onSend: details => emails.push(details) },
                handlers: SUPPORT_EMAIL_HANDLERS,
                templateLoader: new FileBasedTemplateLoader(path.join(ROOT, 'static', 'email', 'templates')),
                globalTemplateVars: {
                    fromAddress: '"Radiant" <noreply@radiant.example>',
                    storefrontUrl: STOREFRONT_URL,
                    lang: 'fr',
                    layoutTexts: {},
                },
            }),
            SupportThreadsPlugin.init({ defaults: { supportEmail: SUPPORT_EMAIL }, liveIntervalMs: 200 }),
        ],
    }));
    await t.server.init({ initialData: TEST_SHOP_INITIAL_DATA, customerCount: 3 });
    keepIdleConnections(t.server.app);
    await seedTestShop(t.server.app, SAMPLE_PRODUCTS_CSV);
    await waitForJobQueue(t.server.app);
    return { ...t, emails, sqlQueryCount: sql.count };
}
