import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import type { Invoice } from '../entities/invoice.entity';
import { FACTUR_X_FILE_NAME, facturXml, facturXmp, xmlEscape } from './factur-x';
import type { InvoiceAddress } from '../types';
import { localityLines } from '../../shared/postal-address';

/**
 * pdfkit 0.20 copies the Info strings (Title, Author…) into the XMP metadata without escaping
 * them, so a seller named "Maison & Fils" made the XMP invalid XML (and the PDF/A metadata
 * unreadable). Patches one document: the XMP gets escaped copies, while the Info dictionary
 * (written just before, as PDF strings) keeps the plain text.
 */
function escapeXmpInfo(doc: PDFKit.PDFDocument): void {
    const d = doc as unknown as { info: Record<string, unknown>; _addInfo(): void };
    const addInfo = d._addInfo.bind(d);
    d._addInfo = function (this: typeof d) {
        const plain = this.info;
        this.info = Object.fromEntries(
            Object.entries(plain).map(([k, v]) => [k, typeof v === 'string' ? xmlEscape(v) : v]),
        );
        try {
            addInfo.call(this);
        } finally {
            this.info = plain;
        }
    };
}

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
> & { languageCode?: string };

/**
 * pdfkit's own fontkit (resolved from pdfkit's folder, so always the version pdfkit uses). pdfkit
 * accepts a fontkit font wherever it takes a font file (`registerFont`, the `font` option).
 */
const fontkit = createRequire(require.resolve('pdfkit'))('fontkit') as { create(data: Uint8Array): unknown };
const parsedFonts = new Map<string, unknown>();

/**
 * A TrueType font parsed once per process and shared by every document: parsing DejaVu Sans
 * (750 kB) costs ~100 ms, most of a render; pdfkit still embeds a per-document subset.
 */
function sharedFont(file: string): PDFKit.Mixins.PDFFontSource {
    let font = parsedFonts.get(file);
    if (!font) {
        font = fontkit.create(fs.readFileSync(file));
        parsedFonts.set(file, font);
    }
    // pdfkit takes a fontkit font wherever it takes a font file; its typings only list the file forms.
    return font as PDFKit.Mixins.PDFFontSource;
}

/** Radiant's brand gold (the emails' accent), for the title and the header rule. */
const BRAND_COLOR = '#a48a57';

/** The printed texts of the PDF, per document language. */
const TEXTS = {
    fr: {
        locale: 'fr-FR',
        colon: ' : ',
        percent: (r: number) => `${r} %`,
        invoice: 'FACTURE',
        creditNote: 'AVOIR',
        number: 'N°',
        issued: "Date d'émission",
        saleDate: 'Date de la vente',
        order: 'Commande',
        creditFor: 'Avoir relatif à la facture n°',
        vat: 'TVA intracommunautaire',
        billedTo: 'Facturé à',
        shippedTo: 'Livré à',
        nature: 'Nature de l’opération : livraison de biens',
        columns: ['Désignation', 'Qté', 'P.U. HT', 'TVA', 'Remise HT', 'Total HT', 'Total TTC'],
        ref: 'Réf.',
        rate: 'Taux de TVA',
        base: 'Base HT',
        taxAmount: 'Montant TVA',
        vatRate: (r: number) => `TVA ${r} %`,
        totalExcl: 'Total HT',
        totalTax: 'Total TVA',
        totalIncl: 'Total TTC',
        totalRefund: 'Total TTC à rembourser',
        paid: (date: string, method: string | null) => `Payée le ${date}${method ? ` par ${method}` : ''}.`,
        refunded: (date: string, method: string | null) =>
            `Remboursé le ${date}${method ? ` par ${method}` : ''}.`,
        capital: (form: string, amount: string) => `${form} au capital de ${amount}`,
    },
    en: {
        locale: 'en-GB',
        colon: ': ',
        percent: (r: number) => `${r}%`,
        invoice: 'INVOICE',
        creditNote: 'CREDIT NOTE',
        number: 'No.',
        issued: 'Issue date',
        saleDate: 'Date of sale',
        order: 'Order',
        creditFor: 'Credit note for invoice no.',
        vat: 'EU VAT number',
        billedTo: 'Billed to',
        shippedTo: 'Shipped to',
        nature: 'Nature of the transaction: supply of goods',
        columns: [
            'Description',
            'Qty',
            'Unit price excl. VAT',
            'VAT',
            'Discount excl. VAT',
            'Total excl. VAT',
            'Total incl. VAT',
        ],
        ref: 'SKU',
        rate: 'VAT rate',
        base: 'Base excl. VAT',
        taxAmount: 'VAT amount',
        vatRate: (r: number) => `VAT ${r}%`,
        totalExcl: 'Total excl. VAT',
        totalTax: 'Total VAT',
        totalIncl: 'Total incl. VAT',
        totalRefund: 'Total incl. VAT to be refunded',
        paid: (date: string, method: string | null) => `Paid on ${date}${method ? ` by ${method}` : ''}.`,
        refunded: (date: string, method: string | null) =>
            `Refunded on ${date}${method ? ` by ${method}` : ''}.`,
        capital: (form: string, amount: string) => `${form} with a share capital of ${amount}`,
    },
};

