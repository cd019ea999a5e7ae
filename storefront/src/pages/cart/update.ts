/** POST /cart/update — fields `lineId`, `quantity` (0 removes the line); → 303 /cart (`/en/cart` when posted to `/en/cart/…`). */
import type { APIRoute } from 'astro';
import { AdjustLineMutation, RemoveLineMutation } from '../../lib/documents';
import { setFlash } from '../../lib/flash';
import { field, isSecureRequest, positiveInt, readForm, seeOther } from '../../lib/http';
import { localePath } from '../../lib/i18n';
import { asError, describeError, modifyOrder } from '../../lib/order';

export const POST: APIRoute = async ({ request, locals, cookies, url }) => {
    const form = await readForm(request);
    const lineId = field(form, 'lineId');
    const quantity = positiveInt(field(form, 'quantity'), -1, 99);
    if (!/^[A-Za-z0-9-]{1,64}$/.test(lineId) || quantity < 0 || !locals.shop.hasSession()) {
        return seeOther(localePath(locals.lang, '/cart'));
    }
    const { shop } = locals;
    const result =
        quantity === 0
            ? await modifyOrder(
                  shop,
                  () => shop.request(RemoveLineMutation, { lineId }),
                  d => d.removeOrderLine,
              )
            : await modifyOrder(
                  shop,
                  () => shop.request(AdjustLineMutation, { lineId, quantity }),
                  d => d.adjustOrderLine,
              );
    const error = asError(result);
    if (error)
        setFlash(
            cookies,
            { kind: 'error', message: describeError(error, locals.lang) },
            isSecureRequest(url, request),
        );
    return seeOther(localePath(locals.lang, '/cart'));
};

export const GET: APIRoute = ({ locals }) => seeOther(localePath(locals.lang, '/cart'));
