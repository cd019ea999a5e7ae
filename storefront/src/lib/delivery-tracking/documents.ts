/**
 * Shop API documents of the delivery-tracking plugin (plugins/delivery-tracking): the public lookup
 * and the parcel fields shown on the account's order page.
 */
import { graphql } from '../gql';

/** The public "track my order" lookup: order code + email address or shipping postal code. */
export const TrackShipmentQuery = graphql(`
    query TrackShipment($orderCode: String!, $emailAddress: String, $postalCode: String) {
        trackShipment(orderCode: $orderCode, emailAddress: $emailAddress, postalCode: $postalCode) {
            __typename
            ... on TrackedShipment {
                orderCode
                orderState
                parcels {
                    ...ParcelTimeline
                }
            }
            ... on ErrorResult {
                errorCode
                message
            }
        }
    }
`);

/** What the parcel timeline shows of a parcel. */
export const ParcelTimelineFragment = graphql(`
    fragment ParcelTimeline on Parcel {
        id
        carrierName
        trackingNumber
        trackingUrl
        status
        fulfillmentState
        shippedAt
        deliveredAt
        events {
            id
            status
            message
            location
            occurredAt
        }
    }
`);
