/**
 * Stripe disputes (chargebacks): `charge.dispute.created` becomes an order history note and a
 * {@link StripeDisputeEvent}, which the dispute email handler turns into an alert to the merchant, who
 * answers in Stripe's Dashboard before the evidence deadline (https://docs.stripe.com/disputes).
 */
import { Inject, Injectable } from '@nestjs/common';
import { EventBus, HistoryService, Logger, OrderService, TransactionalConnection } from '@vendure/core';
import type Stripe from 'stripe';
import { addOrderNote } from '../../shared/order-note';
import { GatewaySettlementService } from '../../shared/settlement';
import { loggerCtx, STRIPE_PLUGIN_OPTIONS } from '../constants';
import { StripePaymentIntent } from '../entities/stripe-payment-intent.entity';
import { StripeDisputeEvent } from '../events/stripe-dispute-event';
import { fromStripeAmount } from '../helpers/amount';
import { StripePluginOptions, WebhookAnswer } from '../types';
import { StripeWebhookEventService } from './stripe-webhook-event.service';

/** See the module documentation. */
@Injectable()
export class StripeDisputeService {
    constructor(
        private readonly connection: TransactionalConnection,
        private readonly orderService: OrderService,
        private readonly historyService: HistoryService,
        private readonly eventBus: EventBus,
        private readonly settlement: GatewaySettlementService,
        private readonly events: StripeWebhookEventService,
        @Inject(STRIPE_PLUGIN_OPTIONS) private readonly options: StripePluginOptions,
    ) {}

    /** `charge.dispute.created`: an order history entry and a {@link StripeDisputeEvent} (email to the merchant). */
    async recordDispute(
        event: Stripe.Event,
        dispute: Stripe.Dispute,
        record: StripePaymentIntent,
    ): Promise<WebhookAnswer> {
        const ctx = await this.settlement.channelContext(record.channelId);
        const amount = fromStripeAmount(dispute.amount, dispute.currency);
        const due = dispute.evidence_details?.due_by
            ? new Date(dispute.evidence_details.due_by * 1000).toISOString()
            : null;
        const answer = await this.connection.withTransaction(ctx, async txCtx => {
            await addOrderNote(
                this.historyService,
                txCtx,
                record.orderId,
                `Stripe: dispute ${dispute.id} opened (${dispute.reason}, ${amount} minor units ${dispute.currency.toUpperCase()})${due ? `, evidence due by ${due}` : ''}`,
            );
            return this.events.recordEvent(event, record, 'DISPUTE_RECORDED', dispute.id, txCtx);
        });
        const order = await this.orderService.findOne(ctx, record.orderId);
        if (order) {
            await this.eventBus.publish(
                new StripeDisputeEvent(
                    ctx,
                    order,
                    {
                        disputeId: dispute.id,
                        paymentIntentId: record.paymentIntentId,
                        amount,
                        currencyCode: dispute.currency.toUpperCase(),
                        reason: dispute.reason,
                        status: dispute.status,
                        evidenceDueBy: due,
                    },
                    this.options.merchantEmail,
                ),
            );
        }
        Logger.warn(
            `Order ${record.orderCode}: Stripe dispute ${dispute.id} opened (${dispute.reason})`,
            loggerCtx,
        );
        return answer;
    }
}
