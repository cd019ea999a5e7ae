/**
 * The Shop API documents of the Stripe plugin's e2e suite. Their result and variables types are
 * generated into generated-shop-types.ts by `npm run codegen` (codegen.plugins.cjs).
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import gql from 'graphql-tag';
import type * as Codegen from './generated-shop-types';

/** Creates (or reuses) the PaymentIntent of the active order; its client secret. */
export const CREATE_INTENT: TypedDocumentNode<
    Codegen.CreateStripePaymentIntentMutation,
    Codegen.CreateStripePaymentIntentMutationVariables
> = gql`
    mutation CreateStripePaymentIntent {
        createStripePaymentIntent
    }
`;

/** The channel's Stripe methods with their publishable keys. */
export const CONFIGURATIONS: TypedDocumentNode<
    Codegen.StripePaymentConfigurationsQuery,
    Codegen.StripePaymentConfigurationsQueryVariables
> = gql`
    query StripePaymentConfigurations {
        stripePaymentConfigurations {
            paymentMethodCode
            publishableKey
        }
    }
`;

/** The payment methods of the active order. */
export const ELIGIBLE: TypedDocumentNode<
    Codegen.EligiblePaymentMethodsQuery,
    Codegen.EligiblePaymentMethodsQueryVariables
> = gql`
    query EligiblePaymentMethods {
        eligiblePaymentMethods {
            code
            isEligible
        }
    }
`;

/** The Stripe payment state of an order. */
export const STATUS: TypedDocumentNode<Codegen.StatusQuery, Codegen.StatusQueryVariables> = gql`
    query Status($code: String!) {
        stripePaymentStatus(orderCode: $code) {
            orderCode
            orderState
            paid
            amountMismatchRefunded
            paymentIntentStatus
            lastPaymentError
        }
    }
`;

/** The shipping methods of the active order. */
export const SHIPPING: TypedDocumentNode<
    Codegen.EligibleShippingMethodsQuery,
    Codegen.EligibleShippingMethodsQueryVariables
> = gql`
    query EligibleShippingMethods {
        eligibleShippingMethods {
            id
        }
    }
`;

/** Chooses the shipping method. */
export const SET_SHIPPING: TypedDocumentNode<
    Codegen.SetShippingMutation,
    Codegen.SetShippingMutationVariables
> = gql`
    mutation SetShipping($id: [ID!]!) {
        setOrderShippingMethod(shippingMethodId: $id) {
            ... on Order {
                totalWithTax
            }
        }
    }
`;

/** Changes the quantity of an order line. */
export const ADJUST: TypedDocumentNode<Codegen.AdjustMutation, Codegen.AdjustMutationVariables> = gql`
    mutation Adjust($id: ID!, $qty: Int!) {
        adjustOrderLine(orderLineId: $id, quantity: $qty) {
            ... on Order {
                totalWithTax
            }
        }
    }
`;

/** The active order with its lines. */
export const ACTIVE: TypedDocumentNode<Codegen.ActiveOrderQuery, Codegen.ActiveOrderQueryVariables> = gql`
    query ActiveOrder {
        activeOrder {
            code
            totalWithTax
            lines {
                id
                quantity
            }
        }
    }
`;

/** Moves the active order to ArrangingPayment. */
export const TO_ARRANGING: TypedDocumentNode<
    Codegen.TransitionToArrangingPaymentMutation,
    Codegen.TransitionToArrangingPaymentMutationVariables
> = gql`
    mutation TransitionToArrangingPayment {
        transitionOrderToState(state: "ArrangingPayment") {
            ... on Order {
                state
            }
        }
    }
`;

/** Adds a payment to the active order. */
export const SHOP_ADD_PAYMENT: TypedDocumentNode<Codegen.PayMutation, Codegen.PayMutationVariables> = gql`
    mutation Pay($method: String!, $metadata: JSON!) {
        addPaymentToOrder(input: { method: $method, metadata: $metadata }) {
            ... on Order {
                state
            }
            ... on ErrorResult {
                errorCode
                message
            }
        }
    }
`;
