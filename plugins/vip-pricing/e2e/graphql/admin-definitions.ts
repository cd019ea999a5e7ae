/**
 * The Admin API documents of the VIP pricing e2e suite. Their result and variables types are
 * generated into generated-admin-types.ts by `npm run codegen` (codegen.plugins.cjs).
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import gql from 'graphql-tag';
import type * as Codegen from './generated-admin-types';

const ERROR_FIELDS = gql`
    fragment VipErrorFields on ErrorResult {
        errorCode
        message
        ... on InvalidVipInputError {
            field
        }
        ... on OverlappingVipPriceError {
            conflictingPriceId
        }
        ... on VipTierChannelError {
            tierId
        }
    }
`;

const STATUS_FIELDS = gql`
    fragment VipStatusFields on VipStatus {
        tier {
            id
            name
            rank
        }
        spend
        currencyCode
        nextTier {
            id
            name
        }
        amountToNextTier
        pinned
        pinnedTier {
            id
        }
    }
`;

/** Creates a tier on the client's channel. */
export const CREATE_TIER: TypedDocumentNode<
    Codegen.CreateVipTierMutation,
    Codegen.CreateVipTierMutationVariables
> = gql`
    mutation CreateVipTier($input: CreateVipTierInput!) {
        createVipTier(input: $input) {
            ... on VipTier {
                id
                name
                rank
                discountPercent
                joinSpend
                keepSpend
                currencyCode
                customerGroup {
                    id
                }
            }
            ...VipErrorFields
        }
    }
    ${ERROR_FIELDS}
`;

/** Updates a tier. */
export const UPDATE_TIER: TypedDocumentNode<
    Codegen.UpdateVipTierMutation,
    Codegen.UpdateVipTierMutationVariables
> = gql`
    mutation UpdateVipTier($input: UpdateVipTierInput!) {
        updateVipTier(input: $input) {
            ... on VipTier {
                id
                discountPercent
            }
            ...VipErrorFields
        }
    }
    ${ERROR_FIELDS}
`;

/** Creates or updates a VIP price. */
export const SAVE_PRICE: TypedDocumentNode<
    Codegen.SaveVipPriceMutation,
    Codegen.SaveVipPriceMutationVariables
> = gql`
    mutation SaveVipPrice($input: SaveVipPriceInput!) {
        saveVipPrice(input: $input) {
            ... on VipPrice {
                id
                price
                currencyCode
                startsAt
                endsAt
                productVariantId
                tier {
                    id
                }
            }
            ...VipErrorFields
        }
    }
    ${ERROR_FIELDS}
`;

/** Deletes a VIP price. */
export const DELETE_PRICE: TypedDocumentNode<
    Codegen.DeleteVipPriceMutation,
    Codegen.DeleteVipPriceMutationVariables
> = gql`
    mutation DeleteVipPrice($id: ID!) {
        deleteVipPrice(id: $id)
    }
`;

/** The VIP prices of a variant. */
export const VIP_PRICES: TypedDocumentNode<Codegen.VipPricesQuery, Codegen.VipPricesQueryVariables> = gql`
    query VipPrices($productVariantId: ID!) {
        vipPrices(productVariantId: $productVariantId) {
            id
            price
        }
    }
`;

/** Pins a tier. */
export const PIN_TIER: TypedDocumentNode<Codegen.PinVipTierMutation, Codegen.PinVipTierMutationVariables> =
    gql`
        mutation PinVipTier($customerId: ID!, $tierId: ID!) {
            pinVipTier(customerId: $customerId, tierId: $tierId) {
                ...VipStatusFields
                ...VipErrorFields
            }
        }
        ${STATUS_FIELDS}
        ${ERROR_FIELDS}
    `;

/** Removes a pin. */
export const UNPIN_TIER: TypedDocumentNode<
    Codegen.UnpinVipTierMutation,
    Codegen.UnpinVipTierMutationVariables
> = gql`
    mutation UnpinVipTier($customerId: ID!) {
        unpinVipTier(customerId: $customerId) {
            ...VipStatusFields
            ...VipErrorFields
        }
    }
    ${STATUS_FIELDS}
    ${ERROR_FIELDS}
`;

/** Re-evaluates a customer now. */
export const EVALUATE_TIER: TypedDocumentNode<
    Codegen.EvaluateVipTierMutation,
    Codegen.EvaluateVipTierMutationVariables
> = gql`
    mutation EvaluateVipTier($customerId: ID!) {
        evaluateVipTier(customerId: $customerId) {
            ...VipStatusFields
            ...VipErrorFields
        }
    }
    ${STATUS_FIELDS}
    ${ERROR_FIELDS}
`;

/** A customer's VIP status and history notes. */
export const CUSTOMER_VIP: TypedDocumentNode<Codegen.CustomerVipQuery, Codegen.CustomerVipQueryVariables> =
    gql`
        query CustomerVip($id: ID!) {
            customer(id: $id) {
                id
                emailAddress
                vipStatus {
                    ...VipStatusFields
                }
                history(options: { sort: { createdAt: ASC } }) {
                    items {
                        type
                        data
                    }
                }
            }
        }
        ${STATUS_FIELDS}
    `;

