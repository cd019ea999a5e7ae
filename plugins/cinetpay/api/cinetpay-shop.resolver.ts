import { Args, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, Ctx, Permission, RequestContext } from '@vendure/core';
import { CinetPayTransaction } from '../entities/cinetpay-transaction.entity';
import { CinetPayService, CreateCinetPayPaymentResult } from '../services/cinetpay.service';

/** Shop API: `createCinetPayPayment` (thin; see CinetPayService.createPaymentIntent). */
@Resolver()
export class CinetPayShopResolver {
    constructor(private readonly cinetPayService: CinetPayService) {}

    /** Starts a payment attempt for the active order of the session (owner only). */
    @Mutation()
    @Allow(Permission.UpdateOrder, Permission.Owner)
    createCinetPayPayment(@Ctx() ctx: RequestContext): Promise<CreateCinetPayPaymentResult> {
        return this.cinetPayService.createPaymentIntent(ctx);
    }

    /** Status of one attempt, for the return page; null when unknown or not readable by this client. */
    @Query()
    @Allow(Permission.Public)
    cinetPayPaymentStatus(@Ctx() ctx: RequestContext, @Args() args: { transactionId: string }): Promise<CinetPayTransaction | undefined> {
        return this.cinetPayService.findAttemptForShop(ctx, args.transactionId);
    }
}

/** Resolves the members of the `CreateCinetPayPaymentResult` union from `__typename`. */
@Resolver('CreateCinetPayPaymentResult')
export class CreateCinetPayPaymentResultResolver {
    /** GraphQL type resolution. */
    @ResolveField()
    __resolveType(value: { __typename: string }): string {
        return value.__typename;
    }
}
