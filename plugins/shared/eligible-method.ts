import { Order, PaymentMethod, PaymentMethodService, RequestContext } from '@vendure/core';

/**
 * The first enabled PaymentMethod of `ctx`'s channel whose handler is `handlerCode` and that Vendure's
 * eligibility checkers accept for `order` (e.g. the currency checker), or undefined.
 */
export async function findEligibleMethod(
    paymentMethodService: PaymentMethodService,
    ctx: RequestContext,
    order: Order,
    handlerCode: string,
): Promise<PaymentMethod | undefined> {
    const quotes = await paymentMethodService.getEligiblePaymentMethods(ctx, order);
    const { items } = await paymentMethodService.findAll(ctx, { take: 100 });
    return items.find(
        m =>
            m.enabled &&
            m.handler.code === handlerCode &&
            quotes.some(q => q.code === m.code && q.isEligible),
    );
}
