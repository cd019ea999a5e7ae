import { DeepPartial, EntityId, ID, VendureEntity } from '@vendure/core';
import { Column, Entity, Index } from 'typeorm';
import { StripeWebhookResult } from '../types';

/**
 * One verified Stripe event the plugin has processed. `eventId` is unique: a redelivered or concurrent
 * duplicate event finds its row and is a no-op. Only events whose signature verified are stored.
 */
@Entity('stripe_webhook_event')
export class StripeWebhookEvent extends VendureEntity {
    constructor(input?: DeepPartial<StripeWebhookEvent>) {
        super(input);
    }

    /** Stripe event id `evt_…`. */
    @Index({ unique: true })
    @Column({ length: 255 })
    eventId: string;

    /** Event type, e.g. `payment_intent.succeeded`. */
    @Column({ length: 80 })
    type: string;

    /** The PaymentIntent the event is about, when it has one. */
    @Index()
    @Column('varchar', { length: 255, nullable: true })
    paymentIntentId: string | null;

    /** Channel of the order, when the event concerned one of ours. */
    @Index()
    @EntityId({ nullable: true })
    channelId: ID | null;

    @EntityId({ nullable: true })
    orderId: ID | null;

    @Column('varchar', { length: 30 })
    result: StripeWebhookResult;

    /** Short explanation (e.g. why it was ignored). */
    @Column('text', { nullable: true })
    message: string | null;
}
