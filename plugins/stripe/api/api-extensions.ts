import gql from 'graphql-tag';

/** Shop API: Vendure's StripePlugin mutation (unchanged contract) plus what our storefront needs. */
export const shopApiExtensions = gql`
    """
    A Stripe payment method of the channel and its publishable key (pk_…). The secret key and the webhook
    secret are never exposed.
    """
    type StripePaymentConfiguration {
        "Code of the PaymentMethod, as in eligiblePaymentMethods and addPaymentToOrder."
        paymentMethodCode: String!
        "Publishable key for Stripe.js (pk_live_… or pk_test_…)."
        publishableKey: String!
    }

    """
    The Stripe payment state of an order, as the webhook left it (never as the browser reports it).
    """
    type StripePaymentStatus {
        orderCode: String!
        "Vendure order state, e.g. ArrangingPayment, PaymentSettled."
        orderState: String!
        "True once Stripe's payment_intent.succeeded has been applied to the order and the order is placed."
        paid: Boolean!
        """
        True when the latest PaymentIntent was paid for an amount other than the order total (confirmed in an old
        tab after the cart changed): Radiant refunded it in full, added no payment, and the order must be paid again.
        """
        amountMismatchRefunded: Boolean!
        "Last known PaymentIntent status (requires_payment_method, processing, succeeded, canceled…), null without intent."
        paymentIntentStatus: String
        "Stripe's message for the last failed attempt, if any."
        lastPaymentError: String
    }

    extend type Query {
        "The channel's enabled Stripe payment methods with their publishable keys; with an active order, only those eligible for it (empty when none is configured)."
        stripePaymentConfigurations: [StripePaymentConfiguration!]!
        "Stripe payment state of an order the caller may read (its active order, or as orderByCode allows); null otherwise."
        stripePaymentStatus(orderCode: String!): StripePaymentStatus
    }

    extend type Mutation {
        """
        Creates, or updates to the current total, the Stripe PaymentIntent of the active order and returns its
        client_secret for Stripe.js (Vendure's StripePlugin contract). Errors: no active order, empty or unpayable
        order, no eligible Stripe method, Stripe refusal.
        """
        createStripePaymentIntent: String!
    }
`;
