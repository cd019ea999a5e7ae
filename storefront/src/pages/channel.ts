/**
 * POST /channel — fields `channel` (`fr` | `ci`), `returnTo`; sets `radiant_channel`, signs a
 * signed-in customer in on the chosen channel too (lib/account/follow-customer.ts), → 303 back.
 */
import type { APIRoute } from 'astro';
import { followCustomer } from '../lib/account/follow-customer';
import { CHANNEL_COOKIE, isChannelToken } from '../lib/channels';
import { localePath } from '../lib/i18n';
import { field, isSecureRequest, readForm, refererPath, safeReturnPath, seeOther } from '../lib/http';

export const POST: APIRoute = async ({ request, cookies, url, locals }) => {
    const form = await readForm(request);
    const channel = field(form, 'channel');
    const returnTo = safeReturnPath(field(form, 'returnTo'), safeReturnPath(refererPath(request), '/'));
    if (isChannelToken(channel)) {
        cookies.set(CHANNEL_COOKIE, channel, {
            httpOnly: true,
            sameSite: 'lax',
            secure: isSecureRequest(url, request),
            path: '/',
            maxAge: 60 * 60 * 24 * 365,
        });
        await followCustomer({
            cookies,
            from: locals.channel,
            to: channel,
            secure: isSecureRequest(url, request),
            languageCode: locals.lang,
            shopperAddress: locals.shop.shopperAddress,
        });
    }
    return seeOther(returnTo);
};

export const GET: APIRoute = ({ locals }) => seeOther(localePath(locals.lang, '/'));
