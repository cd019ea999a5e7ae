/**
 * Short-lived signed download links for invoice PDFs: `/invoices/<id>/pdf?expires=<unix s>&signature=<hex>`,
 * where signature = HMAC-SHA256(secret, "<id>.<expires>") in hex. A valid link works without a
 * session (e.g. from an email client or a storefront proxy), until it expires.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

/** Lifetime of a signed link when the plugin options do not say (`downloadLinkTtlSeconds`): 15 minutes. */
export const DEFAULT_LINK_TTL_SECONDS = 900;

/** Tolerated clock difference between the server that signed a link and the one checking it. */
export const LINK_CLOCK_SKEW_SECONDS = 60;

/** The outcome of checking a signed link. */
export type LinkCheck = 'valid' | 'expired' | 'invalid';

function signature(invoiceId: string, expires: number, secret: string): string {
    return createHmac('sha256', secret).update(`${invoiceId}.${expires}`).digest('hex');
}

/**
 * The signed download path of an invoice.
 *
 * @param expires expiry as a Unix time in seconds
 */
export function signedDownloadPath(invoiceId: string, expires: number, secret: string): string {
    return `/invoices/${invoiceId}/pdf?expires=${expires}&signature=${signature(invoiceId, expires, secret)}`;
}

/**
 * Checks a signed link's query parameters: `invalid` when the signature does not match the id and
 * expiry (tampered, malformed) or when `expires` lies further ahead than a link can live
 * (`maxTtlSeconds` + {@link LINK_CLOCK_SKEW_SECONDS}: a link signed far into the future with a
 * leaked key), `expired` when it matches but `expires` is past, else `valid`.
 *
 * @param nowSeconds current Unix time in seconds
 * @param maxTtlSeconds the lifetime links are signed with (`downloadLinkTtlSeconds`)
 */
export function checkDownloadLink(
    invoiceId: string,
    expires: string | undefined,
    sig: string | undefined,
    secret: string,
    nowSeconds = Math.floor(Date.now() / 1000),
    maxTtlSeconds = DEFAULT_LINK_TTL_SECONDS,
): LinkCheck {
    if (!expires || !sig || !/^\d{1,12}$/.test(expires) || !/^[0-9a-f]{64}$/.test(sig)) return 'invalid';
    const expected = Buffer.from(signature(invoiceId, Number(expires), secret), 'hex');
    if (!timingSafeEqual(expected, Buffer.from(sig, 'hex'))) return 'invalid';
    if (Number(expires) > nowSeconds + maxTtlSeconds + LINK_CLOCK_SKEW_SECONDS) return 'invalid';
    return Number(expires) < nowSeconds ? 'expired' : 'valid';
}
