import { Inject, Injectable } from '@nestjs/common';
import {
    Order,
    PriceCalculationResult,
    ProductVariant,
    ProductVariantPrice,
    ProductVariantPriceCalculationArgs,
    ProductVariantPriceCalculationStrategy,
    RequestContext,
    TransactionalConnection,
} from '@vendure/core';
import { VIP_PRICING_PLUGIN_OPTIONS } from '../constants';
import { roundingUnit } from '../helpers/currency-unit';
import type { ResolvedVipPricingPluginOptions } from '../types';
import { stashOf, StashedVariant, VIP_STASH, VipVariantStash } from '../helpers/variant-stash';
import { HeldTier, scaleOtherBasis, vipPrice } from '../helpers/vip-price';
import { CustomerPricing, VipTierCacheService } from './vip-tier-cache.service';

/** A price of a search result as Vendure's `SearchResultPrice` union returns it. */
export type SearchPrice = { value: number } | { min: number; max: number };

/** The part of a Shop API `SearchResult` the VIP pricing reads and rewrites. */
export interface PricedSearchResult {
    productId: string | number;
    productVariantId: string | number;
    price: SearchPrice;
    priceWithTax: SearchPrice;
    /** Set by {@link VipPriceCalculatorService.applyToSearchResults}: the index's regular price. */
    originalPrice?: SearchPrice;
    /** Set by {@link VipPriceCalculatorService.applyToSearchResults}. */
    originalPriceWithTax?: SearchPrice;
    /** Set by {@link VipPriceCalculatorService.applyToSearchResults}: the tier that applied. */
    vipTier?: HeldTier | null;
}

/** Contexts made by {@link VipPriceCalculatorService.customerContext}. */
const customerContexts = new WeakSet<RequestContext>();

/**
 * Applies the one price function ({@link vipPrice}) to the catalogue (ProductVariant prices), to
 * order lines (the order's customer) and to search results (a page at a time, at most one query).
 */
@Injectable()
export class VipPriceCalculatorService {
    constructor(
        private tierCache: VipTierCacheService,
        private connection: TransactionalConnection,
        @Inject(VIP_PRICING_PLUGIN_OPTIONS) private options: ResolvedVipPricingPluginOptions,
    ) {}

    /**
     * The catalogue price of a variant for the Shop API's signed-in customer: the wrapped strategy's
     * result for the VIP input price, or the regular result. Leaves a {@link VipVariantStash} on the
     * variant (regular price, arguments, tier) for the order-line strategy and the API fields.
     */
    async catalogPrice(
        args: ProductVariantPriceCalculationArgs,
        inner: ProductVariantPriceCalculationStrategy,
    ): Promise<PriceCalculationResult> {
        const regular = await inner.calculate(args);
        const stash: VipVariantStash = { args, regular };
        (args.productVariant as StashedVariant)[VIP_STASH] = stash;
        const pricing = await this.tierCache.forActiveShopper(args.ctx);
        return this.applyPricing(stash, pricing, inner);
    }

    /**
     * The unit price of an order line for the order's customer (`order.customerId`, not the active
     * user: admin draft orders and modifications price for their customer). A Shop API request
     * without a signed-in user never gets a VIP price, whatever customer the order names.
     *
     * @returns undefined when the variant was not priced by the catalogue strategy (then the wrapped
     *   order-line strategy decides)
     */
    async orderLinePrice(
        ctx: RequestContext,
        variant: ProductVariant,
        order: Order,
        inner: ProductVariantPriceCalculationStrategy,
    ): Promise<PriceCalculationResult | undefined> {
        const stash = stashOf(variant);
        if (!stash) return undefined;
        const guest = ctx.apiType === 'shop' && !ctx.activeUserId && !customerContexts.has(ctx);
        const customerId = guest ? undefined : order.customerId;
        const pricing = await this.tierCache.forCustomer(ctx, customerId);
        return this.applyPricing({ ...stash, args: { ...stash.args, ctx } }, pricing, inner);
    }

    /**
     * A copy of a Shop API context that prices order lines for the order's customer although the
     * request has no signed-in user yet: the login request itself (LoginEvent), whose session is
     * still the guest's. Same transaction as `ctx`.
     */
    customerContext(ctx: RequestContext): RequestContext {
        const copy = ctx.copy();
        customerContexts.add(copy);
        return copy;
    }

