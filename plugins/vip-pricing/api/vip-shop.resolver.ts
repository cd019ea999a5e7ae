import { Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, RequestContext } from '@vendure/core';
import { VipTier } from '../entities/vip-tier.entity';
import { PricedSearchResult, VipPriceCalculatorService } from '../services/vip-price-calculator.service';
import { VipTierService } from '../services/vip-tier.service';

/**
 * Search results priced for the signed-in shopper: the page's items are rewritten at once
 * (`SearchResponse.items`), so a page costs at most one query whatever its number of VIP prices.
 */
@Resolver('SearchResponse')
export class ShopSearchVipResolver {
    constructor(private calculator: VipPriceCalculatorService) {}

    /** The items with VIP prices, `originalPrice*` and `vipTier`. */
    @ResolveField()
    items(@Ctx() ctx: RequestContext, @Parent() response: { items: PricedSearchResult[] }) {
        return this.calculator.applyToSearchResults(ctx, response.items);
    }
}

/** The Shop API's list of tiers. */
@Resolver()
export class ShopVipTiersResolver {
    constructor(private tierService: VipTierService) {}

    /** The active channel's tiers, lowest rank first. Public. */
    @Query()
    vipTiers(@Ctx() ctx: RequestContext): Promise<VipTier[]> {
        return this.tierService.findAll(ctx);
    }
}
