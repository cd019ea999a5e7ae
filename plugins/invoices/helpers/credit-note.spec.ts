import { describe, expect, it } from 'vitest';
import { allocate, creditAmounts } from './credit-note';

const invoice = {
    number: 'RAD-2026-000001',
    lines: [
        {
            description: 'A',
            quantity: 1,
            unitPrice: 10000,
            taxRate: 20,
            discount: 0,
            totalExclTax: 10000,
            totalInclTax: 12000,
        },
        {
            description: 'B',
            quantity: 1,
            unitPrice: 1000,
            taxRate: 5.5,
            discount: 0,
            totalExclTax: 1000,
            totalInclTax: 1055,
        },
    ],
    taxTotals: [
        { taxRate: 20, description: 'TVA 20 %', base: 10000, tax: 2000 },
        { taxRate: 5.5, description: 'TVA 5.5 %', base: 1000, tax: 55 },
    ],
    totalExclTax: 11000,
    totalInclTax: 13055,
};

describe('credit notes', () => {
    it('allocates integers that add up exactly', () => {
        expect(allocate(100, [1, 1, 1])).toEqual([34, 33, 33]);
        expect(allocate(7, [0, 0])).toEqual([7, 0]);
    });

    it('a full credit copies the invoice', () => {
        const c = creditAmounts(invoice, 13055, 'Annulation');
        expect(c.lines).toEqual(invoice.lines);
        expect(c.totalExclTax).toBe(11000);
    });

    it('a partial credit splits per VAT rate and adds up to the cent', () => {
        const c = creditAmounts(invoice, 5000, 'Remboursement partiel de la facture n°');
        expect(c.totalInclTax).toBe(5000);
        expect(c.lines.reduce((s, l) => s + l.totalInclTax, 0)).toBe(5000);
        expect(c.taxTotals.map(t => t.taxRate)).toEqual([20, 5.5]);
        const t20 = c.taxTotals[0];
        expect(t20.base + t20.tax).toBe(4596);
        expect(t20.tax).toBe(Math.round((4596 * 20) / 120));
        expect(c.lines[0].description).toBe('Remboursement partiel de la facture n° RAD-2026-000001');
    });

    it('refuses zero, fractions and more than the invoice', () => {
        expect(() => creditAmounts(invoice, 0, 'x')).toThrow();
        expect(() => creditAmounts(invoice, 1.5, 'x')).toThrow();
        expect(() => creditAmounts(invoice, 13056, 'x')).toThrow();
    });
});
