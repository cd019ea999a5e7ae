/**
 * The Vendure hooks through which {@link CinetPayOrderGuardService} keeps an order still while a
 * CinetPay payment awaits approval (issue 13 item 14):
 * - {@link cinetpayPendingPaymentProcess} (an `OrderProcess`): refuses `ArrangingPayment → AddingItems`,
 *   answered as Vendure's `OrderStateTransitionError` with the reason in `transitionError`;
 * - {@link CinetPayPendingPaymentMutationGuard} (a NestJS interceptor): the Shop API mutations Vendure
 *   allows in `ArrangingPayment` that change the total (`applyCouponCode`, `removeCouponCode`,
 *   `setOrderShippingAddress`, `setCurrencyCodeForOrder`) answer a GraphQL error `ILLEGAL_OPERATION`
 *   with the reason, since their result unions have no error type for it.
 * Line changes need no hook of ours: Vendure allows them only in `AddingItems` (`OrderModificationError`
 * otherwise), and an attempt starts only once the order is in `ArrangingPayment` — so no `OrderInterceptor`.
 */
import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import {
    IllegalOperationError,
    Injector,
    internal_getRequestContext,
    OrderProcess,
    OrderState,
} from '@vendure/core';
import type { Request } from 'express';
import { from, Observable, switchMap } from 'rxjs';
import { CinetPayOrderGuardService } from '../services/cinetpay-order-guard.service';

let guard: CinetPayOrderGuardService | undefined;

/** Refuses to reopen (`ArrangingPayment → AddingItems`) an order with an open CinetPay attempt. */
export const cinetpayPendingPaymentProcess: OrderProcess<OrderState> = {
    init(injector: Injector) {
        guard = injector.get(CinetPayOrderGuardService);
    },
    async onTransitionStart(fromState, toState, { ctx, order }) {
        if (fromState !== 'ArrangingPayment' || toState !== 'AddingItems' || !guard) return;
        return guard.refusal(ctx, order.id);
    },
};

/** Shop API mutations that change the active order's total without Vendure checking its state. */
const GUARDED_MUTATIONS = new Set([
    'applyCouponCode',
    'removeCouponCode',
    'setOrderShippingAddress',
    'setCurrencyCodeForOrder',
]);

/** See the module documentation; registered as a global NestJS interceptor by the plugin. */
@Injectable()
export class CinetPayPendingPaymentMutationGuard implements NestInterceptor {
    constructor(private readonly service: CinetPayOrderGuardService) {}

    intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
        if (context.getType<string>() !== 'graphql') return next.handle();
        const gql = GqlExecutionContext.create(context);
        const info = gql.getInfo<{ fieldName: string; parentType: { name: string } }>();
        if (info.parentType.name !== 'Mutation' || !GUARDED_MUTATIONS.has(info.fieldName)) {
            return next.handle();
        }
        const req = gql.getContext<{ req: Request }>().req;
        const ctx = internal_getRequestContext(req, context);
        const orderId = ctx?.apiType === 'shop' ? ctx.session?.activeOrderId : undefined;
        if (!orderId) return next.handle();
        return from(this.service.refusal(ctx, orderId)).pipe(
            switchMap(refusal => {
                if (refusal) throw new IllegalOperationError(refusal);
                return next.handle();
            }),
        );
    }
}
