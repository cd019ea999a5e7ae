import { Inject, Injectable } from '@nestjs/common';
import { ID } from '@vendure/common/lib/shared-types';
import {
    CacheService,
    Customer,
    RequestContext,
    RequestContextCacheService,
    TransactionalConnection,
} from '@vendure/core';
import { IsNull, MoreThan, Or } from 'typeorm';
import { PRICES_CACHE_TAG, TIERS_CACHE_TAG, VIP_PRICING_PLUGIN_OPTIONS } from '../constants';
import { VipPrice } from '../entities/vip-price.entity';
import { VipTier } from '../entities/vip-tier.entity';
import type { AbsoluteVipPrice, HeldTier } from '../helpers/vip-price';
import type { ResolvedVipPricingPluginOptions } from '../types';

/** Absolute VIP prices of the tiers a customer holds, by variant id. */
export type AbsolutePriceTable = ReadonlyMap<string, AbsoluteVipPrice[]>;

/** What the price strategies need for one customer on the request's channel. */
export interface CustomerPricing {
    /** The tiers the customer holds on the channel (empty for a guest or a regular customer). */
    tiers: HeldTier[];
    /** Absolute VIP prices of those tiers by variant id (still valid or future). */
    absolutes: AbsolutePriceTable;
    /** Ids of the products that have a variant in {@link absolutes}. */
    productIds: ReadonlySet<string>;
}

type CachedPrice = [
    variantId: string,
    productId: string,
    price: number,
    startsAt: number | null,
    endsAt: number | null,
];

const NONE: CustomerPricing = { tiers: [], absolutes: new Map(), productIds: new Set() };

/**
 * Loads a customer's tiers and the absolute VIP prices of those tiers: once per request
 * (RequestContextCacheService) and per customer / tier in Vendure's CacheService, so that pricing a
 * variant is only arithmetic. Invalidated by tag: a customer's tiers when their groups change
 * (CustomerGroupChangeEvent), every tier list when a tier changes, a tier's prices when one of its
 * VIP prices changes.
 */
@Injectable()
export class VipTierCacheService {
    constructor(
        private connection: TransactionalConnection,
        private cacheService: CacheService,
        private requestCache: RequestContextCacheService,
        @Inject(VIP_PRICING_PLUGIN_OPTIONS) private options: ResolvedVipPricingPluginOptions,
    ) {}

    /**
     * The pricing of the Shop API's signed-in customer; {@link NONE} for a guest and on the Admin
     * API (the catalogue shows regular prices to admins).
     */
    async forActiveShopper(ctx: RequestContext): Promise<CustomerPricing> {
        if (ctx.apiType !== 'shop' || !ctx.activeUserId) return NONE;
        const userId = ctx.activeUserId;
        const customerId = await this.requestCache.get(ctx, `vip-pricing:user:${userId}`, () =>
            this.customerIdOfUser(ctx, userId),
        );
        return customerId ? this.forCustomer(ctx, customerId) : NONE;
    }

    /** The pricing of `customerId` on the request's channel (e.g. an order's customer). */
    forCustomer(ctx: RequestContext, customerId: ID | undefined | null): Promise<CustomerPricing> {
        if (customerId == null) return Promise.resolve(NONE);
        return this.requestCache.get(ctx, `vip-pricing:pricing:${ctx.channelId}:${customerId}`, async () => {
            const tiers = await this.heldTiers(ctx, customerId);
            if (!tiers.length) return NONE;
            const absolutes = new Map<string, AbsoluteVipPrice[]>();
            const productIds = new Set<string>();
            for (const tier of tiers) {
                for (const [variantId, productId, price, startsAt, endsAt] of await this.tierPrices(
                    ctx,
                    tier.id,
                )) {
                    productIds.add(productId);
                    const list = absolutes.get(variantId) ?? [];
                    list.push({ tierId: tier.id, price, startsAt, endsAt });
                    absolutes.set(variantId, list);
                }
            }
            return { tiers, absolutes, productIds };
        });
    }

