/**
 * The log of processed Stripe webhook events ({@link StripeWebhookEvent}, unique on Stripe's event id):
 * whether an event was already processed, and the record of what was done with one. Stripe delivers
 * events at least once, out of order and sometimes concurrently (https://docs.stripe.com/webhooks); this
 * log makes a redelivery a no-op.
 */
import { Injectable } from '@nestjs/common';
import { Logger, RequestContext, TransactionalConnection } from '@vendure/core';
import type Stripe from 'stripe';
import { loggerCtx } from '../constants';
import { StripePaymentIntent } from '../entities/stripe-payment-intent.entity';
import { StripeWebhookEvent } from '../entities/stripe-webhook-event.entity';
import { StripeWebhookResult, WebhookAnswer } from '../types';

/** See the module documentation. */
@Injectable()
export class StripeWebhookEventService {
    constructor(private readonly connection: TransactionalConnection) {}

    /** True when an event with this id (`evt_…`) was already processed and recorded. */
    async eventSeen(eventId: string): Promise<boolean> {
        return (
            (await this.connection.rawConnection
                .getRepository(StripeWebhookEvent)
                .count({ where: { eventId } })) > 0
        );
    }

    /** The 200 "already processed" answer when the event was already recorded, else undefined. */
    async answerIfSeen(eventId: string): Promise<WebhookAnswer | undefined> {
        return (await this.eventSeen(eventId))
            ? { status: 200, text: 'OK (already processed)', result: 'DUPLICATE_EVENT' }
            : undefined;
    }

    /**
     * Stores a processed event with its result and message (in `ctx`'s transaction when given, else on
     * its own) and returns the 200 answer for it. Without `ctx`, a concurrent duplicate loses on the unique
     * key and gets the "already processed" answer; with `ctx`, the error is thrown so the caller's
     * transaction rolls back.
     */
    async recordEvent(
        event: Stripe.Event,
        record: StripePaymentIntent | null,
        result: StripeWebhookResult,
        message?: string,
        ctx?: RequestContext,
    ): Promise<WebhookAnswer> {
        const repo = ctx
            ? this.connection.getRepository(ctx, StripeWebhookEvent)
            : this.connection.rawConnection.getRepository(StripeWebhookEvent);
        try {
            await repo.insert(
                new StripeWebhookEvent({
                    eventId: event.id,
                    type: event.type.slice(0, 80),
                    paymentIntentId: record?.paymentIntentId ?? null,
                    channelId: record?.channelId ?? null,
                    orderId: record?.orderId ?? null,
                    result,
                    message: message ?? null,
                }),
            );
        } catch (err) {
            if (ctx) throw err;
            const seen = await this.answerIfSeen(event.id);
            if (seen) return seen;
            throw err;
        }
        if (result === 'IGNORED')
            Logger.verbose(`Stripe event ${event.id} (${event.type}) ignored: ${message}`, loggerCtx);
        const text =
            result === 'IGNORED'
                ? `OK (ignored: ${message})`
                : result === 'DUPLICATE_INTENT'
                  ? 'OK (already settled)'
                  : 'OK';
        return { status: 200, text, result };
    }
}
