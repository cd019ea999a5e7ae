import { Fulfillment, ID, RequestContext, VendureEvent } from '@vendure/core';

/**
 * Published when a merchant asks to send a fulfillment's "shipped" email again (Admin API
 * `resendShippedEmail`, only for a fulfillment that is `Shipped` or `Delivered`). The shop's
 * shipped-email handler listens to it besides Vendure's `FulfillmentStateTransitionEvent`, so the
 * same template, recipient and language are used (Radiant: src/config/email.ts). `ctx` is the
 * administrator's request.
 */
export class ShippedEmailResendEvent extends VendureEvent {
    constructor(
        public ctx: RequestContext,
        /** The fulfillment whose shipped email is sent again (with `method` and `trackingCode`). */
        public fulfillment: Fulfillment,
        /** The order it belongs to. */
        public orderId: ID,
    ) {
        super();
    }
}