    /** The tiers `customerId` holds on the request's channel (CacheService, tagged per customer). */
    async heldTiers(ctx: RequestContext, customerId: ID): Promise<HeldTier[]> {
        const key = `vip-pricing:held:${ctx.channelId}:${customerId}`;
        const cached = await this.cacheService.get<HeldTier[]>(key);
        if (cached) return cached;
        const rows = await this.connection
            .getRepository(ctx, VipTier)
            .createQueryBuilder('tier')
            .innerJoinAndSelect('tier.customerGroup', 'customerGroup')
            .innerJoin('customerGroup.customers', 'customer', 'customer.id = :customerId', { customerId })
            .where('tier.channelId = :channelId', { channelId: ctx.channelId })
            .getMany();
        const tiers = rows.map(row => heldTier(row));
        await this.cacheService.set(key, tiers, {
            ttl: this.options.cacheTtlSeconds * 1000,
            tags: [TIERS_CACHE_TAG, customerTag(customerId)],
        });
        return tiers;
    }

    /** Drops the cached tiers of these customers (their groups changed). */
    async invalidateCustomers(customerIds: ID[]): Promise<void> {
        if (customerIds.length) await this.cacheService.invalidateTags(customerIds.map(customerTag));
    }

    /** Drops every cached tier list (a tier was created, changed or deleted). */
    async invalidateTiers(): Promise<void> {
        await this.cacheService.invalidateTags([TIERS_CACHE_TAG]);
    }

    /** Drops the cached VIP prices of a tier. */
    async invalidatePrices(tierId: ID): Promise<void> {
        await this.cacheService.invalidateTags([`${PRICES_CACHE_TAG}:${tierId}`]);
    }

    private async tierPrices(ctx: RequestContext, tierId: string): Promise<CachedPrice[]> {
        const key = `vip-pricing:prices:${tierId}`;
        const cached = await this.cacheService.get<CachedPrice[]>(key);
        if (cached) return cached;
        const now = new Date();
        const rows = await this.connection.getRepository(ctx, VipPrice).find({
            where: { tierId, endsAt: Or(IsNull(), MoreThan(now)) },
            relations: { productVariant: true },
            select: {
                productVariantId: true,
                price: true,
                startsAt: true,
                endsAt: true,
                productVariant: { id: true, productId: true },
            },
        });
        const prices: CachedPrice[] = rows.map(r => [
            String(r.productVariantId),
            String(r.productVariant.productId),
            r.price,
            r.startsAt ? r.startsAt.getTime() : null,
            r.endsAt ? r.endsAt.getTime() : null,
        ]);
        await this.cacheService.set(key, prices, {
            ttl: this.options.cacheTtlSeconds * 1000,
            tags: [PRICES_CACHE_TAG, `${PRICES_CACHE_TAG}:${tierId}`],
        });
        return prices;
    }

    private async customerIdOfUser(ctx: RequestContext, userId: ID): Promise<ID | null> {
        const key = `vip-pricing:user:${userId}`;
        const cached = await this.cacheService.get<{ id: string | null }>(key);
        if (cached) return cached.id;
        const customer = await this.connection
            .getRepository(ctx, Customer)
            .findOne({ where: { user: { id: userId }, deletedAt: IsNull() }, select: ['id'] });
        const id = customer ? String(customer.id) : null;
        await this.cacheService.set(key, { id }, { ttl: this.options.cacheTtlSeconds * 1000 });
        return id;
    }
}

/** The price function's view of a tier row (with its customerGroup loaded). */
export function heldTier(row: VipTier): HeldTier {
    return {
        id: String(row.id),
        name: row.customerGroup.name,
        rank: row.rank,
        discountPercent: row.discountBasisPoints / 100,
    };
}

function customerTag(customerId: ID): string {
    return `vip-pricing:customer:${customerId}`;
}
