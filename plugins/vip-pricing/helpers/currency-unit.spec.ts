import { describe, expect, it } from 'vitest';
import {
    currencyUnit,
    isWholeCurrencyUnit,
    roundingUnit,
    roundToCurrencyUnit,
    roundToUnit,
} from './currency-unit';

describe('currency units', () => {
    it('is 100 minor units for XOF and JPY, 1 for EUR and USD', () => {
        expect(currencyUnit('XOF')).toBe(100);
        expect(currencyUnit('JPY')).toBe(100);
        expect(currencyUnit('EUR')).toBe(1);
        expect(currencyUnit('USD')).toBe(1);
        expect(currencyUnit('KWD')).toBe(1);
    });

    it('rounds XOF to whole francs, halves away from zero', () => {
        expect(roundToCurrencyUnit(7065050, 'XOF')).toBe(7065100);
        expect(roundToCurrencyUnit(7065049, 'XOF')).toBe(7065000);
        expect(roundToCurrencyUnit(-1246770, 'XOF')).toBe(-1246800);
        expect(roundToCurrencyUnit(-1246750, 'XOF')).toBe(-1246800);
        expect(roundToCurrencyUnit(0, 'XOF')).toBe(0);
    });

    it('rounds EUR to whole cents', () => {
        expect(roundToCurrencyUnit(1234.5, 'EUR')).toBe(1235);
        expect(roundToCurrencyUnit(-1234.4, 'EUR')).toBe(-1234);
        expect(roundToCurrencyUnit(-0.2, 'EUR')).toBe(0);
    });

    it('tells whole amounts', () => {
        expect(isWholeCurrencyUnit(7850000, 'XOF')).toBe(true);
        expect(isWholeCurrencyUnit(7850050, 'XOF')).toBe(false);
        expect(isWholeCurrencyUnit(6250, 'EUR')).toBe(true);
        expect(isWholeCurrencyUnit(62.5, 'EUR')).toBe(false);
    });

    it('takes a rounding unit per currency (XOF in steps of 5 francs for CinetPay)', () => {
        expect(roundingUnit('XOF', { XOF: 500 })).toBe(500);
        expect(roundingUnit('EUR', { XOF: 500 })).toBe(1);
        expect(roundToUnit(3098200, 500)).toBe(3098000);
        expect(roundToUnit(-546750, 500)).toBe(-547000);
        expect(roundToUnit(-546740, 500)).toBe(-546500);
    });
});
