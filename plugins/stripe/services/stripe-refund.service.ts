/**
 * Refunds both ways between Vendure and Stripe: a refund made in the Dashboard becomes a Stripe Refund
 * (the handler's `createRefund`), and refunds Stripe reports by webhook (`charge.refunded`,
 * `refund.created`, `refund.updated`) settle or fail our pending ones, or are recorded as Vendure Refunds
 * when they were made in Stripe's Dashboard.
 *
 * Stripe references: https://docs.stripe.com/api/refunds, …/api/idempotent_requests (summarised in
 * docs/gateways/stripe.md).
 */
import { Injectable } from '@nestjs/common';
import { RefundOrderInput } from '@vendure/common/lib/generated-types';
import {
    HistoryService,
    ID,
    Logger,
    Order,
    OrderService,
    Payment,
    PaymentMethod,
    Refund,
    RequestContext,
    TransactionalConnection,
} from '@vendure/core';
import Stripe from 'stripe';
import { addOrderNote } from '../../shared/order-note';
import { GatewaySettlementService } from '../../shared/settlement';
import { loggerCtx, REFUND_ORIGIN_METADATA_KEY } from '../constants';
import { StripePaymentIntent } from '../entities/stripe-payment-intent.entity';
import { fromStripeAmount, toStripeAmount } from '../helpers/amount';
import { credentialsOf } from '../helpers/credentials';
import { refundKey } from '../helpers/idempotency';
import { stripeRefundReason } from '../helpers/refund-reason';
import { StripeCredentials, WebhookAnswer } from '../types';
import { StripeClientService } from './stripe-client.service';
import { StripeWebhookEventService } from './stripe-webhook-event.service';

/** A refund made in Stripe being recorded as a Vendure Refund (the handler must not call Stripe again). */
interface RefundBeingSynced {
    refundId: string;
    amount: number;
}

/** See the module documentation. */
@Injectable()
export class StripeRefundService {
    private readonly refundsBeingSynced = new Map<string, RefundBeingSynced>();

    constructor(
        private readonly connection: TransactionalConnection,
        private readonly orderService: OrderService,
        private readonly historyService: HistoryService,
        private readonly settlement: GatewaySettlementService,
        private readonly clients: StripeClientService,
        private readonly events: StripeWebhookEventService,
    ) {}

    /**
     * The handler's `createRefund`: a refund made in Stripe being recorded (no call to Stripe), or a new
     * Stripe Refund of `amount` (Vendure minor units) on the payment's PaymentIntent, with an idempotency
     * key per Vendure refund of the payment, Stripe's closest `reason` and the merchant's text in metadata.
     */
    async createRefund(
        ctx: RequestContext,
        input: RefundOrderInput,
        amount: number,
        order: Order,
        payment: Payment,
        credentials: StripeCredentials,
    ): Promise<{
        state: 'Settled' | 'Pending' | 'Failed';
        transactionId?: string;
        metadata?: Record<string, unknown>;
    }> {
        const synced = this.refundsBeingSynced.get(String(payment.id));
        if (synced && synced.amount === amount) {
            this.refundsBeingSynced.delete(String(payment.id));
            return {
                state: 'Settled',
                transactionId: synced.refundId,
                metadata: { stripeRefundId: synced.refundId, madeInStripe: true },
            };
        }
        const converted = toStripeAmount(amount, order.currencyCode);
        if (!converted.ok) return { state: 'Failed', metadata: { errorMessage: converted.message } };
        const index = await this.connection
            .getRepository(ctx, Refund)
            .count({ where: { paymentId: payment.id } });
        const params: Stripe.RefundCreateParams = {
            payment_intent: payment.transactionId,
            amount: converted.amount,
            reason: stripeRefundReason(input.reason),
            metadata: {
                [REFUND_ORIGIN_METADATA_KEY]: 'vendure',
                orderCode: order.code,
                paymentId: String(payment.id),
                reason: (input.reason ?? '').slice(0, 500),
            },
        };
        try {
            const refund = await this.clients.client(credentials.apiKey).refunds.create(params, {
                idempotencyKey: refundKey(payment.id, index, params),
            });
            const state =
                refund.status === 'succeeded'
                    ? 'Settled'
                    : refund.status === 'failed' || refund.status === 'canceled'
                      ? 'Failed'
                      : 'Pending';
            Logger.info(
                `Order ${order.code}: Stripe refund ${refund.id} of ${converted.amount} ${refund.currency} ${refund.status}`,
                loggerCtx,
            );
            return {
                state,
                transactionId: refund.id,
                metadata: {
                    stripeRefundId: refund.id,
                    stripeStatus: refund.status,
                    stripeReason: params.reason,
                },
            };
        } catch (err) {
            const message = err instanceof Stripe.errors.StripeError ? err.message : (err as Error).message;
            Logger.warn(`Order ${order.code}: Stripe refused the refund: ${message}`, loggerCtx);
            return { state: 'Failed', metadata: { errorMessage: `Stripe: ${message}` } };
        }
    }

