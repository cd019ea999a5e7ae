/**
 * VIP prices and standing (plugins/vip-pricing) for display: which regular price to strike through
 * next to a VIP price, and the account's progress figures. The Shop API gives a VIP shopper the VIP
 * price in Vendure's `price`/`priceWithTax` and the regular one in `originalPrice*` with the
 * `vipTier` that applied; a guest gets `vipTier: null` and equal prices, so nothing here ever shows a
 * VIP price to a guest. Amounts are Vendure's integer minor units (XOF × 100 too).
 */
import { formatMoney, roundUpToDisplayUnit, type PriceLike } from '../format';
import type { Lang } from '../i18n';

/** A price with the regular price to strike through next to it (both formatted), or none. */
export interface VipPriceParts {
    /** The price charged (the VIP price for a VIP shopper), formatted. */
    price: string;
    /** The regular price, formatted, when a VIP price below it applies; otherwise null. */
    regular: string | null;
    /** A range of prices (grouped search result): both figures are the lowest, "from …". */
    from: boolean;
}

function lowest(price: PriceLike): number | null {
    if (!price) return null;
    return 'value' in price ? price.value : price.min;
}

function isRange(price: PriceLike): boolean {
    return !!price && 'min' in price && price.min !== price.max;
}

/**
 * The parts of a price for display. `regular` is filled only when `vipTier` is set (a VIP price
 * applied) and the regular price is higher: a guest, or a VIP on a variant without a saving, sees
 * the price alone. For a range, the lowest prices are compared and shown ("from").
 *
 * @param price the charged price with tax (number, or a search result's SinglePrice / PriceRange)
 * @param regular the regular price with tax, same shape (`originalPriceWithTax`)
 * @param vipTier the tier that applied (`vipTier` of the Shop API), null for a regular price
 */
export function vipPriceParts(
    price: number | PriceLike,
    regular: number | PriceLike,
    vipTier: { name: string } | null | undefined,
    currencyCode: string,
    lang: Lang,
): VipPriceParts {
    const charged = typeof price === 'number' ? price : lowest(price);
    const normal = typeof regular === 'number' ? regular : lowest(regular);
    const from = typeof price !== 'number' && isRange(price);
    return {
        price: charged === null ? '' : formatMoney(charged, currencyCode, lang),
        regular:
            vipTier && charged !== null && normal !== null && normal > charged
                ? formatMoney(normal, currencyCode, lang)
                : null,
        from,
    };
}

/** The fields of an order line {@link lineRegularUnitPrice} reads. */
export interface VipLineLike {
    unitPriceWithTax: number;
    productVariant: { priceWithTax: number; originalPriceWithTax: number; vipTier?: { name: string } | null };
}

/**
 * The regular unit price with tax to strike through on an order line, or null. Vendure does not
 * keep a line's regular price, so it is the variant's current `originalPriceWithTax`, shown only
 * while the line is at the variant's current VIP price (`unitPriceWithTax === priceWithTax`, a
 * VIP tier applied): a line priced before a price change shows its own price alone, never a pair
 * that does not belong together.
 */
export function lineRegularUnitPrice(line: VipLineLike): number | null {
    const variant = line.productVariant;
    if (!variant.vipTier || line.unitPriceWithTax !== variant.priceWithTax) return null;
    return variant.originalPriceWithTax > line.unitPriceWithTax ? variant.originalPriceWithTax : null;
}

/** A tier as the Shop API's `VipStatus` gives it (thresholds in minor units). */
export interface VipTierLike {
    name: string;
    discountPercent: number;
    joinSpend: number;
    keepSpend: number;
}

/** The Shop API's `VipStatus` fields {@link vipProgress} reads. */
export interface VipStatusLike {
    tier?: VipTierLike | null;
    spend: number;
    currencyCode: string;
    nextTier?: VipTierLike | null;
    amountToNextTier?: number | null;
    pinned: boolean;
}

/** What the account shows of a standing (amounts in minor units, rounded up for display). */
export interface VipProgress {
    /** The tier held, or null. */
    tier: VipTierLike | null;
    spend: number;
    /** The next tier and what is still to spend to join it (null at the top). */
    next: { tier: VipTierLike; amount: number; percent: number } | null;
    /**
     * Keeping the tier held: what is still to spend over the window to keep it (0 = kept), or null
     * when there is nothing to keep or an admin pinned the tier (the rule is then suspended).
     */
    keep: { amount: number } | null;
}

/**
 * The account's VIP figures from `activeCustomer.vipStatus`, or null when the channel has no
 * tier programme (no tier held and none to join).
 */
export function vipProgress(status: VipStatusLike | null | undefined): VipProgress | null {
    if (!status || (!status.tier && !status.nextTier)) return null;
    const { currencyCode, spend } = status;
    const up = (minor: number) => roundUpToDisplayUnit(Math.max(0, minor), currencyCode);
    const nextTier = status.nextTier ?? null;
    const nextAmount = nextTier ? up(status.amountToNextTier ?? nextTier.joinSpend - spend) : 0;
    return {
        tier: status.tier ?? null,
        spend,
        next: nextTier
            ? {
                  tier: nextTier,
                  amount: nextAmount,
                  percent:
                      nextTier.joinSpend > 0
                          ? Math.min(100, Math.max(0, Math.floor((spend / nextTier.joinSpend) * 100)))
                          : 100,
              }
            : null,
        keep: status.tier && !status.pinned ? { amount: up(status.tier.keepSpend - spend) } : null,
    };
}
