/**
 * The Admin API documents of the CinetPay plugin's e2e suite. Their result and variables types are
 * generated into generated-admin-types.ts by `npm run codegen` (codegen.plugins.cjs).
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import gql from 'graphql-tag';
import type * as Codegen from './generated-admin-types';

/** The CinetPay methods of the channel. */
export const SEEDED_METHOD: TypedDocumentNode<Codegen.SeededMethodQuery, Codegen.SeededMethodQueryVariables> =
    gql`
        query SeededMethod {
            paymentMethods(options: { filter: { code: { eq: "cinetpay-ci" } } }) {
                items {
                    id
                    handler {
                        code
                    }
                }
            }
        }
    `;

/** Updates a payment method. */
export const UPDATE_METHOD: TypedDocumentNode<
    Codegen.UpdateMethodMutation,
    Codegen.UpdateMethodMutationVariables
> = gql`
    mutation UpdateMethod($input: UpdatePaymentMethodInput!) {
        updatePaymentMethod(input: $input) {
            id
            code
        }
    }
`;

/** An order with its payments and refunds. */
export const ADMIN_ORDER: TypedDocumentNode<Codegen.OrderQuery, Codegen.OrderQueryVariables> = gql`
    query Order($id: ID!) {
        order(id: $id) {
            code
            state
            totalWithTax
            payments {
                id
                state
                method
                amount
                transactionId
            }
        }
    }
`;

/** Refunds part of a payment. */
export const REFUND: TypedDocumentNode<Codegen.RefundMutation, Codegen.RefundMutationVariables> = gql`
    mutation Refund($input: RefundOrderInput!) {
        refundOrder(input: $input) {
            ... on Refund {
                state
                transactionId
                metadata
            }
            ... on ErrorResult {
                errorCode
                message
            }
        }
    }
`;

/** The CinetPay attempts of an order with their notifications. */
export const ADMIN_ATTEMPTS: TypedDocumentNode<Codegen.AttemptsQuery, Codegen.AttemptsQueryVariables> = gql`
    query Attempts($orderId: ID!) {
        cinetPayTransactions(orderId: $orderId) {
            transactionId
            orderId
            status
            amount
            gatewayAmount
            currencyCode
            checkCode
            notifications {
                verified
                result
                responseStatus
            }
        }
    }
`;

/** An order's history (notes included). */
export const ORDER_NOTES: TypedDocumentNode<Codegen.NotesQuery, Codegen.NotesQueryVariables> = gql`
    query Notes($id: ID!) {
        order(id: $id) {
            history(options: { take: 100 }) {
                items {
                    type
                    data
                }
            }
        }
    }
`;

/** Cancels an order (the settlement rule's definitive refusal). */
export const CANCEL_ORDER: TypedDocumentNode<Codegen.CancelMutation, Codegen.CancelMutationVariables> = gql`
    mutation Cancel($orderId: ID!) {
        cancelOrder(input: { orderId: $orderId }) {
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

/** The fields of a refund the refund suite checks. */
const REFUND_FIELDS = gql`
    fragment RefundFields on Refund {
        id
        state
        total
        transactionId
        metadata
    }
`;

/** An order's state, total and payments with their refunds. */
export const ORDER_REFUNDS: TypedDocumentNode<Codegen.OrderRefundsQuery, Codegen.OrderRefundsQueryVariables> =
    gql`
        query OrderRefunds($id: ID!) {
            order(id: $id) {
                state
                totalWithTax
                payments {
                    id
                    state
                    refunds {
                        ...RefundFields
                    }
                }
            }
        }
        ${REFUND_FIELDS}
    `;

/** Refunds part of a payment (the Refund with its metadata, or an ErrorResult). */
export const REFUND_ORDER: TypedDocumentNode<
    Codegen.RefundOrderMutation,
    Codegen.RefundOrderMutationVariables
> = gql`
    mutation RefundOrder($input: RefundOrderInput!) {
        refundOrder(input: $input) {
            __typename
            ...RefundFields
            ... on ErrorResult {
                errorCode
                message
            }
        }
    }
    ${REFUND_FIELDS}
`;

/** Settles a Pending refund with the reference of the money sent back. */
export const SETTLE_REFUND: TypedDocumentNode<
    Codegen.SettleRefundMutation,
    Codegen.SettleRefundMutationVariables
> = gql`
    mutation SettleRefund($input: SettleRefundInput!) {
        settleRefund(input: $input) {
            __typename
            ...RefundFields
            ... on ErrorResult {
                errorCode
                message
            }
        }
    }
    ${REFUND_FIELDS}
`;
