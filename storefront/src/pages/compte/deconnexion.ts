/** POST /compte/deconnexion — Shop API `logout`, then forgets the session cookie; → 303 /. */
import type { APIRoute } from 'astro';
import { localePath } from '../../lib/i18n';
import { clearSession } from '../../lib/account/account';
import { LogoutMutation } from '../../lib/account/documents';
import { seeOther } from '../../lib/http';

export const POST: APIRoute = async ({ locals, cookies }) => {
    if (locals.shop.hasSession()) {
        await locals.shop.request(LogoutMutation);
        clearSession(cookies, locals.channel);
    }
    return seeOther(localePath(locals.lang, '/'));
};

export const GET: APIRoute = ({ locals }) => seeOther(localePath(locals.lang, '/compte'));
