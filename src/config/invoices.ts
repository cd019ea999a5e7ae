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
import { FR_SHOP_CHANNEL } from './channels';

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
 * The number series of the demo channels. Both channels sell as one company (one SIREN), and a
 * number must be unique for a seller (CGI annexe II art. 242 nonies A, 7°): each channel numbers
 * in its own continuous series, told apart by its prefix. Vendure's default channel sells nothing
 * of its own (every order belongs to a shop channel), so it has no series.
 */
export const DEMO_SERIES = {
    [FR_SHOP_CHANNEL]: {
        numberPattern: 'RAD-FR-{YYYY}-{000000}',
        creditNotePattern: 'RAD-AV-FR-{YYYY}-{000000}',
    },
    ci: { numberPattern: 'RAD-CI-{YYYY}-{000000}', creditNotePattern: 'RAD-AV-CI-{YYYY}-{000000}' },
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
        series: DEMO_SERIES,
        downloadLinkSecret: env.invoiceLinkSecret,
        storageStrategy: invoiceStorageStrategy(env),
        fontsDir: path.join(env.rootDir, 'static', 'fonts'),
    });
}
