import { roundToUnit } from './currency-unit';

/** A tier a customer holds on one channel, as the price function needs it. */
export type HeldTier = {
    /** The VipTier id. */
    id: string;
    /** The tier's name (its CustomerGroup's name). */
    name: string;
    /** Higher wins. */
    rank: number;
    /** Default discount off the regular price, in percent (0–100, e.g. 12.5). */
    discountPercent: number;
};

/** An absolute VIP price of one tier for one variant (minor units, the channel's price basis). */
export interface AbsoluteVipPrice {
    /** The VipTier id. */
    tierId: string;
    /** Amount in Vendure minor units, in the same basis as the variant's channel price (tax included or not). */
    price: number;
    /** Valid from (epoch ms, inclusive); null: always. */
    startsAt: number | null;
    /** Valid until (epoch ms, exclusive); null: forever. */
    endsAt: number | null;
}

/** The outcome of {@link vipPrice}. */
export interface VipPriceResult {
    /** The price to show and charge (minor units, same basis as the regular price). */
    price: number;
    /** The tier whose price applied; undefined when the regular price applies. */
    tier?: HeldTier;
    /** Where the price comes from. */
    source: 'absolute' | 'percentage' | 'regular';
}

/**
 * The one price function of the plugin, shared by the catalogue and order-line strategies and the
 * search results. Pure arithmetic.
 *
 * Precedence (deterministic):
 * 1. an absolute VIP price valid at `now` of a held tier beats any percentage; among several, the
 *    highest-ranked tier's (ties: the lowest price);
 * 2. otherwise the percentage of the highest-ranked held tier with a discount > 0, rounded once to
 *    `unit` (the currency's rounding unit, see `roundingUnit`: XOF whole francs or steps of 5);
 * 3. never above `regular`: a VIP price that is not lower leaves the regular price.
 *
 * @param regular the regular price in minor units
 * @param unit the rounding unit in minor units (EUR 1, XOF 100 or 500)
 * @param tiers the tiers the customer holds on the channel
 * @param absolutes the absolute VIP prices of this variant (any tier; others are ignored)
 * @param now epoch ms
 */
export function vipPrice(
    regular: number,
    unit: number,
    tiers: readonly HeldTier[],
    absolutes: readonly AbsoluteVipPrice[],
    now: number,
): VipPriceResult {
    if (!tiers.length) return { price: regular, source: 'regular' };
    let best: { tier: HeldTier; price: number } | undefined;
    for (const a of absolutes) {
        if ((a.startsAt !== null && now < a.startsAt) || (a.endsAt !== null && now >= a.endsAt)) continue;
        const tier = tiers.find(t => t.id === a.tierId);
        if (!tier) continue;
        if (!best || tier.rank > best.tier.rank || (tier.rank === best.tier.rank && a.price < best.price)) {
            best = { tier, price: a.price };
        }
    }
    if (best) {
        return best.price < regular
            ? { price: best.price, tier: best.tier, source: 'absolute' }
            : { price: regular, source: 'regular' };
    }
    const top = tiers
        .filter(t => t.discountPercent > 0)
        .reduce<HeldTier | undefined>((a, t) => (!a || t.rank > a.rank ? t : a), undefined);
    if (!top) return { price: regular, source: 'regular' };
    const price = roundToUnit(regular * (1 - top.discountPercent / 100), unit);
    return price < regular
        ? { price, tier: top, source: 'percentage' }
        : { price: regular, source: 'regular' };
}

/**
 * Scales a price of the other tax basis by the same ratio as the VIP price: used where only both
 * regular prices are known (search results hold price and priceWithTax), rounded to a minor unit.
 *
 * @returns `otherRegular * vip / regular`, or `otherRegular` when `regular` is 0
 */
export function scaleOtherBasis(otherRegular: number, regular: number, vip: number): number {
    return regular === 0 ? otherRegular : Math.round((otherRegular * vip) / regular);
}
