import { describe, expect, it } from 'vitest';
import { fromCinetPayAmount, toCinetPayAmount } from './amount';

describe('toCinetPayAmount', () => {
    it('converts Vendure XOF minor units (×100) to CinetPay francs', () => {
        expect(toCinetPayAmount(7_850_000, 'XOF')).toEqual({ ok: true, amount: 78_500 });
        expect(toCinetPayAmount(500, 'XAF')).toEqual({ ok: true, amount: 5 });
    });
    it('refuses amounts it cannot send unchanged instead of rounding', () => {
        expect(toCinetPayAmount(7_850_050, 'XOF')).toMatchObject({ ok: false, reason: 'NOT_AN_INTEGER' });
        expect(toCinetPayAmount(7_850_300, 'XOF')).toMatchObject({
            ok: false,
            reason: 'NOT_A_MULTIPLE_OF_5',
        });
        expect(toCinetPayAmount(0, 'XOF')).toMatchObject({ ok: false, reason: 'NOT_POSITIVE' });
        expect(toCinetPayAmount(-500, 'XOF')).toMatchObject({ ok: false, reason: 'NOT_POSITIVE' });
        expect(toCinetPayAmount(12_000, 'EUR')).toMatchObject({ ok: false, reason: 'UNSUPPORTED_CURRENCY' });
        expect(toCinetPayAmount(1.5, 'XOF')).toMatchObject({ ok: false, reason: 'NOT_AN_INTEGER' });
    });
    it('parses check amounts back to minor units', () => {
        expect(fromCinetPayAmount('78500')).toBe(7_850_000);
        expect(fromCinetPayAmount(' 100 ')).toBe(10_000);
        expect(fromCinetPayAmount('78500.5')).toBeUndefined();
        expect(fromCinetPayAmount('')).toBeUndefined();
        expect(fromCinetPayAmount(undefined)).toBeUndefined();
    });
});
