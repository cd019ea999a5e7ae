/**
 * Radiant's Shop API response cache (plugins/catalogue-cache): the VIP tiers a shopper holds are
 * the pricing variant of its keys, so a VIP shares answers with the holders of the same tiers and a
 * guest never sees a VIP price; the VIP plugin's own cache tags (tier list, a tier's prices) are
 * added to those answers, so editing a VIP price or a tier purges them too.
 */
import type { Injector, RequestContext } from '@vendure/core';
import type { PricingVariant } from '../../plugins/catalogue-cache';
import { PRICES_CACHE_TAG, TIERS_CACHE_TAG } from '../../plugins/vip-pricing/constants';
import { VipTierCacheService } from '../../plugins/vip-pricing/services/vip-tier-cache.service';

/**
 * The pricing variant of a Shop API request: the sorted ids of the VIP tiers its customer holds on
 * the channel (`''` for guests and customers without a tier, who share the regular answers).
 */
export async function vipPricingVariant(ctx: RequestContext, injector: Injector): Promise<PricingVariant> {
    const { tiers } = await injector.get(VipTierCacheService).forActiveShopper(ctx);
    if (!tiers.length) return { key: '' };
    const ids = tiers.map(tier => String(tier.id)).sort();
    return {
        key: `vip:${ids.join(',')}`,
        tags: [TIERS_CACHE_TAG, ...ids.map(id => `${PRICES_CACHE_TAG}:${id}`)],
    };
}

/**
 * The VIP plugin's own cache tags, invalidated by that plugin (a tier or its prices edited): the
 * catalogue cache relays their purges to the page caches, since pages of VIP shoppers carry them.
 */
export const VIP_PURGE_TAG_PREFIXES = [PRICES_CACHE_TAG, TIERS_CACHE_TAG];
