import { Inject, Injectable } from '@nestjs/common';
import { HistoryEntryType } from '@vendure/common/lib/generated-types';
import { ID } from '@vendure/common/lib/shared-types';
import {
    ChannelService,
    Customer,
    CustomerGroupService,
    EventBus,
    HistoryService,
    Logger,
    Order,
    Refund,
    RequestContext,
    TransactionalConnection,
} from '@vendure/core';
import { loggerCtx, VIP_PRICING_PLUGIN_OPTIONS } from '../constants';
import { VipCustomerStatus } from '../entities/vip-customer-status.entity';
import { VipTier } from '../entities/vip-tier.entity';
import { VipTierChangeEvent, VipTierChangeReason } from '../events/vip-tier-change-event';
import { invalidInput, InvalidVipInputError, VipTierChannelError } from '../helpers/errors';
import type { ResolvedVipPricingPluginOptions } from '../types';
import { VipTierCacheService } from './vip-tier-cache.service';
import { VipTierService } from './vip-tier.service';

/** A customer's VIP standing on the active channel ({@link VipMembershipService.status}). */
export interface VipStanding {
    /** The highest-ranked tier held, or null. */
    tier: VipTier | null;
    /** Spend in the window: placed, not cancelled orders' totals with tax minus settled refunds (minor units). */
    spend: number;
    currencyCode: string;
    /** Start of the rolling window (UTC). */
    windowStartsAt: Date;
    /** The next tier up, or null at the top (or when no tier exists). */
    nextTier: VipTier | null;
    /** What is still to spend to join `nextTier` (minor units, ≥ 0), or null. */
    amountToNextTier: number | null;
    /** The tier an admin pinned, if any (it overrides the automatic rule). */
    pinnedTier: VipTier | null;
}

/**
 * Promotion and demotion: a customer's spend over the rolling window decides their tier on a
 * channel (join at `joinSpend`, keep while ≥ `keepSpend`), unless an admin pinned one. Each change
 * goes through Vendure's CustomerGroupService (customer history entry and CustomerGroupChangeEvent),
 * adds a history note with the reason and publishes a {@link VipTierChangeEvent}.
 */
@Injectable()
export class VipMembershipService {
    constructor(
        private connection: TransactionalConnection,
        private channelService: ChannelService,
        private customerGroupService: CustomerGroupService,
        private historyService: HistoryService,
        private eventBus: EventBus,
        private tierService: VipTierService,
        private tierCache: VipTierCacheService,
        @Inject(VIP_PRICING_PLUGIN_OPTIONS) private options: ResolvedVipPricingPluginOptions,
    ) {}

    /** Start of the rolling spend window ending at `now`. */
    windowStart(now = new Date()): Date {
        return new Date(now.getTime() - this.options.spendWindowDays * 86_400_000);
    }

    /**
     * The customer's spend on the active channel over the window, in minor units of the channel's
     * currency: totals with tax of placed orders not cancelled, minus their settled refunds.
     */
    async spend(ctx: RequestContext, customerId: ID, now = new Date()): Promise<number> {
        const from = this.windowStart(now);
        const currencyCode = ctx.channel.defaultCurrencyCode;
        const orders = await this.connection
            .getRepository(ctx, Order)
            .createQueryBuilder('ord')
            .innerJoin('ord.channels', 'channel', 'channel.id = :channelId', { channelId: ctx.channelId })
            .select('COALESCE(SUM(ord.subTotalWithTax + ord.shippingWithTax), 0)', 'total')
            .where('ord.customerId = :customerId', { customerId })
            .andWhere('ord.orderPlacedAt >= :from', { from })
            .andWhere('ord.state != :cancelled', { cancelled: 'Cancelled' })
            .andWhere('ord.currencyCode = :currencyCode', { currencyCode })
            .getRawOne<{ total: string | number }>();
        const refunds = await this.connection
            .getRepository(ctx, Refund)
            .createQueryBuilder('refund')
            .innerJoin('refund.payment', 'payment')
            .innerJoin('payment.order', 'ord')
            .innerJoin('ord.channels', 'channel', 'channel.id = :channelId', { channelId: ctx.channelId })
            .select('COALESCE(SUM(refund.total), 0)', 'total')
            .where('ord.customerId = :customerId', { customerId })
            .andWhere('ord.orderPlacedAt >= :from', { from })
            .andWhere('ord.state != :cancelled', { cancelled: 'Cancelled' })
            .andWhere('ord.currencyCode = :currencyCode', { currencyCode })
            .andWhere('refund.state = :settled', { settled: 'Settled' })
            .getRawOne<{ total: string | number }>();
        return Math.max(0, Number(orders?.total ?? 0) - Number(refunds?.total ?? 0));
    }

