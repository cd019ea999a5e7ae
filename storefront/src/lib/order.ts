/** Active-order helpers shared by the cart endpoints and the checkout steps. */
import { ActiveOrderQuery, TransitionOrderMutation } from './documents';
import type { OrderFieldsFragment } from './gql/graphql';
import { ShopApiError, type ShopClient } from './vendure';
import { defineMessages, type Lang } from './i18n';

export type Order = OrderFieldsFragment;

/** The `... on ErrorResult` part of a mutation result, plus the extra fields some errors carry. */
export interface ErrorResultLike {
    __typename?: string;
    errorCode?: string;
    message?: string;
    quantityAvailable?: number;
    paymentErrorMessage?: string;
    eligibilityCheckerMessage?: string | null;
    transitionError?: string;
    errorDetail?: string;
}

/** The error part of a mutation result, or null when the result is the Order. */
export function asError(
    result: { __typename?: string } & object,
): (ErrorResultLike & { errorCode: string }) | null {
    const r = result as ErrorResultLike;
    return typeof r.errorCode === 'string' ? (r as ErrorResultLike & { errorCode: string }) : null;
}

/** `{detail}` suffix helper: `" : detail"` (French) / `": detail"` (English), or "" without detail. */
function detailSuffix(lang: Lang, detail: string | null | undefined): string {
    if (!detail) return '';
    return lang === 'fr' ? ` : ${detail}` : `: ${detail}`;
}

const ERROR_MESSAGES = defineMessages({
    fr: {
        stockPartialOne: 'Stock insuffisant : {n} pièce seulement a été ajoutée à votre panier.',
        stockPartialMany: 'Stock insuffisant : {n} pièces seulement ont été ajoutées à votre panier.',
        stockNone: 'Ce produit n’est plus disponible dans la quantité demandée.',
        orderLimit: 'Vous avez atteint la quantité maximale autorisée pour une commande.',
        negativeQuantity: 'La quantité doit être un nombre positif.',
        orderModification: 'Cette commande ne peut plus être modifiée.',
        noActiveOrder: 'Votre panier a expiré. Merci de le composer à nouveau.',
        emailConflict:
            'Cette adresse e-mail est déjà associée à un compte client. Utilisez une autre adresse e-mail pour commander en tant qu’invité.',
        alreadyLoggedIn:
            'Vous êtes déjà connecté·e : la commande est rattachée à votre compte et vos coordonnées ne peuvent pas être modifiées ici.',
        guestCheckout: 'La commande en tant qu’invité n’est pas possible{detail}.',
        ineligibleShipping: 'Ce mode de livraison n’est pas disponible pour votre commande.',
        ineligiblePayment: 'Ce moyen de paiement n’est pas disponible pour votre commande{detail}.',
        paymentDeclined: 'Le paiement a été refusé{detail}. Aucun montant n’a été débité.',
        paymentFailed: 'Le paiement n’a pas abouti{detail}. Merci de réessayer.',
        orderPaymentState: 'Cette commande ne peut pas recevoir de paiement dans son état actuel.',
        orderStateTransition: 'La commande ne peut pas passer à l’étape suivante{detail}.',
        couponRemoved:
            'Un code promotionnel n’est plus valable et a été retiré. Vérifiez le total avant de payer.',
        paymentPending:
            'Un paiement CinetPay de cette commande attend votre validation : le panier ne peut pas changer tant que le paiement n’est pas validé ou refusé. Validez-le ou refusez-le sur votre téléphone, puis réessayez.',
        unknown: 'Une erreur est survenue. Merci de réessayer.',
    },
    en: {
        stockPartialOne: 'Insufficient stock: only {n} item was added to your cart.',
        stockPartialMany: 'Insufficient stock: only {n} items were added to your cart.',
        stockNone: 'This product is no longer available in the requested quantity.',
        orderLimit: 'You have reached the maximum quantity allowed for one order.',
        negativeQuantity: 'The quantity must be a positive number.',
        orderModification: 'This order can no longer be changed.',
        noActiveOrder: 'Your cart has expired. Please fill it again.',
        emailConflict:
            'This email address already belongs to a customer account. Use another email address to check out as a guest.',
        alreadyLoggedIn:
            'You are already signed in: the order is linked to your account and your contact details cannot be changed here.',
        guestCheckout: 'Guest checkout is not possible{detail}.',
        ineligibleShipping: 'This delivery method is not available for your order.',
        ineligiblePayment: 'This payment method is not available for your order{detail}.',
        paymentDeclined: 'The payment was declined{detail}. Nothing has been charged.',
        paymentFailed: 'The payment did not go through{detail}. Please try again.',
        orderPaymentState: 'This order cannot receive a payment in its current state.',
        orderStateTransition: 'The order cannot move to the next step{detail}.',
        couponRemoved: 'A promo code is no longer valid and has been removed. Check the total before paying.',
        paymentPending:
            'A CinetPay payment for this order is awaiting your approval: the cart cannot change until the payment is approved or refused. Approve or refuse it on your phone, then try again.',
        unknown: 'Something went wrong. Please try again.',
    },
});

