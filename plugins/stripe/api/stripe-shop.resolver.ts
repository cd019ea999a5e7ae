import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Ctx, Permission, RequestContext } from '@vendure/core';
import { StripePaymentIntentService } from '../services/stripe-payment-intent.service';
import type { StripePaymentConfiguration, StripePaymentStatus } from '../types';
import type { QueryStripePaymentStatusArgs } from '../gql/generated-shop-types';

/** Shop API resolvers of the Stripe plugin (thin; logic in StripePaymentIntentService). */
@Resolver()
export class StripeShopResolver {
    constructor(private readonly paymentIntentService: StripePaymentIntentService) {}

    /** Client secret of the active order's PaymentIntent (created or updated to the current total). */
    @Mutation()
    @Allow(Permission.Owner)
    createStripePaymentIntent(@Ctx() ctx: RequestContext): Promise<string> {
        return this.paymentIntentService.createPaymentIntent(ctx);
    }

    /** The channel's Stripe methods with their publishable keys. */
    @Query()
    stripePaymentConfigurations(@Ctx() ctx: RequestContext): Promise<StripePaymentConfiguration[]> {
        return this.paymentIntentService.paymentConfigurations(ctx);
    }

    /** Stripe payment state of an order the caller may read, or null. */
    @Query()
    async stripePaymentStatus(
        @Ctx() ctx: RequestContext,
        @Args() args: QueryStripePaymentStatusArgs,
    ): Promise<StripePaymentStatus | null> {
        return (await this.paymentIntentService.paymentStatus(ctx, args.orderCode)) ?? null;
    }
}