    /** The tiers of the active channel the customer holds, highest rank first. */
    async heldTiers(ctx: RequestContext, customerId: ID): Promise<VipTier[]> {
        const tiers = await this.connection
            .getRepository(ctx, VipTier)
            .createQueryBuilder('tier')
            .innerJoinAndSelect('tier.customerGroup', 'customerGroup')
            .innerJoin('customerGroup.customers', 'customer', 'customer.id = :customerId', { customerId })
            .where('tier.channelId = :channelId', { channelId: ctx.channelId })
            .orderBy('tier.rank', 'DESC')
            .getMany();
        return tiers;
    }

    /**
     * Re-evaluates the customer's tier on the active channel and applies the change, if any.
     *
     * @returns the tier now held (null for none)
     */
    async evaluate(
        ctx: RequestContext,
        customerId: ID,
        reason: VipTierChangeReason = 'spend',
    ): Promise<VipTier | null> {
        const customer = await this.connection
            .getRepository(ctx, Customer)
            .findOne({ where: { id: customerId } });
        if (!customer) return null;
        const [tiers, held, status, spend] = await Promise.all([
            this.tierService.findAll(ctx),
            this.heldTiers(ctx, customerId),
            this.statusRow(ctx, customerId),
            this.spend(ctx, customerId),
        ]);
        const current = held[0];
        let target: VipTier | undefined;
        if (status?.pinnedTierId != null) {
            target = tiers.find(t => String(t.id) === String(status.pinnedTierId));
        } else {
            const earned = [...tiers].reverse().find(t => spend >= t.joinSpend);
            const kept = current && spend >= current.keepSpend ? current : undefined;
            target = earned && (!kept || earned.rank > kept.rank) ? earned : kept;
        }
        const targetId = target ? String(target.id) : undefined;
        const joins = !!target && !held.some(t => String(t.id) === targetId);
        const changed = joins || held.some(t => String(t.id) !== targetId);
        // CustomerGroupService only changes the groups of the channel's customers.
        if (changed) await this.ensureInChannel(ctx, customer);
        for (const tier of held) {
            if (String(tier.id) === targetId) continue;
            await this.customerGroupService.removeCustomersFromGroup(ctx, {
                customerGroupId: tier.customerGroupId,
                customerIds: [customerId],
            });
        }
        if (target && joins) {
            await this.customerGroupService.addCustomersToGroup(ctx, {
                customerGroupId: target.customerGroupId,
                customerIds: [customerId],
            });
        }
        await this.connection.getRepository(ctx, VipCustomerStatus).save(
            Object.assign(
                status ?? new VipCustomerStatus({ channelId: ctx.channelId, customerId, pinnedTierId: null }),
                {
                    spend,
                    evaluatedAt: new Date(),
                },
            ),
        );
        if (changed) {
            await this.tierCache.invalidateCustomers([customerId]);
            const note = target
                ? `VIP: tier "${target.customerGroup.name}" (${describe(reason)}; spend ${spend / 100} ${ctx.channel.defaultCurrencyCode} over ${this.options.spendWindowDays} days)`
                : `VIP: no tier (${describe(reason)}; spend ${spend / 100} ${ctx.channel.defaultCurrencyCode} over ${this.options.spendWindowDays} days)`;
            await this.historyService.createHistoryEntryForCustomer({
                ctx,
                customerId,
                type: HistoryEntryType.CUSTOMER_NOTE,
                data: { note },
            });
            Logger.verbose(`Customer ${customerId} on ${ctx.channel.code}: ${note}`, loggerCtx);
            await this.eventBus.publish(
                new VipTierChangeEvent(ctx, customer, ctx.channelId, target, current, reason, spend),
            );
        }
        return target ?? null;
    }

    /**
     * Pins `tierId` for the customer on the active channel (it overrides the automatic rule until
     * {@link unpin}), or returns VipTierChannelError when the tier is not the active channel's.
     */
    async pin(
        ctx: RequestContext,
        customerId: ID,
        tierId: ID,
    ): Promise<VipStanding | VipTierChannelError | InvalidVipInputError> {
        const customer = await this.connection
            .getRepository(ctx, Customer)
            .findOne({ where: { id: customerId } });
        if (!customer) return invalidInput('customerId', `No customer ${customerId}`);
        const tier = await this.tierService.findOne(ctx, tierId);
        if (!tier || String(tier.channelId) !== String(ctx.channelId)) {
            return {
                __typename: 'VipTierChannelError',
                errorCode: 'VIP_TIER_CHANNEL_ERROR',
                message: `VIP tier ${tierId} is not a tier of channel ${ctx.channel.code}`,
                tierId: String(tierId),
            };
        }
        await this.saveStatus(ctx, customerId, { pinnedTierId: tier.id });
        await this.evaluate(ctx, customerId, 'pin');
        return this.status(ctx, customerId);
    }

