/**
 * Promo codes on the active order (cart page form): apply (`couponCode`) or remove (`remove`).
 */
import { ApplyCouponMutation, RemoveCouponMutation } from './documents';
import { asError, describeError, modifyOrder } from '../order';
import type { ShopClient } from '../vendure';
import { describeAccountError } from './account';
import { defineMessages, type Lang } from '../i18n';

/** Letters, digits, `_` and `-` only: what a merchant can type as a Vendure coupon code. */
const COUPON = /^[\p{L}\p{N}_-]{1,64}$/u;
const MESSAGES = defineMessages({
    fr: {
        empty: 'Saisissez un code promotionnel.',
        applied: 'Le code {code} est appliqué.',
        removed: 'Le code {code} a été retiré.',
    },
    en: {
        empty: 'Enter a promo code.',
        applied: 'The code {code} is applied.',
        removed: 'The code {code} has been removed.',
    },
});

/** The outcome of a promo code form: a message for the field (error) or for the page (done). */
export type CouponOutcome = { ok: true; message: string } | { ok: false; couponCode: string; error: string };

/** Applies or removes a promo code as the submitted cart form asks. */
export async function submitCoupon(
    shop: ShopClient,
    form: FormData | null,
    lang: Lang,
): Promise<CouponOutcome> {
    const text = (name: string) => {
        const v = form?.get(name);
        return typeof v === 'string' ? v.trim().slice(0, 64) : '';
    };
    const remove = text('remove');
    if (remove) {
        if (COUPON.test(remove)) {
            await modifyOrder(
                shop,
                () => shop.request(RemoveCouponMutation, { couponCode: remove }),
                d => d.removeCouponCode ?? {},
            );
        }
        return { ok: true, message: MESSAGES(lang, 'removed', { code: remove }) };
    }
    const couponCode = text('couponCode');
    if (!couponCode) return { ok: false, couponCode, error: MESSAGES(lang, 'empty') };
    const result = COUPON.test(couponCode)
        ? await modifyOrder(
              shop,
              () => shop.request(ApplyCouponMutation, { couponCode }),
              d => d.applyCouponCode,
          )
        : { __typename: 'CouponCodeInvalidError', errorCode: 'COUPON_CODE_INVALID_ERROR', message: '' };
    const error = asError(result);
    if (!error) return { ok: true, message: MESSAGES(lang, 'applied', { code: couponCode }) };
    return {
        ok: false,
        couponCode,
        error: error.errorCode.startsWith('COUPON_CODE')
            ? describeAccountError(error, lang)
            : describeError(error, lang),
    };
}
