/**
 * The Admin API documents of the invoices plugin's e2e suites. Their result and variables types are
 * generated into generated-admin-types.ts by `npm run codegen` (codegen.plugins.cjs).
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import gql from 'graphql-tag';
import type * as Codegen from './generated-admin-types';

/** Every field of the seller settings. */
export const SELLER_SETTINGS_FIELDS = gql`
    fragment InvoiceSellerSettingsFields on InvoiceSellerSettings {
        legalName
        address {
            streetLine1
            streetLine2
            postalCode
            city
            countryCode
            country
        }
        siren
        siret
        legalForm
        shareCapital
        shareCapitalCurrency
        rcsCity
        vatNumber
        email
        stored
    }
`;

/** Refunds part of a payment (Refund or ErrorResult). */
export const REFUND: TypedDocumentNode<Codegen.RefundOrderMutation, Codegen.RefundOrderMutationVariables> =
    gql`
        mutation RefundOrder($input: RefundOrderInput!) {
            refundOrder(input: $input) {
                ... on Refund {
                    id
                    state
                    total
                }
                ... on ErrorResult {
                    errorCode
                    message
                }
            }
        }
    `;

/** Settles a pending refund. */
export const SETTLE_REFUND: TypedDocumentNode<
    Codegen.SettleRefundMutation,
    Codegen.SettleRefundMutationVariables
> = gql`
    mutation SettleRefund($input: SettleRefundInput!) {
        settleRefund(input: $input) {
            ... on Refund {
                id
                state
            }
            ... on ErrorResult {
                errorCode
                message
            }
        }
    }
`;

/** Cancels an order. */
export const CANCEL: TypedDocumentNode<Codegen.CancelOrderMutation, Codegen.CancelOrderMutationVariables> =
    gql`
        mutation CancelOrder($input: CancelOrderInput!) {
            cancelOrder(input: $input) {
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

/** The payments of an order. */
export const GET_ORDER_PAYMENTS: TypedDocumentNode<
    Codegen.GetOrderPaymentsQuery,
    Codegen.GetOrderPaymentsQueryVariables
> = gql`
    query GetOrderPayments($id: ID!) {
        order(id: $id) {
            payments {
                id
            }
        }
    }
`;

/** The invoices and credit notes of an order (Order.invoices). */
export const GET_ORDER_INVOICES: TypedDocumentNode<
    Codegen.GetOrderInvoicesQuery,
    Codegen.GetOrderInvoicesQueryVariables
> = gql`
    query GetOrderInvoices($id: ID!) {
        order(id: $id) {
            invoices {
                id
                number
                type
                originalInvoiceNumber
                totalInclTax
            }
        }
    }
`;

/** Regenerates an invoice: a credit note plus a new invoice. */
export const REGENERATE: TypedDocumentNode<
    Codegen.RegenerateInvoiceMutation,
    Codegen.RegenerateInvoiceMutationVariables
> = gql`
    mutation RegenerateInvoice($id: ID!) {
        regenerateInvoice(id: $id) {
            creditNote {
                number
                type
                originalInvoiceNumber
                totalInclTax
            }
            invoice {
                id
                number
                type
                totalInclTax
            }
        }
    }
`;

/** The first customer (by id). */
export const GET_FIRST_CUSTOMER: TypedDocumentNode<
    Codegen.GetFirstCustomerQuery,
    Codegen.GetFirstCustomerQueryVariables
> = gql`
    query GetFirstCustomer {
        customers(options: { take: 1, sort: { id: ASC } }) {
            items {
                emailAddress
            }
        }
    }
`;

/** Creates a customer with a password. */
export const CREATE_CUSTOMER: TypedDocumentNode<
    Codegen.CreateCustomerWithPasswordMutation,
    Codegen.CreateCustomerWithPasswordMutationVariables
> = gql`
    mutation CreateCustomerWithPassword($input: CreateCustomerInput!) {
        createCustomer(input: $input, password: "other-password") {
            ... on Customer {
                id
            }
        }
    }
`;

/** The first 100 invoices (type "invoice"), by id. */
export const LIST_INVOICES: TypedDocumentNode<Codegen.ListInvoicesQuery, Codegen.ListInvoicesQueryVariables> =
    gql`
        query ListInvoices {
            invoices(options: { take: 100, filter: { type: { eq: "invoice" } }, sort: { id: ASC } }) {
                totalItems
                items {
                    number
                    type
                }
            }
        }
    `;

/** Invoices matching a filter (customer, number, amount, date). */
export const SEARCH_INVOICES: TypedDocumentNode<
    Codegen.SearchInvoicesQuery,
    Codegen.SearchInvoicesQueryVariables
> = gql`
    query SearchInvoices($filter: InvoiceFilterParameter) {
        invoices(options: { filter: $filter, take: 100 }) {
            totalItems
            items {
                number
                customerName
                customerEmail
                totalInclTax
            }
        }
    }
`;

/** The channel's seller settings. */
export const GET_SETTINGS: TypedDocumentNode<
    Codegen.GetInvoiceSellerSettingsQuery,
    Codegen.GetInvoiceSellerSettingsQueryVariables
> = gql`
    query GetInvoiceSellerSettings {
        invoiceSellerSettings {
            ...InvoiceSellerSettingsFields
        }
    }
    ${SELLER_SETTINGS_FIELDS}
`;

/** Saves the channel's seller settings (or a typed error). */
export const UPDATE_SETTINGS: TypedDocumentNode<
    Codegen.UpdateInvoiceSellerSettingsMutation,
    Codegen.UpdateInvoiceSellerSettingsMutationVariables
> = gql`
    mutation UpdateInvoiceSellerSettings($input: InvoiceSellerSettingsInput!) {
        updateInvoiceSellerSettings(input: $input) {
            __typename
            ... on InvoiceSellerSettings {
                ...InvoiceSellerSettingsFields
            }
            ... on InvalidInvoiceSellerSettingsError {
                errorCode
                message
                fieldErrors {
                    field
                    message
                }
            }
        }
    }
    ${SELLER_SETTINGS_FIELDS}
`;

/** The raw settings store value `invoices.seller`. */
export const RAW_GET: TypedDocumentNode<
    Codegen.GetRawSellerSettingsQuery,
    Codegen.GetRawSellerSettingsQueryVariables
> = gql`
    query GetRawSellerSettings {
        getSettingsStoreValue(key: "invoices.seller")
    }
`;

/** Writes the raw settings store value `invoices.seller`. */
export const RAW_SET: TypedDocumentNode<
    Codegen.SetRawSellerSettingsMutation,
    Codegen.SetRawSellerSettingsMutationVariables
> = gql`
    mutation SetRawSellerSettings($value: JSON!) {
        setSettingsStoreValue(input: { key: "invoices.seller", value: $value }) {
            result
            error
        }
    }
`;

/** Creates a role. */
export const CREATE_ROLE: TypedDocumentNode<Codegen.CreateRoleMutation, Codegen.CreateRoleMutationVariables> =
    gql`
        mutation CreateRole($input: CreateRoleInput!) {
            createRole(input: $input) {
                id
            }
        }
    `;

/** Creates an administrator. */
export const CREATE_ADMINISTRATOR: TypedDocumentNode<
    Codegen.CreateAdministratorMutation,
    Codegen.CreateAdministratorMutationVariables
> = gql`
    mutation CreateAdministrator($input: CreateAdministratorInput!) {
        createAdministrator(input: $input) {
            id
        }
    }
`;
