/**
 * The invoices plugin alone on Vendure's test harness (@vendure/testing), on sql.js or PostgreSQL:
 * InvoicesPlugin with a test seller and local PDF storage in the suite's data directory, Vendure's
 * EmailPlugin with only the invoice email handler (SMTP to the suite's fake server when given),
 * the database job queue (the plugin issues and renders in jobs) and scheduler, Radiant's
 * OrderLanguagePlugin (the order's language, which invoices are written in), and the minimal
 * two-channel shop of test/support/test-shop.ts with this suite's catalogue (fixtures/products.csv).
 */
import { DEFAULT_CHANNEL_CODE } from '@vendure/common/lib/shared-constants';
import path from 'node:path';
import { DefaultJobQueuePlugin, DefaultSchedulerPlugin } from '@vendure/core';
import { EmailPlugin, FileBasedTemplateLoader } from '@vendure/email-plugin';
import {
    keepIdleConnections,
    pluginTestEnvironment,
    TestDatabase,
} from '../../../test/support/plugin-test-env';
import { seedTestShop, TEST_SHOP_INITIAL_DATA, testShopConfig } from '../../../test/support/test-shop';
import { waitForJobQueue } from '../../../src/tooling/job-queue';
import { OrderLanguagePlugin } from '../../../src/config/order-language';
import { invoiceEmailHandler, InvoiceSeller, InvoicesPlugin, LocalInvoiceStorageStrategy } from '../index';

const ROOT = path.join(__dirname, '..', '..', '..');

/** The seller every test invoice prints unless a channel has its own settings (fictitious values). */
export const TEST_SELLER: InvoiceSeller = {
    legalName: 'Radiant Parfums',
    address: {
        streetLine1: '10 rue de la Paix',
        postalCode: '75002',
        city: 'Paris',
        countryCode: 'FR',
        country: 'France',
    },
    siren: '900000019',
    siret: '90000001900019',
    legalForm: 'SAS',
    shareCapital: 1_000_000,
    shareCapitalCurrency: 'EUR',
    rcsCity: 'Paris',
    vatNumber: 'FR25900000019',
    email: 'factures@radiant.example',
};

/**
 * The InvoicesPlugin as the suites configure it: {@link TEST_SELLER} on every channel, one continuous
 * series per channel (`RAD-FR-…` on the default channel `fr`, `RAD-CI-…` on `ci`), signed download
 * links, PDFs stored in `<dataDir>/invoices`. Also used by suites of other plugins whose behaviour
 * reaches invoices (e.g. CinetPay refunds and their credit notes).
 */
export function invoicesTestPlugin(dataDir: string) {
    return InvoicesPlugin.init({
        sellers: { default: TEST_SELLER },
        // One seller on two channels: one continuous series per channel (the demo's).
        series: {
            [DEFAULT_CHANNEL_CODE]: {
                numberPattern: 'RAD-FR-{YYYY}-{000000}',
                creditNotePattern: 'RAD-AV-FR-{YYYY}-{000000}',
            },
            ci: {
                numberPattern: 'RAD-CI-{YYYY}-{000000}',
                creditNotePattern: 'RAD-AV-CI-{YYYY}-{000000}',
            },
        },
        downloadLinkSecret: 'invoices-e2e-download-link-secret',
        storageStrategy: new LocalInvoiceStorageStrategy(path.join(dataDir, 'invoices')),
        fontsDir: path.join(ROOT, 'static', 'fonts'),
    });
}

/** Options of {@link invoicesTestEnvironment}. */
export interface InvoicesTestOptions {
    /** Port of a fake SMTP server (test/support/fake-smtp.ts); without it emails go to files. */
    smtpPort?: number;
}

/**
 * Creates, starts and fills the environment: `server.init()`, the minimal shop, the job queue drained.
 * The PDFs are in `<env.dataDir>/invoices`.
 */
export async function invoicesTestEnvironment(db: TestDatabase, options: InvoicesTestOptions = {}) {
    const t = await pluginTestEnvironment(db, ({ dataDir }) => ({
        ...testShopConfig,
        plugins: [
            DefaultJobQueuePlugin.init({ useDatabaseForBuffer: true }),
            DefaultSchedulerPlugin.init(),
            EmailPlugin.init({
                ...(options.smtpPort
                    ? { transport: { type: 'smtp' as const, host: '127.0.0.1', port: options.smtpPort } }
                    : { transport: { type: 'file' as const, outputPath: path.join(dataDir, 'emails') } }),
                handlers: [invoiceEmailHandler],
                templateLoader: new FileBasedTemplateLoader(path.join(ROOT, 'static', 'email', 'templates')),
                globalTemplateVars: { fromAddress: '"Radiant" <noreply@radiant.example>' },
            }),
            invoicesTestPlugin(dataDir),
            // The Order custom field `languageCode` the plugin writes documents in (as in Radiant).
            OrderLanguagePlugin,
        ],
    }));
    await t.server.init({ initialData: TEST_SHOP_INITIAL_DATA, customerCount: 1 });
    keepIdleConnections(t.server.app);
    await seedTestShop(t.server.app, path.join(__dirname, 'fixtures', 'products.csv'));
    await waitForJobQueue(t.server.app);
    return t;
}
