export { CinetPayPlugin } from './cinetpay.plugin';
export {
    cinetpayPaymentMethodHandler,
    parseManualRefundReference,
} from './config/cinetpay-payment-method-handler';
export { CinetPayTransaction } from './entities/cinetpay-transaction.entity';
export { CinetPayNotification } from './entities/cinetpay-notification.entity';
export { CinetPayPaymentService } from './services/cinetpay-payment.service';
export { CinetPayNotificationService } from './services/cinetpay-notification.service';
export { CinetPaySettlementService } from './services/cinetpay-settlement.service';
export { CinetPayTransactionService } from './services/cinetpay-transaction.service';
export { CinetPayClient, CinetPayError } from './helpers/cinetpay-client';
export { toCinetPayAmount, fromCinetPayAmount } from './helpers/amount';
export { computeXToken, verifyXToken } from './helpers/x-token';
export { credentialsOf as cinetPayCredentialsOf } from './helpers/credentials';
export { CINETPAY_HANDLER_CODE, readCinetPayTransactionPermission } from './constants';
export type {
    CinetPayPluginOptions,
    CinetPayTransactionStatus,
    CreateCinetPayPaymentResult,
    IncomingNotification,
    NotificationAnswer,
} from './types';
export { CinetPayTransactionEvent } from './events/cinetpay-transaction-event';
export type { CinetPayTransactionEventType } from './events/cinetpay-transaction-event';
export { ensureCinetPayDemoMethod, CINETPAY_DEMO_METHOD_CODE } from './seed/demo-payment-method';
