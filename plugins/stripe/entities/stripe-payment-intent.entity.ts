import { DeepPartial, EntityId, ID, VendureEntity } from '@vendure/core';
import { Column, Entity, Index } from 'typeorm';
import { GatewayPaymentAttempt } from '../../shared/settlement';

/**
 * One Stripe PaymentIntent created by `createStripePaymentIntent`, scoped to the order's channel
 * (`channelId`). `paymentIntentId` is unique; a row is claimed (`settlementNonce`) inside the DB
 * transaction that adds the Vendure Payment, which makes settlement exactly-once.
 * Amounts: `amount` in Vendure minor units (XOF ×100), `gatewayAmount` in Stripe's unit of the currency.
 */
@Entity('stripe_payment_intent')
export class StripePaymentIntent extends VendureEntity implements GatewayPaymentAttempt {
    constructor(input?: DeepPartial<StripePaymentIntent>) {
        super(input);
    }

    /** Stripe id `pi_…`. */
    @Index({ unique: true })
    @Column({ length: 255 })
    paymentIntentId: string;

    /** Channel of the order; every lookup from a request is filtered by it. */
    @Index()
    @EntityId()
    channelId: ID;

    @Index()
    @EntityId()
    orderId: ID;

    @Column({ length: 64 })
    orderCode: string;

    /** The PaymentMethod (handler `stripe`) whose secret key created the intent. */
    @EntityId()
    paymentMethodId: ID;

    /** Amount the intent is set to, Vendure minor units (follows the order total until it is paid). */
    @Column('int')
    amount: number;

    /** The same amount in Stripe's unit (minor units; major units for zero-decimal currencies such as XOF). */
    @Column('int')
    gatewayAmount: number;

    @Column({ length: 3 })
    currencyCode: string;

    /** Last known PaymentIntent status (`requires_payment_method`, `succeeded`, `canceled`, …). */
    @Column('varchar', { length: 40 })
    status: string;

    /** Number of amount/metadata updates sent to Stripe: part of the next update's idempotency key. */
    @Column('int', { default: 0 })
    revision: number;

    /** One-time proof handed to the PaymentMethodHandler while the settlement transaction runs. */
    @Column('varchar', { length: 64, nullable: true })
    settlementNonce: string | null;

    /** The Vendure Payment created on settlement; set once. */
    @EntityId({ nullable: true })
    paymentId: ID | null;

    /**
     * The Stripe Refund (`re_…`) Radiant made because the intent was paid for an amount (or currency)
     * other than the order's total when it succeeded (paid in an old tab after the cart changed): no
     * Vendure Payment was added and the shopper must pay again. Null otherwise.
     */
    @Column('varchar', { length: 255, nullable: true })
    mismatchRefundId: string | null;

    /** Last failure reported by Stripe (`last_payment_error.message`) or by Vendure, for admins and the return page. */
    @Column('text', { nullable: true })
    lastError: string | null;
}
