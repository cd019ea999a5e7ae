import type Stripe from 'stripe';

/**
 * Stripe's refund `reason` closest to the merchant's free text: `fraudulent`, `duplicate`, else
 * `requested_by_customer` (https://docs.stripe.com/api/refunds/create#create_refund-reason).
 */
export function stripeRefundReason(reason: string | null | undefined): Stripe.RefundCreateParams.Reason {
    if (/fraud/i.test(reason ?? '')) return 'fraudulent';
    if (/duplicate|doublon/i.test(reason ?? '')) return 'duplicate';
    return 'requested_by_customer';
}
