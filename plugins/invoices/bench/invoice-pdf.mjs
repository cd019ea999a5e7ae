/**
 * Invoice PDF rendering on one core: the compiled renderer (dist/plugins/invoices/helpers/invoice-pdf.js,
 * the code the worker's render job runs) renders a realistic A4 invoice (6 product lines, shipping,
 * two VAT rates, French) in the load generator's own thread, one at a time (one virtual user), so
 * throughput is invoices/s on one core and the latency percentiles are the render time itself.
 * Target: ≥ 20 invoices/s, p95 ≤ 150 ms. The server is not involved (no request is made).
 */
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const require = createRequire(import.meta.url);

const lines = [
    ['Elie Saab Le Parfum 30 ml', 'ES-LP-30', 2, 5167, 20],
    ['Elie Saab Le Parfum 50 ml', 'ES-LP-50', 1, 7417, 20],
    ['Crème régénérante nuit 50 ml', 'CR-NUIT-50', 1, 4500, 20],
    ['Sérum éclat vitamine C 30 ml', 'SE-VITC-30', 3, 2917, 20],
    ['Livre « L’art du parfum »', 'LIV-ART', 1, 2370, 5.5],
    ['Bougie parfumée ambre 180 g', 'BG-AMBRE', 2, 2500, 20],
    ['Livraison — Colissimo', undefined, 1, 492, 20],
].map(([description, sku, quantity, unitPrice, taxRate]) => {
    const totalExclTax = unitPrice * quantity;
    return {
        description,
        sku,
        quantity,
        unitPrice,
        taxRate,
        discount: 0,
        totalExclTax,
        totalInclTax: Math.round(totalExclTax * (1 + taxRate / 100)),
    };
});
const taxTotals = [20, 5.5].map(rate => {
    const of = lines.filter(l => l.taxRate === rate);
    const base = of.reduce((s, l) => s + l.totalExclTax, 0);
    return {
        taxRate: rate,
        description: `TVA ${rate} %`,
        base,
        tax: of.reduce((s, l) => s + l.totalInclTax, 0) - base,
    };
});
const invoice = {
    number: 'RAD-2026-000042',
    type: 'invoice',
    originalInvoiceNumber: null,
    orderCode: 'BENCH0000ORDER42',
    languageCode: 'fr',
    seller: null, // DEMO_SELLER from the compiled config, in setup()
    customer: {
        name: 'Awa Diallo',
        email: 'awa@example.com',
        deliveryAddress: {
            fullName: 'Awa Diallo',
            streetLine1: '12 rue des Lilas',
            postalCode: '75011',
            city: 'Paris',
            countryCode: 'FR',
        },
    },
    lines,
    taxTotals,
    totalExclTax: taxTotals.reduce((s, t) => s + t.base, 0),
    totalInclTax: lines.reduce((s, l) => s + l.totalInclTax, 0),
    currencyCode: 'EUR',
    issuedAt: new Date(),
    saleDate: new Date(),
    paymentDate: new Date(),
    paymentMethod: 'Carte bancaire',
};

export default {
    name: 'invoice-pdf',
    description:
        'renders one A4 invoice PDF (7 lines, 2 VAT rates) with pdfkit, one at a time on one core; target ≥ 20/s, p95 ≤ 150 ms',
    unit: 'invoice',
    requestsPerOp: 0,
    order: 90,
    connections: 1,
    configurations: ['radiant'],
    async setup() {
        const { renderInvoicePdf } = require(
            path.join(root, 'dist', 'plugins', 'invoices', 'helpers', 'invoice-pdf.js'),
        );
        const { DEMO_SELLER } = require(path.join(root, 'dist', 'src', 'config', 'invoices.js'));
        return {
            renderInvoicePdf,
            invoice: { ...invoice, seller: DEMO_SELLER },
            fontsDir: path.join(root, 'static', 'fonts'),
        };
    },
    async run(vu) {
        const pdf = await vu.shared.renderInvoicePdf(
            vu.shared.invoice,
            vu.shared.fontsDir,
            undefined,
            'Europe/Paris',
        );
        if (pdf.length < 1000 || pdf.subarray(0, 5).toString() !== '%PDF-') throw new Error('not a PDF');
    },
};
