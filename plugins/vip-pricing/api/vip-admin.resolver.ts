import { Args, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, Ctx, RequestContext, Transaction } from '@vendure/core';
import { vipPricingPermission } from '../constants';
import type {
    MutationCreateVipTierArgs,
    MutationDeleteVipPriceArgs,
    MutationDeleteVipTierArgs,
    MutationEvaluateVipTierArgs,
    MutationPinVipTierArgs,
    MutationSaveVipPriceArgs,
    MutationUnpinVipTierArgs,
    MutationUpdateVipTierArgs,
    QueryVipPricesArgs,
} from '../gql/generated-admin-types';
import { VipMembershipService } from '../services/vip-membership.service';
import { VipPriceService } from '../services/vip-price.service';
import { VipTierService } from '../services/vip-tier.service';
import { VipPrice } from '../entities/vip-price.entity';
import { VipTier } from '../entities/vip-tier.entity';
import { invalidInput, isVipPricingError } from '../helpers/errors';
import { toVipStatus } from './vip-entity.resolver';

/** Admin API of tiers, VIP prices and pins (thin: one service call each). */
@Resolver()
export class AdminVipPricingResolver {
    constructor(
        private tierService: VipTierService,
        private priceService: VipPriceService,
        private membership: VipMembershipService,
    ) {}

    /** The active channel's tiers. */
    @Query()
    @Allow(vipPricingPermission.Read)
    vipTiers(@Ctx() ctx: RequestContext): Promise<VipTier[]> {
        return this.tierService.findAll(ctx);
    }

    /** A variant's VIP prices on the active channel. */
    @Query()
    @Allow(vipPricingPermission.Read)
    vipPrices(@Ctx() ctx: RequestContext, @Args() args: QueryVipPricesArgs): Promise<VipPrice[]> {
        return this.priceService.forVariant(ctx, args.productVariantId);
    }

    /** Creates a tier. */
    @Mutation()
    @Transaction()
    @Allow(vipPricingPermission.Create)
    createVipTier(@Ctx() ctx: RequestContext, @Args() args: MutationCreateVipTierArgs) {
        return this.tierService.create(ctx, args.input);
    }

    /** Updates a tier. */
    @Mutation()
    @Transaction()
    @Allow(vipPricingPermission.Update)
    updateVipTier(@Ctx() ctx: RequestContext, @Args() args: MutationUpdateVipTierArgs) {
        return this.tierService.update(ctx, args.input);
    }

    /** Deletes a tier. */
    @Mutation()
    @Transaction()
    @Allow(vipPricingPermission.Delete)
    deleteVipTier(@Ctx() ctx: RequestContext, @Args() args: MutationDeleteVipTierArgs): Promise<boolean> {
        return this.tierService.delete(ctx, args.id);
    }

    /** Creates or updates a VIP price. */
    @Mutation()
    @Transaction()
    @Allow(vipPricingPermission.Update)
    saveVipPrice(@Ctx() ctx: RequestContext, @Args() args: MutationSaveVipPriceArgs) {
        return this.priceService.save(ctx, args.input);
    }

    /** Deletes a VIP price. */
    @Mutation()
    @Transaction()
    @Allow(vipPricingPermission.Delete)
    deleteVipPrice(@Ctx() ctx: RequestContext, @Args() args: MutationDeleteVipPriceArgs): Promise<boolean> {
        return this.priceService.delete(ctx, args.id);
    }

    /** Pins a tier. */
    @Mutation()
    @Transaction()
    @Allow(vipPricingPermission.Update)
    async pinVipTier(@Ctx() ctx: RequestContext, @Args() args: MutationPinVipTierArgs) {
        const result = await this.membership.pin(ctx, args.customerId, args.tierId);
        return isVipPricingError(result) ? result : toVipStatus(result);
    }

    /** Removes a pin. */
    @Mutation()
    @Transaction()
    @Allow(vipPricingPermission.Update)
    async unpinVipTier(@Ctx() ctx: RequestContext, @Args() args: MutationUnpinVipTierArgs) {
        const result = await this.membership.unpin(ctx, args.customerId);
        return isVipPricingError(result) ? result : toVipStatus(result);
    }

    /** Re-evaluates a customer now. */
    @Mutation()
    @Transaction()
    @Allow(vipPricingPermission.Update)
    async evaluateVipTier(@Ctx() ctx: RequestContext, @Args() args: MutationEvaluateVipTierArgs) {
        const result = await this.membership.evaluateNow(ctx, args.customerId);
        return result ? toVipStatus(result) : invalidInput('customerId', `No customer ${args.customerId}`);
    }
}

/** GraphQL type resolution of the plugin's result unions. */
@Resolver('VipTierResult')
export class VipTierResultResolver {
    /** The member's type name. */
    @ResolveField()
    __resolveType(value: object): string {
        return '__typename' in value ? String(value.__typename) : 'VipTier';
    }
}

/** GraphQL type resolution of `VipPriceResult`. */
@Resolver('VipPriceResult')
export class VipPriceResultResolver {
    /** The member's type name. */
    @ResolveField()
    __resolveType(value: object): string {
        return '__typename' in value ? String(value.__typename) : 'VipPrice';
    }
}

/** GraphQL type resolution of `VipStatusResult`. */
@Resolver('VipStatusResult')
export class VipStatusResultResolver {
    /** The member's type name. */
    @ResolveField()
    __resolveType(value: object): string {
        return '__typename' in value ? String(value.__typename) : 'VipStatus';
    }
}
