import path from 'node:path';
import PDFDocument from 'pdfkit';
import type { Invoice } from '../entities/invoice.entity';
import type { InvoiceAddress } from '../types';

/** The fields of an {@link Invoice} the PDF prints. */
export type InvoicePdfData = Pick<
    Invoice,
    | 'number'
    | 'type'
    | 'originalInvoiceNumber'
    | 'orderCode'
    | 'seller'
    | 'customer'
    | 'lines'
    | 'taxTotals'
    | 'totalExclTax'
    | 'totalInclTax'
    | 'currencyCode'
    | 'issuedAt'
    | 'saleDate'
    | 'paymentDate'
    | 'paymentMethod'
>;

/**
 * Formats integer minor units for display in French (`12000, 'EUR'` → `120,00 €`). Display only:
 * amounts are stored and summed as integers. Narrow/no-break spaces become plain spaces.
 */
export function formatMoney(minor: number, currencyCode: string): string {
    return new Intl.NumberFormat('fr-FR', { style: 'currency', currency: currencyCode })
        .format(minor / 100)
        .replace(/[\u202f\u00a0]/g, ' ');
}

/** Formats a date as `21/11/2026` in `timeZone` (default UTC). */
export function formatDateIn(d: Date, timeZone = 'UTC'): string {
    return new Intl.DateTimeFormat('fr-FR', { timeZone, day: '2-digit', month: '2-digit', year: 'numeric' }).format(
        new Date(d),
    );
}

function addressLines(a?: InvoiceAddress): string[] {
    if (!a) return [];
    return [
        a.company,
        a.fullName,
        a.streetLine1,
        a.streetLine2,
        [a.postalCode, a.city].filter(Boolean).join(' '),
        a.country ?? a.countryCode,
    ].filter((l): l is string => !!l);
}

/**
 * Renders an invoice or credit note as an A4 PDF in French, with every mandatory mention of
 * the French/EU rules (see /work/shared/reference/invoicing.md). Offline: fonts from `fontsDir`.
 *
 * @param paymentTermsNote optional B2B terms (penalty rate, €40 recovery fee)
 * @param timeZone IANA time zone in which dates are printed (the shop's)
 */
