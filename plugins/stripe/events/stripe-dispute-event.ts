import { Order, RequestContext, VendureEvent } from '@vendure/core';

/** What Stripe says about a dispute (chargeback), from `charge.dispute.created`. Amount in Vendure minor units. */
export interface StripeDisputeDetails {
    /** Stripe id `dp_…`. */
    disputeId: string;
    paymentIntentId: string;
    /** Disputed amount, Vendure minor units of `currencyCode`. */
    amount: number;
    currencyCode: string;
    /** Stripe's reason code, e.g. `fraudulent`, `product_not_received`. */
    reason: string;
    /** Stripe's dispute status, e.g. `needs_response`. */
    status: string;
    /** Deadline to submit evidence (ISO 8601), when Stripe gives one. */
    evidenceDueBy: string | null;
}

/**
 * Published when Stripe opens a dispute on a payment of one of our orders (`charge.dispute.created`).
 * The EmailPlugin handler `stripeDisputeEmailHandler` emails it to `merchantEmail`.
 */
export class StripeDisputeEvent extends VendureEvent {
    /**
     * @param ctx admin context in the order's channel
     * @param order the disputed order
     * @param dispute the dispute as Stripe reported it
     * @param merchantEmail recipient of the alert (StripePluginOptions.merchantEmail), if configured
     */
    constructor(
        public ctx: RequestContext,
        public order: Order,
        public dispute: StripeDisputeDetails,
        public merchantEmail: string | undefined,
    ) {
        super();
    }
}
