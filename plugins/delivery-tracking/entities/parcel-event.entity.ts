import { DeepPartial, ID } from '@vendure/common/lib/shared-types';
import { EntityId, VendureEntity } from '@vendure/core';
import { Column, Entity, Index, ManyToOne } from 'typeorm';
import { TrackingStatus } from '../helpers/statuses';
import { Parcel } from './parcel.entity';

/** Where an event came from. */
export type ParcelEventSource = 'webhook' | 'poll' | 'manual';

/**
 * One event of a parcel's timeline, never changed once written. `carrierEventId` is unique per
 * parcel, so a redelivered event is stored once (two parcels may share ids).
 */
@Entity('radiant_parcel_event')
@Index('IDX_radiant_parcel_event_unique', ['parcelId', 'carrierEventId'], { unique: true })
export class ParcelEvent extends VendureEntity {
    constructor(input?: DeepPartial<ParcelEvent>) {
        super(input);
    }

    @ManyToOne(() => Parcel, parcel => parcel.events, { onDelete: 'CASCADE' })
    parcel?: Parcel;

    /** The parcel. */
    @EntityId()
    parcelId: ID;

    /** The carrier's id of the event (or derived from its content, or random for a manual event). */
    @Column('varchar', { length: 100 })
    carrierEventId: string;

    /** The normalised status. */
    @Column('varchar', { length: 32 })
    status: TrackingStatus;

    /** The carrier's own status or code. */
    @Column('varchar', { length: 500, default: '' })
    rawStatus: string;

    /** The carrier's message (plain text). */
    @Column('varchar', { length: 500, default: '' })
    message: string;

    /** Town / country, or empty. */
    @Column('varchar', { length: 500, default: '' })
    location: string;

    /** When it happened, according to the carrier. */
    @Column({ type: Date })
    occurredAt: Date;

    /** webhook, poll or manual. */
    @Column('varchar', { length: 16 })
    source: ParcelEventSource;
}
