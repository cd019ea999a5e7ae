/**
 * Radiant's default limits and the key functions rules are built from. The reasoning behind each
 * number is in plugins/rate-limit/README.md ("The limits and why").
 */
import type { Request } from 'express';
import type { GraphQLRateLimitCall, GraphQLRateLimitRule, RestRateLimitRule } from './types';

const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Key: the client's IP address (`req.ip`). */
export const byIp = (call: GraphQLRateLimitCall): string => call.ip;

/**
 * Key: an email address or username found in the arguments at `path` (e.g. `['input', 'emailAddress']`),
 * trimmed and lowercased as Vendure stores identifiers; `undefined` when absent.
 */
export function byArgument(...path: string[]): (call: GraphQLRateLimitCall) => string | undefined {
    return call => {
        let value: unknown = call.args;
        for (const segment of path) {
            value =
                value && typeof value === 'object' ? (value as Record<string, unknown>)[segment] : undefined;
        }
        return typeof value === 'string' && value.trim() ? value.trim().toLowerCase() : undefined;
    };
}

/** Key: the signed-in user's id; `undefined` for anonymous sessions. */
export const byActiveUser = (call: GraphQLRateLimitCall): string | undefined =>
    call.ctx.activeUserId === undefined ? undefined : String(call.ctx.activeUserId);

/** Key: the session's active order id; `undefined` without one. */
export const byActiveOrder = (call: GraphQLRateLimitCall): string | undefined => {
    const id = call.ctx.session?.activeOrderId;
    return id === undefined || id === null ? undefined : String(id);
};

/** The login mutations (native strategy): `login(username)` and `authenticate(input.native.username)`. */
const LOGIN_FIELDS = ['login', 'authenticate'];
const loginUsername = (call: GraphQLRateLimitCall): string | undefined =>
    byArgument('username')(call) ?? byArgument('input', 'native', 'username')(call);

/**
 * An `authenticate(input: { sessionTransfer })` call (Radiant's src/config/customer-channels.ts): the
 * storefront hands a customer's session to the other shop when a shopper switches shop. A guest's
 * session is refused as invalid credentials, but that is no password guess (the token is a 256-bit
 * bearer token), so it has a limit of its own instead of counting as a failed login.
 */
export const isSessionTransfer = (call: GraphQLRateLimitCall): boolean => {
    const input = call.args.input;
    return !!input && typeof input === 'object' && 'sessionTransfer' in input;
};

/** A wrong password: Vendure's `InvalidCredentialsError` result. */
export const isInvalidCredentials = (result: unknown): boolean =>
    !!result &&
    typeof result === 'object' &&
    (result as { errorCode?: unknown }).errorCode === 'INVALID_CREDENTIALS_ERROR';

/**
 * The default GraphQL limits (Shop API unless noted). Login counts failures only (OWASP Authentication
 * Cheat Sheet, rate-limiter-flexible's "login endpoint protection" example); everything that sends an
 * email, sets a password or calls a payment gateway counts every attempt.
 */