/**
 * The shopper-facing message for a Shop API ErrorResult, in `lang` (French by default).
 * Unknown error codes fall back to Vendure's own `message`, then to a generic message.
 */
export function describeError(error: ErrorResultLike, lang: Lang = 'fr'): string {
    const m = (key: Parameters<typeof ERROR_MESSAGES>[1], params?: Record<string, string | number>) =>
        ERROR_MESSAGES(lang, key, params);
    switch (error.errorCode) {
        case 'INSUFFICIENT_STOCK_ERROR':
            return error.quantityAvailable
                ? m(error.quantityAvailable > 1 ? 'stockPartialMany' : 'stockPartialOne', {
                      n: error.quantityAvailable,
                  })
                : m('stockNone');
        case 'ORDER_LIMIT_ERROR':
            return m('orderLimit');
        case 'NEGATIVE_QUANTITY_ERROR':
            return m('negativeQuantity');
        case 'ORDER_MODIFICATION_ERROR':
            return m('orderModification');
        case 'NO_ACTIVE_ORDER_ERROR':
            return m('noActiveOrder');
        case 'EMAIL_ADDRESS_CONFLICT_ERROR':
            return m('emailConflict');
        case 'ALREADY_LOGGED_IN_ERROR':
            return m('alreadyLoggedIn');
        case 'GUEST_CHECKOUT_ERROR':
            return m('guestCheckout', { detail: error.errorDetail ? ` (${error.errorDetail})` : '' });
        case 'INELIGIBLE_SHIPPING_METHOD_ERROR':
            return m('ineligibleShipping');
        case 'INELIGIBLE_PAYMENT_METHOD_ERROR':
            return m('ineligiblePayment', { detail: detailSuffix(lang, error.eligibilityCheckerMessage) });
        case 'PAYMENT_DECLINED_ERROR':
            return m('paymentDeclined', { detail: detailSuffix(lang, error.paymentErrorMessage) });
        case 'PAYMENT_FAILED_ERROR':
            return m('paymentFailed', { detail: detailSuffix(lang, error.paymentErrorMessage) });
        case 'ORDER_PAYMENT_STATE_ERROR':
            return m('orderPaymentState');
        case PAYMENT_PENDING:
            return m('paymentPending');
        case 'ORDER_STATE_TRANSITION_ERROR':
            if (error.transitionError?.startsWith(PAYMENT_PENDING)) return m('paymentPending');
            return m('orderStateTransition', { detail: detailSuffix(lang, error.transitionError) });
        case 'COUPON_REMOVED_DURING_CHECKOUT_ERROR':
            return m('couponRemoved');
        default:
            return error.message || m('unknown');
    }
}

export async function getActiveOrder(shop: ShopClient): Promise<Order | null> {
    // Without a session there can be no order; don't create a session just to learn that.
    if (!shop.hasSession()) return null;
    const { activeOrder } = await shop.request(ActiveOrderQuery);
    return activeOrder ?? null;
}

/**
 * The server's refusal to change an order while a CinetPay payment awaits the shopper's approval
 * (plugins/cinetpay: the prefix of its `transitionError` and of its `ILLEGAL_OPERATION` message).
 */
const PAYMENT_PENDING = 'CINETPAY_PAYMENT_PENDING';

/** A refusal the caller shows like an ErrorResult. */
type Refusal = ErrorResultLike & { errorCode: string };

/**
 * An order left in `ArrangingPayment` (a payment was declined, or the shopper went back) must
 * return to `AddingItems` before it can be modified again.
 *
 * @returns null when reopened, else the refusal (e.g. a CinetPay payment awaiting approval)
 */
export async function reopenOrder(shop: ShopClient): Promise<Refusal | null> {
    const { transitionOrderToState } = await shop.request(TransitionOrderMutation, { state: 'AddingItems' });
    return transitionOrderToState ? asError(transitionOrderToState) : null;
}

/**
 * Runs an order mutation and picks its result; if Vendure refuses because the order is arranging
 * payment (`ORDER_MODIFICATION_ERROR`), reopens the order and tries once more. A refusal to reopen
 * (or the server's `CINETPAY_PAYMENT_PENDING` error) is returned as the result's error.
 */