/** The customers, oldest first. */
export const CUSTOMERS: TypedDocumentNode<Codegen.VipCustomersQuery, Codegen.VipCustomersQueryVariables> =
    gql`
        query VipCustomers {
            customers(options: { sort: { id: ASC } }) {
                items {
                    id
                    emailAddress
                }
            }
        }
    `;

/** The variants of a product (ids and SKUs). */
export const PRODUCT_VARIANTS: TypedDocumentNode<
    Codegen.AdminProductVariantsQuery,
    Codegen.AdminProductVariantsQueryVariables
> = gql`
    query AdminProductVariants($slug: String!) {
        product(slug: $slug) {
            id
            variants {
                id
                sku
                priceWithTax
                originalPriceWithTax
                vipTier {
                    id
                }
            }
        }
    }
`;

/** Creates a promotion. */
export const CREATE_PROMOTION: TypedDocumentNode<
    Codegen.CreateVipPromotionMutation,
    Codegen.CreateVipPromotionMutationVariables
> = gql`
    mutation CreateVipPromotion($input: CreatePromotionInput!) {
        createPromotion(input: $input) {
            ... on Promotion {
                id
            }
            ... on ErrorResult {
                errorCode
                message
            }
        }
    }
`;

/** Draft order steps: create. */
export const CREATE_DRAFT: TypedDocumentNode<
    Codegen.CreateDraftMutation,
    Codegen.CreateDraftMutationVariables
> = gql`
    mutation CreateDraft {
        createDraftOrder {
            id
        }
    }
`;

/** Draft order steps: set the customer. */
export const SET_DRAFT_CUSTOMER: TypedDocumentNode<
    Codegen.SetDraftCustomerMutation,
    Codegen.SetDraftCustomerMutationVariables
> = gql`
    mutation SetDraftCustomer($orderId: ID!, $customerId: ID!) {
        setCustomerForDraftOrder(orderId: $orderId, customerId: $customerId) {
            ... on Order {
                id
                customer {
                    id
                }
            }
            ... on ErrorResult {
                errorCode
                message
            }
        }
    }
`;

/** Draft order steps: add a line. */
export const ADD_DRAFT_LINE: TypedDocumentNode<
    Codegen.AddDraftLineMutation,
    Codegen.AddDraftLineMutationVariables
> = gql`
    mutation AddDraftLine($orderId: ID!, $productVariantId: ID!, $quantity: Int!) {
        addItemToDraftOrder(
            orderId: $orderId
            input: { productVariantId: $productVariantId, quantity: $quantity }
        ) {
            ... on Order {
                id
                totalWithTax
                lines {
                    unitPriceWithTax
                    productVariant {
                        id
                    }
                }
            }
            ... on ErrorResult {
                errorCode
                message
            }
        }
    }
`;

/** An order's payments (to refund one). */
export const ORDER_PAYMENTS: TypedDocumentNode<
    Codegen.OrderPaymentsQuery,
    Codegen.OrderPaymentsQueryVariables
> = gql`
    query OrderPayments($id: ID!) {
        order(id: $id) {
            id
            state
            totalWithTax
            lines {
                id
                quantity
            }
            payments {
                id
                amount
                state
            }
        }
    }
`;

/** Refunds lines of an order (the test payment method settles the refund at once). */
export const REFUND_ORDER: TypedDocumentNode<
    Codegen.RefundVipOrderMutation,
    Codegen.RefundVipOrderMutationVariables
> = gql`
    mutation RefundVipOrder($input: RefundOrderInput!) {
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

/** Settles a pending refund (the test payment method leaves refunds pending). */
export const SETTLE_REFUND: TypedDocumentNode<
    Codegen.SettleVipRefundMutation,
    Codegen.SettleVipRefundMutationVariables
> = gql`
    mutation SettleVipRefund($id: ID!) {
        settleRefund(input: { id: $id, transactionId: "test-refund" }) {
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

/** Runs a ScheduledTask now (Vendure's scheduler; the DefaultSchedulerPlugin picks the trigger up). */
export const RUN_SCHEDULED_TASK: TypedDocumentNode<
    Codegen.RunVipScheduledTaskMutation,
    Codegen.RunVipScheduledTaskMutationVariables
> = gql`
    mutation RunVipScheduledTask($id: String!) {
        runScheduledTask(id: $id) {
            success
        }
    }
`;

/** The scheduled tasks with their last run. */
export const SCHEDULED_TASKS: TypedDocumentNode<
    Codegen.VipScheduledTasksQuery,
    Codegen.VipScheduledTasksQueryVariables
> = gql`
    query VipScheduledTasks {
        scheduledTasks {
            id
            lastExecutedAt
            lastResult
        }
    }
`;
