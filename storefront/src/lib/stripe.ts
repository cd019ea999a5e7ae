/**
 * Stripe on the storefront (plugins/stripe): the Shop API documents and the helpers the payment step
 * and the return page use. Stripe.js is loaded only on /checkout/stripe, only when the channel has a
 * Stripe method with a publishable key.
 */
import { graphql } from './gql';
import type { ShopClient } from './vendure';
import { ShopApiError } from './vendure';

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

export { stripeReturnState, stripeTexts, type StripeReturnState } from './stripe-state';
