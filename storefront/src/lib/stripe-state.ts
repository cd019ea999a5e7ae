import { isPlacedOrderState } from './order-state.js';

/**
 * The pure part of the storefront's Stripe pages (only pure imports, so the root unit tests can load it):
 * the return page's state from the server's payment status. The pages' texts are in `stripe.ts`.
 */

/** What the return page shows for a payment state reported by the server (never by the browser). */
export type StripeReturnState = 'paid' | 'failed' | 'refunded' | 'pending' | 'none';

/**
 * The return page's state: `paid` once the webhook settled the order and it is placed, or once the
 * order is placed at all (paid in another tab or by another method: an old return page must not
 * offer to pay again); `refunded` when
 * the intent was paid for an old amount (the cart changed meanwhile) and the server refunded it; `failed` when Stripe reported a
 * failure or a cancellation for the current intent; `none` when the order has no Stripe payment (back to
 * the payment step); `pending` otherwise (keep waiting).
 */
export function stripeReturnState(status: {
    paid: boolean;
    orderState?: string | null;
    amountMismatchRefunded?: boolean;
    paymentIntentStatus?: string | null;
    lastPaymentError?: string | null;
}): StripeReturnState {
    if (status.paid || isPlacedOrderState(status.orderState)) return 'paid';
    if (status.amountMismatchRefunded) return 'refunded';
    if (!status.paymentIntentStatus) return 'none';
    if (status.paymentIntentStatus === 'canceled') return 'failed';
    if (status.paymentIntentStatus === 'requires_payment_method' && status.lastPaymentError) return 'failed';
    return 'pending';
}
