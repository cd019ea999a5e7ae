import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, Ctx, Customer, Permission, ProductVariant, RequestContext, roundMoney } from '@vendure/core';
import { vipPricingPermission } from '../constants';
import { VipTier } from '../entities/vip-tier.entity';
import { stashOf } from '../helpers/variant-stash';
import type { HeldTier } from '../helpers/vip-price';
import { VipMembershipService, VipStanding } from '../services/vip-membership.service';

/** The GraphQL `VipStatus` of a standing. */
export function toVipStatus(standing: VipStanding) {
    return { __typename: 'VipStatus' as const, ...standing, pinned: !!standing.pinnedTier };
}

/** `VipTier` fields computed from the entity (both APIs). */
@Resolver('VipTier')
export class VipTierEntityResolver {
    /** The tier's customer group name. */
    @ResolveField()
    name(@Parent() tier: VipTier): string {
        return tier.customerGroup.name;
    }

    /** Basis points as percent. */
    @ResolveField()
    discountPercent(@Parent() tier: VipTier): number {
        return tier.discountBasisPoints / 100;
    }
}

/**
 * `ProductVariant.originalPrice`, `originalPriceWithTax` and `vipTier` (both APIs): the regular
 * price the catalogue strategy computed before the VIP price, with the same rounding and tax as
 * Vendure's `price` / `priceWithTax`.
 */
@Resolver('ProductVariant')
export class VipProductVariantResolver {
    /** The regular price without tax (minor units). */
    @ResolveField()
    originalPrice(@Parent() variant: ProductVariant): number {
        const stash = stashOf(variant);
        if (!stash) return variant.price;
        const { price, priceIncludesTax } = stash.regular;
        return roundMoney(priceIncludesTax ? variant.taxRateApplied.netPriceOf(price) : price);
    }

    /** The regular price with tax (minor units). */
    @ResolveField()
    originalPriceWithTax(@Parent() variant: ProductVariant): number {
        const stash = stashOf(variant);
        if (!stash) return variant.priceWithTax;
        const { price, priceIncludesTax } = stash.regular;
        return roundMoney(priceIncludesTax ? price : variant.taxRateApplied.grossPriceOf(price));
    }

    /** The tier whose price applied, or null. */
    @ResolveField()
    vipTier(@Parent() variant: ProductVariant): HeldTier | null {
        return stashOf(variant)?.tier ?? null;
    }
}

/** `Customer.vipStatus` on the Shop API (the signed-in customer's own record). */
@Resolver('Customer')
export class ShopCustomerVipResolver {
    constructor(private membership: VipMembershipService) {}

    /** The customer's standing on the active channel. */
    @ResolveField()
    @Allow(Permission.Owner)
    async vipStatus(@Ctx() ctx: RequestContext, @Parent() customer: Customer) {
        return toVipStatus(await this.membership.status(ctx, customer.id));
    }
}

/** `Customer.vipStatus` on the Admin API. */
@Resolver('Customer')
export class AdminCustomerVipResolver {
    constructor(private membership: VipMembershipService) {}

    /** The customer's standing on the active channel. Permission ReadVipPricing. */
    @ResolveField()
    @Allow(vipPricingPermission.Read)
    async vipStatus(@Ctx() ctx: RequestContext, @Parent() customer: Customer) {
        return toVipStatus(await this.membership.status(ctx, customer.id));
    }
}
