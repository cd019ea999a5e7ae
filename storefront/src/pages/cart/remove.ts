/** POST /cart/remove — field `lineId`; → 303 /cart (`/en/cart` when posted to `/en/cart/…`). */
import type { APIRoute } from 'astro';
import { RemoveLineMutation } from '../../lib/documents';
import { setFlash } from '../../lib/flash';
import { field, isSecureRequest, readForm, seeOther } from '../../lib/http';
import { localePath } from '../../lib/i18n';
import { asError, describeError, modifyOrder } from '../../lib/order';

export const POST: APIRoute = async ({ request, locals, cookies, url }) => {
    const form = await readForm(request);
    const lineId = field(form, 'lineId');
    if (!/^[A-Za-z0-9-]{1,64}$/.test(lineId) || !locals.shop.hasSession()) {
        return seeOther(localePath(locals.lang, '/cart'));
    }
    const { shop } = locals;
    const removeOrderLine = await modifyOrder(
        shop,
        () => shop.request(RemoveLineMutation, { lineId }),
        d => d.removeOrderLine,
    );
    const error = asError(removeOrderLine);
    if (error)
        setFlash(
            cookies,
            { kind: 'error', message: describeError(error, locals.lang) },
            isSecureRequest(url, request),
        );
    return seeOther(localePath(locals.lang, '/cart'));
};

export const GET: APIRoute = ({ locals }) => seeOther(localePath(locals.lang, '/cart'));
