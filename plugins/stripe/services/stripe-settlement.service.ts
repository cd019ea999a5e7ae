/**
 * Stripe's side of the shared settlement ({@link GatewaySettlementService}): a verified
 * `payment_intent.succeeded` becomes one settled Vendure Payment, exactly once; failures, cancellations
 * and `processing` are recorded on the intent; and the PaymentMethodHandler's `createPayment` checks the
 * claim this service made.
 */
import crypto from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
    HistoryService,
    ID,
    idsAreEqual,
    Logger,
    Order,
    PaymentMethod,
    RequestContext,
    TransactionalConnection,
} from '@vendure/core';
import Stripe from 'stripe';
import { addOrderNote } from '../../shared/order-note';
import { GatewaySettlementService } from '../../shared/settlement';
import { loggerCtx, REFUND_ORIGIN_METADATA_KEY, SETTLEMENT_METADATA_KEY } from '../constants';
import { StripePaymentIntent } from '../entities/stripe-payment-intent.entity';
import { fromStripeAmount, toStripeAmount } from '../helpers/amount';
import { credentialsOf } from '../helpers/credentials';
import { mismatchRefundKey } from '../helpers/idempotency';
import { WebhookAnswer } from '../types';
import { StripeClientService } from './stripe-client.service';
import { StripeWebhookEventService } from './stripe-webhook-event.service';

/** The claim the webhook flow hands to the PaymentMethodHandler through the Payment metadata. */
interface SettlementClaim {
    paymentIntentId: string;
    nonce: string;
    amount: number;
}

/** See the module documentation. */
@Injectable()
export class StripeSettlementService {
    constructor(
        private readonly connection: TransactionalConnection,
        private readonly historyService: HistoryService,
        private readonly settlement: GatewaySettlementService,
        private readonly events: StripeWebhookEventService,
        private readonly clients: StripeClientService,
    ) {}

    /**
     * `payment_intent.succeeded` → one settled Vendure Payment, exactly once, through the shared
     * settlement ({@link GatewaySettlementService.settle}: claim the intent row, add the payment with the
     * claim `{ paymentIntentId, nonce, amount }` in an admin context of the order's channel, store the
     * event in the same transaction), under the shared rule: a definitive refusal (order cancelled or
     * already paid, Vendure ErrorResult) → `lastError`, an order note and the event recorded as
     * SETTLEMENT_FAILED, 200; a transient failure (database conflict…) → nothing recorded, 503, Stripe
     * retries. A concurrent or later duplicate finds the row claimed/settled (or loses on the event's
     * unique key).
     */
    async settle(
        event: Stripe.Event,
        intent: Stripe.PaymentIntent,
        record: StripePaymentIntent,
        method: PaymentMethod,
    ): Promise<WebhookAnswer> {
        if (record.paymentId)
            return this.events.recordEvent(event, record, 'DUPLICATE_INTENT', 'intent already settled');
        if (record.mismatchRefundId)
            return this.events.recordEvent(event, record, 'DUPLICATE_INTENT', 'intent already refunded');
        const order = await this.connection.rawConnection.getRepository(Order).findOne({
            where: { id: record.orderId },
            // totalWithTax is computed from these columns (Vendure's @Calculated getter).
            select: { id: true, subTotalWithTax: true, shippingWithTax: true, currencyCode: true },
        });
        const amount = fromStripeAmount(intent.amount_received, intent.currency);
        if (
            order &&
            (intent.currency.toUpperCase() !== String(order.currencyCode) || amount !== order.totalWithTax)
        ) {
            return this.refundMismatch(event, intent, record, method, order);
        }
        if (intent.currency.toUpperCase() !== record.currencyCode) {
            const ctx = await this.settlement.channelContext(record.channelId);
            const message = `PaymentIntent ${intent.id} succeeded in ${intent.currency}, the order is in ${record.currencyCode}: not settled`;
            Logger.error(message, loggerCtx);
            await this.note(ctx, record.orderId, message);
            return this.events.recordEvent(event, record, 'MISMATCH', message);
        }
        const settled = await this.settlement.settle({
            gateway: 'Stripe',
            loggerCtx,
            entity: StripePaymentIntent,
            attempt: record,
            reference: intent.id,
            methodCode: method.code,
            metadataKey: SETTLEMENT_METADATA_KEY,
            claim: { paymentIntentId: intent.id, amount },
            claimFields: { status: 'succeeded' },
            settledFields: { lastError: null },
            refusedFields: reason => ({
                status: intent.status,
                lastError:
                    `Stripe accepted ${intent.id} but Vendure refused the payment (${reason}); an admin must reconcile it`.slice(
                        0,
                        1000,
                    ),
            }),
            onSettled: async txCtx => {
                if (amount !== record.amount) {
                    await this.note(
                        txCtx,
                        record.orderId,
                        `Stripe: ${intent.id} received ${amount} (minor units) while the intent was set to ${record.amount}`,
                    );
                }
                await this.events.recordEvent(event, record, 'SETTLED', undefined, txCtx);
            },
        });
        switch (settled.outcome) {
            case 'SETTLED':
                Logger.info(
                    `Order ${record.orderCode}: PaymentIntent ${intent.id} settled (${intent.amount_received} ${intent.currency})`,
                    loggerCtx,
                );
                return { status: settled.status, text: 'OK', result: 'SETTLED' };
            case 'DUPLICATE':
                if (await this.events.eventSeen(event.id))
                    return { status: 200, text: 'OK (already processed)', result: 'DUPLICATE_EVENT' };
                return this.events.recordEvent(
                    event,
                    record,
                    'DUPLICATE_INTENT',
                    'intent being or already settled',
                );
            case 'REFUSED':
                return this.events.recordEvent(event, record, 'SETTLEMENT_FAILED', settled.reason);
            case 'RETRY':
                // A concurrent delivery of this very event stored it first: that one applied it.
                if (await this.events.eventSeen(event.id))
                    return { status: 200, text: 'OK (already processed)', result: 'DUPLICATE_EVENT' };
                return { status: settled.status, text: 'could not settle now, retry later' };
        }
    }

