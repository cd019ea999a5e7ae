import { describe, expect, it } from 'vitest';
import { AbsoluteVipPrice, HeldTier, vipPrice } from './vip-price';

const VIP: HeldTier = { id: '1', name: 'VIP', rank: 1, discountPercent: 10 };
const PRESTIGE: HeldTier = { id: '2', name: 'VIP Prestige', rank: 2, discountPercent: 15 };
const NOW = Date.parse('2026-06-01T00:00:00Z');
const abs = (tierId: string, price: number, startsAt?: string, endsAt?: string): AbsoluteVipPrice => ({
    tierId,
    price,
    startsAt: startsAt ? Date.parse(startsAt) : null,
    endsAt: endsAt ? Date.parse(endsAt) : null,
});

describe('vipPrice', () => {
    it('gives the regular price without a tier', () => {
        expect(vipPrice(8900, 1, [], [abs('1', 5000)], NOW)).toEqual({ price: 8900, source: 'regular' });
    });

    it('applies the highest-ranked tier percentage, rounded to whole francs in XOF', () => {
        // 78 500 XOF − 15 % = 66 725 XOF; 83 117 XOF − 15 % = 70 649.45 → 70 649 XOF.
        expect(vipPrice(7850000, 100, [VIP, PRESTIGE], [], NOW)).toMatchObject({
            price: 6672500,
            tier: PRESTIGE,
        });
        expect(vipPrice(8311700, 100, [PRESTIGE], [], NOW).price).toBe(7064900);
        expect(vipPrice(8311700, 100, [PRESTIGE], [], NOW).price % 100).toBe(0);
        expect(vipPrice(6201, 1, [VIP], [], NOW).price).toBe(5581);
        // In steps of 5 francs: 83 117 XOF − 15 % = 70 649.45 → 70 650 XOF.
        expect(vipPrice(8311700, 500, [PRESTIGE], [], NOW).price).toBe(7065000);
    });

    it('lets an absolute price beat a percentage, the highest-ranked tier first', () => {
        expect(vipPrice(8900, 1, [VIP, PRESTIGE], [abs('1', 8500)], NOW)).toEqual({
            price: 8500,
            tier: VIP,
            source: 'absolute',
        });
        expect(vipPrice(8900, 1, [VIP, PRESTIGE], [abs('1', 7000), abs('2', 7500)], NOW).tier).toBe(PRESTIGE);
    });

    it('ignores absolute prices of tiers not held and outside their window', () => {
        expect(vipPrice(8900, 1, [VIP], [abs('2', 5000)], NOW).source).toBe('percentage');
        expect(vipPrice(8900, 1, [VIP], [abs('1', 5000, '2026-06-02T00:00:00Z')], NOW).source).toBe(
            'percentage',
        );
        expect(
            vipPrice(8900, 1, [VIP], [abs('1', 5000, undefined, '2026-06-01T00:00:00Z')], NOW).source,
        ).toBe('percentage');
        expect(
            vipPrice(8900, 1, [VIP], [abs('1', 5000, '2026-05-01T00:00:00Z', '2026-06-02T00:00:00Z')], NOW)
                .price,
        ).toBe(5000);
    });

    it('never goes above the regular price', () => {
        expect(vipPrice(8900, 1, [VIP], [abs('1', 9500)], NOW)).toEqual({ price: 8900, source: 'regular' });
        expect(vipPrice(8900, 1, [{ ...VIP, discountPercent: 0 }], [], NOW).source).toBe('regular');
    });
});
