/** Loading a placed order for the account pages and the invoice download proxy. */
import type { AstroCookies } from 'astro';
import { sessionCookieName, type ChannelToken } from '../channels';
import { ShopApiError, shopApiUrl, type ShopClient } from '../vendure';
import { CustomerOrderQuery } from './documents';

/** Order codes as Vendure generates them (and nothing that could leave the path). */
const ORDER_CODE = /^[A-Za-z0-9-]{1,64}$/;

/**
 * The customer's order with this code, or null when it does not exist or is not theirs
 * (Vendure answers FORBIDDEN for someone else's order).
 */
export async function loadCustomerOrder(shop: ShopClient, code: string) {
    if (!ORDER_CODE.test(code)) return null;
    try {
        const { orderByCode } = await shop.request(CustomerOrderQuery, { code });
        return orderByCode ?? null;
    } catch (error) {
        if (
            error instanceof ShopApiError &&
            error.kind === 'graphql' &&
            (error.hasCode('FORBIDDEN') || error.hasCode('ENTITY_NOT_FOUND'))
        ) {
            return null;
        }
        throw error;
    }
}

/** Outcome of fetching an invoice PDF from the server. */
export type InvoiceDownload = { ok: true; response: Response } | { ok: false; status: 403 | 404 | 502 };

/**
 * Fetches an invoice PDF from the server's download URL (`Invoice.downloadUrl`, a path on the
 * Vendure server, see plugins/invoices) with the visitor's bearer token and channel.
 */
export async function fetchInvoicePdf(
    downloadUrl: string,
    cookies: AstroCookies,
    channel: ChannelToken,
): Promise<InvoiceDownload> {
    const token = cookies.get(sessionCookieName(channel))?.value;
    if (!token) return { ok: false, status: 403 };
    const api = new URL(shopApiUrl());
    const url = new URL(downloadUrl, api.origin);
    // Only ever send the token to the Vendure server itself.
    if (url.origin !== api.origin) return { ok: false, status: 404 };
    let response: Response;
    try {
        response = await fetch(url, {
            headers: {
                authorization: `Bearer ${token}`,
                'vendure-token': channel,
                accept: 'application/pdf',
            },
            signal: AbortSignal.timeout(15_000),
        });
    } catch {
        return { ok: false, status: 502 };
    }
    if (response.ok && response.body) return { ok: true, response };
    await response.body?.cancel();
    if (response.status === 401 || response.status === 403) return { ok: false, status: 403 };
    if (response.status === 404) return { ok: false, status: 404 };
    return { ok: false, status: 502 };
}
