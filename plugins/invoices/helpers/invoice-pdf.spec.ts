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

    it(
        'renders a seller name with & " Ô < >: the PDF opens, its XMP and factur-x.xml parse',
        { timeout: 30_000 },
        async () => {
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
            expect(pdf.subarray(xmpAt + length, xmpAt + length + 20).toString('latin1')).toMatch(
                /^\s*endstream/,
            );
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
        },
    );
});

/** The words of page 1 with their boxes (`pdftotext -bbox`), in reading order. */
function wordsOf(file: string): Array<{ text: string; xMin: number; xMax: number; yMin: number }> {
    const html = execFileSync('pdftotext', ['-bbox', '-f', '1', '-l', '1', file, '-']).toString('utf8');
    return [
        ...html.matchAll(
            /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g,
        ),
    ].map(m => ({ text: m[4], xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]) }));
}

describe('invoice PDF in CFA francs (XOF)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'radiant-pdf-xof-'));
    afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

    it('prints whole francs, and the quantity apart from the unit price', { timeout: 30_000 }, async () => {
        const xof: InvoicePdfData = {
            ...invoice,
            currencyCode: 'XOF',
            lines: [
                {
                    description: 'Elie Saab Le Parfum Eau de Parfum 90 ml',
                    sku: 'ES-LP-90',
                    quantity: 1,
                    unitPrice: 9_745_800,
                    taxRate: 18,
                    discount: 0,
                    totalExclTax: 9_745_800,
                    totalInclTax: 11_500_044,
                },
                {
                    description: 'Coffret',
                    quantity: 12,
                    unitPrice: 123_456_700,
                    taxRate: 18,
                    discount: 1_000_000,
                    totalExclTax: 1_480_480_400,
                    totalInclTax: 1_746_966_872,
                },
            ],
            taxTotals: [{ taxRate: 18, description: 'TVA 18 %', base: 1_490_226_200, tax: 268_240_716 }],
            totalExclTax: 1_490_226_200,
            totalInclTax: 1_758_466_916,
        };
        const file = path.join(dir, 'xof.pdf');
        fs.writeFileSync(
            file,
            await renderInvoicePdf(
                xof,
                path.join(process.cwd(), 'static', 'fonts'),
                undefined,
                'Europe/Paris',
            ),
        );
        const text = execFileSync('pdftotext', ['-layout', file, '-']).toString('utf8');
        expect(text).toContain('97 458 F CFA');
        expect(text).toContain('1 234 567 F CFA');
        expect(text).toContain('17 584 669 F CFA'); // total incl. VAT: 17 584 669,16 rounded for people
        expect(text).not.toMatch(/\d,\d\d F CFA/); // no centimes
        // In each line, the quantity's right edge is well apart from the unit price's left edge.
        const words = wordsOf(file);
        for (const [quantity, firstGroup] of [
            ['1', '97'],
            ['12', '1'],
        ]) {
            const q = words.find(
                (w, i) => w.text === quantity && words[i + 1]?.text === firstGroup && w.xMin > 150,
            );
            expect(q, `quantity ${quantity} before ${firstGroup}`).toBeDefined();
            const next = words[words.indexOf(q!) + 1];
            expect(Math.abs(next.yMin - q!.yMin)).toBeLessThan(1);
            expect(next.xMin - q!.xMax).toBeGreaterThanOrEqual(12);
        }
    });
});
