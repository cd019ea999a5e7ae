import { Inject, Injectable } from '@nestjs/common';
import { ID } from '@vendure/common/lib/shared-types';
import { ProductVariant, RequestContext, TransactionalConnection } from '@vendure/core';
import { VipPrice } from '../entities/vip-price.entity';
import { VipTier } from '../entities/vip-tier.entity';
import { VIP_PRICING_PLUGIN_OPTIONS } from '../constants';
import { roundingUnit } from '../helpers/currency-unit';
import { vipPriceAmountError, windowsOverlap } from '../helpers/vip-price-csv';
import type { ResolvedVipPricingPluginOptions } from '../types';
import { invalidInput, InvalidVipInputError, OverlappingVipPriceError } from '../helpers/errors';
import { VipTierCacheService } from './vip-tier-cache.service';

/** Input of {@link VipPriceService.save}: creates, or updates when `id` is given. */
export interface SaveVipPriceInput {
    id?: ID | null;
    tierId: ID;
    productVariantId: ID;
    /** Minor units of the channel's currency, the channel's price basis; > 0, whole currency units. */
    price: number;
    startsAt?: Date | string | null;
    endsAt?: Date | string | null;
}

/**
 * Absolute VIP prices of the active channel: one tier, one variant, an amount and an optional
 * validity window; windows of one tier and variant never overlap.
 */
@Injectable()
export class VipPriceService {
    constructor(
        private connection: TransactionalConnection,
        private tierCache: VipTierCacheService,
        @Inject(VIP_PRICING_PLUGIN_OPTIONS) private options: ResolvedVipPricingPluginOptions,
    ) {}

    /** The VIP prices of a variant on the active channel, by tier rank then start. */
    forVariant(ctx: RequestContext, productVariantId: ID): Promise<VipPrice[]> {
        return this.connection
            .getRepository(ctx, VipPrice)
            .createQueryBuilder('price')
            .innerJoinAndSelect('price.tier', 'tier')
            .innerJoinAndSelect('tier.customerGroup', 'customerGroup')
            .where('price.channelId = :channelId', { channelId: ctx.channelId })
            .andWhere('price.productVariantId = :productVariantId', { productVariantId })
            .orderBy('tier.rank', 'ASC')
            .addOrderBy('price.startsAt', 'ASC')
            .getMany();
    }

    /**
     * Creates or updates a VIP price.
     *
     * @returns the price; InvalidVipInputError naming the field (`price` not > 0 or not a whole unit
     *   of the currency, `endsAt` not after `startsAt`, `tierId` / `productVariantId` / `id` unknown
     *   on the channel); OverlappingVipPriceError when the window overlaps another price of the
     *   same tier and variant
     */
    async save(
        ctx: RequestContext,
        input: SaveVipPriceInput,
    ): Promise<VipPrice | InvalidVipInputError | OverlappingVipPriceError> {
        const repo = this.connection.getRepository(ctx, VipPrice);
        const currency = ctx.channel.defaultCurrencyCode;
        const existing =
            input.id != null
                ? await repo.findOne({ where: { id: input.id, channelId: ctx.channelId } })
                : null;
        if (input.id != null && !existing)
            return invalidInput('id', `No VIP price ${input.id} on this channel`);
        const amountError = vipPriceAmountError(
            input.price,
            currency,
            roundingUnit(currency, this.options.roundingUnits),
        );
        if (amountError) return invalidInput('price', amountError);
        const startsAt = toDate(input.startsAt);
        const endsAt = toDate(input.endsAt);
        if (startsAt === 'invalid') return invalidInput('startsAt', 'startsAt is not an ISO 8601 date');
        if (endsAt === 'invalid') return invalidInput('endsAt', 'endsAt is not an ISO 8601 date');
        if (startsAt && endsAt && endsAt <= startsAt)
            return invalidInput('endsAt', 'endsAt must be after startsAt');
        const tier = await this.connection
            .getRepository(ctx, VipTier)
            .findOne({ where: { id: input.tierId, channelId: ctx.channelId } });
        if (!tier)
            return invalidInput('tierId', `No VIP tier ${input.tierId} on channel ${ctx.channel.code}`);
        const variant = await this.connection
            .getRepository(ctx, ProductVariant)
            .createQueryBuilder('variant')
            .innerJoin('variant.channels', 'channel', 'channel.id = :channelId', { channelId: ctx.channelId })
            .where('variant.id = :id', { id: input.productVariantId })
            .andWhere('variant.deletedAt IS NULL')
            .getOne();
        if (!variant) {
            return invalidInput(
                'productVariantId',
                `No product variant ${input.productVariantId} on channel ${ctx.channel.code}`,
            );
        }
        const others = await repo.find({ where: { tierId: tier.id, productVariantId: variant.id } });
        const conflict = others.find(
            o => String(o.id) !== String(existing?.id) && windowsOverlap(o, { startsAt, endsAt }),
        );
        if (conflict) {
            return {
                __typename: 'OverlappingVipPriceError',
                errorCode: 'OVERLAPPING_VIP_PRICE_ERROR',
                message: `The window overlaps VIP price ${conflict.id} of the same tier and variant`,
                conflictingPriceId: String(conflict.id),
            };
        }
        const saved = await repo.save(
            Object.assign(existing ?? new VipPrice(), {
                channelId: ctx.channelId,
                tierId: tier.id,
                productVariantId: variant.id,
                price: input.price,
                currencyCode: currency,
                startsAt,
                endsAt,
            }),
        );
        await this.tierCache.invalidatePrices(tier.id);
        if (existing && String(existing.tierId) !== String(tier.id))
            await this.tierCache.invalidatePrices(existing.tierId);
        return repo.findOneOrFail({ where: { id: saved.id }, relations: { tier: { customerGroup: true } } });
    }

    /** Deletes a VIP price of the active channel; false when there is none with that id. */
    async delete(ctx: RequestContext, id: ID): Promise<boolean> {
        const repo = this.connection.getRepository(ctx, VipPrice);
        const price = await repo.findOne({ where: { id, channelId: ctx.channelId } });
        if (!price) return false;
        await repo.delete(price.id);
        await this.tierCache.invalidatePrices(price.tierId);
        return true;
    }
}

function toDate(value: Date | string | null | undefined): Date | null | 'invalid' {
    if (value == null || value === '') return null;
    const date = value instanceof Date ? value : new Date(value);
    return Number.isNaN(date.getTime()) ? 'invalid' : date;
}
