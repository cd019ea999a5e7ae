import { Injectable } from '@nestjs/common';
import {
    ChannelService,
    EventBus,
    HistoryService,
    ID,
    isGraphQlErrorResult,
    Logger,
    OrderService,
    RequestContext,
    RequestContextService,
    TransactionalConnection,
} from '@vendure/core';
import { channelAdminContext } from '../../shared/channel-context';
import { addOrderNote } from '../../shared/order-note';
import { loggerCtx } from '../constants';
import { ParcelEvent, ParcelEventSource } from '../entities/parcel-event.entity';
import { Parcel } from '../entities/parcel.entity';
import { ParcelStatusEvent } from '../events/parcel-status-event';
import { CarrierEvent } from '../helpers/payloads';
import { isFinal, isMovement, statusAfter, TrackingStatus } from '../helpers/statuses';

/** What recording a batch of events did. */
export interface RecordResult {
    /** Events stored now (redelivered ones are not counted). */
    added: number;
    /** The parcel's status before and after. */
    from: TrackingStatus;
    to: TrackingStatus;
}

/**
 * A parcel's timeline: records carrier events exactly once, derives the parcel's status from the
 * whole timeline (monotonic: see `statusAfter`), and moves the Fulfillment (and through Vendure's
 * fulfillment process, the Order) along: the first carrier movement → `Shipped`, every parcel
 * `Delivered` → `Delivered`. Exceptions and failed attempts become an order history entry.
 */
@Injectable()
export class TrackingTimelineService {
    constructor(
        private readonly connection: TransactionalConnection,
        private readonly channelService: ChannelService,
        private readonly requestContextService: RequestContextService,
        private readonly orderService: OrderService,
        private readonly historyService: HistoryService,
        private readonly eventBus: EventBus,
    ) {}

    /**
     * Stores `events` of parcel `parcelId` (an event whose `eventId` the parcel already has is
     * skipped), recomputes the parcel's status and dates in the same transaction (the parcel row is
     * locked first, so concurrent deliveries for one parcel apply one after the other), then moves
     * the fulfillment and publishes {@link ParcelStatusEvent} when the status changed.
     *
     * @throws Error when the parcel does not exist
     */
    async record(parcelId: ID, events: CarrierEvent[], source: ParcelEventSource): Promise<RecordResult> {
        const parcel = await this.connection.rawConnection
            .getRepository(Parcel)
            .findOneOrFail({ where: { id: parcelId } });
        const ctx = await channelAdminContext(
            this.connection,
            this.channelService,
            this.requestContextService,
            parcel.channelId,
        );
        const result = await this.connection.withTransaction(ctx, async tx => {
            const parcels = this.connection.getRepository(tx, Parcel);
            // Takes the parcel's row lock (PostgreSQL) or the write lock (SQLite) before reading the timeline.
            await parcels.update({ id: parcelId }, { updatedAt: new Date() });
            const locked = await parcels.findOneOrFail({ where: { id: parcelId } });
            const eventRepository = this.connection.getRepository(tx, ParcelEvent);
            const before = await eventRepository.count({ where: { parcelId } });
            if (events.length)
                await this.connection
                    .getRepository(tx, ParcelEvent)
                    .createQueryBuilder()
                    .insert()
                    .values(
                        events.map(e => ({
                            parcelId,
                            carrierEventId: e.eventId.slice(0, 100),
                            status: e.status,
                            rawStatus: e.rawStatus,
                            message: e.message,
                            location: e.location,
                            occurredAt: e.occurredAt,
                            source,
                        })),
                    )
                    .orIgnore()
                    .execute();
            const timeline = await eventRepository.find({ where: { parcelId }, order: { id: 'ASC' } });
            const from = locked.status;
            const to = statusAfter(timeline);
            const movement = timeline.filter(e => isMovement(e.status)).map(e => e.occurredAt.getTime());
            const delivered = timeline.find(e => isFinal(e.status));
            const latest = Math.max(...timeline.map(e => e.occurredAt.getTime()));
            locked.status = to;
            locked.shippedAt = movement.length ? new Date(Math.min(...movement)) : null;
            locked.deliveredAt = delivered ? delivered.occurredAt : null;
            locked.lastEventAt = timeline.length ? new Date(latest) : null;
            await parcels.save(locked);
            return {
                parcel: locked,
                added: timeline.length - before,
                from,
                to,
            };
        });
        await this.followTimeline(ctx, result.parcel, result.from);
        if (result.from !== result.to) {
            await this.eventBus.publish(
                new ParcelStatusEvent(ctx, result.parcel, result.parcel.orderId, result.from, result.to),
            );
        }
        return { added: result.added, from: result.from, to: result.to };
    }

    /**
     * Moves the parcel's fulfillment to `Shipped` at its first movement and to `Delivered` when all
     * its parcels are delivered (Vendure's transitions: the order follows through its fulfillment
     * process; stock is not touched), and notes a new exception or failed attempt on the order.
     * Runs after every batch, not only on a change, so a batch redelivered after a crash between the
     * commit and the transition still moves the fulfillment.
     */
    private async followTimeline(ctx: RequestContext, parcel: Parcel, from: TrackingStatus): Promise<void> {
        const problem =
            parcel.status === TrackingStatus.Exception || parcel.status === TrackingStatus.AttemptFail;
        if (problem && from !== parcel.status) {
            await addOrderNote(
                this.historyService,
                ctx,
                parcel.orderId,
                `${parcel.carrierName} ${parcel.trackingNumber}: ${parcel.status === TrackingStatus.Exception ? 'delivery problem' : 'delivery attempt failed'} (${from} → ${parcel.status}).`,
            );
        }
        const siblings = await this.connection
            .getRepository(ctx, Parcel)
            .find({ where: { fulfillmentId: parcel.fulfillmentId }, select: { id: true, status: true } });
        const target = siblings.every(p => p.status === TrackingStatus.Delivered)
            ? 'Delivered'
            : siblings.some(p => isMovement(p.status))
              ? 'Shipped'
              : undefined;
        if (!target) return;
        await this.transitionFulfillment(ctx, parcel.fulfillmentId, target);
    }

    private async transitionFulfillment(
        ctx: RequestContext,
        fulfillmentId: ID,
        target: 'Shipped' | 'Delivered',
    ) {
        const steps: Array<'Shipped' | 'Delivered'> =
            target === 'Delivered' ? ['Shipped', 'Delivered'] : ['Shipped'];
        for (const state of steps) {
            const current = await this.fulfillmentState(ctx, fulfillmentId);
            if (current === state || current === 'Delivered' || current === 'Cancelled') continue;
            if (current === 'Shipped' && state === 'Shipped') continue;
            const result = await this.orderService.transitionFulfillmentToState(ctx, fulfillmentId, state);
            if (isGraphQlErrorResult(result))
                Logger.warn(
                    `Fulfillment ${fulfillmentId} not moved to ${state}: ${result.message}`,
                    loggerCtx,
                );
        }
    }

    private async fulfillmentState(ctx: RequestContext, fulfillmentId: ID): Promise<string | undefined> {
        const row = await this.connection
            .getRepository(ctx, 'Fulfillment')
            .createQueryBuilder('f')
            .select('f.state', 'state')
            .where('f.id = :id', { id: fulfillmentId })
            .getRawOne<{ state: string }>();
        return row?.state;
    }
}
