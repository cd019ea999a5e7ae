import { describe, expect, it } from 'vitest';
import { fromStripeAmount, toStripeAmount } from './amount';

describe('Stripe amounts', () => {
    it('keeps two-decimal currencies in minor units', () => {
        expect(toStripeAmount(12_990, 'EUR')).toEqual({ ok: true, amount: 12_990 });
        expect(fromStripeAmount(12_990, 'eur')).toBe(12_990);
    });
    it('divides zero-decimal currencies by 100 and back', () => {
        expect(toStripeAmount(7_850_000, 'XOF')).toEqual({ ok: true, amount: 78_500 });
        expect(fromStripeAmount(78_500, 'xof')).toBe(7_850_000);
    });
    it('refuses fractions of a zero-decimal unit and non-positive amounts', () => {
        expect(toStripeAmount(150_050, 'XOF')).toMatchObject({ ok: false });
        expect(toStripeAmount(0, 'EUR')).toMatchObject({ ok: false });
        expect(toStripeAmount(10.5, 'EUR')).toMatchObject({ ok: false });
    });
});
