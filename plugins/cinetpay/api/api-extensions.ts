import gql from 'graphql-tag';

/** Shop API extension. No type here exposes PaymentMethod.handler (its args hold the merchant's secrets). */
export const shopApiExtensions = gql`
    """
    A CinetPay payment attempt: send the shopper to paymentUrl (CinetPay's hosted page). The order is paid
    only when CinetPay's notification has been verified (x-token HMAC, then /v2/payment/check).
    """
    type CinetPayPaymentIntent {
        "CinetPay's hosted payment page (https://checkout.cinetpay.com/…)."
        paymentUrl: String!
        "Our transaction_id for this attempt ([A-Za-z0-9], at most 30 characters), unique per attempt."
        transactionId: String!
    }

    "The order cannot be paid yet: empty, no customer, no shipping method, no eligible CinetPay method, or wrong state."
    type CinetPayOrderNotReadyError implements ErrorResult {
        errorCode: ErrorCode!
        message: String!
    }

    "The order total cannot be sent to CinetPay unchanged (unsupported currency, fraction of a franc, not a multiple of 5)."
    type CinetPayAmountError implements ErrorResult {
        errorCode: ErrorCode!
        message: String!
        "UNSUPPORTED_CURRENCY, NOT_AN_INTEGER, NOT_POSITIVE or NOT_A_MULTIPLE_OF_5."
        reason: String!
    }

    "CinetPay refused or did not answer the initialisation (POST /v2/payment); a new attempt may succeed."
    type CinetPayGatewayError implements ErrorResult {
        errorCode: ErrorCode!
        message: String!
        "CinetPay's code (a string, e.g. '608', '641'), absent on network errors."
        cinetpayCode: String
    }

    union CreateCinetPayPaymentResult =
        | CinetPayPaymentIntent
        | NoActiveOrderError
        | CinetPayOrderNotReadyError
        | CinetPayAmountError
        | CinetPayGatewayError

    "A CinetPay attempt as the storefront's return page shows it (no secrets, no raw CinetPay data)."
    type CinetPayPaymentStatus {
        transactionId: String!
        orderCode: String!
        "PENDING, WAITING, SETTLING, ACCEPTED, REFUSED, MISMATCH, SETTLEMENT_FAILED or INIT_FAILED (see the plugin README)."
        status: String!
        "Order total charged, Vendure minor units (XOF ×100)."
        amount: Money!
        currencyCode: CurrencyCode!
        createdAt: DateTime!
        updatedAt: DateTime!
        """
        The state of the attempt's order now (e.g. \`ArrangingPayment\`, \`PaymentSettled\`): once the order
        is placed, by this attempt, another one or another method, the return page of an old refused
        attempt must not offer to pay again.
        """
        orderState: String!
    }

    extend type PaymentMethodQuote {
        """
        True when this method's handler is \`cinetpay\`: the storefront pays it with createCinetPayPayment
        (redirect to CinetPay's page), not with addPaymentToOrder.
        """
        isCinetPay: Boolean!
    }

    extend type Query {
        """
        A CinetPay attempt of the current channel, for the session's active order or an order the
        OrderByCodeAccessStrategy lets this client read (its owner; a guest shortly after placing it);
        null otherwise or when unknown. Display only: the order's state is the truth.
        """
        cinetPayPaymentStatus(transactionId: String!): CinetPayPaymentStatus
    }

    extend type Mutation {
        """
        Starts a CinetPay payment for the active order (shipping method chosen): moves the order to
        ArrangingPayment and returns CinetPay's payment page. Each call is a new attempt with a new
        transactionId (e.g. after a refusal).
        """
        createCinetPayPayment: CreateCinetPayPaymentResult!
    }
`;

/** Admin API extension: the attempt and notification logs, behind `ReadCinetPayTransaction`. */
export const adminApiExtensions = gql`
    "One CinetPay payment attempt (one transaction_id)."
    type CinetPayTransaction implements Node {
        id: ID!
        createdAt: DateTime!
        updatedAt: DateTime!
        transactionId: String!
        orderId: ID!
        orderCode: String!
        "PENDING, WAITING, SETTLING, ACCEPTED, REFUSED, MISMATCH, SETTLEMENT_FAILED or INIT_FAILED."
        status: String!
        "Order total at initialisation, minor units."
        amount: Money!
        "Amount sent to CinetPay, major units (francs)."
        gatewayAmount: Int!
        currencyCode: CurrencyCode!
        paymentUrl: String
        "Last verified /v2/payment/check code and status."
        checkCode: String
        checkStatus: String
        "Operator (OM, MOMO, …) and its reference."
        paymentMethodUsed: String
        operatorId: String
        "The Vendure Payment created on settlement."
        paymentId: ID
        errorMessage: String
        "Every request received on the notify URL for this transaction_id, oldest first."
        notifications: [CinetPayNotification!]!
    }

    "One request received on the notify URL."
    type CinetPayNotification implements Node {
        id: ID!
        createdAt: DateTime!
        updatedAt: DateTime!
        httpMethod: String!
        contentType: String
        "Parsed body as JSON text (≤ 8 KB)."
        body: String!
        "Whether the x-token matched the secret key."
        verified: Boolean!
        "PING, UNAUTHORIZED, BAD_REQUEST, CHECK_FAILED, MISMATCH, SETTLED, DUPLICATE, REFUSED, PENDING, SETTLEMENT_FAILED (refused for good, answered 200) or SETTLEMENT_RETRY (transient failure, answered 503)."
        result: String!
        responseStatus: Int!
        message: String
    }

    extend type Query {
        "The CinetPay attempts of an order, newest first (order's channel, or any from the default channel)."
        cinetPayTransactions(orderId: ID!): [CinetPayTransaction!]!
    }
`;