export const DEFAULT_GRAPHQL_RULES: GraphQLRateLimitRule[] = [
    {
        name: 'login-ip-username',
        fields: LOGIN_FIELDS,
        api: 'both',
        count: 'failure',
        isFailure: isInvalidCredentials,
        resetOnSuccess: true,
        points: 10,
        duration: DAY,
        blockDuration: HOUR,
        key: call => {
            const username = loginUsername(call);
            return username === undefined ? undefined : `${call.ip}|${username}`;
        },
    },
    {
        name: 'login-username',
        fields: LOGIN_FIELDS,
        api: 'both',
        count: 'failure',
        isFailure: isInvalidCredentials,
        points: 50,
        duration: DAY,
        blockDuration: HOUR,
        key: loginUsername,
    },
    {
        name: 'login-ip',
        fields: LOGIN_FIELDS,
        api: 'both',
        count: 'failure',
        isFailure: isInvalidCredentials,
        points: 100,
        duration: DAY,
        blockDuration: DAY,
        key: call => (isSessionTransfer(call) ? undefined : byIp(call)),
    },
    {
        name: 'session-transfer-ip',
        fields: ['authenticate'],
        api: 'shop',
        points: 60,
        duration: HOUR,
        key: call => (isSessionTransfer(call) ? call.ip : undefined),
    },
    { name: 'register-ip', fields: ['registerCustomerAccount'], points: 10, duration: HOUR, key: byIp },
    {
        name: 'register-email',
        fields: ['registerCustomerAccount'],
        points: 3,
        duration: HOUR,
        key: byArgument('input', 'emailAddress'),
    },
    { name: 'verify-ip', fields: ['verifyCustomerAccount'], points: 10, duration: HOUR, key: byIp },
    { name: 'password-reset-ip', fields: ['requestPasswordReset'], points: 10, duration: HOUR, key: byIp },
    {
        name: 'password-reset-email',
        fields: ['requestPasswordReset'],
        points: 3,
        duration: HOUR,
        key: byArgument('emailAddress'),
    },
    { name: 'reset-password-ip', fields: ['resetPassword'], points: 10, duration: HOUR, key: byIp },
    {
        name: 'email-change-ip',
        fields: ['requestUpdateCustomerEmailAddress'],
        points: 10,
        duration: HOUR,
        key: byIp,
    },
    {
        name: 'email-change-account',
        fields: ['requestUpdateCustomerEmailAddress'],
        points: 5,
        duration: HOUR,
        key: byActiveUser,
    },
    {
        name: 'email-change-email',
        fields: ['requestUpdateCustomerEmailAddress'],
        points: 3,
        duration: HOUR,
        key: byArgument('newEmailAddress'),
    },
    { name: 'password-change-ip', fields: ['updateCustomerPassword'], points: 20, duration: HOUR, key: byIp },
    {
        name: 'password-change-account',
        fields: ['updateCustomerPassword'],
        points: 10,
        duration: HOUR,
        key: byActiveUser,
    },
    { name: 'cinetpay-payment-ip', fields: ['createCinetPayPayment'], points: 30, duration: HOUR, key: byIp },
    {
        name: 'cinetpay-payment-order',
        fields: ['createCinetPayPayment'],
        points: 10,
        duration: HOUR,
        key: byActiveOrder,
    },
    {
        name: 'stripe-intent-ip',
        fields: ['createStripePaymentIntent'],
        points: 60,
        duration: HOUR,
        key: byIp,
    },
    {
        name: 'stripe-intent-order',
        fields: ['createStripePaymentIntent'],
        points: 30,
        duration: HOUR,
        key: byActiveOrder,
    },
    // The public parcel lookup (plugins/delivery-tracking): an order code + email guess per call.
    { name: 'track-shipment-ip', fields: ['trackShipment'], points: 30, duration: HOUR, key: byIp },
    {
        name: 'track-shipment-order',
        fields: ['trackShipment'],
        points: 10,
        duration: HOUR,
        key: byArgument('orderCode'),
    },
    // Support threads (plugins/support-threads): each message emails the staff and may carry five
    // 5 MB attachments; per account, and per IP against one person with many accounts.
    {
        name: 'support-open-account',
        fields: ['openSupportThread'],
        points: 10,
        duration: HOUR,
        key: byActiveUser,
    },
    { name: 'support-open-ip', fields: ['openSupportThread'], points: 30, duration: HOUR, key: byIp },
    {
        name: 'support-reply-account',
        fields: ['replyToSupportThread'],
        points: 60,
        duration: HOUR,
        key: byActiveUser,
    },
    { name: 'support-reply-ip', fields: ['replyToSupportThread'], points: 120, duration: HOUR, key: byIp },
];

/** The CinetPay notification path (plugins/cinetpay/api/cinetpay.controller.ts). */
export const CINETPAY_NOTIFY_PATH = '/payments/cinetpay/notify';
/** The Stripe webhook path (plugins/stripe/constants.ts `WEBHOOK_PATH`). */
export const STRIPE_WEBHOOK_PATH = '/payments/stripe';

/**
 * The carriers' webhook path (plugins/delivery-tracking `WEBHOOK_PATH`), one per channel and source:
 * `/tracking/webhook/fr/generic`.
 */
export const TRACKING_WEBHOOK_PATH = '/tracking/webhook/:channelToken/:source';

/** The support attachments' download route (plugins/support-threads `ATTACHMENT_PATH`). */
export const SUPPORT_ATTACHMENT_PATH = '/support-threads/attachments/:assetId';

/** The CinetPay transaction id of a notification (`cpm_trans_id`, form body, JSON body or query). */
function cinetpayTransactionId(req: Request): string | undefined {
    const body: unknown = req.body;
    const fromBody =
        body && typeof body === 'object' ? (body as Record<string, unknown>).cpm_trans_id : undefined;
    const value = fromBody ?? req.query.cpm_trans_id;
    return typeof value === 'string' && value.trim() ? value.trim().slice(0, 100) : undefined;
}

/** The default REST limits: the gateways' and the carriers' webhooks, the support attachments. */
export const DEFAULT_REST_RULES: RestRateLimitRule[] = [
    {
        name: 'cinetpay-notify-ip',
        paths: [CINETPAY_NOTIFY_PATH],
        points: 300,
        duration: MINUTE,
        key: req => req.ip,
    },
    {
        name: 'cinetpay-notify-transaction',
        paths: [CINETPAY_NOTIFY_PATH],
        points: 20,
        duration: HOUR,
        key: cinetpayTransactionId,
    },
    {
        name: 'stripe-webhook-ip',
        paths: [STRIPE_WEBHOOK_PATH],
        points: 600,
        duration: MINUTE,
        key: req => req.ip,
    },
    {
        // Every channel and source together: one carrier's sender address serves them all.
        name: 'tracking-webhook-ip',
        paths: [TRACKING_WEBHOOK_PATH],
        points: 600,
        duration: MINUTE,
        key: req => req.ip,
    },
    {
        // Up to 5 MB each; a thread page shows a few dozen previews at most.
        name: 'support-attachment-ip',
        paths: [SUPPORT_ATTACHMENT_PATH],
        points: 120,
        duration: MINUTE,
        key: req => req.ip,
    },
];
