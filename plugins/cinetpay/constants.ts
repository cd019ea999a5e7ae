import { PermissionDefinition } from '@vendure/core';
import type { CinetPayTransactionStatus } from './types';

/** Logger context of every CinetPay log line. */
export const loggerCtx = 'CinetPayPlugin';
/** Injection token of the plugin options ({@link CinetPayPluginOptions}). */
export const CINETPAY_PLUGIN_OPTIONS = Symbol('CINETPAY_PLUGIN_OPTIONS');
/** Code of the PaymentMethodHandler (`PaymentMethod.handler.code`). */
export const CINETPAY_HANDLER_CODE = 'cinetpay';
/** CinetPay's production Checkout API v2 base URL (https://docs.cinetpay.com/api/1.0-en/checkout/initialisation). */
export const CINETPAY_DEFAULT_API_URL = 'https://api-checkout.cinetpay.com';
/** Path of the notification webhook (notify_url), under the API server. */
export const NOTIFY_PATH = 'payments/cinetpay/notify';
/** Path of the return URL (return_url), under the API server. */
export const RETURN_PATH = 'payments/cinetpay/return';
/** Key of the Payment metadata entry through which the plugin proves a settlement comes from a verified check. */
export const SETTLEMENT_METADATA_KEY = 'cinetpaySettlement';

/** Permission to read CinetPay attempts and raw notifications in the Admin API (`ReadCinetPayTransaction`). */
export const readCinetPayTransactionPermission = new PermissionDefinition({
    name: 'ReadCinetPayTransaction',
    description: 'Allows reading CinetPay payment attempts and the raw notifications received',
});

/** Attempt statuses after which nothing changes any more (a notification or check is a no-op). */
export const FINAL_STATUSES: CinetPayTransactionStatus[] = [
    'ACCEPTED',
    'REFUSED',
    'MISMATCH',
    'SETTLEMENT_FAILED',
    'INIT_FAILED',
];
/** Attempt statuses still waiting for CinetPay's verdict (checked by notifications and the pending check). */
export const OPEN_STATUSES: CinetPayTransactionStatus[] = ['PENDING', 'WAITING'];
/** Default of `CinetPayPluginOptions.pendingPaymentLockMinutes`. */
export const DEFAULT_PENDING_PAYMENT_LOCK_MINUTES = 30;
/** Default of `CinetPayPluginOptions.notificationRetention.unverifiedDays`. */
export const DEFAULT_UNVERIFIED_RETENTION_DAYS = 7;
/** Default of `CinetPayPluginOptions.notificationRetention.verifiedDays`. */
export const DEFAULT_VERIFIED_RETENTION_DAYS = 400;
