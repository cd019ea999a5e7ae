import { describe, expect, it } from 'vitest';
import { formatMajorUnits, parseMajorUnits } from './major-units';
import { csvCell, parseCsvDate } from './vip-price-csv';

describe('amounts in major units', () => {
    it('writes XOF in whole francs and EUR with 2 decimals', () => {
        expect(formatMajorUnits(6_500_000, 'XOF')).toBe('65000');
        expect(formatMajorUnits(9900, 'EUR')).toBe('99.00');
        expect(formatMajorUnits(4990, 'EUR')).toBe('49.90');
        // An XOF amount with centimes (never a VIP price) is not hidden by rounding.
        expect(formatMajorUnits(65_050, 'XOF')).toBe('650.50');
    });

    it('reads amounts as people write them', () => {
        expect(parseMajorUnits('65 000', 'XOF')).toBe(6_500_000);
        expect(parseMajorUnits('65\u202f000', 'XOF')).toBe(6_500_000);
        expect(parseMajorUnits('99,5', 'EUR')).toBe(9950);
        expect(parseMajorUnits("1'234.56", 'EUR')).toBe(123_456);
        expect(parseMajorUnits('-5', 'EUR')).toBe(-500);
        expect(parseMajorUnits('650.5', 'XOF')).toEqual({ error: expect.stringContaining('whole units') });
        expect(parseMajorUnits('1.234', 'EUR')).toEqual({ error: expect.stringContaining('2 decimals') });
        expect(parseMajorUnits('12e3', 'EUR')).toEqual({ error: expect.stringContaining('not an amount') });
        expect(parseMajorUnits('', 'EUR')).toEqual({ error: expect.any(String) });
    });
});

describe('CSV cells and dates', () => {
    it('prefixes formula starts with a quote and quotes separators', () => {
        expect(csvCell('=1+2')).toBe("'=1+2");
        expect(csvCell('+33')).toBe("'+33");
        expect(csvCell('-5')).toBe("'-5");
        expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
        expect(csvCell('a,b')).toBe('"a,b"');
        expect(csvCell('say "hi"')).toBe('"say ""hi"""');
        expect(csvCell('VIP')).toBe('VIP');
    });

    it('reads ISO 8601 dates and refuses days that do not exist or zoneless times', () => {
        expect(parseCsvDate('')).toBeNull();
        expect(parseCsvDate('2026-12-01')).toEqual(new Date('2026-12-01T00:00:00Z'));
        expect(parseCsvDate('2026-12-01T10:00:00+01:00')).toEqual(new Date('2026-12-01T09:00:00Z'));
        expect(parseCsvDate('2026-02-30')).toHaveProperty('error');
        expect(parseCsvDate('2026-12-01T10:00')).toHaveProperty('error');
        expect(parseCsvDate('01/12/2026')).toHaveProperty('error');
    });
});
