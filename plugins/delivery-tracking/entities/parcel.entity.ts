import { DeepPartial, ID } from '@vendure/common/lib/shared-types';
import { EntityId, VendureEntity } from '@vendure/core';
import { Column, Entity, Index, OneToMany } from 'typeorm';
import { TrackingStatus } from '../helpers/statuses';
import { ParcelEvent } from './parcel-event.entity';

/**
 * One parcel of a Fulfillment: the carrier, its tracking number and link, and the status its
 * timeline ({@link ParcelEvent}s) gives. A fulfillment has one or more parcels; each parcel is
 * tracked on its own and the fulfillment is Delivered when all of them are.
 */
@Entity('radiant_parcel')
@Index('IDX_radiant_parcel_tracking', ['channelId', 'carrierCode', 'trackingNumber'], { unique: true })
@Index('IDX_radiant_parcel_fulfillment', ['fulfillmentId'])
@Index('IDX_radiant_parcel_order', ['orderId'])
export class Parcel extends VendureEntity {
    constructor(input?: DeepPartial<Parcel>) {
        super(input);
    }

    /** The order's channel. */
    @EntityId()
    channelId: ID;

    /** The order the fulfillment belongs to. */
    @EntityId()
    orderId: ID;

    /** The Fulfillment this parcel is part of. */
    @EntityId()
    fulfillmentId: ID;

    /** {@link TrackingCarrier.code}. */
    @Column('varchar', { length: 64 })
    carrierCode: string;

    /** The carrier's name when the parcel was created (shown even if the carrier is renamed later). */
    @Column('varchar', { length: 100 })
    carrierName: string;

    /** Upper-case, without spaces. */
    @Column('varchar', { length: 40 })
    trackingNumber: string;

    /** The carrier's public tracking page for this parcel, or empty. */
    @Column('varchar', { length: 600, default: '' })
    trackingUrl: string;

    /** Where the shipping label is (carrier or label service URL), or empty. */
    @Column('varchar', { length: 600, default: '' })
    labelUrl: string;

    /** The status the timeline gives (see helpers/statuses.ts `statusAfter`). */
    @Column('varchar', { length: 32, default: TrackingStatus.Pending })
    status: TrackingStatus;

    /** First event showing the parcel in the carrier's hands. */
    @Column({ type: Date, nullable: true })
    shippedAt: Date | null;

    /** The Delivered event's time. */
    @Column({ type: Date, nullable: true })
    deliveredAt: Date | null;

    /** The latest event's `occurredAt` (the poller stops 30 days after it). */
    @Column({ type: Date, nullable: true })
    lastEventAt: Date | null;

    /** When the poller last asked the carrier. */
    @Column({ type: Date, nullable: true })
    lastPolledAt: Date | null;

    /** The timeline (load explicitly). */
    @OneToMany(() => ParcelEvent, event => event.parcel)
    events?: ParcelEvent[];
}