    /**
     * A `payment_intent.succeeded` for another amount or currency than the order's total now (the intent
     * was confirmed in an old tab after the cart changed): adding it would leave the order part-paid and
     * never placed. Instead the whole intent is refunded through Stripe's API (one idempotency key per
     * intent, https://docs.stripe.com/api/refunds/create), no Vendure Payment is added, the intent row
     * keeps the refund id (`mismatchRefundId`) and the reason (`lastError`), the order gets a history
     * note, and the event is recorded as `AMOUNT_MISMATCH_REFUNDED`; the shopper pays the new total with
     * a new intent. 503 (Stripe retries, the key keeps the refund single) when Stripe cannot be reached.
     */
    private async refundMismatch(
        event: Stripe.Event,
        intent: Stripe.PaymentIntent,
        record: StripePaymentIntent,
        method: PaymentMethod,
        order: Pick<Order, 'id' | 'totalWithTax' | 'currencyCode'>,
    ): Promise<WebhookAnswer> {
        const received = `${intent.amount_received} ${intent.currency.toUpperCase()}`;
        const expected = toStripeAmount(order.totalWithTax, order.currencyCode);
        const total = `${expected.ok ? expected.amount : order.totalWithTax} ${order.currencyCode}`;
        let refund: Stripe.Refund;
        try {
            refund = await this.clients.client(credentialsOf(method).apiKey).refunds.create(
                {
                    payment_intent: intent.id,
                    reason: 'requested_by_customer',
                    metadata: {
                        [REFUND_ORIGIN_METADATA_KEY]: 'amount-mismatch',
                        orderCode: record.orderCode,
                    },
                },
                { idempotencyKey: mismatchRefundKey(intent.id) },
            );
        } catch (err) {
            const message = err instanceof Stripe.errors.StripeError ? err.message : (err as Error).message;
            Logger.warn(`Refund of ${intent.id} (amount mismatch) failed: ${message}`, loggerCtx);
            return { status: 503, text: 'could not refund the mismatched payment now, retry later' };
        }
        const message =
            `Stripe: payment ${intent.id} received ${received} while the order total is ${total} ` +
            `(the cart changed after the payment started): refunded in full (${refund.id}, ${refund.status}), ` +
            `no payment added; the shopper must pay the new total`;
        Logger.warn(`Order ${record.orderCode}: ${message}`, loggerCtx);
        const ctx = await this.settlement.channelContext(record.channelId);
        return this.connection.withTransaction(ctx, async txCtx => {
            await this.connection.getRepository(txCtx, StripePaymentIntent).update(record.id, {
                status: intent.status,
                mismatchRefundId: refund.id,
                lastError: message.slice(0, 1000),
            });
            await this.note(txCtx, record.orderId, message);
            return this.events.recordEvent(event, record, 'AMOUNT_MISMATCH_REFUNDED', message, txCtx);
        });
    }