/**
 * Formats integer minor units for display in French (`12000, 'EUR'` → `120,00 €`). Display only:
 * amounts are stored and summed as integers. Narrow/no-break spaces become plain spaces.
 */
export function formatMoney(minor: number, currencyCode: string, locale = 'fr-FR'): string {
    return new Intl.NumberFormat(locale, { style: 'currency', currency: currencyCode })
        .format(minor / 100)
        .replace(/[\u202f\u00a0]/g, ' ');
}

/** Space (pt) left and right of the text in each cell of the lines table. */
const CELL_PADDING = 6;
/** The least width (pt) of the description column. */
const MIN_DESCRIPTION_WIDTH = 120;

/**
 * The lines table's columns (description, quantity, unit price, VAT rate, discount, totals): each
 * figure column as wide as its widest cell at 8.5 pt, so that an amount never wraps (`1 234 567 F
 * CFA` stays on one line) and adjacent figures stay apart (at least twice {@link CELL_PADDING});
 * headers may wrap between words. The description takes the rest of `width` (at least
 * {@link MIN_DESCRIPTION_WIDTH}; figure columns shrink in proportion if they do not fit).
 */
function lineColumns(
    doc: PDFKit.PDFDocument,
    headers: string[],
    cells: string[][],
    width: number,
): Array<{ w: number; a: 'left' | 'right'; h: string }> {
    doc.fontSize(8.5);
    const needed = headers.map((h, i) => {
        if (i === 0) return 0;
        doc.font('bold');
        const header = Math.max(...h.split(' ').map(word => doc.widthOfString(word)));
        doc.font('regular');
        const figures = Math.max(0, ...cells.map(c => doc.widthOfString(c[i])));
        return Math.ceil(Math.max(header, figures)) + 2 * CELL_PADDING + 1;
    });
    const figuresWidth = needed.reduce((a, b) => a + b, 0);
    const scale = Math.min(1, (width - MIN_DESCRIPTION_WIDTH) / figuresWidth);
    const widths = needed.map(w => Math.floor(w * scale));
    widths[0] = width - widths.reduce((a, b) => a + b, 0);
    return headers.map((h, i) => ({ w: widths[i], a: i === 0 ? 'left' : 'right', h }));
}

/** Formats a date as `21/11/2026` in `timeZone` (default UTC). */
export function formatDateIn(d: Date, timeZone = 'UTC', locale = 'fr-FR'): string {
    return new Intl.DateTimeFormat(locale, {
        timeZone,
        day: '2-digit',
        month: '2-digit',
        year: 'numeric',
    }).format(new Date(d));
}

function addressLines(a?: InvoiceAddress): string[] {
    if (!a) return [];
    return [
        a.company,
        a.fullName,
        a.streetLine1,
        a.streetLine2,
        ...localityLines(a),
        a.country ?? a.countryCode,
    ].filter((l): l is string => !!l);
}

