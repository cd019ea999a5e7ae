import type {
    PriceCalculationResult,
    ProductVariant,
    ProductVariantPriceCalculationArgs,
} from '@vendure/core';
import type { HeldTier } from './vip-price';

/** Key of the {@link VipVariantStash} on a priced ProductVariant (a symbol: never serialised). */
export const VIP_STASH = Symbol('vipPricing');

/** What the catalogue strategy leaves on a variant it priced, for the order-line strategy and the API. */
export interface VipVariantStash {
    /** The arguments of the catalogue calculation; `inputPrice` is the regular channel price. */
    args: ProductVariantPriceCalculationArgs;
    /** The regular price, as the wrapped strategy computed it. */
    regular: PriceCalculationResult;
    /** The tier whose price the variant carries, when a VIP price applied. */
    tier?: HeldTier;
}

/** A ProductVariant that may carry a {@link VipVariantStash}. */
export type StashedVariant = ProductVariant & { [VIP_STASH]?: VipVariantStash };

/** The stash of `variant`, if the catalogue strategy priced it. */
export function stashOf(variant: ProductVariant): VipVariantStash | undefined {
    return (variant as StashedVariant)[VIP_STASH];
}
