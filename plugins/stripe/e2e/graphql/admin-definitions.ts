/**
 * The Admin API documents of the Stripe plugin's e2e suite. Their result and variables types are
 * generated into generated-admin-types.ts by `npm run codegen` (codegen.plugins.cjs).
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import gql from 'graphql-tag';
import type * as Codegen from './generated-admin-types';

/** Creates a payment method. */
export const CREATE_METHOD: TypedDocumentNode<
    Codegen.CreateMethodMutation,
    Codegen.CreateMethodMutationVariables
> = gql`
    mutation CreateMethod($input: CreatePaymentMethodInput!) {
        createPaymentMethod(input: $input) {
            id
            code
        }
    }
`;

/** An order with its payments, refunds and history. */
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
                refunds {
                    id
                    state
                    total
                    transactionId
                    reason
                    metadata
                }
            }
            history(options: { take: 100 }) {
                items {
                    type
                    data
                }
            }
        }
    }
`;

/** Refunds part of a payment. */
export const REFUND: TypedDocumentNode<Codegen.RefundMutation, Codegen.RefundMutationVariables> = gql`
    mutation Refund($input: RefundOrderInput!) {
        refundOrder(input: $input) {
            ... on Refund {
                id
                state
                total
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
