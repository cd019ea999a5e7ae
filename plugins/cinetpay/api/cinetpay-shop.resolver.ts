import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
    Allow,
    Ctx,
    ID,
    PaymentMethod,
    Permission,
    RequestContext,
    TransactionalConnection,
} from '@vendure/core';
import { CINETPAY_HANDLER_CODE } from '../constants';
import { CinetPayTransaction } from '../entities/cinetpay-transaction.entity';
import { CinetPayService, CreateCinetPayPaymentResult } from '../services/cinetpay.service';
import type { QueryCinetPayPaymentStatusArgs } from '../gql/generated-shop-types';

/** Shop API: `createCinetPayPayment` (thin; see CinetPayService.initialisePayment). */
@Resolver()
export class CinetPayShopResolver {
    constructor(private readonly cinetPayService: CinetPayService) {}

    /** Starts a payment attempt for the active order of the session (owner only). */
    @Mutation()
    @Allow(Permission.UpdateOrder, Permission.Owner)
    createCinetPayPayment(@Ctx() ctx: RequestContext): Promise<CreateCinetPayPaymentResult> {
        return this.cinetPayService.initialisePayment(ctx);
    }

    /** Status of one attempt, for the return page; null when unknown or not readable by this client. */
    @Query()
    @Allow(Permission.Public)
    cinetPayPaymentStatus(
        @Ctx() ctx: RequestContext,
        @Args() args: QueryCinetPayPaymentStatusArgs,
    ): Promise<CinetPayTransaction | undefined> {
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

/** `PaymentMethodQuote.isCinetPay`: tells the storefront which eligible method is paid through CinetPay's page. */
@Resolver('PaymentMethodQuote')
export class CinetPayPaymentMethodQuoteResolver {
    constructor(private readonly connection: TransactionalConnection) {}

    /** True when the quoted PaymentMethod's handler code is `cinetpay` (its args are never read here). */
    @ResolveField()
    async isCinetPay(@Ctx() ctx: RequestContext, @Parent() quote: { id: ID }): Promise<boolean> {
        const method = await this.connection
            .getRepository(ctx, PaymentMethod)
            .findOne({ where: { id: quote.id }, select: { id: true, handler: true } });
        return method?.handler.code === CINETPAY_HANDLER_CODE;
    }
}
