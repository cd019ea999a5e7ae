/**
 * Idempotency keys of the Stripe calls that create or change money movements
 * (https://docs.stripe.com/api/idempotent_requests). Stripe answers `idempotency_error` when a key is
 * reused with other parameters: Vendure's StripePlugin hit it with `${orderCode}_${amount}` once the
 * order's metadata or total changed (vendure#3903, #3653, #2364). Each key here contains a hash of the
 * exact parameters sent and, for updates, the revision of the intent, so a key repeats only for a
 * byte-identical request (a true retry): never across amount, metadata or customer changes.
 */
import crypto from 'node:crypto';

/** Stable JSON (object keys sorted) of request parameters. */
function canonical(value: unknown): string {
    if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
    if (value && typeof value === 'object') {
        return `{${Object.keys(value)
            .sort()
            .map(k => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
            .join(',')}}`;
    }
    return JSON.stringify(value ?? null);
}

/** First 24 hex characters of the SHA-256 of the parameters' canonical JSON. */
export function paramsHash(params: unknown): string {
    return crypto.createHash('sha256').update(canonical(params)).digest('hex').slice(0, 24);
}

/** Key of `POST /v1/payment_intents` for the `attempt`-th intent of an order (≤ 255 characters). */
export function createIntentKey(
    channelToken: string,
    orderCode: string,
    attempt: number,
    params: unknown,
): string {
    return `radiant-pi-create-${channelToken.slice(0, 40)}-${orderCode.slice(0, 64)}-a${attempt}-${paramsHash(params)}`;
}

/** Key of `POST /v1/payment_intents/:id` bringing the intent to `revision`. */
export function updateIntentKey(paymentIntentId: string, revision: number, params: unknown): string {
    return `radiant-pi-update-${paymentIntentId.slice(0, 100)}-r${revision}-${paramsHash(params)}`;
}

/** Key of `POST /v1/refunds` giving back a whole intent paid for a stale amount (one per intent). */
export function mismatchRefundKey(paymentIntentId: string): string {
    return `radiant-refund-mismatch-${paymentIntentId.slice(0, 200)}`;
}

/** Key of `POST /v1/refunds` for the `index`-th Vendure refund of a payment. */
export function refundKey(paymentId: string | number, index: number, params: unknown): string {
    return `radiant-refund-${String(paymentId).slice(0, 40)}-n${index}-${paramsHash(params)}`;
}