export async function modifyOrder<D, R extends { __typename?: string }>(
    shop: ShopClient,
    mutate: () => Promise<D>,
    pick: (data: D) => R,
): Promise<R | Refusal> {
    const run = async (): Promise<R | Refusal> => {
        try {
            return pick(await mutate());
        } catch (err) {
            if (err instanceof ShopApiError && err.message.includes(PAYMENT_PENDING)) {
                return { errorCode: PAYMENT_PENDING, message: err.message };
            }
            throw err;
        }
    };
    const result = await run();
    if (asError(result)?.errorCode === 'ORDER_MODIFICATION_ERROR') {
        const refused = await reopenOrder(shop);
        return refused ?? run();
    }
    return result;
}

/** The checkout step an order is ready for. */
export type CheckoutStep = 'contact' | 'shipping' | 'delivery' | 'payment' | 'review';

export const CHECKOUT_STEPS: { step: CheckoutStep; path: string; label: { fr: string; en: string } }[] = [
    { step: 'contact', path: '/checkout/contact', label: { fr: 'Coordonnées', en: 'Contact' } },
    { step: 'shipping', path: '/checkout/shipping', label: { fr: 'Adresse', en: 'Address' } },
    { step: 'delivery', path: '/checkout/delivery', label: { fr: 'Livraison', en: 'Delivery' } },
    { step: 'payment', path: '/checkout/payment', label: { fr: 'Paiement', en: 'Payment' } },
    // Reached from the payment step with the chosen method (`?method=`); never the "furthest" step.
    { step: 'review', path: '/checkout/review', label: { fr: 'Vérification', en: 'Review' } },
];

/** The furthest step the order may be shown (earlier steps stay reachable). */
export function furthestStep(order: Order): CheckoutStep {
    if (!order.customer) return 'contact';
    if (!order.shippingAddress?.streetLine1 || !order.shippingAddress.countryCode) return 'shipping';
    if (order.shippingLines.length === 0) return 'delivery';
    return 'payment';
}

/**
 * Where to send the shopper if `step` is not reachable yet: `/cart` for an empty cart, the first
 * missing step otherwise; null when the step can be shown.
 */
export function checkoutRedirect(order: Order | null, step: CheckoutStep): string | null {
    if (!order || order.lines.length === 0) return '/cart';
    const index = (s: CheckoutStep) => CHECKOUT_STEPS.findIndex(x => x.step === s);
    const furthest = furthestStep(order);
    if (index(step === 'review' ? 'payment' : step) > index(furthest)) {
        return CHECKOUT_STEPS[index(furthest)]!.path;
    }
    return null;
}

/** The rows of an order's totals, tax included, in minor units of its currency. */
export interface OrderBreakdown {
    /** The lines at their prices before any promotion (Σ `linePriceWithTax`). */
    subtotal: number;
    /** Each promotion, as Vendure groups them (`Order.discounts`, negative amounts). */
    discounts: { description: string; amountWithTax: number }[];
    /** The shipping lines at their prices before any promotion (Σ `priceWithTax`). */
    shipping: number;
    /** What the shopper pays (`totalWithTax`). */
    total: number;
}

/**
 * The totals every summary shows (cart, checkout, review, confirmation, account): the subtotal
 * before promotions, one row per promotion, shipping before promotions and the total, so that
 * subtotal + discounts + shipping = total (to Vendure's rounding of prorated discounts). Vendure's
 * own `subTotalWithTax` and `shippingWithTax` already have the promotions taken off, which would
 * count them twice next to the discount rows.
 */
export function orderBreakdown(
    order: Pick<Order, 'totalWithTax'> & {
        lines: Pick<Order['lines'][number], 'linePriceWithTax'>[];
        shippingLines: Pick<Order['shippingLines'][number], 'priceWithTax'>[];
        discounts?: Order['discounts'];
    },
): OrderBreakdown {
    return {
        subtotal: order.lines.reduce((sum, l) => sum + l.linePriceWithTax, 0),
        discounts: (order.discounts ?? []).map(d => ({
            description: d.description,
            amountWithTax: d.amountWithTax,
        })),
        shipping: order.shippingLines.reduce((sum, l) => sum + l.priceWithTax, 0),
        total: order.totalWithTax,
    };
}

/**
 * What was refunded on an order, in minor units of its currency: the total of its payments' refunds
 * that are `Settled` (a `Pending` refund has not reached the shopper yet, a `Failed` one never will).
 */
export function refundedTotal(
    payments: { refunds?: { total: number; state: string }[] | null }[] | null | undefined,
): number {
    return (payments ?? []).reduce(
        (sum, p) =>
            sum + (p.refunds ?? []).filter(r => r.state === 'Settled').reduce((s, r) => s + r.total, 0),
        0,
    );
}
