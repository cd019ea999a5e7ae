/**
 * The Shop API documents of the delivery-tracking e2e suite. Their result and variables types are
 * generated into generated-shop-types.ts by `npm run codegen` (codegen.plugins.cjs).
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import gql from 'graphql-tag';
import type * as Codegen from './generated-shop-types';

/** The public tracking lookup. */
export const TRACK_SHIPMENT: TypedDocumentNode<
    Codegen.TrackShipmentQuery,
    Codegen.TrackShipmentQueryVariables
> = gql`
    query TrackShipment($orderCode: String!, $emailAddress: String, $postalCode: String) {
        trackShipment(orderCode: $orderCode, emailAddress: $emailAddress, postalCode: $postalCode) {
            __typename
            ... on TrackedShipment {
                orderCode
                orderState
                parcels {
                    carrierName
                    trackingNumber
                    trackingUrl
                    status
                    events {
                        status
                        message
                        location
                        occurredAt
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

/** The owner's view of an order's parcels. */
export const ORDER_PARCELS: TypedDocumentNode<Codegen.OrderParcelsQuery, Codegen.OrderParcelsQueryVariables> =
    gql`
        query OrderParcels($code: String!) {
            orderByCode(code: $code) {
                fulfillments {
                    parcels {
                        trackingNumber
                        status
                        events {
                            status
                        }
                    }
                }
            }
        }
    `;
