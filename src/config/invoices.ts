/**
 * Radiant's configuration of the invoices plugin (plugins/invoices): the seller's legal identity
 * printed on invoices, and where PDFs are stored.
 */
import { createHmac } from 'node:crypto';
import path from 'node:path';
import { InvoiceSeller, InvoicesPlugin, LocalInvoiceStorageStrategy } from '../../plugins/invoices';
import type { Environment } from '../environment';

/**
 * The demo seller. A real shop replaces it with its own legal identity (see plugins/invoices/README.md);
 * the values below are fictitious.
 */
export const DEMO_SELLER: InvoiceSeller = {
    legalName: 'Radiant Parfums',
    address: { streetLine1: '10 rue de la Paix', postalCode: '75002', city: 'Paris', countryCode: 'FR', country: 'France' },
    siren: '123456789',
    siret: '12345678900012',
    legalForm: 'SAS',
    shareCapital: 1_000_000,
    shareCapitalCurrency: 'EUR',
    rcsCity: 'Paris',
    vatNumber: 'FR32123456789',
    email: 'factures@radiant.example',
};

/**
 * The invoices plugin configured for an environment: PDFs in `$DATA_DIR/invoices`, fonts in
 * `static/fonts`, signed download links (15 min) keyed by a secret derived from the cookie secret
 * (HMAC with a purpose label, so the two uses never share a key).
 */
export function invoicesPlugin(env: Environment) {
    return InvoicesPlugin.init({
        sellers: { default: DEMO_SELLER },
        downloadLinkSecret: createHmac('sha256', env.cookieSecret).update('radiant-invoice-download-links').digest('hex'),
        storageStrategy: new LocalInvoiceStorageStrategy(path.join(env.dataDir, 'invoices')),
        fontsDir: path.join(env.rootDir, 'static', 'fonts'),
    });
}
