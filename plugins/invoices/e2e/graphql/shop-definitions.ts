/**
 * The Shop API documents of the invoices plugin's e2e suites. Their result and variables types are
 * generated into generated-shop-types.ts by `npm run codegen` (codegen.plugins.cjs).
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import gql from 'graphql-tag';
import type * as Codegen from './generated-shop-types';

/** Sets the business buyer's VAT number / SIREN (Order custom fields). */
export const SET_BUYER: TypedDocumentNode<
    Codegen.SetBuyerFieldsMutation,
    Codegen.SetBuyerFieldsMutationVariables
> = gql`
    mutation SetBuyerFields($input: UpdateOrderInput!) {
        setOrderCustomFields(input: $input) {
            ... on Order {
                customFields {
                    buyerVatNumber
                    buyerSiren
                }
            }
            ... on ErrorResult {
                errorCode
                message
            }
        }
    }
`;

/** Sets the active order’s shipping address. */
export const SET_SHIPPING_ADDRESS: TypedDocumentNode<
    Codegen.SetShippingAddressWithCompanyMutation,
    Codegen.SetShippingAddressWithCompanyMutationVariables
> = gql`
    mutation SetShippingAddressWithCompany($input: CreateAddressInput!) {
        setOrderShippingAddress(input: $input) {
            ... on Order {
                id
            }
        }
    }
`;

/** Moves the active order to ArrangingPayment. */
export const TO_ARRANGING_PAYMENT: TypedDocumentNode<
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

/** The invoices of one of the customer’s orders, with signed download links. */
export const ORDER_INVOICES_BY_CODE: TypedDocumentNode<
    Codegen.GetOrderInvoicesByCodeQuery,
    Codegen.GetOrderInvoicesByCodeQueryVariables
> = gql`
    query GetOrderInvoicesByCode($code: String!) {
        orderByCode(code: $code) {
            invoices {
                number
                type
                totalInclTax
                currencyCode
                downloadUrl
            }
        }
    }
`;
