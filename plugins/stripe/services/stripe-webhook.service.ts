/**
 * `POST /payments/stripe`: verifies the signature, skips events already processed, finds the
 * PaymentIntent an event is about and hands the event to the service that applies it (settlement,
 * refunds, disputes), serialised per PaymentIntent in this process.
 *
 * Stripe references: https://docs.stripe.com/webhooks (signatures, retries, duplicates, ordering),
 * summarised in docs/gateways/stripe.md.
 */
import { Injectable } from '@nestjs/common';
import { idsAreEqual, Logger, PaymentMethod, TransactionalConnection } from '@vendure/core';
import type Stripe from 'stripe';
import { GatewaySettlementService } from '../../shared/settlement';
import { loggerCtx } from '../constants';
import { StripePaymentIntent } from '../entities/stripe-payment-intent.entity';
import { credentialsOf } from '../helpers/credentials';
import { paymentIntentIdOf } from '../helpers/webhook-event';
import { WebhookAnswer } from '../types';
import { StripeClientService } from './stripe-client.service';
import { StripeDisputeService } from './stripe-dispute.service';
import { StripeRefundService } from './stripe-refund.service';
import { StripeSettlementService } from './stripe-settlement.service';
import { StripeWebhookEventService } from './stripe-webhook-event.service';

/** See the module documentation. */
@Injectable()
export class StripeWebhookService {
    constructor(
        private readonly connection: TransactionalConnection,
        private readonly settlement: GatewaySettlementService,
        private readonly clients: StripeClientService,
        private readonly events: StripeWebhookEventService,
        private readonly stripeSettlement: StripeSettlementService,
        private readonly refunds: StripeRefundService,
        private readonly disputes: StripeDisputeService,
    ) {}

    /**
     * Handles one `POST /payments/stripe`. The signature is verified first (against the webhook secret
     * of every Stripe payment method, with the SDK); nothing is read before. Then: an event already
     * processed → 200 no-op; PaymentIntents without our metadata → 200 ignored; otherwise the event is
     * applied, serialised per PaymentIntent in this process, and recorded with its result in the same
     * DB transaction when it changes something. 400 on a missing/bad signature; 503 when the event
     * cannot be applied yet (e.g. a refund of a payment not settled yet: Stripe retries).
     */
    async handleWebhook(rawBody: unknown, signature: string | undefined): Promise<WebhookAnswer> {
        if (!Buffer.isBuffer(rawBody) || !rawBody.length) return { status: 400, text: 'missing body' };
        if (!signature) return { status: 400, text: 'missing Stripe-Signature header' };
        const verified = await this.verify(rawBody, signature);
        if (!verified) {
            Logger.warn('Stripe webhook refused: no webhook secret matches its signature', loggerCtx);
            return { status: 400, text: 'invalid signature' };
        }
        const { event, method } = verified;
        const seen = await this.events.answerIfSeen(event.id);
        if (seen) return seen;
        const object = event.data.object as unknown as Record<string, unknown>;
        const intentId = paymentIntentIdOf(event.type, object);
        if (!intentId)
            return this.events.recordEvent(event, null, 'IGNORED', `unhandled event type ${event.type}`);
        return this.settlement.exclusive(`pi:${intentId}`, async () => {
            const seenMeanwhile = await this.events.answerIfSeen(event.id);
            if (seenMeanwhile) return seenMeanwhile;
            const record = await this.connection.rawConnection
                .getRepository(StripePaymentIntent)
                .findOne({ where: { paymentIntentId: intentId } });
            if (!record) {
                const metadata = (object.metadata ?? {}) as Record<string, string>;
                const why =
                    metadata.orderCode && metadata.channelToken
                        ? 'intent unknown to this shop'
                        : 'not a Radiant PaymentIntent';
                return this.events.recordEvent(event, null, 'IGNORED', why);
            }
            if (!idsAreEqual(record.paymentMethodId, method.id)) {
                return this.events.recordEvent(
                    event,
                    record,
                    'IGNORED',
                    'signed with another payment method’s secret',
                );
            }
            switch (event.type) {
                case 'payment_intent.succeeded':
                    return this.stripeSettlement.settle(event, event.data.object, record, method);
                case 'payment_intent.payment_failed':
                case 'payment_intent.canceled':
                case 'payment_intent.processing':
                    return this.stripeSettlement.recordIntentStatus(event, event.data.object, record);
                case 'charge.refunded':
                    return this.refunds.syncRefundsOfIntent(event, record, method);
                case 'refund.created':
                case 'refund.updated':
                    return this.refunds.syncRefund(event, event.data.object, record);
                case 'charge.dispute.created':
                    return this.disputes.recordDispute(event, event.data.object, record);
                default:
                    return this.events.recordEvent(
                        event,
                        record,
                        'IGNORED',
                        `unhandled event type ${event.type}`,
                    );
            }
        });
    }

    private async verify(
        rawBody: Buffer,
        signature: string,
    ): Promise<{ event: Stripe.Event; method: PaymentMethod } | undefined> {
        for (const fresh of [false, true]) {
            for (const method of await this.clients.stripeMethods(fresh)) {
                const { apiKey, webhookSecret } = credentialsOf(method);
                if (!webhookSecret || !apiKey) continue;
                try {
                    return {
                        event: this.clients
                            .client(apiKey)
                            .webhooks.constructEvent(rawBody, signature, webhookSecret),
                        method,
                    };
                } catch {
                    // not this method's secret (or a forged/expired signature)
                }
            }
        }
        return undefined;
    }
}
