import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, Ctx, ID, Order, Permission, RequestContext, TransactionalConnection } from '@vendure/core';
import { CinetPayTransaction } from '../entities/cinetpay-transaction.entity';
import { CinetPayPaymentService } from '../services/cinetpay-payment.service';
import { CinetPayTransactionService } from '../services/cinetpay-transaction.service';
import type { CreateCinetPayPaymentResult } from '../types';
import type { QueryCinetPayPaymentStatusArgs } from '../gql/generated-shop-types';

/** Shop API: `createCinetPayPayment` (thin; see CinetPayPaymentService.initialisePayment). */
@Resolver()
export class CinetPayShopResolver {
    constructor(
        private readonly payments: CinetPayPaymentService,
        private readonly transactions: CinetPayTransactionService,
    ) {}

    /** Starts a payment attempt for the active order of the session (owner only). */
    @Mutation()
    @Allow(Permission.UpdateOrder, Permission.Owner)
    createCinetPayPayment(@Ctx() ctx: RequestContext): Promise<CreateCinetPayPaymentResult> {
        return this.payments.initialisePayment(ctx);
    }

    /** Status of one attempt, for the return page; null when unknown or not readable by this client. */
    @Query()
    @Allow(Permission.Public)
    cinetPayPaymentStatus(
        @Ctx() ctx: RequestContext,
        @Args() args: QueryCinetPayPaymentStatusArgs,
    ): Promise<CinetPayTransaction | undefined> {
        return this.transactions.findAttemptForShop(ctx, args.transactionId);
    }
}

/** `CinetPayPaymentStatus.orderState`: the attempt's order's current state (access checked by the query). */
@Resolver('CinetPayPaymentStatus')
export class CinetPayPaymentStatusResolver {
    constructor(private readonly connection: TransactionalConnection) {}

    /** The state of the order the attempt pays, e.g. `PaymentSettled`. */
    @ResolveField()
    async orderState(@Ctx() ctx: RequestContext, @Parent() attempt: CinetPayTransaction): Promise<string> {
        const order = await this.connection
            .getRepository(ctx, Order)
            .findOneOrFail({ where: { id: attempt.orderId }, select: { id: true, state: true } });
        return order.state;
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
    constructor(private readonly transactions: CinetPayTransactionService) {}

    /** True when the quoted PaymentMethod's handler code is `cinetpay` (its args are never read here). */
    @ResolveField()
    isCinetPay(@Ctx() ctx: RequestContext, @Parent() quote: { id: ID }): Promise<boolean> {
        return this.transactions.isCinetPayMethod(ctx, quote.id);
    }
}
