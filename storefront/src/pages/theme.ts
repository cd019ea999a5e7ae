/**
 * POST /theme — field `theme` (`light` | `dark` | `system`), `returnTo`: remembers the theme in
 * the `radiant_theme` cookie (`system` forgets it) and goes back (303). The no-JavaScript path of
 * the header's theme toggle; with JavaScript the toggle sets the same cookie itself.
 */
import type { APIRoute } from 'astro';
import { localePath } from '../lib/i18n';
import { field, isSecureRequest, readForm, refererPath, safeReturnPath, seeOther } from '../lib/http';
import { isTheme, THEME_COOKIE, THEME_MAX_AGE_S } from '../lib/theme';

export const POST: APIRoute = async ({ request, cookies, url }) => {
    const form = await readForm(request);
    const theme = field(form, 'theme');
    const returnTo = safeReturnPath(field(form, 'returnTo'), safeReturnPath(refererPath(request), '/'));
    if (isTheme(theme)) {
        cookies.set(THEME_COOKIE, theme, {
            sameSite: 'lax',
            secure: isSecureRequest(url, request),
            path: '/',
            maxAge: THEME_MAX_AGE_S,
        });
    } else if (theme === 'system') {
        cookies.delete(THEME_COOKIE, { path: '/' });
    }
    return seeOther(returnTo);
};

export const GET: APIRoute = ({ locals }) => seeOther(localePath(locals.lang, '/'));
