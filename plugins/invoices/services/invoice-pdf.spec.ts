import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { xmlEscape } from './factur-x';
import { InvoicePdfData, renderInvoicePdf } from './invoice-pdf';

const NAME = 'Maison & Fils "Ô" <Paris> l\'atelier';

const invoice: InvoicePdfData = {
    number: 'RAD-2026-000007',
    type: 'invoice',
    originalInvoiceNumber: null,
    orderCode: 'ORDER&CO<1>',
    languageCode: 'fr',
    seller: {
        legalName: NAME,
        address: { streetLine1: '1 place du Marché', postalCode: '69001', city: 'Lyon', countryCode: 'FR' },
        siren: '404833048',
        siret: '40483304800022',
        legalForm: 'SARL',
        shareCapital: 500_000,
        shareCapitalCurrency: 'EUR',
        rcsCity: 'Lyon',
        vatNumber: 'FR83404833048',
    },
    customer: { name: 'Zoé <B&B>', email: 'zoe@example.com' },
    lines: [
        {
            description: 'Eau de parfum',
            quantity: 1,
            unitPrice: 10_000,
            taxRate: 20,
            discount: 0,
            totalExclTax: 10_000,
            totalInclTax: 12_000,
        },
    ],
    taxTotals: [{ taxRate: 20, description: 'TVA 20 %', base: 10_000, tax: 2_000 }],
    totalExclTax: 10_000,
    totalInclTax: 12_000,
    currencyCode: 'EUR',
    issuedAt: new Date('2026-11-21T10:00:00Z'),
    saleDate: new Date('2026-11-21T09:00:00Z'),
    paymentDate: new Date('2026-11-21T09:30:00Z'),
    paymentMethod: 'Carte',
};

/** Parses XML with Python's ElementTree (a strict parser); prints the seller name of a CII file. */
const PARSE = `
import sys, xml.etree.ElementTree as ET
ET.fromstring(open(sys.argv[1], 'rb').read().strip())
ram = '{urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100}'
root = ET.parse(sys.argv[2]).getroot()
print(root.find('.//' + ram + 'SellerTradeParty/' + ram + 'Name').text)
print(root.find('.//' + ram + 'BuyerTradeParty/' + ram + 'Name').text)
`;

describe('invoice PDF metadata escaping', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'radiant-pdf-'));
    afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

    it('escapes XML special characters', () => {
        expect(xmlEscape(`a & b <c> "d" 'e'\u0001`)).toBe('a &amp; b &lt;c&gt; &quot;d&quot; &apos;e&apos;');
    });

    it('renders a seller name with & " Ô < >: the PDF opens, its XMP and factur-x.xml parse', async () => {
        const pdf = await renderInvoicePdf(
            invoice,
            path.join(process.cwd(), 'static', 'fonts'),
            undefined,
            'Europe/Paris',
        );
        const file = path.join(dir, 'invoice.pdf');
        fs.writeFileSync(file, pdf);
        const info = execFileSync('pdfinfo', [file]).toString();
        expect(info).toContain(`Author:          ${NAME}`);
        expect(info).toContain('Title:           FACTURE RAD-2026-000007');
        expect(execFileSync('pdftotext', ['-raw', file, '-']).toString()).toContain(NAME);
        // The XMP stream is whole: its /Length (in bytes, Ô is two) ends right before endstream.
        const xmpAt = pdf.indexOf('<?xpacket begin');
        const dict = pdf.subarray(pdf.lastIndexOf('<<', xmpAt), xmpAt).toString('latin1');
        const length = Number(/\/Length (\d+)/.exec(dict)![1]);
        expect(pdf.subarray(xmpAt + length, xmpAt + length + 20).toString('latin1')).toMatch(/^\s*endstream/);
        const xmp = execFileSync('pdfinfo', ['-meta', file]).toString('utf8');
        expect(xmp).toContain(
            '<rdf:li>Maison &amp; Fils &quot;Ô&quot; &lt;Paris&gt; l&apos;atelier</rdf:li>',
        );
        const xmpFile = path.join(dir, 'xmp.xml');
        fs.writeFileSync(xmpFile, xmp.slice(xmp.indexOf('<')));
        const xmlFile = path.join(dir, 'factur-x.xml');
        execFileSync('pdfdetach', ['-save', '1', '-o', xmlFile, file]);
        const [seller, buyer] = execFileSync('python3', ['-c', PARSE, xmpFile, xmlFile])
            .toString('utf8')
            .trim()
            .split('\n');
        expect(seller).toBe(NAME);
        expect(buyer).toBe('Zoé <B&B>');
    });
});