    /** Removes the customer's pin on the active channel and re-applies the automatic rule. */
    async unpin(ctx: RequestContext, customerId: ID): Promise<VipStanding | InvalidVipInputError> {
        const customer = await this.connection
            .getRepository(ctx, Customer)
            .findOne({ where: { id: customerId } });
        if (!customer) return invalidInput('customerId', `No customer ${customerId}`);
        await this.saveStatus(ctx, customerId, { pinnedTierId: null });
        await this.evaluate(ctx, customerId, 'unpin');
        return this.status(ctx, customerId);
    }

    /** Re-evaluates the customer now and returns their standing; undefined when there is no such customer. */
    async evaluateNow(ctx: RequestContext, customerId: ID): Promise<VipStanding | undefined> {
        const customer = await this.connection
            .getRepository(ctx, Customer)
            .findOne({ where: { id: customerId } });
        if (!customer) return undefined;
        await this.evaluate(ctx, customerId);
        return this.status(ctx, customerId);
    }

    /** The customer's standing on the active channel (tier, spend, next tier, amount still to spend). */
    async status(ctx: RequestContext, customerId: ID): Promise<VipStanding> {
        const [tiers, held, status, spend] = await Promise.all([
            this.tierService.findAll(ctx),
            this.heldTiers(ctx, customerId),
            this.statusRow(ctx, customerId),
            this.spend(ctx, customerId),
        ]);
        const tier = held[0] ?? null;
        const nextTier = tiers.find(t => t.rank > (tier?.rank ?? 0)) ?? null;
        return {
            tier,
            spend,
            currencyCode: ctx.channel.defaultCurrencyCode,
            windowStartsAt: this.windowStart(),
            nextTier,
            amountToNextTier: nextTier ? Math.max(0, nextTier.joinSpend - spend) : null,
            pinnedTier: tiers.find(t => String(t.id) === String(status?.pinnedTierId)) ?? null,
        };
    }

    /** Ids of the customers holding a tier of the active channel or with a status row there. */
    async customersToReview(ctx: RequestContext): Promise<ID[]> {
        const members = await this.connection
            .getRepository(ctx, VipTier)
            .createQueryBuilder('tier')
            .innerJoin('tier.customerGroup', 'customerGroup')
            .innerJoin('customerGroup.customers', 'customer')
            .select('DISTINCT customer.id', 'id')
            .where('tier.channelId = :channelId', { channelId: ctx.channelId })
            .getRawMany<{ id: ID }>();
        const rows = await this.connection
            .getRepository(ctx, VipCustomerStatus)
            .find({ where: { channelId: ctx.channelId }, select: ['customerId'] });
        return [...new Set([...members.map(m => String(m.id)), ...rows.map(r => String(r.customerId))])];
    }

    /** Assigns the customer to the active channel when they are not yet one of its customers. */
    private async ensureInChannel(ctx: RequestContext, customer: Customer): Promise<void> {
        const member = await this.connection
            .getRepository(ctx, Customer)
            .createQueryBuilder('customer')
            .innerJoin('customer.channels', 'channel', 'channel.id = :channelId', {
                channelId: ctx.channelId,
            })
            .where('customer.id = :id', { id: customer.id })
            .getCount();
        if (!member) await this.channelService.assignToChannels(ctx, Customer, customer.id, [ctx.channelId]);
    }

    private statusRow(ctx: RequestContext, customerId: ID): Promise<VipCustomerStatus | null> {
        return this.connection
            .getRepository(ctx, VipCustomerStatus)
            .findOne({ where: { channelId: ctx.channelId, customerId } });
    }

    private async saveStatus(
        ctx: RequestContext,
        customerId: ID,
        patch: Partial<VipCustomerStatus>,
    ): Promise<void> {
        const existing = await this.statusRow(ctx, customerId);
        await this.connection
            .getRepository(ctx, VipCustomerStatus)
            .save(
                Object.assign(
                    existing ?? new VipCustomerStatus({ channelId: ctx.channelId, customerId, spend: 0 }),
                    patch,
                ),
            );
    }
}

function describe(reason: VipTierChangeReason): string {
    return reason === 'pin'
        ? 'pinned by an admin'
        : reason === 'unpin'
          ? 'pin removed'
          : 'automatic, by spend';
}
