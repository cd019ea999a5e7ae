import { Injectable } from '@nestjs/common';
import {
    EntityNotFoundError,
    EventBus,
    Fulfillment,
    HistoryService,
    ID,
    OrderService,
    RequestContext,
    TransactionalConnection,
} from '@vendure/core';
import { addOrderNote } from '../../shared/order-note';
import { ShippedEmailResendEvent } from '../events/shipped-email-resend-event';

/** Fulfillment states in which the parcels have left: the shipped email may be sent again. */
export const SHIPPED_STATES: readonly string[] = ['Shipped', 'Delivered'];

/** Why the shipped email was not sent again (answered as `FulfillmentNotShippedError`). */
export class FulfillmentNotShipped {
    constructor(
        /** The fulfillment's state, e.g. `Pending`. */
        public readonly state: string,
    ) {}

    /** The message shown to the merchant. */
    get message(): string {
        return `The fulfillment is ${this.state}: there is no shipped email to send until it has shipped`;
    }
}

/**
 * Sends a fulfillment's "shipped" email again on a merchant's request (a customer who lost it, a
 * corrected address): through the EmailPlugin's event path ({@link ShippedEmailResendEvent}, which
 * the shop's shipped-email handler listens to), with a private note in the order's history.
 */
@Injectable()
export class ShippedEmailService {
    constructor(
        private readonly connection: TransactionalConnection,
        private readonly orderService: OrderService,
        private readonly historyService: HistoryService,
        private readonly eventBus: EventBus,
    ) {}

    /**
     * Publishes {@link ShippedEmailResendEvent} for fulfillment `fulfillmentId` and notes it on the
     * order (the history entry records the administrator).
     *
     * @returns the fulfillment, or FulfillmentNotShipped when it is not `Shipped` or `Delivered`
     * @throws EntityNotFoundError when no order of the active channel has this fulfillment
     */
    async resend(ctx: RequestContext, fulfillmentId: ID): Promise<Fulfillment | FulfillmentNotShipped> {
        const fulfillment = await this.connection.getRepository(ctx, Fulfillment).findOne({
            where: { id: fulfillmentId },
            relations: { lines: { orderLine: { order: true } } },
        });
        const orderId = fulfillment?.lines[0]?.orderLine.order.id;
        // OrderService.findOne only finds orders of the active channel.
        const order = orderId === undefined ? undefined : await this.orderService.findOne(ctx, orderId, []);
        if (!fulfillment || !order) throw new EntityNotFoundError('Fulfillment', fulfillmentId);
        if (!SHIPPED_STATES.includes(fulfillment.state)) return new FulfillmentNotShipped(fulfillment.state);
        await this.eventBus.publish(new ShippedEmailResendEvent(ctx, fulfillment, order.id));
        await addOrderNote(
            this.historyService,
            ctx,
            order.id,
            `Shipped email sent again for ${fulfillment.method}${fulfillment.trackingCode ? ` ${fulfillment.trackingCode}` : ''} (fulfillment ${String(fulfillment.id)}).`,
        );
        return fulfillment;
    }
}
