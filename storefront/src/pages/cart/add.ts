/**
 * POST /cart/add — fields `variantId`, `quantity` (default 1), `returnTo`; → 303 /cart.
 * Posted to `/en/cart/add`, it answers in English and goes back to `/en/cart`.
 */
import type { APIRoute } from 'astro';
import { AddItemMutation } from '../../lib/documents';
import { setFlash } from '../../lib/flash';
import { field, isSecureRequest, positiveInt, readForm, safeReturnPath, seeOther } from '../../lib/http';
import { defineMessages, localePath } from '../../lib/i18n';
import { asError, describeError, modifyOrder } from '../../lib/order';

const m = defineMessages({
    fr: { invalid: 'Choisissez un format et une quantité avant d’ajouter au panier.' },
    en: { invalid: 'Choose a size and a quantity before adding to the cart.' },
});

export const POST: APIRoute = async ({ request, locals, cookies, url }) => {
    const lang = locals.lang;
    const cart = localePath(lang, '/cart');
    const form = await readForm(request);
    const variantId = field(form, 'variantId');
    const quantity = positiveInt(field(form, 'quantity'), 1, 10);
    const returnTo = safeReturnPath(field(form, 'returnTo'), cart);
    const secure = isSecureRequest(url, request);

    if (!/^[A-Za-z0-9-]{1,64}$/.test(variantId) || quantity < 1) {
        setFlash(cookies, { kind: 'error', message: m(lang, 'invalid') }, secure);
        return seeOther(returnTo);
    }

    const result = await modifyOrder(
        locals.shop,
        () => locals.shop.request(AddItemMutation, { variantId, quantity }),
        d => d.addItemToOrder,
    );
    const error = asError(result);
    if (error) {
        setFlash(cookies, { kind: 'error', message: describeError(error, lang) }, secure);
        // Insufficient stock still added what was available: show the cart.
        return seeOther(
            error.errorCode === 'INSUFFICIENT_STOCK_ERROR' && error.quantityAvailable ? cart : returnTo,
        );
    }
    return seeOther(cart);
};

export const GET: APIRoute = ({ locals }) => seeOther(localePath(locals.lang, '/cart'));
