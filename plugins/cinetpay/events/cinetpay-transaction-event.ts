import { RequestContext, VendureEvent } from '@vendure/core';
import { CinetPayTransaction } from '../entities/cinetpay-transaction.entity';

/**
 * What happened to a CinetPay attempt:
 * `created` (initialised, shopper sent to CinetPay), `init-failed`, `waiting` (check said pending),
 * `settled` (Payment added), `refused`, `mismatch` (amount/currency differ: not settled, admin needed),
 * `settlement-failed` (accepted by CinetPay, refused by Vendure: admin needed).
 */
export type CinetPayTransactionEventType =
    'created' | 'init-failed' | 'waiting' | 'settled' | 'refused' | 'mismatch' | 'settlement-failed';

/**
 * Published on the EventBus after each change of a {@link CinetPayTransaction} (after the database
 * transaction committed). `ctx` is the shopper's (created, init-failed) or an admin context of the order's
 * channel (the others). Subscribe with `eventBus.ofType(CinetPayTransactionEvent)`.
 */
export class CinetPayTransactionEvent extends VendureEvent {
    constructor(
        public readonly ctx: RequestContext,
        public readonly transaction: CinetPayTransaction,
        public readonly type: CinetPayTransactionEventType,
    ) {
        super();
    }
}
