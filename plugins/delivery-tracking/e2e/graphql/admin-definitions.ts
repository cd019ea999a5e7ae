/**
 * The Admin API documents of the delivery-tracking e2e suite. Their result and variables types are
 * generated into generated-admin-types.ts by `npm run codegen` (codegen.plugins.cjs).
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import gql from 'graphql-tag';
import type * as Codegen from './generated-admin-types';

const PARCEL_FIELDS = gql`
    fragment TrackedParcel on Parcel {
        id
        carrierCode
        carrierName
        trackingNumber
        trackingUrl
        labelUrl
        status
        shippedAt
        deliveredAt
        events {
            status
            rawStatus
            message
            location
            occurredAt
            source
        }
    }
`;

/** Creates or updates a carrier of the active channel. */
export const SAVE_CARRIER: TypedDocumentNode<
    Codegen.SaveCarrierMutation,
    Codegen.SaveCarrierMutationVariables
> = gql`
    mutation SaveCarrier($input: TrackingCarrierInput!) {
        saveTrackingCarrier(input: $input) {
            id
            code
            name
            trackingUrlTemplate
            pollingAdapter
        }
    }
`;

/** The active channel's carriers, or those of an order's own channel. */
export const CARRIERS: TypedDocumentNode<Codegen.CarriersQuery, Codegen.CarriersQueryVariables> = gql`
    query Carriers($orderId: ID) {
        trackingCarriers(orderId: $orderId) {
            code
            name
        }
    }
`;

/** Ships order lines as tracked parcels. */
export const ADD_FULFILLMENT: TypedDocumentNode<
    Codegen.AddTrackedFulfillmentMutation,
    Codegen.AddTrackedFulfillmentMutationVariables
> = gql`
    mutation AddTrackedFulfillment($input: FulfillOrderInput!) {
        addFulfillmentToOrder(input: $input) {
            ... on Fulfillment {
                id
                state
                method
                trackingCode
                parcels {
                    ...TrackedParcel
                }
            }
            ... on ErrorResult {
                errorCode
                message
            }
            ... on CreateFulfillmentError {
                fulfillmentHandlerError
            }
        }
    }
    ${PARCEL_FIELDS}
`;

/** An order's state, fulfillments with parcels and timelines, and its lines' stock. */
export const ORDER_TRACKING: TypedDocumentNode<
    Codegen.OrderTrackingQuery,
    Codegen.OrderTrackingQueryVariables
> = gql`
    query OrderTracking($id: ID!) {
        order(id: $id) {
            id
            code
            state
            lines {
                id
                quantity
                productVariant {
                    id
                    stockOnHand
                    stockAllocated
                }
            }
            fulfillments {
                id
                state
                parcels {
                    ...TrackedParcel
                }
            }
            history(options: { sort: { createdAt: DESC }, take: 20 }) {
                items {
                    type
                    data
                }
            }
        }
    }
    ${PARCEL_FIELDS}
`;

/** Adds an event to a parcel by hand. */
export const ADD_PARCEL_EVENT: TypedDocumentNode<
    Codegen.AddParcelEventMutation,
    Codegen.AddParcelEventMutationVariables
> = gql`
    mutation AddParcelEvent($input: AddParcelEventInput!) {
        addParcelEvent(input: $input) {
            ... on Parcel {
                status
                events {
                    status
                    source
                }
            }
            ... on ErrorResult {
                errorCode
                message
            }
        }
    }
`;

/** The first customer of the test shop (password `test`, @vendure/testing's). */
export const FIRST_CUSTOMER: TypedDocumentNode<
    Codegen.FirstCustomerQuery,
    Codegen.FirstCustomerQueryVariables
> = gql`
    query FirstCustomer {
        customers(options: { take: 1 }) {
            items {
                emailAddress
            }
        }
    }
`;

/** Sends a fulfillment's shipped email again. */
export const RESEND_SHIPPED_EMAIL: TypedDocumentNode<
    Codegen.ResendShippedEmailMutation,
    Codegen.ResendShippedEmailMutationVariables
> = gql`
    mutation ResendShippedEmail($fulfillmentId: ID!) {
        resendShippedEmail(fulfillmentId: $fulfillmentId) {
            ... on Fulfillment {
                id
                state
            }
            ... on FulfillmentNotShippedError {
                errorCode
                message
                state
            }
        }
    }
`;

/** An order's fulfillments without their parcels: the baseline of the query-count test. */
export const ORDER_FULFILLMENTS: TypedDocumentNode<
    Codegen.OrderFulfillmentsQuery,
    Codegen.OrderFulfillmentsQueryVariables
> = gql`
    query OrderFulfillments($id: ID!) {
        order(id: $id) {
            id
            fulfillments {
                id
                state
            }
        }
    }
`;

/** The same with each fulfillment's parcels and timelines. */
export const ORDER_FULFILLMENT_PARCELS: TypedDocumentNode<
    Codegen.OrderFulfillmentParcelsQuery,
    Codegen.OrderFulfillmentParcelsQueryVariables
> = gql`
    query OrderFulfillmentParcels($id: ID!) {
        order(id: $id) {
            id
            fulfillments {
                id
                state
                parcels {
                    id
                    trackingNumber
                    fulfillmentState
                    events {
                        id
                        status
                    }
                }
            }
        }
    }
`;
