/** Options of {@link StripePlugin.init}. */
export interface StripePluginOptions {
    /**
     * Base URL of the Stripe API (default `https://api.stripe.com`). Tests and the benchmark point it at
     * the local fake (`http://127.0.0.1:<port>`): the SDK then sends its real wire format there.
     */
    apiUrl?: string;
    /** Address that receives merchant alerts (disputes), e.g. `boutique@example.com`. */
    merchantEmail?: string;
    /** Timeout of each Stripe API call in milliseconds (default 20 000). */
    requestTimeoutMs?: number;
    /** Network retries of the SDK (default 2; it reuses the idempotency key on retries). */
    maxNetworkRetries?: number;
}

/** The PaymentMethodHandler arguments, parsed. `apiKey` and `webhookSecret` are secrets: never log them. */
export interface StripeCredentials {
    /** Secret key `sk_live_…`/`sk_test_…` (or a restricted key `rk_…`). */
    apiKey: string;
    /** Signing secret of the webhook endpoint, `whsec_…`. */
    webhookSecret: string;
    /** Publishable key `pk_live_…`/`pk_test_…`, readable by storefronts. */
    publishableKey: string;
}

/**
 * What the plugin did with a webhook event (stored in {@link StripeWebhookEvent.result}):
 * `SETTLED`, `FAILED_RECORDED` (payment_failed/canceled noted), `REFUND_SYNCED`, `DISPUTE_RECORDED`,
 * `IGNORED` (foreign intent, unhandled type, nothing to do), `DUPLICATE_INTENT` (intent already settled),
 * `SETTLEMENT_FAILED` (Vendure refused the payment; needs an admin), `MISMATCH` (currency differs),
 * `STATUS_RECORDED` (e.g. `processing` noted on the intent).
 */
export type StripeWebhookResult =
    | 'SETTLED'
    | 'FAILED_RECORDED'
    | 'REFUND_SYNCED'
    | 'DISPUTE_RECORDED'
    | 'IGNORED'
    | 'DUPLICATE_INTENT'
    | 'SETTLEMENT_FAILED'
    | 'MISMATCH'
    | 'AMOUNT_MISMATCH_REFUNDED'
    | 'STATUS_RECORDED';

/** The webhook's answer to Stripe: HTTP status, a short plain-text reason and what was done. */
export interface WebhookAnswer {
    status: number;
    text: string;
    result?: StripeWebhookResult | 'DUPLICATE_EVENT';
}

/** Shop API `StripePaymentConfiguration`: a Stripe method of the channel and its publishable key. */
export interface StripePaymentConfiguration {
    paymentMethodCode: string;
    publishableKey: string;
}

/** Shop API `StripePaymentStatus`: what the return page shows while it waits for the webhook. */
export interface StripePaymentStatus {
    orderCode: string;
    orderState: string;
    /** True once the webhook has added the settled Payment and the order is placed (never from the browser's word). */
    paid: boolean;
    /** True when the latest intent was paid for another amount than the order total and refunded in full. */
    amountMismatchRefunded: boolean;
    paymentIntentStatus: string | null;
    lastPaymentError: string | null;
}
