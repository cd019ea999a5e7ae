import { describe, expect, it } from 'vitest';
import { eurToXofMinor, XOF_PER_EUR } from '../../src/seed/demo-shop';

describe('eurToXofMinor', () => {
    it('converts at the fixed parity and rounds to 500 XOF (kept ×100 as Vendure stores XOF)', () => {
        expect(eurToXofMinor(12000)).toBe(7_850_000); // 120.00 € → 78 714.84 XOF → 78 500 XOF
        expect(eurToXofMinor(10000)).toBe(6_550_000); // 100.00 € → 65 595.70 → 65 500
        expect(eurToXofMinor(0)).toBe(0);
    });

    it('always gives integers that are multiples of 500 XOF', () => {
        for (let cents = 0; cents < 50_000; cents += 137) {
            const xofMinor = eurToXofMinor(cents);
            expect(Number.isInteger(xofMinor)).toBe(true);
            expect(xofMinor % 50_000).toBe(0);
            expect(Math.abs(xofMinor / 100 - (cents / 100) * XOF_PER_EUR)).toBeLessThanOrEqual(250);
        }
    });
});