    /**
     * `payment_intent.payment_failed` / `canceled` / `processing`: records the status and Stripe's
     * message on the intent and (failures) an order history entry; the order stays payable. Ignored
     * once the intent is settled (an older event arriving late).
     */
    async recordIntentStatus(
        event: Stripe.Event,
        intent: Stripe.PaymentIntent,
        record: StripePaymentIntent,
    ): Promise<WebhookAnswer> {
        if (record.paymentId)
            return this.events.recordEvent(
                event,
                record,
                'IGNORED',
                `intent already settled, ${event.type} is older`,
            );
        const ctx = await this.settlement.channelContext(record.channelId);
        const error =
            event.type === 'payment_intent.payment_failed'
                ? `${intent.last_payment_error?.message ?? 'payment failed'}${intent.last_payment_error?.decline_code ? ` (${intent.last_payment_error.decline_code})` : ''}`
                : event.type === 'payment_intent.canceled'
                  ? `canceled${intent.cancellation_reason ? ` (${intent.cancellation_reason})` : ''}`
                  : null;
        return this.connection.withTransaction(ctx, async txCtx => {
            await this.connection.getRepository(txCtx, StripePaymentIntent).update(record.id, {
                status: intent.status,
                ...(error ? { lastError: error.slice(0, 1000) } : {}),
            });
            if (error)
                await this.note(
                    txCtx,
                    record.orderId,
                    `Stripe: payment ${intent.id} ${event.type === 'payment_intent.canceled' ? 'canceled' : 'failed'}: ${error}. The order can still be paid.`,
                );
            return this.events.recordEvent(
                event,
                record,
                error ? 'FAILED_RECORDED' : 'STATUS_RECORDED',
                error ?? intent.status,
                txCtx,
            );
        });
    }

    /**
     * Called by the PaymentMethodHandler's `createPayment`: the intent of a claim this service made in
     * the same DB transaction (same nonce, same order), or undefined.
     */
    async verifySettlementClaim(
        ctx: RequestContext,
        orderId: ID,
        claim: unknown,
    ): Promise<{ record: StripePaymentIntent; amount: number } | undefined> {
        if (!claim || typeof claim !== 'object') return undefined;
        const { paymentIntentId, nonce, amount } = claim as Partial<SettlementClaim>;
        if (typeof paymentIntentId !== 'string' || typeof nonce !== 'string' || typeof amount !== 'number')
            return undefined;
        const record = await this.connection
            .getRepository(ctx, StripePaymentIntent)
            .findOne({ where: { paymentIntentId } });
        if (!record?.settlementNonce || record.paymentId) return undefined;
        const a = Buffer.from(record.settlementNonce);
        const b = Buffer.from(nonce);
        if (a.length !== b.length || !crypto.timingSafeEqual(a, b)) return undefined;
        return idsAreEqual(record.orderId, orderId) ? { record, amount } : undefined;
    }

    private async note(ctx: RequestContext, orderId: ID, note: string): Promise<void> {
        await addOrderNote(this.historyService, ctx, orderId, note);
    }
}