/**
 * Renders an invoice or credit note as an A4 PDF in French or English (`invoice.languageCode`), with every mandatory mention of
 * the French/EU rules (see docs/legal/invoicing.md). Offline: fonts from `fontsDir`.
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
    const t = TEXTS[invoice.languageCode === 'en' ? 'en' : 'fr'];
    const formatDate = (d: Date) => formatDateIn(d, timeZone, t.locale);
    const regular = sharedFont(path.join(fontsDir, 'DejaVuSans.ttf'));
    const bold = sharedFont(path.join(fontsDir, 'DejaVuSans-Bold.ttf'));
    const isCredit = invoice.type === 'creditNote';
    const title = isCredit ? t.creditNote : t.invoice;
    const money = (n: number) => formatMoney(n, invoice.currencyCode, t.locale);
    // PDF/A-3b (pdfkit embeds the sRGB output intent and the pdfaid XMP), the Factur-X XML attached below.
    const doc = new PDFDocument({
        size: 'A4',
        margin: 40,
        font: regular as string, // a fontkit font: pdfkit accepts it wherever it takes a file
        pdfVersion: '1.7',
        subset: 'PDF/A-3b',
        info: {
            Title: `${title} ${invoice.number}`,
            Author: invoice.seller.legalName,
            CreationDate: new Date(invoice.issuedAt),
        },
    });
    escapeXmpInfo(doc);
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
    doc.text(`${t.vat}${t.colon}${s.vatNumber}`);

    // Title and references
    doc.font('bold')
        .fontSize(20)
        .fillColor(BRAND_COLOR)
        .text(title, 330, 40, { width: width - 290, align: 'right' });
    doc.fillColor('#000');
    doc.font('regular').fontSize(9);
    const refs = [
        `${t.number} ${invoice.number}`,
        `${t.issued}${t.colon}${formatDate(invoice.issuedAt)}`,
        `${t.saleDate}${t.colon}${formatDate(invoice.saleDate)}`,
        `${t.order}${t.colon}${invoice.orderCode}`,
    ];
    if (isCredit && invoice.originalInvoiceNumber)
        refs.push(`${t.creditFor} ${invoice.originalInvoiceNumber}`);
    for (const r of refs) doc.text(r, 330, undefined, { width: width - 290, align: 'right' });

    // The shop's brand rule under the header
    doc.moveTo(left, 158)
        .lineTo(left + width, 158)
        .lineWidth(1.2)
        .strokeColor(BRAND_COLOR)
        .stroke();

    // Customer
    let y = 170;
    const c = invoice.customer;
    const billing = c.billingAddress ?? c.deliveryAddress;
    doc.font('bold').fontSize(10).text(t.billedTo, left, y);
    // A business buyer: the company first, then the person, the VAT number and the SIREN.
    doc.font('regular').fontSize(9);
    if (c.company) doc.text(c.company);
    doc.text(c.name);
    for (const l of addressLines(billing).filter(l => l !== c.name && l !== c.company)) doc.text(l);
    if (c.email) doc.text(c.email);
    if (c.vatNumber) doc.text(`${t.vat}${t.colon}${c.vatNumber}`);
    if (c.siren) doc.text(`SIREN ${c.siren}`);
    let buyerBottom = doc.y;
    if (c.deliveryAddress) {
        doc.font('bold').fontSize(10).text(t.shippedTo, 300, y);
        doc.font('regular').fontSize(9);
        for (const l of addressLines(c.deliveryAddress)) doc.text(l, 300);
        buyerBottom = Math.max(buyerBottom, doc.y);
    }
    const natureY = Math.max(270, buyerBottom + 6);
    doc.font('regular').fontSize(9).text(t.nature, left, natureY);

    // Lines
    y = natureY + 25;
    const cells = invoice.lines.map(l => [
        l.sku ? `${l.description}\n${t.ref} ${l.sku}` : l.description,
        String(l.quantity),
        money(l.unitPrice),
        t.percent(l.taxRate),
        l.discount ? money(l.discount) : '—',
        money(l.totalExclTax),
        money(l.totalInclTax),
    ]);
    const cols = lineColumns(doc, t.columns, cells, width);
    // The table's outer edges line up with the page's text: no padding outside the first and last columns.
    const padLeft = (i: number) => (i === 0 ? 0 : CELL_PADDING);
    const inner = (i: number) => cols[i].w - padLeft(i) - (i === cols.length - 1 ? 0 : CELL_PADDING);
    const row = (values: string[], font: 'regular' | 'bold') => {
        doc.font(font).fontSize(8.5);
        let x = left;
        let h = 0;
        values.forEach((cell, i) => {
            h = Math.max(h, doc.heightOfString(cell, { width: inner(i) }));
        });
        if (y + h > doc.page.height - 120) {
            doc.addPage();
            y = 40;
        }
        values.forEach((cell, i) => {
            doc.text(cell, x + padLeft(i), y, { width: inner(i), align: cols[i].a });
            x += cols[i].w;
        });
        y += h + 6;
        doc.moveTo(left, y - 3)
            .lineTo(left + width, y - 3)
            .lineWidth(0.3)
            .strokeColor('#999')
            .stroke();
    };
    row(
        cols.map(c => c.h),
        'bold',
    );
    for (const c of cells) row(c, 'regular');

    // VAT summary and totals
    y += 10;
    const sx = left + width - 300;
    doc.font('bold').fontSize(9).text(t.rate, sx, y, { width: 100 });
    doc.text(t.base, sx + 100, y, { width: 100, align: 'right' });
    doc.text(t.taxAmount, sx + 200, y, { width: 100, align: 'right' });
    y += 14;
    doc.font('regular');
    for (const rate of invoice.taxTotals) {
        doc.text(t.vatRate(rate.taxRate), sx, y, { width: 100 });
        doc.text(money(rate.base), sx + 100, y, { width: 100, align: 'right' });
        doc.text(money(rate.tax), sx + 200, y, { width: 100, align: 'right' });
        y += 13;
    }
    y += 6;
    const total = (label: string, value: number, font: 'regular' | 'bold') => {
        doc.font(font)
            .fontSize(font === 'bold' ? 11 : 9)
            .text(label, sx, y, { width: 150 });
        doc.text(money(value), sx + 150, y, { width: 150, align: 'right' });
        y += font === 'bold' ? 17 : 13;
    };
    total(t.totalExcl, invoice.totalExclTax, 'regular');
    total(t.totalTax, invoice.totalInclTax - invoice.totalExclTax, 'regular');
    total(isCredit ? t.totalRefund : t.totalIncl, invoice.totalInclTax, 'bold');

    // Payment and terms
    y += 10;
    doc.font('regular').fontSize(9);
    if (invoice.paymentDate) {
        const sentence = isCredit ? t.refunded : t.paid;
        doc.text(sentence(formatDate(invoice.paymentDate), invoice.paymentMethod), left, y, { width });
    }
    if (paymentTermsNote) doc.text(paymentTermsNote, left, undefined, { width });

    // Legal footer on the last page
    const footer =
        `${s.legalName} — ${t.capital(s.legalForm, formatMoney(s.shareCapital, s.shareCapitalCurrency, t.locale))} — ` +
        `RCS ${s.rcsCity} ${s.siren}${s.siret ? ` — SIRET ${s.siret}` : ''} — ${t.vat} ${s.vatNumber} — ` +
        addressLines(s.address).join(', ');
    doc.fontSize(7.5)
        .fillColor('#444')
        .text(footer, left, doc.page.height - 70, { width, align: 'center' });
    // Factur-X (MINIMUM): the XML attached with AFRelationship /Data and declared in the XMP.
    const issued = new Date(invoice.issuedAt);
    doc.file(Buffer.from(facturXml(invoice, timeZone), 'utf8'), {
        name: FACTUR_X_FILE_NAME,
        type: 'text/xml',
        relationship: 'Data',
        description: 'Factur-X MINIMUM',
        creationDate: issued,
        modifiedDate: issued,
    } as PDFKit.Mixins.PDFAttachmentOptions);
    (doc as unknown as { appendXML(xml: string): void }).appendXML(facturXmp());
    doc.end();
    return done;
}
