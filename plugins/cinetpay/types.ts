import type { CinetPayNotificationResult } from './entities/cinetpay-notification.entity';

/** Options of {@link CinetPayPlugin.init}. */
export interface CinetPayPluginOptions {
    /** Base URL of the Checkout API v2, without trailing slash (default `https://api-checkout.cinetpay.com`). */
    apiBaseUrl?: string;
    /** Public base URL of the API server; notify_url and return_url are built from it. */
    publicUrl: string;
    /** Public base URL of the storefront; the return URL redirects to `${storefrontUrl}/checkout/cinetpay/<orderCode>`. */
    storefrontUrl: string;
    /**
     * The language the storefront serves without a path prefix (default `fr`); the return URL of an
     * attempt made in another language goes to `${storefrontUrl}/<language>/checkout/cinetpay/…`.
     */
    storefrontDefaultLanguage?: string;
    /** Timeout of each call to CinetPay, in milliseconds (default 15 000). */
    requestTimeoutMs?: number;
    /** Attempts of the idempotent `/v2/payment/check` call (default 3; initialisation is never retried). */
    checkAttempts?: number;
    /**
     * How long an open CinetPay attempt keeps its order from changing (lines, coupons, shipping address,
     * return to AddingItems), in minutes (default 30): CinetPay cannot cancel a payment it initialised,
     * so a changed order would refuse the money. After this the attempt no longer locks the order.
     */
    pendingPaymentLockMinutes?: number;
    /**
     * Days raw notifications are kept before the `cinetpay-prune-notifications` task deletes them:
     * `unverifiedDays` for the ones whose x-token did not verify (default 7; only a 256-character
     * sample and a SHA-256 of their body is stored), `verifiedDays` for the others (default 400,
     * `null` to keep them forever).
     */
    notificationRetention?: { unverifiedDays?: number; verifiedDays?: number | null };
}

/**
 * Status of one payment attempt ({@link CinetPayTransaction.status}).
 * - `PENDING`: initialised, no verified answer yet; `WAITING`: check said WAITING_FOR_CUSTOMER (or another non-final status)
 * - `SETTLING`: a verified ACCEPTED is being applied to the order (claim held inside a DB transaction)
 * - `ACCEPTED`: settled, a Vendure Payment exists (`paymentId`); `REFUSED`: check said REFUSED
 * - `MISMATCH`: check answered an amount/currency different from ours: never settled, needs an admin
 * - `SETTLEMENT_FAILED`: CinetPay accepted but the order cannot take the payment (cancelled, already paid, total
 *   changed, Vendure ErrorResult): a definitive refusal under the shared settlement rule; needs an admin
 * - `INIT_FAILED`: `/v2/payment` refused the initialisation
 */
export type CinetPayTransactionStatus =
    | 'PENDING'
    | 'WAITING'
    | 'SETTLING'
    | 'ACCEPTED'
    | 'REFUSED'
    | 'MISMATCH'
    | 'SETTLEMENT_FAILED'
    | 'INIT_FAILED';

/** The PaymentMethodHandler arguments, parsed. Secrets: `apikey`, `secretKey` — never log them. */
export interface CinetPayCredentials {
    apikey: string;
    siteId: string;
    secretKey: string;
    /** `ALL`, `MOBILE_MONEY`, `CREDIT_CARD`, `WALLET` or a comma-separated combination. */
    channels: string;
    /** `fr` or `en`. */
    lang: string;
}

/** Shop API result of `createCinetPayPayment` (objects carry `__typename` for the GraphQL union). */
export type CreateCinetPayPaymentResult =
    | { __typename: 'CinetPayPaymentIntent'; paymentUrl: string; transactionId: string }
    | { __typename: 'NoActiveOrderError'; errorCode: 'NO_ACTIVE_ORDER_ERROR'; message: string }
    | {
          __typename: 'CinetPayOrderNotReadyError';
          errorCode: 'CINET_PAY_ORDER_NOT_READY_ERROR';
          message: string;
      }
    | {
          __typename: 'CinetPayAmountError';
          errorCode: 'CINET_PAY_AMOUNT_ERROR';
          message: string;
          reason: string;
      }
    | {
          __typename: 'CinetPayGatewayError';
          errorCode: 'CINET_PAY_GATEWAY_ERROR';
          message: string;
          cinetpayCode?: string;
      };

/** Raw notification request, as the controller received it. */
export interface IncomingNotification {
    httpMethod: string;
    contentType?: string;
    xToken?: string;
    /** Parsed body (form-urlencoded or JSON) merged over the query string. */
    fields: Record<string, unknown>;
}

/** The notify endpoint's answer: HTTP status, a short plain-text reason and what was done. */
export interface NotificationAnswer {
    status: number;
    text: string;
    result: CinetPayNotificationResult;
}
