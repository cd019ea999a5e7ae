/**
 * CinetPay in the checkout (plugins/cinetpay): which eligible method is paid on CinetPay's hosted
 * page, starting an attempt (`createCinetPayPayment` → redirect to `paymentUrl`), and the state of
 * an attempt for the return page (`cinetPayPaymentStatus`). Strings in French and English.
 */
import { graphql } from '../gql';
import { defineMessages, type Lang } from '../i18n';
import { isPlacedOrderState } from '../order-state';
import type { ShopClient } from '../vendure';

export const CinetPayMethodsQuery = graphql(`
    query CinetPayMethods {
        eligiblePaymentMethods {
            code
            isEligible
            isCinetPay
        }
    }
`);

export const CreateCinetPayPaymentMutation = graphql(`
    mutation CreateCinetPayPayment {
        createCinetPayPayment {
            __typename
            ... on CinetPayPaymentIntent {
                paymentUrl
                transactionId
            }
            ... on CinetPayAmountError {
                reason
            }
            ... on CinetPayGatewayError {
                cinetpayCode
            }
            ... on ErrorResult {
                errorCode
                message
            }
        }
    }
`);

export const CinetPayPaymentStatusQuery = graphql(`
    query CinetPayPaymentStatus($transactionId: String!) {
        cinetPayPaymentStatus(transactionId: $transactionId) {
            transactionId
            orderCode
            status
            amount
            currencyCode
            createdAt
            updatedAt
            orderState
        }
    }
`);

/** Texts of the CinetPay step and result page. */
export const cinetpayText = defineMessages({
    fr: {
        notReady:
            'La commande n’est pas prête pour le paiement (articles, coordonnées ou livraison manquants).',
        noActiveOrder: 'Votre panier a expiré. Merci de le composer à nouveau.',
        amount: 'Ce montant ne peut pas être payé par CinetPay. Choisissez un autre moyen de paiement.',
        gateway: 'CinetPay n’a pas pu ouvrir la page de paiement. Merci de réessayer dans un instant.',
        failed: 'Le paiement n’a pas pu démarrer. Merci de réessayer.',
        title: 'Paiement CinetPay',
        eyebrow: 'Paiement',
        order: 'Commande',
        amountLabel: 'Montant',
        transaction: 'Transaction',
        pendingHeading: 'Paiement en cours de confirmation',
        pendingText:
            'Nous attendons la confirmation de CinetPay. Validez le paiement sur votre téléphone si ce n’est pas fait : cette page se met à jour toute seule.',
        refresh: 'Actualiser',
        acceptedHeading: 'Paiement accepté',
        acceptedText: 'Merci ! Votre paiement est confirmé. Vous allez être redirigé·e vers votre commande.',
        seeOrder: 'Voir ma commande',
        refusedHeading: 'Paiement refusé',
        refusedText:
            'Le paiement n’a pas abouti et aucun montant n’a été débité. Vous pouvez réessayer ou choisir un autre moyen de paiement.',
        retry: 'Réessayer le paiement',
        problemHeading: 'Paiement à vérifier',
        problemText:
            'CinetPay a confirmé un paiement que nous ne pouvons pas rattacher automatiquement à votre commande. Notre équipe le vérifie et vous contactera ; ne payez pas une seconde fois.',
    },
    en: {
        notReady: 'The order is not ready for payment (items, contact details or delivery missing).',
        noActiveOrder: 'Your basket has expired. Please fill it again.',
        amount: 'This amount cannot be paid through CinetPay. Please choose another payment method.',
        gateway: 'CinetPay could not open its payment page. Please try again in a moment.',
        failed: 'The payment could not start. Please try again.',
        title: 'CinetPay payment',
        eyebrow: 'Payment',
        order: 'Order',
        amountLabel: 'Amount',
        transaction: 'Transaction',
        pendingHeading: 'Payment being confirmed',
        pendingText:
            'We are waiting for CinetPay’s confirmation. Approve the payment on your phone if you have not yet: this page updates by itself.',
        refresh: 'Refresh',
        acceptedHeading: 'Payment accepted',
        acceptedText: 'Thank you! Your payment is confirmed. You will be taken to your order.',
        seeOrder: 'See my order',
        refusedHeading: 'Payment refused',
        refusedText:
            'The payment did not go through and nothing was charged. You can try again or choose another payment method.',
        retry: 'Try the payment again',
        problemHeading: 'Payment under review',
        problemText:
            'CinetPay confirmed a payment that we cannot match to your order automatically. Our team is checking it and will contact you; do not pay a second time.',
    },
});

/** What the result page shows for an attempt status (see the plugin README for the statuses). */
export type CinetPayOutcome = 'pending' | 'accepted' | 'refused' | 'problem';

/**
 * Maps a `CinetPayPaymentStatus.status` to the result page's state. A refused or pending attempt of
 * an order that is placed anyway (another attempt, or another method, paid it: `orderState`) reads
 * as accepted, with the link to the order, never a "try again".
 */
export function outcomeOf(status: string, orderState?: string | null): CinetPayOutcome {
    if (
        (status === 'REFUSED' || status === 'INIT_FAILED' || status === 'PENDING' || status === 'WAITING') &&
        isPlacedOrderState(orderState)
    ) {
        return 'accepted';
    }
    switch (status) {
        case 'ACCEPTED':
            return 'accepted';
        case 'REFUSED':
        case 'INIT_FAILED':
            return 'refused';
        case 'MISMATCH':
        case 'SETTLEMENT_FAILED':
            return 'problem';
        default:
            // PENDING, WAITING, SETTLING
            return 'pending';
    }
}

/**
 * When `methodCode` is an eligible CinetPay method, starts an attempt for the active order:
 * `{ paymentUrl }` to redirect the shopper to, or `{ error }` (a message in `lang`) for an ErrorResult.
 * Returns null when the method is not a CinetPay one (the caller goes on with addPaymentToOrder).
 *
 * @throws ShopApiError when the Shop API fails (the storefront's "unavailable" page)
 */
export async function startCinetPayPayment(
    shop: ShopClient,
    methodCode: string,
    lang: Lang,
): Promise<{ paymentUrl: string } | { error: string } | null> {
    const { eligiblePaymentMethods } = await shop.request(CinetPayMethodsQuery);
    if (!eligiblePaymentMethods.some(m => m.code === methodCode && m.isEligible && m.isCinetPay)) return null;
    const { createCinetPayPayment: result } = await shop.request(CreateCinetPayPaymentMutation);
    switch (result.__typename) {
        case 'CinetPayPaymentIntent':
            return { paymentUrl: result.paymentUrl };
        case 'NoActiveOrderError':
            return { error: cinetpayText(lang, 'noActiveOrder') };
        case 'CinetPayOrderNotReadyError':
            return { error: cinetpayText(lang, 'notReady') };
        case 'CinetPayAmountError':
            return { error: cinetpayText(lang, 'amount') };
        case 'CinetPayGatewayError':
            return {
                error: `${cinetpayText(lang, 'gateway')}${result.cinetpayCode ? ` (${result.cinetpayCode})` : ''}`,
            };
        default:
            return { error: cinetpayText(lang, 'failed') };
    }
}
