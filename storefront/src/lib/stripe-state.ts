/**
 * The pure parts of the storefront's Stripe pages (no imports, so the root unit tests can load them):
 * the return page's state from the server's payment status, and the pages' texts in `fr` and `en`.
 */

/** What the return page shows for a payment state reported by the server (never by the browser). */
export type StripeReturnState = 'paid' | 'failed' | 'refunded' | 'pending' | 'none';

/**
 * The return page's state: `paid` once the webhook settled the order and it is placed; `refunded` when
 * the intent was paid for an old amount (the cart changed meanwhile) and the server refunded it; `failed` when Stripe reported a
 * failure or a cancellation for the current intent; `none` when the order has no Stripe payment (back to
 * the payment step); `pending` otherwise (keep waiting).
 */
export function stripeReturnState(status: {
    paid: boolean;
    amountMismatchRefunded?: boolean;
    paymentIntentStatus?: string | null;
    lastPaymentError?: string | null;
}): StripeReturnState {
    if (status.paid) return 'paid';
    if (status.amountMismatchRefunded) return 'refunded';
    if (!status.paymentIntentStatus) return 'none';
    if (status.paymentIntentStatus === 'canceled') return 'failed';
    if (status.paymentIntentStatus === 'requires_payment_method' && status.lastPaymentError) return 'failed';
    return 'pending';
}

/** Storefront texts of the Stripe pages, per language (`fr`, `en`). */
export const stripeTexts = {
    fr: {
        title: 'Paiement par carte',
        intro: 'Saisissez vos informations de paiement. Elles sont transmises directement à Stripe et ne transitent jamais par nos serveurs.',
        pay: 'Payer',
        back: '← Choisir un autre moyen de paiement',
        loading: 'Chargement du formulaire de paiement sécurisé…',
        unavailable:
            'Le paiement par carte est momentanément indisponible. Choisissez un autre moyen de paiement ou réessayez plus tard.',
        jsRequired: 'Le paiement par carte nécessite JavaScript.',
        waitingTitle: 'Paiement en cours de confirmation',
        waiting:
            'Nous attendons la confirmation de votre banque. Cette page se met à jour toute seule, ne fermez pas la fenêtre.',
        slow: 'La confirmation prend plus de temps que prévu. Vous recevrez un e-mail dès que le paiement sera confirmé.',
        refresh: 'Actualiser',
        failedTitle: 'Le paiement n’a pas abouti',
        failed: 'Aucun montant n’a été débité. Vous pouvez réessayer avec la même carte ou un autre moyen de paiement.',
        retry: 'Réessayer le paiement',
        refundedTitle: 'Votre panier a changé pendant le paiement',
        refunded:
            'Le montant payé ne correspondait plus au total de votre commande : il vous a été intégralement remboursé (comptez quelques jours selon votre banque). Vérifiez votre panier et payez le nouveau total.',
    },
    en: {
        title: 'Card payment',
        intro: 'Enter your payment details. They go straight to Stripe and never pass through our servers.',
        pay: 'Pay',
        back: '← Choose another payment method',
        loading: 'Loading the secure payment form…',
        unavailable:
            'Card payment is unavailable at the moment. Choose another payment method or try again later.',
        jsRequired: 'Card payment requires JavaScript.',
        waitingTitle: 'Confirming your payment',
        waiting:
            'We are waiting for your bank’s confirmation. This page updates by itself; please keep it open.',
        slow: 'Confirmation is taking longer than usual. You will receive an email as soon as the payment is confirmed.',
        refresh: 'Refresh',
        failedTitle: 'The payment did not go through',
        failed: 'Nothing was charged. You can try again with the same card or another payment method.',
        retry: 'Try the payment again',
        refundedTitle: 'Your cart changed during the payment',
        refunded:
            'The amount paid no longer matched your order total: it has been refunded in full (allow a few days, depending on your bank). Check your cart and pay the new total.',
    },
} as const;
