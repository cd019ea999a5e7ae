/**
 * The delivery-tracking plugin alone on Vendure's test harness (@vendure/testing), on sql.js or
 * PostgreSQL: DeliveryTrackingPlugin with webhook secrets for both channels and La Poste pointed at
 * the local fake (testing/fake-la-poste.ts), Vendure's EmailPlugin with the plugin's handlers and
 * Radiant's shipped email, which shows the parcels and is what `resendShippedEmail` sends again (the
 * `testing` transport hands each email to the suite), the database job queue and scheduler,
 * the rate-limit plugin with its default rules (the public lookup's limits), and the minimal
 * two-channel shop of test/support/test-shop.ts with the sample catalogue. SQL statements are
 * counted (`sqlQueryCount`) for the query-count test of `Fulfillment.parcels`.
 */
import path from 'node:path';
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
import { RateLimitPlugin } from '../../rate-limit';
import { DeliveryTrackingPlugin, parcelProblemEmailHandler, parcelStatusEmailHandler } from '../index';
import { FakeLaPoste } from '../testing/fake-la-poste';
import { radiantOrderShippedHandler, radiantOrderShippedResendHandler } from '../../../src/config/email';

const ROOT = path.join(__dirname, '..', '..', '..');

/** The webhook secrets of the suite, per channel token and source. */
export const TEST_SECRETS = {
    fr: { generic: 'whsec_fr_generic', aftership: 'aftership_fr_secret' },
    ci: { generic: 'whsec_ci_generic' },
};
/** The merchant address of delivery problems. */
export const MERCHANT_EMAIL = 'logistique@radiant.example';
/** The fake La Poste's application key. */
export const LA_POSTE_KEY = 'okapi-test-key';

/**
 * Creates, starts and fills the environment. `emails` collects every email sent; `laPoste` is the
 * running fake (stopped by `cleanup()`).
 */
export async function trackingTestEnvironment(db: TestDatabase) {
    const emails: EmailDetails[] = [];
    const laPoste = await new FakeLaPoste(LA_POSTE_KEY).start();
    const options = {
        webhookSecrets: TEST_SECRETS,
        laPoste: { apiKey: LA_POSTE_KEY, baseUrl: laPoste.url },
        merchantEmails: { default: MERCHANT_EMAIL },
    };
    const sql = sqlQueryCounter();
    const t = await pluginTestEnvironment(db, () => ({
        ...testShopConfig,
        dbConnectionOptions: { ...testDbConnectionOptions(db), logging: ['query'], logger: sql.logger },
        plugins: [
            DefaultJobQueuePlugin.init({ useDatabaseForBuffer: true, pollInterval: 100 }),
            DefaultSchedulerPlugin.init(),
            EmailPlugin.init({
                transport: { type: 'testing', onSend: details => emails.push(details) },
                // The shop's shipped email too (src/config/email.ts): parcel links and the resend path.
                handlers: [
                    parcelStatusEmailHandler,
                    parcelProblemEmailHandler,
                    radiantOrderShippedHandler,
                    radiantOrderShippedResendHandler,
                ],
                templateLoader: new FileBasedTemplateLoader(path.join(ROOT, 'static', 'email', 'templates')),
                globalTemplateVars: {
                    fromAddress: '"Radiant" <noreply@radiant.example>',
                    storefrontUrl: 'https://radiant.example',
                    lang: 'fr',
                    layoutTexts: {},
                },
            }),
            DeliveryTrackingPlugin.init(options),
            // The default rules, in memory: the public lookup's limits (per IP, per order code).
            RateLimitPlugin.init({}),
        ],
    }));
    await t.server.init({ initialData: TEST_SHOP_INITIAL_DATA, customerCount: 1 });
    keepIdleConnections(t.server.app);
    await seedTestShop(t.server.app, SAMPLE_PRODUCTS_CSV);
    await waitForJobQueue(t.server.app);
    return {
        ...t,
        emails,
        laPoste,
        /** SQL statements run so far (see test/support/sql-query-count.ts). */
        sqlQueryCount: sql.count,
        cleanup: async () => {
            await laPoste.stop();
            t.cleanup();
        },
    };
}