    /**
     * Rewrites a page of Shop API search results for the signed-in customer: `price` and
     * `priceWithTax` become the VIP prices, `originalPrice`/`originalPriceWithTax` keep the index's
     * regular ones, `vipTier` names the tier. Per-variant results are priced from the index; grouped
     * results (price ranges) of products with absolute VIP prices need their variants' regular
     * prices: one `IN` query for the whole page, whatever the number of such products.
     */
    async applyToSearchResults<T extends PricedSearchResult>(ctx: RequestContext, items: T[]): Promise<T[]> {
        for (const item of items) {
            item.originalPrice = item.price;
            item.originalPriceWithTax = item.priceWithTax;
            item.vipTier = null;
        }
        const pricing = await this.tierCache.forActiveShopper(ctx);
        if (!pricing.tiers.length) return items;
        const now = Date.now();
        const unit = roundingUnit(ctx.currencyCode, this.options.roundingUnits);
        const includesTax = ctx.channel.pricesIncludeTax;
        const rangedProducts = items
            .filter(i => 'min' in i.price && pricing.productIds.has(String(i.productId)))
            .map(i => String(i.productId));
        const variantPrices = await this.regularPricesOfProducts(ctx, rangedProducts);
        for (const item of items) {
            const base = includesTax ? item.priceWithTax : item.price;
            const other = includesTax ? item.price : item.priceWithTax;
            let vip: SearchPrice;
            let otherVip: SearchPrice;
            let tier: HeldTier | undefined;
            if ('value' in base && 'value' in other) {
                const r = vipPrice(
                    base.value,
                    unit,
                    pricing.tiers,
                    pricing.absolutes.get(String(item.productVariantId)) ?? [],
                    now,
                );
                tier = r.tier;
                vip = { value: r.price };
                otherVip = { value: scaleOtherBasis(other.value, base.value, r.price) };
            } else if ('min' in base && 'min' in other) {
                const variants = variantPrices.get(String(item.productId));
                const results = variants
                    ? variants.map(([variantId, regular]) =>
                          vipPrice(regular, unit, pricing.tiers, pricing.absolutes.get(variantId) ?? [], now),
                      )
                    : [base.min, base.max].map(regular => vipPrice(regular, unit, pricing.tiers, [], now));
                const min = Math.min(...results.map(r => r.price));
                const max = Math.max(...results.map(r => r.price));
                tier = results.find(r => r.tier)?.tier;
                vip = { min, max };
                otherVip = {
                    min: scaleOtherBasis(other.min, base.min, min),
                    max: scaleOtherBasis(other.max, base.max, max),
                };
            } else {
                continue;
            }
            if (!tier) continue;
            item.vipTier = tier;
            if (includesTax) {
                item.priceWithTax = vip;
                item.price = otherVip;
            } else {
                item.price = vip;
                item.priceWithTax = otherVip;
            }
        }
        return items;
    }

    private async applyPricing(
        stash: VipVariantStash,
        pricing: CustomerPricing,
        inner: ProductVariantPriceCalculationStrategy,
    ): Promise<PriceCalculationResult> {
        stash.tier = undefined;
        if (!pricing.tiers.length) return stash.regular;
        const { args } = stash;
        const unit = roundingUnit(
            args.productVariantPrice?.currencyCode ?? args.ctx.currencyCode,
            this.options.roundingUnits,
        );
        const absolutes = pricing.absolutes.get(String(args.productVariant.id)) ?? [];
        const result = vipPrice(args.inputPrice, unit, pricing.tiers, absolutes, Date.now());
        if (!result.tier) return stash.regular;
        stash.tier = result.tier;
        return inner.calculate({ ...args, inputPrice: result.price });
    }

    /** Regular channel prices of the enabled variants of `productIds`, by product: one query. */
    private async regularPricesOfProducts(
        ctx: RequestContext,
        productIds: string[],
    ): Promise<Map<string, Array<[variantId: string, price: number]>>> {
        const byProduct = new Map<string, Array<[string, number]>>();
        if (!productIds.length) return byProduct;
        const rows = await this.connection
            .getRepository(ctx, ProductVariantPrice)
            .createQueryBuilder('pvp')
            .innerJoin('pvp.variant', 'variant')
            .select(['pvp.price AS price', 'variant.id AS "variantId"', 'variant.productId AS "productId"'])
            .where('variant.productId IN (:...productIds)', { productIds })
            .andWhere('variant.deletedAt IS NULL')
            .andWhere('variant.enabled = :enabled', { enabled: true })
            .andWhere('pvp.channelId = :channelId', { channelId: ctx.channelId })
            .andWhere('pvp.currencyCode = :currencyCode', { currencyCode: ctx.currencyCode })
            .getRawMany<{ price: number | string; variantId: number | string; productId: number | string }>();
        for (const row of rows) {
            const list = byProduct.get(String(row.productId)) ?? [];
            list.push([String(row.variantId), Number(row.price)]);
            byProduct.set(String(row.productId), list);
        }
        return byProduct;
    }
}