export function renderInvoicePdf(
    invoice: InvoicePdfData,
    fontsDir: string,
    paymentTermsNote?: string,
    timeZone = 'UTC',
): Promise<Buffer> {
    const formatDate = (d: Date) => formatDateIn(d, timeZone);
    const regular = path.join(fontsDir, 'DejaVuSans.ttf');
    const bold = path.join(fontsDir, 'DejaVuSans-Bold.ttf');
    const isCredit = invoice.type === 'creditNote';
    const title = isCredit ? 'AVOIR' : 'FACTURE';
    const money = (n: number) => formatMoney(n, invoice.currencyCode);
    const doc = new PDFDocument({
        size: 'A4',
        margin: 40,
        font: regular,
        info: {
            Title: `${title} ${invoice.number}`,
            Author: invoice.seller.legalName,
            CreationDate: new Date(invoice.issuedAt),
        },
    });
    const chunks: Buffer[] = [];
    const done = new Promise<Buffer>((resolve, reject) => {
        doc.on('data', (c: Buffer) => chunks.push(c));
        doc.on('end', () => resolve(Buffer.concat(chunks)));
        doc.on('error', reject);
    });
    doc.registerFont('regular', regular);
    doc.registerFont('bold', bold);
    const s = invoice.seller;
    const left = 40;
    const width = doc.page.width - 80;

    // Seller
    doc.font('bold').fontSize(14).text(s.legalName, left, 40);
    doc.font('regular').fontSize(9);
    for (const l of addressLines(s.address)) doc.text(l);
    if (s.email) doc.text(s.email);
    doc.text(`SIREN ${s.siren}${s.siret ? ` — SIRET ${s.siret}` : ''}`);
    doc.text(`TVA intracommunautaire : ${s.vatNumber}`);

    // Title and references
    doc.font('bold').fontSize(20).text(title, 330, 40, { width: width - 290, align: 'right' });
    doc.font('regular').fontSize(9);
    const refs = [
        `N° ${invoice.number}`,
        `Date d'émission : ${formatDate(invoice.issuedAt)}`,
        `Date de la vente : ${formatDate(invoice.saleDate)}`,
        `Commande : ${invoice.orderCode}`,
    ];
    if (isCredit && invoice.originalInvoiceNumber) refs.push(`Avoir relatif à la facture n° ${invoice.originalInvoiceNumber}`);
    for (const r of refs) doc.text(r, 330, undefined, { width: width - 290, align: 'right' });

    // Customer
    let y = 170;
    const c = invoice.customer;
    const billing = c.billingAddress ?? c.deliveryAddress;
    doc.font('bold').fontSize(10).text('Facturé à', left, y);
    doc.font('regular').fontSize(9).text(c.name);
    for (const l of addressLines(billing).filter(l => l !== c.name)) doc.text(l);
    if (c.email) doc.text(c.email);
    if (c.vatNumber) doc.text(`TVA intracommunautaire : ${c.vatNumber}`);
    if (c.deliveryAddress) {
        doc.font('bold').fontSize(10).text('Livré à', 300, y);
        doc.font('regular').fontSize(9);
        for (const l of addressLines(c.deliveryAddress)) doc.text(l, 300);
    }
    doc.font('regular').fontSize(9).text('Nature de l’opération : livraison de biens', left, 270);

    // Lines
    y = 295;
    const cols = [
        { h: 'Désignation', w: 175, a: 'left' as const },
        { h: 'Qté', w: 30, a: 'right' as const },
        { h: 'P.U. HT', w: 60, a: 'right' as const },
        { h: 'TVA', w: 40, a: 'right' as const },
        { h: 'Remise HT', w: 55, a: 'right' as const },
        { h: 'Total HT', w: 77, a: 'right' as const },
        { h: 'Total TTC', w: 78, a: 'right' as const },
    ];
    const row = (cells: string[], font: 'regular' | 'bold') => {
        doc.font(font).fontSize(8.5);
        let x = left;
        let h = 0;
        cells.forEach((cell, i) => {
            h = Math.max(h, doc.heightOfString(cell, { width: cols[i].w - 4 }));
        });
        if (y + h > doc.page.height - 120) {
            doc.addPage();
            y = 40;
        }
        cells.forEach((cell, i) => {
            doc.text(cell, x + 2, y, { width: cols[i].w - 4, align: cols[i].a });
            x += cols[i].w;
        });
        y += h + 6;
        doc.moveTo(left, y - 3).lineTo(left + width, y - 3).lineWidth(0.3).strokeColor('#999').stroke();
    };
    row(cols.map(c => c.h), 'bold');
    for (const l of invoice.lines) {
        row(
            [
                l.sku ? `${l.description}\nRéf. ${l.sku}` : l.description,
                String(l.quantity),
                money(l.unitPrice),
                `${l.taxRate} %`,
                l.discount ? money(l.discount) : '—',
                money(l.totalExclTax),
                money(l.totalInclTax),
            ],
            'regular',
        );
    }

    // VAT summary and totals
    y += 10;
    const sx = left + width - 300;
    doc.font('bold').fontSize(9).text('Taux de TVA', sx, y, { width: 100 });
    doc.text('Base HT', sx + 100, y, { width: 100, align: 'right' });
    doc.text('Montant TVA', sx + 200, y, { width: 100, align: 'right' });
    y += 14;
    doc.font('regular');
    for (const t of invoice.taxTotals) {
        doc.text(`TVA ${t.taxRate} %`, sx, y, { width: 100 });
        doc.text(money(t.base), sx + 100, y, { width: 100, align: 'right' });
        doc.text(money(t.tax), sx + 200, y, { width: 100, align: 'right' });
        y += 13;
    }
    y += 6;
    const total = (label: string, value: number, font: 'regular' | 'bold') => {
        doc.font(font).fontSize(font === 'bold' ? 11 : 9).text(label, sx, y, { width: 150 });
        doc.text(money(value), sx + 150, y, { width: 150, align: 'right' });
        y += font === 'bold' ? 17 : 13;
    };
    total('Total HT', invoice.totalExclTax, 'regular');
    total('Total TVA', invoice.totalInclTax - invoice.totalExclTax, 'regular');
    total(isCredit ? 'Total TTC à rembourser' : 'Total TTC', invoice.totalInclTax, 'bold');

    // Payment and terms
    y += 10;
    doc.font('regular').fontSize(9);
    if (invoice.paymentDate) {
        const verb = isCredit ? 'Remboursé' : 'Payée';
        doc.text(
            `${verb} le ${formatDate(invoice.paymentDate)}${invoice.paymentMethod ? ` par ${invoice.paymentMethod}` : ''}.`,
            left,
            y,
            { width },
        );
    }
    if (paymentTermsNote) doc.text(paymentTermsNote, left, undefined, { width });

    // Legal footer on the last page
    const footer =
        `${s.legalName} — ${s.legalForm} au capital de ${formatMoney(s.shareCapital, s.shareCapitalCurrency)} — ` +
        `RCS ${s.rcsCity} ${s.siren}${s.siret ? ` — SIRET ${s.siret}` : ''} — TVA ${s.vatNumber} — ` +
        addressLines(s.address).join(', ');
    doc.fontSize(7.5).fillColor('#444').text(footer, left, doc.page.height - 70, { width, align: 'center' });
    doc.end();
    return done;
}
