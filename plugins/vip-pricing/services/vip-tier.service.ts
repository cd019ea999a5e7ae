import { Injectable } from '@nestjs/common';
import { ID } from '@vendure/common/lib/shared-types';
import {
    CustomerGroupService,
    EntityNotFoundError,
    RequestContext,
    TransactionalConnection,
} from '@vendure/core';
import { VipTier } from '../entities/vip-tier.entity';
import { invalidInput, InvalidVipInputError } from '../helpers/errors';
import { isWholeCurrencyUnit } from '../helpers/currency-unit';
import { VipTierCacheService } from './vip-tier-cache.service';

/** Input of {@link VipTierService.create}; amounts in minor units of the channel's currency. */
export interface CreateVipTierInput {
    name: string;
    rank: number;
    discountPercent: number;
    joinSpend: number;
    keepSpend?: number | null;
}

/** Input of {@link VipTierService.update}: only the given fields change. */
export interface UpdateVipTierInput {
    id: ID;
    name?: string | null;
    rank?: number | null;
    discountPercent?: number | null;
    joinSpend?: number | null;
    keepSpend?: number | null;
}

/**
 * The tiers of a channel: a Vendure CustomerGroup with the tier data of {@link VipTier} (rank,
 * default percentage, spend to join and to keep, in the channel's currency).
 */
@Injectable()
export class VipTierService {
    constructor(
        private connection: TransactionalConnection,
        private customerGroupService: CustomerGroupService,
        private tierCache: VipTierCacheService,
    ) {}

    /** The active channel's tiers, lowest rank first, with their CustomerGroup. */
    findAll(ctx: RequestContext): Promise<VipTier[]> {
        return this.connection.getRepository(ctx, VipTier).find({
            where: { channelId: ctx.channelId },
            relations: { customerGroup: true },
            order: { rank: 'ASC' },
        });
    }

    /** One tier of any channel, or undefined. */
    findOne(ctx: RequestContext, id: ID): Promise<VipTier | null> {
        return this.connection
            .getRepository(ctx, VipTier)
            .findOne({ where: { id }, relations: { customerGroup: true } });
    }

    /**
     * Creates a tier on the active channel with a new CustomerGroup named `input.name`.
     *
     * @returns the tier, or InvalidVipInputError naming the field (rank taken, percentage outside
     *   0–100, negative or fractional spend, keepSpend above joinSpend)
     */
    async create(ctx: RequestContext, input: CreateVipTierInput): Promise<VipTier | InvalidVipInputError> {
        const keepSpend = input.keepSpend ?? input.joinSpend;
        const error = await this.validate(ctx, { ...input, keepSpend });
        if (error) return error;
        const group = await this.customerGroupService.create(ctx, { name: input.name.trim() });
        const tier = await this.connection.getRepository(ctx, VipTier).save(
            new VipTier({
                channelId: ctx.channelId,
                customerGroupId: group.id,
                rank: input.rank,
                discountBasisPoints: Math.round(input.discountPercent * 100),
                joinSpend: input.joinSpend,
                keepSpend,
                currencyCode: ctx.channel.defaultCurrencyCode,
            }),
        );
        await this.tierCache.invalidateTiers();
        return this.findOneOrThrow(ctx, tier.id);
    }

    /**
     * Updates a tier of the active channel.
     *
     * @returns the tier, InvalidVipInputError as {@link create}, or `id` when the tier is not one of
     *   the active channel's
     */
    async update(ctx: RequestContext, input: UpdateVipTierInput): Promise<VipTier | InvalidVipInputError> {
        const tier = await this.findOne(ctx, input.id);
        if (!tier || String(tier.channelId) !== String(ctx.channelId)) {
            return invalidInput('id', `No VIP tier ${input.id} on channel ${ctx.channel.code}`);
        }
        const next = {
            name: input.name ?? tier.customerGroup.name,
            rank: input.rank ?? tier.rank,
            discountPercent: input.discountPercent ?? tier.discountBasisPoints / 100,
            joinSpend: input.joinSpend ?? tier.joinSpend,
            keepSpend: input.keepSpend ?? tier.keepSpend,
        };
        const error = await this.validate(ctx, next, tier.id);
        if (error) return error;
        if (next.name.trim() !== tier.customerGroup.name) {
            await this.customerGroupService.update(ctx, { id: tier.customerGroupId, name: next.name.trim() });
        }
        await this.connection.getRepository(ctx, VipTier).update(tier.id, {
            rank: next.rank,
            discountBasisPoints: Math.round(next.discountPercent * 100),
            joinSpend: next.joinSpend,
            keepSpend: next.keepSpend,
        });
        await this.tierCache.invalidateTiers();
        return this.findOneOrThrow(ctx, tier.id);
    }

    /**
     * Deletes a tier of the active channel, its VIP prices and its CustomerGroup (members lose it).
     *
     * @returns false when there is no such tier on the channel
     */
    async delete(ctx: RequestContext, id: ID): Promise<boolean> {
        const tier = await this.findOne(ctx, id);
        if (!tier || String(tier.channelId) !== String(ctx.channelId)) return false;
        await this.connection.getRepository(ctx, VipTier).delete(tier.id);
        await this.customerGroupService.delete(ctx, tier.customerGroupId);
        await this.tierCache.invalidateTiers();
        return true;
    }

    private async findOneOrThrow(ctx: RequestContext, id: ID): Promise<VipTier> {
        const tier = await this.findOne(ctx, id);
        if (!tier) throw new EntityNotFoundError('VipTier', id);
        return tier;
    }

    private async validate(
        ctx: RequestContext,
        input: { name: string; rank: number; discountPercent: number; joinSpend: number; keepSpend: number },
        id?: ID,
    ): Promise<InvalidVipInputError | undefined> {
        const currency = ctx.channel.defaultCurrencyCode;
        if (!input.name.trim()) return invalidInput('name', 'The tier needs a name');
        if (!Number.isInteger(input.rank) || input.rank < 1) {
            return invalidInput('rank', 'The rank is a whole number from 1 (higher ranks win)');
        }
        if (
            !(input.discountPercent >= 0 && input.discountPercent < 100) ||
            Math.round(input.discountPercent * 100) !== input.discountPercent * 100
        ) {
            return invalidInput(
                'discountPercent',
                'The percentage is from 0 to under 100, with at most 2 decimals',
            );
        }
        for (const field of ['joinSpend', 'keepSpend'] as const) {
            if (!(input[field] >= 0) || !isWholeCurrencyUnit(input[field], currency)) {
                return invalidInput(
                    field,
                    `${field} is a non-negative whole amount of ${currency} (minor units)`,
                );
            }
        }
        if (input.keepSpend > input.joinSpend) {
            return invalidInput('keepSpend', 'The spend to keep a tier cannot exceed the spend to join it');
        }
        const sameRank = await this.connection
            .getRepository(ctx, VipTier)
            .findOne({ where: { channelId: ctx.channelId, rank: input.rank } });
        if (sameRank && (id === undefined || String(sameRank.id) !== String(id))) {
            return invalidInput('rank', `Rank ${input.rank} is already used by another tier of this channel`);
        }
        return undefined;
    }
}
