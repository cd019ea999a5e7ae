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
    MutationImportVipPricesArgs,
    QueryVipPricesArgs,
    QueryVipTierArgs,
} from '../gql/generated-admin-types';
import { importError, VipPriceCsvService } from '../services/vip-price-csv.service';
import { VipMembershipService } from '../services/vip-membership.service';
import { VipPriceService } from '../services/vip-price.service';
import { VipTierService } from '../services/vip-tier.service';
import { VipPrice } from '../entities/vip-price.entity';
import { VipTier } from '../entities/vip-tier.entity';
import { invalidInput, isVipPricingError } from '../helpers/errors';
import { toVipStatus } from './vip-entity.resolver';
import type { VipPriceCsvRowError } from '../helpers/vip-price-csv';

/** Admin API of tiers, VIP prices and pins (thin: one service call each). */
@Resolver()
export class AdminVipPricingResolver {
    constructor(
        private tierService: VipTierService,
        private priceService: VipPriceService,
        private membership: VipMembershipService,
        private csvService: VipPriceCsvService,
    ) {}

    /** The active channel's tiers. */
    @Query()
    @Allow(vipPricingPermission.Read)
    vipTiers(@Ctx() ctx: RequestContext): Promise<VipTier[]> {
        return this.tierService.findAll(ctx);
    }

    /** One tier of the active channel, or null. */
    @Query()
    @Allow(vipPricingPermission.Read)
    async vipTier(@Ctx() ctx: RequestContext, @Args() args: QueryVipTierArgs): Promise<VipTier | null> {
        const tier = await this.tierService.findOne(ctx, args.id);
        return tier && String(tier.channelId) === String(ctx.channelId) ? tier : null;
    }

    /** The active channel's VIP prices as CSV. */
    @Query()
    @Allow(vipPricingPermission.Read)
    exportVipPrices(@Ctx() ctx: RequestContext): Promise<string> {
        return this.csvService.export(ctx);
    }

    /** Imports a CSV of VIP prices: all rows or none. */
    @Mutation()
    @Transaction()
    @Allow(vipPricingPermission.Update)
    async importVipPrices(@Ctx() ctx: RequestContext, @Args() args: MutationImportVipPricesArgs) {
        const text = args.file ? await readUpload(await (args.file as Promise<FileUpload>)) : args.csv;
        if (text == null) {
            return importError([
                { row: 0, field: 'file', message: 'Give the CSV as csv (text) or file (upload)' },
            ]);
        }
        if (typeof text !== 'string') return importError([text]);
        return this.csvService.import(ctx, text, args.dryRun ?? false);
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

/** What the `Upload` scalar resolves to (graphql-upload's FileUpload, the part used here). */
interface FileUpload {
    createReadStream(): AsyncIterable<Buffer>;
}

/** Largest CSV upload read (bytes). */
const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

/** The text of an uploaded file (UTF-8), or the error of a file over {@link MAX_UPLOAD_BYTES}. */
async function readUpload(file: FileUpload): Promise<string | VipPriceCsvRowError> {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of file.createReadStream()) {
        size += chunk.length;
        if (size > MAX_UPLOAD_BYTES) {
            return {
                row: 0,
                field: 'file',
                message: `The file is over ${MAX_UPLOAD_BYTES / 1024 / 1024} MB`,
            };
        }
        chunks.push(chunk);
    }
    return Buffer.concat(chunks).toString('utf8');
}

/** GraphQL type resolution of `VipPriceImportResult`. */
@Resolver('VipPriceImportResult')
export class VipPriceImportResultResolver {
    /** The member's type name. */
    @ResolveField()
    __resolveType(value: { __typename: string }): string {
        return value.__typename;
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
