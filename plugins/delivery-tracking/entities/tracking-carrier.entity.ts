import { DeepPartial, ID } from '@vendure/common/lib/shared-types';
import { EntityId, VendureEntity } from '@vendure/core';
import { Column, Entity, Index } from 'typeorm';

/**
 * A carrier a channel ships with: its code (what the fulfillment form and the webhooks name), the
 * name shoppers read, the URL template of its public tracking page, and which polling adapter
 * reads its events when it sends no webhook (`laposte` for Colissimo and Chronopost).
 */
@Entity('radiant_tracking_carrier')
@Index('IDX_radiant_tracking_carrier_code', ['channelId', 'code'], { unique: true })
export class TrackingCarrier extends VendureEntity {
    constructor(input?: DeepPartial<TrackingCarrier>) {
        super(input);
    }

    /** The channel this carrier serves. */
    @EntityId()
    channelId: ID;

    /** Lower-case code, e.g. `colissimo` (AfterShip's courier slug where there is one). */
    @Column('varchar', { length: 64 })
    code: string;

    /** The name shown to shoppers and merchants, e.g. `Colissimo`. */
    @Column('varchar', { length: 100 })
    name: string;

    /** Public tracking page, `{trackingNumber}` replaced (URL-encoded); empty when the carrier has none. */
    @Column('varchar', { length: 500, default: '' })
    trackingUrlTemplate: string;

    /** The polling adapter (`laposte`), or null when the carrier's events arrive by webhook or by hand. */
    @Column('varchar', { length: 32, nullable: true })
    pollingAdapter: string | null;
}
