/** Active-order helpers shared by the cart endpoints and the checkout steps. */
import { ActiveOrderQuery, TransitionOrderMutation } from './documents';
import type { OrderFieldsFragment } from './gql/graphql';
import type { ShopClient } from './vendure';

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
export function asError(result: { __typename?: string } & object): (ErrorResultLike & { errorCode: string }) | null {
    const r = result as ErrorResultLike;
    return typeof r.errorCode === 'string' ? (r as ErrorResultLike & { errorCode: string }) : null;
}

/** A French message for a Shop API ErrorResult. */
export function describeError(error: ErrorResultLike): string {
    switch (error.errorCode) {
        case 'INSUFFICIENT_STOCK_ERROR':
            return error.quantityAvailable
                ? `Stock insuffisant : ${error.quantityAvailable} pièce${error.quantityAvailable > 1 ? 's' : ''} seulement ${error.quantityAvailable > 1 ? 'ont été ajoutées' : 'a été ajoutée'} à votre panier.`
                : 'Ce produit n’est plus disponible dans la quantité demandée.';
        case 'ORDER_LIMIT_ERROR':
            return 'Vous avez atteint la quantité maximale autorisée pour une commande.';
        case 'NEGATIVE_QUANTITY_ERROR':
            return 'La quantité doit être un nombre positif.';
        case 'ORDER_MODIFICATION_ERROR':
            return 'Cette commande ne peut plus être modifiée.';
        case 'NO_ACTIVE_ORDER_ERROR':
            return 'Votre panier a expiré. Merci de le composer à nouveau.';
        case 'EMAIL_ADDRESS_CONFLICT_ERROR':
            return 'Cette adresse e-mail est déjà associée à un compte client. Utilisez une autre adresse e-mail pour commander en tant qu’invité.';
        case 'ALREADY_LOGGED_IN_ERROR':
            return 'Vous êtes déjà connecté·e : la commande est rattachée à votre compte et vos coordonnées ne peuvent pas être modifiées ici.';
        case 'GUEST_CHECKOUT_ERROR':
            return `La commande en tant qu’invité n’est pas possible${error.errorDetail ? ` (${error.errorDetail})` : ''}.`;
        case 'INELIGIBLE_SHIPPING_METHOD_ERROR':
            return 'Ce mode de livraison n’est pas disponible pour votre commande.';
        case 'INELIGIBLE_PAYMENT_METHOD_ERROR':
            return `Ce moyen de paiement n’est pas disponible pour votre commande${error.eligibilityCheckerMessage ? ` : ${error.eligibilityCheckerMessage}` : ''}.`;
        case 'PAYMENT_DECLINED_ERROR':
            return `Le paiement a été refusé${error.paymentErrorMessage ? ` : ${error.paymentErrorMessage}` : ''}. Aucun montant n’a été débité.`;
        case 'PAYMENT_FAILED_ERROR':
            return `Le paiement n’a pas abouti${error.paymentErrorMessage ? ` : ${error.paymentErrorMessage}` : ''}. Merci de réessayer.`;
        case 'ORDER_PAYMENT_STATE_ERROR':
            return 'Cette commande ne peut pas recevoir de paiement dans son état actuel.';
        case 'ORDER_STATE_TRANSITION_ERROR':
            return `La commande ne peut pas passer à l’étape suivante${error.transitionError ? ` : ${error.transitionError}` : ''}.`;
        case 'COUPON_REMOVED_DURING_CHECKOUT_ERROR':
            return 'Un code promotionnel n’est plus valable et a été retiré. Vérifiez le total avant de payer.';
        default:
            return error.message || 'Une erreur est survenue. Merci de réessayer.';
    }
}

export async function getActiveOrder(shop: ShopClient): Promise<Order | null> {
    // Without a session there can be no order; don't create a session just to learn that.
    if (!shop.hasSession()) return null;
    const { activeOrder } = await shop.request(ActiveOrderQuery);
    return activeOrder ?? null;
}

/**
 * An order left in `ArrangingPayment` (a payment was declined, or the shopper went back) must
 * return to `AddingItems` before it can be modified again.
 */
export async function reopenOrder(shop: ShopClient): Promise<void> {
    await shop.request(TransitionOrderMutation, { state: 'AddingItems' });
}

/**
 * Runs an order mutation and picks its result; if Vendure refuses because the order is arranging
 * payment (`ORDER_MODIFICATION_ERROR`), reopens the order and tries once more.
 */
export async function modifyOrder<D, R extends { __typename?: string }>(
    shop: ShopClient,
    mutate: () => Promise<D>,
    pick: (data: D) => R,
): Promise<R> {
    const result = pick(await mutate());
    if (asError(result)?.errorCode === 'ORDER_MODIFICATION_ERROR') {
        await reopenOrder(shop);
        return pick(await mutate());
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
