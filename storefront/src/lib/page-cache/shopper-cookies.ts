/**
 * The two small cookies that let a shopper with a session get shared cached pages (see
 * storefront/README.md, "Page cache"):
 *
 * - `radiant_cart_<channel>`: the number of items in the shopper's cart on that channel, readable by
 *   the page's script (not HttpOnly: it is all the script reads), which writes it into the header's
 *   cart badge; set by the storefront whenever it learns the cart (every non-cached page and POST of
 *   a shopper with a session), removed with the session.
 * - `radiant_price_<channel>`: the shopper's pricing variant key (the Shop API's
 *   `x-radiant-pricing`: VIP tiers held) as `<key base64url>.<issued at, s>.<HMAC>`, HttpOnly. The
 *   HMAC (SHA-256, `STOREFRONT_COOKIE_SECRET`) covers the channel, the session token, the key and the
 *   time, so the cookie is worth nothing with another session or after {@link PRICING_FRESH_S}: a
 *   guest cannot claim a VIP key, a VIP's tier change shows within that time. Regular prices are the
 *   empty key, so the value starts with `.` (a reverse proxy may cache pages only for those).
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { ChannelToken } from '../channels';

/** How long a pricing cookie is believed (seconds); then the page is rendered and the key learned again. */
export const PRICING_FRESH_S = 300;

/** Name of the cart-count cookie of a channel. */
export function cartCookieName(channel: ChannelToken): string {
    return `radiant_cart_${channel}`;
}

/** Name of the pricing-key cookie of a channel. */
export function pricingCookieName(channel: ChannelToken): string {
    return `radiant_price_${channel}`;
}

function mac(secret: string, channel: string, token: string, encodedKey: string, issuedAt: number): string {
    return createHmac('sha256', secret)
        .update(`${channel}\n${token}\n${encodedKey}\n${issuedAt}`)
        .digest('base64url')
        .slice(0, 32);
}

/**
 * The pricing cookie's value for `key`, bound to the session `token` of `channel`.
 *
 * @param now seconds since the epoch
 */
export function signPricing(
    secret: string,
    channel: ChannelToken,
    token: string,
    key: string,
    now = Math.floor(Date.now() / 1000),
): string {
    const encoded = Buffer.from(key, 'utf8').toString('base64url');
    return `${encoded}.${now}.${mac(secret, channel, token, encoded, now)}`;
}

/**
 * The pricing key a cookie value proves for this session, or `undefined` when it is missing,
 * malformed, signed for another session or channel, or older than {@link PRICING_FRESH_S}.
 */
export function readPricing(
    secret: string,
    channel: ChannelToken,
    token: string,
    value: string | undefined,
    now = Math.floor(Date.now() / 1000),
): string | undefined {
    const match = value && /^([A-Za-z0-9_-]{0,200})\.(\d{1,12})\.([A-Za-z0-9_-]{32})$/.exec(value);
    if (!match) return undefined;
    const [, encoded = '', issued = '', signature = ''] = match;
    const issuedAt = Number(issued);
    if (!(issuedAt <= now + 60 && now - issuedAt < PRICING_FRESH_S)) return undefined;
    const expected = Buffer.from(mac(secret, channel, token, encoded, issuedAt));
    const given = Buffer.from(signature);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined;
    return Buffer.from(encoded, 'base64url').toString('utf8');
}

/** The cart count a cookie value holds (0 to 999), or `undefined` when missing or malformed. */
export function readCartCount(value: string | undefined): number | undefined {
    return value && /^\d{1,3}$/.test(value) ? Number(value) : undefined;
}
