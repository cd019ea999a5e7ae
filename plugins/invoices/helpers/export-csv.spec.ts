import { describe, expect, it } from 'vitest';
import type { Invoice } from '../entities/invoice.entity';
import { csvCell, invoicesCsv } from './export';

describe('invoices CSV (formula injection)', () => {
    it.each([
        ['=HYPERLINK("http://evil.example","x")', `"'=HYPERLINK(""http://evil.example"",""x"")"`],
        ['+33 6 12 34 56 78', "'+33 6 12 34 56 78"],
        ["-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"],
        ['@SUM(1+1)', "'@SUM(1+1)"],
        ['\t=1+1', "'\t=1+1"],
        ['\r=1+1', `"'\r=1+1"`],
        ['＝1+1', "'＝1+1"],
    ])('makes %j inert text', (value, cell) => {
        expect(csvCell(value)).toBe(cell);
    });

    it('leaves plain text and numbers, negative amounts included, as they are', () => {
        expect(csvCell('Marie Curie')).toBe('Marie Curie');
        expect(csvCell('-12.50')).toBe('-12.50');
        expect(csvCell('12.50')).toBe('12.50');
        expect(csvCell('a;b')).toBe('"a;b"');
    });

    it('escapes the customer name and email in the export rows', () => {
        const invoice = {
            number: 'F-2026-000001',
            type: 'INVOICE',
            issuedAt: new Date('2026-03-01T10:00:00Z'),
            originalInvoiceNumber: null,
            orderCode: 'ABC',
            customer: { name: '=HYPERLINK("http://evil.example")', email: '@evil' },
            totalExclTax: -1000,
            totalInclTax: -1200,
            currencyCode: 'EUR',
        } as unknown as Invoice;
        const row = invoicesCsv([invoice], 'Europe/Paris', () => null).split('\r\n')[1];
        expect(row).toBe(
            `F-2026-000001;INVOICE;2026-03-01;;ABC;"'=HYPERLINK(""http://evil.example"")";'@evil;-10.00;-2.00;-12.00;EUR;`,
        );
    });
});
