import { DeepPartial, ID } from '@vendure/common/lib/shared-types';
import { CustomerGroup, EntityId, VendureEntity } from '@vendure/core';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';

/**
 * The tier data a Vendure CustomerGroup carries on one channel: the group's members hold the tier
 * there. A tier belongs to exactly one channel (its thresholds are in that channel's currency).
 */
@Entity('radiant_vip_tier')
@Index('IDX_radiant_vip_tier_group', ['customerGroupId'], { unique: true })
export class VipTier extends VendureEntity {
    constructor(input?: DeepPartial<VipTier>) {
        super(input);
    }

    /** The channel the tier belongs to. */
    @EntityId()
    @Index('IDX_radiant_vip_tier_channel')
    channelId: ID;

    /** The CustomerGroup whose members hold the tier (its name is the tier's name). */
    @ManyToOne(() => CustomerGroup, { onDelete: 'CASCADE' })
    @JoinColumn({ name: 'customerGroupId' })
    customerGroup: CustomerGroup;

    /** Id of {@link customerGroup}. */
    @EntityId()
    customerGroupId: ID;

    /** Higher wins when a customer holds several tiers. Unique per channel. */
    @Column('integer')
    rank: number;

    /** Default discount off the regular price, in basis points (1 000 = 10 %). */
    @Column('integer', { default: 0 })
    discountBasisPoints: number;

    /** Spend over the rolling window to join the tier (minor units of {@link currencyCode}). */
    @Column('integer')
    joinSpend: number;

    /** Spend over the rolling window to keep the tier (minor units, ≤ joinSpend). */
    @Column('integer')
    keepSpend: number;

    /** The channel's currency when the tier was saved (ISO 4217). */
    @Column('varchar', { length: 3 })
    currencyCode: string;
}
