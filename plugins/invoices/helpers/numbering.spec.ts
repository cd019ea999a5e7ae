import { describe, expect, it } from 'vitest';
import { formatInvoiceNumber, isYearly, sequenceYear, validateNumberPattern } from './numbering';

describe('invoice numbering', () => {
    const d = new Date('2026-11-21T23:30:00Z');

    it('formats the default pattern with the year and a 6-digit counter', () => {
        expect(formatInvoiceNumber('RAD-{YYYY}-{000000}', 42, d)).toBe('RAD-2026-000042');
        expect(formatInvoiceNumber('RAD-AV-{YY}-{0000}', 7, d)).toBe('RAD-AV-26-0007');
    });

    it('prints a counter longer than its padding in full', () => {
        expect(formatInvoiceNumber('F{00}', 1234, d)).toBe('F1234');
    });

    it('uses the UTC year for yearly series and 0 for continuous ones', () => {
        expect(isYearly('RAD-{YYYY}-{000000}')).toBe(true);
        expect(sequenceYear('RAD-{YYYY}-{000000}', new Date('2026-12-31T23:59:59Z'))).toBe(2026);
        expect(sequenceYear('RAD-{000000}', d)).toBe(0);
    });

    it('takes the year in the shop’s time zone, so number and printed date agree on New Year’s Eve', () => {
        const newYearParis = new Date('2026-12-31T23:30:00Z');
        expect(sequenceYear('RAD-{YYYY}-{000000}', newYearParis, 'Europe/Paris')).toBe(2027);
        expect(formatInvoiceNumber('RAD-{YYYY}-{000000}', 1, newYearParis, 'Europe/Paris')).toBe(
            'RAD-2027-000001',
        );
    });

    it('refuses a pattern without a counter and a counter below 1', () => {
        expect(() => validateNumberPattern('RAD-{YYYY}')).toThrow(/counter token/);
        expect(() => formatInvoiceNumber('RAD-{000}', 0, d)).toThrow(/Invalid counter/);
    });
});
