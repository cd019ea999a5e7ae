/**
 * POST /compte/deconnexion — Shop API `logout` on every channel where the visitor has a session
 * (each channel keeps its own session cookie), then forgets all the session cookies; → 303 /.
 */
import type { APIRoute } from 'astro';
import { localePath } from '../../lib/i18n';
import { clearSessions, sessionChannels } from '../../lib/account/account';
import { LogoutMutation } from '../../lib/account/documents';
import { isSecureRequest, seeOther } from '../../lib/http';
import { createShopClient } from '../../lib/vendure';

export const POST: APIRoute = async ({ locals, cookies, url, request }) => {
    for (const channel of sessionChannels(cookies)) {
        const shop =
            channel === locals.channel
                ? locals.shop
                : createShopClient({ cookies, channel, secure: isSecureRequest(url, request) });
        if (shop.hasSession()) await shop.request(LogoutMutation);
    }
    clearSessions(cookies);
    return seeOther(localePath(locals.lang, '/'));
};

export const GET: APIRoute = ({ locals }) => seeOther(localePath(locals.lang, '/compte'));
