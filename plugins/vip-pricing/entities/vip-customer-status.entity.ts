import { DeepPartial, ID } from '@vendure/common/lib/shared-types';
import { Customer, EntityId, VendureEntity } from '@vendure/core';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { VipTier } from './vip-tier.entity';

/**
 * One customer's VIP state on one channel: the tier an admin pinned (overrides the automatic rule
 * until removed) and the spend found by the last evaluation.
 */
@Entity('radiant_vip_customer_status')
@Index('IDX_radiant_vip_customer_status_key', ['channelId', 'customerId'], { unique: true })
export class VipCustomerStatus extends VendureEntity {
    constructor(input?: DeepPartial<VipCustomerStatus>) {
        super(input);
    }

    /** The channel. */
    @EntityId()
    channelId: ID;

    /** The customer. */
    @ManyToOne(() => Customer, { onDelete: 'CASCADE' })
    @JoinColumn({ name: 'customerId' })
    customer: Customer;

    /** Id of {@link customer}. */
    @EntityId()
    customerId: ID;

    /** The tier pinned by an admin, or null when the automatic rule decides. */
    @ManyToOne(() => VipTier, { onDelete: 'SET NULL', nullable: true })
    @JoinColumn({ name: 'pinnedTierId' })
    pinnedTier: VipTier | null;

    /** Id of {@link pinnedTier}. */
    @EntityId({ nullable: true })
    pinnedTierId: ID | null;

    /** Spend in the rolling window at the last evaluation (minor units of the channel's currency). */
    @Column('integer', { default: 0 })
    spend: number;

    /** When the last evaluation ran (UTC); null before the first. */
    @Column({ type: Date, nullable: true })
    evaluatedAt: Date | null;
}
