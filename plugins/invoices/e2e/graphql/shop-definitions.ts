/**
 * The Shop API documents of the invoices plugin's e2e suites. Their result and variables types are
 * generated into generated-shop-types.ts by `npm run codegen` (codegen.plugins.cjs).
 */
import gql from 'graphql-tag';

/** Sets the business buyer's VAT number / SIREN (Order custom fields). */
export const SET_BUYER = gql`
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
export const SET_SHIPPING_ADDRESS = gql`
    mutation SetShippingAddressWithCompany($input: CreateAddressInput!) {
        setOrderShippingAddress(input: $input) {
            ... on Order {
                id
            }
        }
    }
`;

/** Moves the active order to ArrangingPayment. */
export const TO_ARRANGING_PAYMENT = gql`
    mutation TransitionToArrangingPayment {
        transitionOrderToState(state: "ArrangingPayment") {
            ... on Order {
                state
            }
        }
    }
`;

/** The invoices of one of the customer’s orders, with signed download links. */
export const ORDER_INVOICES_BY_CODE = gql`
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
