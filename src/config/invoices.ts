/**
 * Radiant's configuration of the invoices plugin (plugins/invoices): the seller's legal identity
 * printed on invoices, and where PDFs are stored.
 */
import path from 'node:path';
import {
    InvoiceSeller,
    InvoicesPlugin,
    InvoiceStorageStrategy,
    LocalInvoiceStorageStrategy,
    S3InvoiceStorageStrategy,
} from '../../plugins/invoices';
import type { Environment } from '../environment';

/**
 * The demo seller. A real shop replaces it with its own legal identity (see plugins/invoices/README.md);
 * the values below are fictitious.
 */
export const DEMO_SELLER: InvoiceSeller = {
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
 * Where PDFs are stored: `$DATA_DIR/invoices` by default, an S3-compatible bucket with
 * `INVOICE_STORAGE=s3` (shared by every server and worker process).
 */
export function invoiceStorageStrategy(env: Environment): InvoiceStorageStrategy {
    const settings = env.invoiceStorage;
    if (settings.type === 'local') return new LocalInvoiceStorageStrategy(settings.dir);
    const { type: _type, ...s3 } = settings;
    return new S3InvoiceStorageStrategy(s3);
}

/**
 * The invoices plugin configured for an environment: PDFs where {@link invoiceStorageStrategy} says, fonts in
 * `static/fonts`, signed download links (15 min) keyed by their own secret (`INVOICE_LINK_SECRET`;
 * required in production, a demo value otherwise).
 */
export function invoicesPlugin(env: Environment) {
    return InvoicesPlugin.init({
        sellers: { default: DEMO_SELLER },
        downloadLinkSecret: env.invoiceLinkSecret,
        storageStrategy: invoiceStorageStrategy(env),
        fontsDir: path.join(env.rootDir, 'static', 'fonts'),
    });
}
