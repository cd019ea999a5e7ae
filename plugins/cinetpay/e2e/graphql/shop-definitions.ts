/**
 * The Shop API documents of the CinetPay plugin's e2e suite. Their result and variables types are
 * generated into generated-shop-types.ts by `npm run codegen` (codegen.plugins.cjs).
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import gql from 'graphql-tag';
import type * as Codegen from './generated-shop-types';

/** The payment methods of the active order, with `isCinetPay`. */
export const ELIGIBLE_METHODS: TypedDocumentNode<
    Codegen.EligibleMethodsQuery,
    Codegen.EligibleMethodsQueryVariables
> = gql`
    query EligibleMethods {
        eligiblePaymentMethods {
            code
            isEligible
            isCinetPay
        }
    }
`;

/** Starts a CinetPay payment attempt for the active order. */
export const CREATE_CINETPAY_PAYMENT: TypedDocumentNode<
    Codegen.CreateCinetPayPaymentMutation,
    Codegen.CreateCinetPayPaymentMutationVariables
> = gql`
    mutation CreateCinetPayPayment {
        createCinetPayPayment {
            __typename
            ... on CinetPayPaymentIntent {
                paymentUrl
                transactionId
            }
            ... on ErrorResult {
                errorCode
                message
            }
        }
    }
`;

/** Adds a CinetPay payment to the active order directly. */
export const SHOP_ADD_PAYMENT: TypedDocumentNode<Codegen.PayMutation, Codegen.PayMutationVariables> = gql`
    mutation Pay($metadata: JSON!) {
        addPaymentToOrder(input: { method: "cinetpay-ci", metadata: $metadata }) {
            ... on Order {
                state
                payments {
                    state
                }
            }
            ... on ErrorResult {
                errorCode
                message
            }
        }
    }
`;

/** Every type of the Shop API with its fields (introspection). */
export const SCHEMA_FIELDS: TypedDocumentNode<Codegen.SchemaFieldsQuery, Codegen.SchemaFieldsQueryVariables> =
    gql`
        query SchemaFields {
            __schema {
                types {
                    name
                    fields {
                        name
                        type {
                            name
                            ofType {
                                name
                                ofType {
                                    name
                                    ofType {
                                        name
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    `;

/** The status of a payment attempt, for the return page. */
export const PAYMENT_STATUS: TypedDocumentNode<Codegen.StatusQuery, Codegen.StatusQueryVariables> = gql`
    query Status($id: String!) {
        cinetPayPaymentStatus(transactionId: $id) {
            transactionId
            orderCode
            status
            amount
            currencyCode
            orderState
        }
    }
`;

/** The fields of a type (introspection). */
export const TYPE_FIELDS: TypedDocumentNode<Codegen.TypeQuery, Codegen.TypeQueryVariables> = gql`
    query Type($name: String!) {
        __type(name: $name) {
            fields {
                name
            }
        }
    }
`;

/** Takes the active order back to AddingItems (the shopper returns to the cart). */
export const BACK_TO_CART: TypedDocumentNode<
    Codegen.BackToCartMutation,
    Codegen.BackToCartMutationVariables
> = gql`
    mutation BackToCart {
        transitionOrderToState(state: "AddingItems") {
            ... on Order {
                state
            }
            ... on OrderStateTransitionError {
                errorCode
                transitionError
            }
        }
    }
`;

/** The active order's lines. */
export const ACTIVE_LINES: TypedDocumentNode<Codegen.ActiveLinesQuery, Codegen.ActiveLinesQueryVariables> =
    gql`
        query ActiveLines {
            activeOrder {
                lines {
                    id
                    quantity
                }
            }
        }
    `;

/** Changes a line's quantity. */
export const ADJUST_LINE: TypedDocumentNode<Codegen.AdjustMutation, Codegen.AdjustMutationVariables> = gql`
    mutation Adjust($id: ID!, $quantity: Int!) {
        adjustOrderLine(orderLineId: $id, quantity: $quantity) {
            ... on Order {
                totalWithTax
            }
            ... on ErrorResult {
                errorCode
                message
            }
        }
    }
`;

/** Applies a coupon code to the active order (any code: the guard answers before it is checked). */
export const APPLY_COUPON: TypedDocumentNode<
    Codegen.ApplyCouponMutation,
    Codegen.ApplyCouponMutationVariables
> = gql`
    mutation ApplyCoupon($code: String!) {
        applyCouponCode(couponCode: $code) {
            ... on Order {
                couponCodes
            }
            ... on ErrorResult {
                errorCode
                message
            }
        }
    }
`;
