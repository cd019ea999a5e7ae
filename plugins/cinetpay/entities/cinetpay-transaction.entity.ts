import { DeepPartial, EntityId, ID, VendureEntity } from '@vendure/core';
import { Column, Entity, Index } from 'typeorm';
import { CinetPayTransactionStatus } from '../types';
import { GatewayPaymentAttempt } from '../../shared/settlement';

/**
 * One CinetPay payment attempt (one `transaction_id`), scoped to the order's channel (`channelId`).
 * `transactionId` is unique: it is the claim that makes settlement exactly-once.
 * Amounts: `amount` in Vendure minor units (XOF ×100), `gatewayAmount` in CinetPay's major units.
 */
@Entity('cinetpay_transaction')
export class CinetPayTransaction extends VendureEntity implements GatewayPaymentAttempt {
    constructor(input?: DeepPartial<CinetPayTransaction>) {
        super(input);
    }

    /** CinetPay `transaction_id`: `[A-Za-z0-9]`, at most 30 characters. */
    @Index({ unique: true })
    @Column({ length: 30 })
    transactionId: string;

    /** Channel of the order; every lookup from a request is filtered by it. */
    @Index()
    @EntityId()
    channelId: ID;

    @Index()
    @EntityId()
    orderId: ID;

    @Column({ length: 64 })
    orderCode: string;

    /** The PaymentMethod (handler `cinetpay`) whose credentials initialised the payment. */
    @EntityId()
    paymentMethodId: ID;

    /** Order total at initialisation, Vendure minor units. */
    @Column('int')
    amount: number;

    /** Amount sent to CinetPay, major units (a multiple of 5). */
    @Column('int')
    gatewayAmount: number;

    @Column({ length: 3 })
    currencyCode: string;

    /**
     * The shopper's language when the attempt started (the Shop API request's `languageCode`, e.g. `en`):
     * the return URL sends the shopper back to the storefront in it. Null for attempts made before it
     * was recorded.
     */
    @Column('varchar', { length: 10, nullable: true })
    languageCode: string | null;

    @Column('varchar', { length: 20 })
    status: CinetPayTransactionStatus;

    @Column('varchar', { length: 500, nullable: true })
    paymentUrl: string | null;

    @Column('varchar', { length: 255, nullable: true })
    paymentToken: string | null;

    /** Last verified `/v2/payment/check` answer: code and status (e.g. `00`/`ACCEPTED`). */
    @Column('varchar', { length: 20, nullable: true })
    checkCode: string | null;

    @Column('varchar', { length: 40, nullable: true })
    checkStatus: string | null;

    /** Operator (`OM`, `MOMO`, …) and operator reference from the check answer. */
    @Column('varchar', { length: 40, nullable: true })
    paymentMethodUsed: string | null;

    @Column('varchar', { length: 100, nullable: true })
    operatorId: string | null;

    /** One-time proof handed to the PaymentMethodHandler while `SETTLING`. */
    @Column('varchar', { length: 64, nullable: true })
    settlementNonce: string | null;

    /** The Vendure Payment created on settlement. */
    @EntityId({ nullable: true })
    paymentId: ID | null;

    /** Last problem (init error, mismatch, settlement refusal), for admins. */
    @Column('text', { nullable: true })
    errorMessage: string | null;
}
