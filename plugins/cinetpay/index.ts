export { CinetPayPlugin } from './cinetpay.plugin';
export {
    cinetpayPaymentMethodHandler,
    parseManualRefundReference,
} from './config/cinetpay-payment-method-handler';
export { CinetPayTransaction } from './entities/cinetpay-transaction.entity';
export { CinetPayNotification } from './entities/cinetpay-notification.entity';
export { CinetPayService } from './services/cinetpay.service';
export { CinetPayClient, CinetPayError } from './services/cinetpay-client';
export { toCinetPayAmount, fromCinetPayAmount } from './services/amount';
export { computeXToken, verifyXToken } from './services/x-token';
export { CINETPAY_HANDLER_CODE, readCinetPayTransactionPermission } from './constants';
export type { CinetPayPluginOptions, CinetPayTransactionStatus } from './types';
export { CinetPayTransactionEvent } from './events/cinetpay-transaction-event';
export type { CinetPayTransactionEventType } from './events/cinetpay-transaction-event';
export { ensureCinetPayDemoMethod, CINETPAY_DEMO_METHOD_CODE } from './seed/demo-payment-method';
