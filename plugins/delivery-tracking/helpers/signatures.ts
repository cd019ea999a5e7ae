/**
 * Webhook signature checks, on the raw request bytes, in constant time, before the body is parsed.
 *
 * - Radiant's generic format: header `Radiant-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">`,
 *   keyed with the channel's webhook secret; refused outside a 5-minute window around now (replays).
 *   The same scheme as Stripe's `Stripe-Signature` (https://docs.stripe.com/webhooks#verify-manually).
 * - AfterShip: header `aftership-hmac-sha256` = base64 HMAC-SHA256 of the raw body keyed with the
 *   webhook secret (https://www.aftership.com/docs/tracking/webhook/webhook-signature).
 */
import crypto from 'node:crypto';

/** Seconds a generic-format signature stays valid either side of its timestamp. */
export const SIGNATURE_TOLERANCE_SECONDS = 300;

/** Why a signature was refused (`ok` when it was accepted). */
export type SignatureCheck = 'ok' | 'missing' | 'malformed' | 'expired' | 'mismatch';

function safeEqual(a: Buffer, b: Buffer): boolean {
    return a.length === b.length && crypto.timingSafeEqual(a, b);
}

/**
 * The `Radiant-Signature` header value for `rawBody` at `timestamp` (unix seconds): what a carrier
 * or integrator sends, and what the tests sign with.
 */
export function signGenericWebhook(rawBody: Buffer | string, secret: string, timestamp: number): string {
    const mac = crypto.createHmac('sha256', secret).update(`${timestamp}.`).update(rawBody).digest('hex');
    return `t=${timestamp},v1=${mac}`;
}

/**
 * Checks a `Radiant-Signature` header against `rawBody`. Several `v1=` entries are allowed (secret
 * rotation: any one matching is enough).
 *
 * @param nowSeconds the current unix time (injected for tests)
 */
export function verifyGenericWebhook(
    header: string | undefined,
    rawBody: Buffer,
    secret: string,
    nowSeconds: number,
): SignatureCheck {
    if (!header) return 'missing';
    const parts = header.split(',').map(part => part.trim().split('='));
    const t = parts.find(([key]) => key === 't')?.[1];
    const signatures = parts.filter(([key, value]) => key === 'v1' && value).map(([, value]) => value);
    if (!t || !/^\d{1,12}$/.test(t) || signatures.length === 0) return 'malformed';
    const timestamp = Number(t);
    if (Math.abs(nowSeconds - timestamp) > SIGNATURE_TOLERANCE_SECONDS) return 'expired';
    const expected = Buffer.from(signGenericWebhook(rawBody, secret, timestamp).split('v1=')[1], 'hex');
    return signatures.some(s => /^[0-9a-f]+$/i.test(s) && safeEqual(Buffer.from(s, 'hex'), expected))
        ? 'ok'
        : 'mismatch';
}

/** The `aftership-hmac-sha256` header value for `rawBody` (base64 HMAC-SHA256). */
export function signAfterShipWebhook(rawBody: Buffer | string, secret: string): string {
    return crypto.createHmac('sha256', secret).update(rawBody).digest('base64');
}

/** Checks an `aftership-hmac-sha256` header against `rawBody`. AfterShip signs no timestamp. */
export function verifyAfterShipWebhook(
    header: string | undefined,
    rawBody: Buffer,
    secret: string,
): SignatureCheck {
    if (!header) return 'missing';
    if (!/^[A-Za-z0-9+/]+={0,2}$/.test(header)) return 'malformed';
    const expected = Buffer.from(signAfterShipWebhook(rawBody, secret), 'base64');
    return safeEqual(Buffer.from(header, 'base64'), expected) ? 'ok' : 'mismatch';
}
