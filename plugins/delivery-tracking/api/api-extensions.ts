import gql from 'graphql-tag';

const common = gql`
    """
    A parcel's normalised status: AfterShip's nine tags
    (https://www.aftership.com/docs/tracking/enum/delivery-statuses).
    """
    enum TrackingStatus {
        Pending
        InfoReceived
        InTransit
        OutForDelivery
        AttemptFail
        Delivered
        AvailableForPickup
        Exception
        Expired
    }
`;

/** Shop API: parcels on the owner's fulfillments, and the public "track my order" lookup. */
export const shopApiExtensions = gql`
    ${common}

    "One event of a parcel's timeline, as the carrier reported it (plain text: escape when shown)."
    type ParcelEvent {
        id: ID!
        status: TrackingStatus!
        "The carrier's message, e.g. 'Votre colis est livré'."
        message: String!
        "Town and country as the carrier sent them, or empty."
        location: String!
        occurredAt: DateTime!
    }

    "One parcel of a fulfillment: carrier, tracking number and link, status and timeline (oldest first)."
    type Parcel {
        id: ID!
        carrierCode: String!
        carrierName: String!
        trackingNumber: String!
        "The carrier's public tracking page, or empty."
        trackingUrl: String!
        status: TrackingStatus!
        """
        Vendure's state of the parcel's fulfillment (Pending, Shipped, Delivered, Cancelled…). With
        status Pending and this Shipped, the merchant has handed the parcel over and the carrier has
        not scanned it yet.
        """
        fulfillmentState: String!
        shippedAt: DateTime
        deliveredAt: DateTime
        events: [ParcelEvent!]!
    }

    extend type Fulfillment {
        "The parcels of this fulfillment (empty for fulfillments not made with tracked parcels)."
        parcels: [Parcel!]!
    }

    "The public view of an order's delivery: statuses, dates and towns; no name, no address."
    type TrackedShipment {
        orderCode: String!
        "Vendure's order state, e.g. Shipped, PartiallyDelivered."
        orderState: String!
        parcels: [Parcel!]!
    }

    "No order matches the code and the email address or postal code (the same for each case)."
    type ShipmentNotFoundError implements ErrorResult {
        errorCode: ErrorCode!
        message: String!
    }

    union TrackShipmentResult = TrackedShipment | ShipmentNotFoundError

    extend type Query {
        """
        Public parcel tracking: an order of the active channel by its code and either the customer's
        email address or the shipping postal code. Rate-limited per IP and per order code.
        """
        trackShipment(orderCode: String!, emailAddress: String, postalCode: String): TrackShipmentResult!
    }
`;

/** Admin API: parcels with their raw data, carriers, manual events. */
export const adminApiExtensions = gql`
    ${common}

    "One event of a parcel's timeline, with the carrier's raw status and where it came from."
    type ParcelEvent {
        id: ID!
        status: TrackingStatus!
        "The carrier's own status or code, e.g. DI1."
        rawStatus: String!
        message: String!
        location: String!
        occurredAt: DateTime!
        "webhook, poll or manual."
        source: String!
        createdAt: DateTime!
    }

    "One parcel of a fulfillment."
    type Parcel {
        id: ID!
        carrierCode: String!
        carrierName: String!
        trackingNumber: String!
        trackingUrl: String!
        labelUrl: String!
        status: TrackingStatus!
        """
        Vendure's state of the parcel's fulfillment (Pending, Shipped, Delivered, Cancelled…). With
        status Pending and this Shipped, the merchant has handed the parcel over and the carrier has
        not scanned it yet.
        """
        fulfillmentState: String!
        shippedAt: DateTime
        deliveredAt: DateTime
        lastEventAt: DateTime
        lastPolledAt: DateTime
        events: [ParcelEvent!]!
    }

    extend type Fulfillment {
        "The parcels of this fulfillment (empty for fulfillments not made with tracked parcels)."
        parcels: [Parcel!]!
    }

    "A carrier of the channel."
    type TrackingCarrier {
        id: ID!
        code: String!
        name: String!
        "Public tracking page URL with {trackingNumber}, or empty."
        trackingUrlTemplate: String!
        "laposte, or null."
        pollingAdapter: String
    }

    input TrackingCarrierInput {
        "2-64 lower-case letters, digits or dashes; the carrier is updated when the code exists."
        code: String!
        name: String!
        trackingUrlTemplate: String
        pollingAdapter: String
    }

    input AddParcelEventInput {
        parcelId: ID!
        status: TrackingStatus!
        message: String
        location: String
        "Default now."
        occurredAt: DateTime
    }

    "A manual event was refused; the message names the field."
    type InvalidParcelEventError implements ErrorResult {
        errorCode: ErrorCode!
        message: String!
    }

    union AddParcelEventResult = Parcel | InvalidParcelEventError

    "The fulfillment has not shipped (state Pending or Cancelled): there is no shipped email to send again."
    type FulfillmentNotShippedError implements ErrorResult {
        errorCode: ErrorCode!
        message: String!
        "The fulfillment's state."
        state: String!
    }

    union ResendShippedEmailResult = Fulfillment | FulfillmentNotShippedError

    extend type Query {
        """
        The active channel's carriers, or with an orderId, the carriers of that order's own channel (the
        channel that sells it; the Dashboard often works in the default channel), for an order the
        administrator may read.
        """
        trackingCarriers(orderId: ID): [TrackingCarrier!]!
    }

    extend type Mutation {
        "Creates or updates (by code) a carrier of the active channel."
        saveTrackingCarrier(input: TrackingCarrierInput!): TrackingCarrier!
        "Adds an event to a parcel's timeline by hand (needs UpdateOrder)."
        addParcelEvent(input: AddParcelEventInput!): AddParcelEventResult!
        """
        Sends the customer the shipped email of a Shipped or Delivered fulfillment again (the shop's
        shipped-email handler, in the order's language) and notes it in the order's history (needs
        UpdateOrder). An unknown fulfillment or one of another channel's order is ENTITY_NOT_FOUND.
        """
        resendShippedEmail(fulfillmentId: ID!): ResendShippedEmailResult!
    }
`;
