import type { VendureConfig } from '@vendure/core';

/** Vendure's RefundProcess (not exported by name from `@vendure/core`). */
type RefundProcess = NonNullable<VendureConfig['paymentOptions']['refundProcess']>[number];

/**
 * A RefundProcess adding the self-transition `Pending → Pending`, so that a payment
 * handler's `createRefund` may answer `state: 'Pending'` (a refund to be settled later with the
 * Admin API `settleRefund`).
 *
 * Why: Vendure 3.7 creates every refund in `Pending`, then transitions it to the state
 * `createRefund` returned (`PaymentService.createRefund`). The default refund process has no
 * `Pending → Pending` transition, so a handler answering `Pending` gets a
 * `RefundStateTransitionError` ("Cannot transition Refund from Pending to Pending") although the
 * refund row was saved. With this transition the refund simply stays `Pending` with the handler's
 * metadata; Vendure publishes a `RefundStateTransitionEvent` from `Pending` to `Pending`, which
 * listeners of settled refunds ignore.
 */
export const pendingRefundProcess: RefundProcess = {
    transitions: { Pending: { to: ['Pending'] } },
};

/**
 * Adds {@link pendingRefundProcess} to `config.paymentOptions.refundProcess` once (a process may
 * build its configuration more than once, and several plugins may ask for it).
 */
export function allowPendingRefunds(config: Pick<VendureConfig, 'paymentOptions'>): void {
    const processes = config.paymentOptions.refundProcess ?? [];
    if (!processes.includes(pendingRefundProcess)) {
        config.paymentOptions.refundProcess = [...processes, pendingRefundProcess];
    }
}
