/**
 * VIP pricing display helpers (src/lib/vip-pricing/vip.ts): the struck-through regular price only
 * for a VIP price below it, order lines only at the variant's current VIP price, the account's
 * progress figures rounded up to whole francs in XOF.
 */
import { describe, expect, it } from 'vitest';
import { roundUpToDisplayUnit } from '../src/lib/format';
import { lineRegularUnitPrice, vipPriceParts, vipProgress } from '../src/lib/vip-pricing/vip';

const VIP = { name: 'VIP' };
const tier = (name: string, joinSpend: number, keepSpend = joinSpend, discountPercent = 10) => ({
    name,
    joinSpend,
    keepSpend,
    discountPercent,
});

describe('VIP prices for display', () => {
    it('strikes the regular price through only when a VIP tier applied and saves something', () => {
        expect(vipPriceParts(6120, 7200, VIP, 'EUR', 'fr')).toEqual({
            price: '61,20\u00a0€',
            regular: '72,00\u00a0€',
            from: false,
        });
        // A guest: no tier, whatever the figures.
        expect(vipPriceParts(6120, 7200, null, 'EUR', 'fr').regular).toBeNull();
        // A VIP on a variant without a saving.
        expect(vipPriceParts(7200, 7200, VIP, 'EUR', 'en')).toEqual({
            price: '€72.00',
            regular: null,
            from: false,
        });
    });

    it('compares the lowest prices of a search range and shows XOF in whole francs', () => {
        expect(
            vipPriceParts({ min: 6500000, max: 9000000 }, { min: 7850000, max: 9900000 }, VIP, 'XOF', 'fr'),
        ).toEqual({
            price: '65\u202f000\u00a0F\u202fCFA',
            regular: '78\u202f500\u00a0F\u202fCFA',
            from: true,
        });
        expect(vipPriceParts({ value: 6120 }, { value: 7200 }, VIP, 'EUR', 'en').regular).toBe('€72.00');
    });

    it('shows an order line’s regular price only while the line is at the current VIP price', () => {
        const variant = { priceWithTax: 6120, originalPriceWithTax: 7200, vipTier: VIP };
        expect(lineRegularUnitPrice({ unitPriceWithTax: 6120, productVariant: variant })).toBe(7200);
        expect(lineRegularUnitPrice({ unitPriceWithTax: 6500, productVariant: variant })).toBeNull();
        expect(
            lineRegularUnitPrice({
                unitPriceWithTax: 7200,
                productVariant: { ...variant, priceWithTax: 7200, vipTier: null },
            }),
        ).toBeNull();
    });
});

describe('VIP progress in the account', () => {
    it('rounds amounts still to spend up to the displayed unit', () => {
        expect(roundUpToDisplayUnit(1234550, 'XOF')).toBe(1234600);
        expect(roundUpToDisplayUnit(1234600, 'XOF')).toBe(1234600);
        expect(roundUpToDisplayUnit(1234, 'EUR')).toBe(1234);
    });

    it('gives the next tier, the amount to join it and the amount to keep the tier held', () => {
        const vip = tier('VIP', 50000, 40000);
        const prestige = tier('VIP Prestige', 150000, 120000, 15);
        expect(
            vipProgress({
                tier: vip,
                spend: 30000,
                currencyCode: 'EUR',
                nextTier: prestige,
                amountToNextTier: 120000,
                pinned: false,
            }),
        ).toEqual({
            tier: vip,
            spend: 30000,
            next: { tier: prestige, amount: 120000, percent: 20 },
            keep: { amount: 10000 },
        });
        // Kept already; pinned: nothing to keep.
        expect(
            vipProgress({
                tier: vip,
                spend: 45000,
                currencyCode: 'EUR',
                nextTier: prestige,
                amountToNextTier: 105000,
                pinned: false,
            })?.keep,
        ).toEqual({ amount: 0 });
        expect(
            vipProgress({ tier: prestige, spend: 0, currencyCode: 'EUR', nextTier: null, pinned: true }),
        ).toEqual({ tier: prestige, spend: 0, next: null, keep: null });
        // XOF: whole francs, rounded up.
        expect(
            vipProgress({
                tier: null,
                spend: 50,
                currencyCode: 'XOF',
                nextTier: tier('VIP', 32500000),
                amountToNextTier: 32499950,
                pinned: false,
            })?.next?.amount,
        ).toBe(32500000);
    });

    it('shows nothing on a channel without a tier programme', () => {
        expect(
            vipProgress({ tier: null, spend: 0, currencyCode: 'EUR', nextTier: null, pinned: false }),
        ).toBeNull();
        expect(vipProgress(null)).toBeNull();
    });
});