    /** `charge.refunded`: lists the intent's refunds at Stripe and records each succeeded one not known yet. */
    async syncRefundsOfIntent(
        event: Stripe.Event,
        record: StripePaymentIntent,
        method: PaymentMethod,
    ): Promise<WebhookAnswer> {
        if (record.mismatchRefundId) return this.ignoreMismatchRefund(event, record);
        if (!record.paymentId) return { status: 503, text: 'payment not settled yet, retry later' };
        const refunds = await this.clients.client(credentialsOf(method).apiKey).refunds.list({
            payment_intent: record.paymentIntentId,
            limit: 100,
        });
        let synced = 0;
        for (const refund of refunds.data) {
            const answer = await this.recordStripeRefund(record, refund);
            if (answer === 'retry')
                return { status: 503, text: 'refund could not be recorded yet, retry later' };
            if (answer === 'synced') synced++;
        }
        return this.events.recordEvent(
            event,
            record,
            synced ? 'REFUND_SYNCED' : 'IGNORED',
            synced ? `${synced} refund(s)` : 'refunds already known',
        );
    }

    /** `refund.created` / `refund.updated`: records this refund (or settles/fails our pending one). */
    async syncRefund(
        event: Stripe.Event,
        refund: Stripe.Refund,
        record: StripePaymentIntent,
    ): Promise<WebhookAnswer> {
        if (record.mismatchRefundId) return this.ignoreMismatchRefund(event, record);
        if (!record.paymentId) return { status: 503, text: 'payment not settled yet, retry later' };
        const answer = await this.recordStripeRefund(record, refund);
        if (answer === 'retry') return { status: 503, text: 'refund could not be recorded yet, retry later' };
        return this.events.recordEvent(
            event,
            record,
            answer === 'synced' ? 'REFUND_SYNCED' : 'IGNORED',
            answer === 'synced' ? refund.id : `refund ${refund.id}: nothing to do`,
        );
    }

    /**
     * One Stripe refund → Vendure: a Pending Vendure refund with its id is settled (or failed); a
     * succeeded refund made in Stripe's Dashboard becomes a Settled Vendure Refund (through Vendure's
     * refundOrder, the handler recording it without calling Stripe). Known refunds are left alone.
     */
    private async recordStripeRefund(
        record: StripePaymentIntent,
        refund: Stripe.Refund,
    ): Promise<'synced' | 'known' | 'retry'> {
        const ctx = await this.settlement.channelContext(record.channelId);
        const existing = await this.connection.rawConnection
            .getRepository(Refund)
            .findOne({ where: { transactionId: refund.id } });
        if (existing) {
            if (existing.state === 'Pending' && refund.status === 'succeeded') {
                await this.connection.withTransaction(ctx, c =>
                    this.orderService.settleRefund(c, { id: existing.id, transactionId: refund.id }),
                );
                return 'synced';
            }
            if (
                existing.state === 'Pending' &&
                (refund.status === 'failed' || refund.status === 'canceled')
            ) {
                await this.note(
                    ctx,
                    record.orderId,
                    `Stripe: refund ${refund.id} ${refund.status}${refund.failure_reason ? ` (${refund.failure_reason})` : ''}; the Vendure refund stays Pending: settle or retry it by hand`,
                );
                return 'synced';
            }
            return 'known';
        }
        if (refund.metadata?.[REFUND_ORIGIN_METADATA_KEY] === 'vendure') {
            // Ours, and Vendure has not saved it yet (its webhook overtook refundOrder): let Stripe retry.
            return refund.status === 'succeeded' || refund.status === 'pending' ? 'retry' : 'known';
        }
        if (refund.status !== 'succeeded') return 'known';
        const amount = fromStripeAmount(refund.amount, refund.currency);
        const paymentKey = String(record.paymentId);
        this.refundsBeingSynced.set(paymentKey, { refundId: refund.id, amount });
        try {
            const result = await this.connection.withTransaction(ctx, c =>
                this.orderService.refundOrder(c, {
                    paymentId: record.paymentId!,
                    amount,
                    reason: `Stripe Dashboard refund ${refund.id}${refund.reason ? ` (${refund.reason})` : ''}`,
                    lines: [],
                    shipping: 0,
                    adjustment: 0,
                }),
            );
            if ('errorCode' in result) {
                await this.note(
                    ctx,
                    record.orderId,
                    `Stripe: refund ${refund.id} made in Stripe could not be recorded in Vendure (${result.errorCode}: ${result.message})`,
                );
                return 'known';
            }
            Logger.info(
                `Order ${record.orderCode}: refund ${refund.id} made in Stripe recorded (${refund.amount} ${refund.currency})`,
                loggerCtx,
            );
            return 'synced';
        } finally {
            this.refundsBeingSynced.delete(paymentKey);
        }
    }

    /** Refund events of an intent Radiant refunded for a stale amount: it has no Vendure Payment to record them on. */
    private ignoreMismatchRefund(event: Stripe.Event, record: StripePaymentIntent): Promise<WebhookAnswer> {
        return this.events.recordEvent(
            event,
            record,
            'IGNORED',
            `intent refunded for an amount mismatch (${record.mismatchRefundId ?? ''})`,
        );
    }

    private async note(ctx: RequestContext, orderId: ID, note: string): Promise<void> {
        await addOrderNote(this.historyService, ctx, orderId, note);
    }
}
