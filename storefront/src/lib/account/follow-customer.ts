/**
 * Keeps a signed-in customer signed in when they switch shop (channel). Each channel has its own
 * Vendure session (and cart) in its own cookie; on a switch, the session of the channel left is
 * handed to the Shop API of the channel chosen, which opens a session there for the same customer
 * (`authenticate(input: { sessionTransfer })`, see the server's src/config/customer-channels.ts).
 * A guest's session is not signed in, so nothing happens for guests.
 */
import type { AstroCookies } from 'astro';
import { sessionCookieName, type ChannelToken, type LanguageCode } from '../channels';
import { createShopClient, ShopApiError } from '../vendure';
import { TransferSessionMutation } from './documents';

/** Where the customer comes from and goes to. */
export interface FollowCustomerOptions {
    cookies: AstroCookies;
    from: ChannelToken;
    to: ChannelToken;
    /** Set the new session cookie with `Secure`. */
    secure: boolean;
    languageCode: LanguageCode;
    /** The shopper's IP address, forwarded to the Shop API (its rate limits count per shopper). */
    shopperAddress?: string;
}

/**
 * Signs the customer of the `from` channel's session in on `to` (the session cookie of `to` is set
 * by the Shop API client).
 *
 * @returns true when a customer was signed in on `to`; false for a guest, no session, or when the
 *   Shop API is unreachable (the switch itself never fails because of it)
 */
export async function followCustomer(options: FollowCustomerOptions): Promise<boolean> {
    const { cookies, from, to, secure, languageCode, shopperAddress } = options;
    if (from === to) return false;
    const token = cookies.get(sessionCookieName(from))?.value;
    if (!token) return false;
    const shop = createShopClient({ cookies, channel: to, secure, languageCode, shopperAddress });
    try {
        const { authenticate } = await shop.request(TransferSessionMutation, { token });
        return authenticate.__typename === 'CurrentUser';
    } catch (error) {
        if (error instanceof ShopApiError) return false;
        throw error;
    }
}
