/**
 * Stripe on the storefront (plugins/stripe): the Shop API documents and the helpers the payment step
 * and the return page use. Stripe.js is loaded only on /checkout/stripe, only when the channel has a
 * Stripe method with a publishable key.
 */
import { graphql } from './gql';
import type { ShopClient } from './vendure';
import { ShopApiError } from './vendure';
import { defineMessages } from './i18n';

export const StripeConfigurationsQuery = graphql(`
    query StripeConfigurations {
        stripePaymentConfigurations {
            paymentMethodCode
            publishableKey
        }
    }
`);

export const CreateStripePaymentIntentMutation = graphql(`
    mutation CreateStripePaymentIntent {
        createStripePaymentIntent
    }
`);

export const StripePaymentStatusQuery = graphql(`
    query StripePaymentStatus($orderCode: String!) {
        stripePaymentStatus(orderCode: $orderCode) {
            orderCode
            orderState
            paid
            amountMismatchRefunded
            paymentIntentStatus
            lastPaymentError
        }
    }
`);

/** A Stripe method of the channel with its publishable key. */
export interface StripeConfiguration {
    paymentMethodCode: string;
    publishableKey: string;
}

/**
 * The Stripe methods usable for the active order (empty when none is configured, or when the server
 * runs without the Stripe plugin: the storefront then simply offers no Stripe payment).
 */
export async function stripeConfigurations(shop: ShopClient): Promise<StripeConfiguration[]> {
    try {
        const { stripePaymentConfigurations } = await shop.request(StripeConfigurationsQuery);
        return stripePaymentConfigurations.filter(c => c.publishableKey.startsWith('pk_'));
    } catch (error) {
        if (error instanceof ShopApiError && error.kind === 'graphql') return [];
        throw error;
    }
}

export { stripeReturnState, type StripeReturnState } from './stripe-state';

/** Storefront texts of the Stripe pages, per language (`fr`, `en`). */
export const stripeTexts = defineMessages({
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
});
