import { DeepPartial, ID } from '@vendure/common/lib/shared-types';
import { EntityId, ProductVariant, VendureEntity } from '@vendure/core';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { VipTier } from './vip-tier.entity';

/**
 * An absolute VIP price: what holders of one tier pay for one variant on the tier's channel,
 * optionally within a validity window. Windows of one tier and variant never overlap.
 */
@Entity('radiant_vip_price')
@Index('IDX_radiant_vip_price_tier_variant', ['tierId', 'productVariantId'])
export class VipPrice extends VendureEntity {
    constructor(input?: DeepPartial<VipPrice>) {
        super(input);
    }

    /** The tier's channel. */
    @EntityId()
    @Index('IDX_radiant_vip_price_channel')
    channelId: ID;

    /** The tier whose holders pay this price. */
    @ManyToOne(() => VipTier, { onDelete: 'CASCADE' })
    @JoinColumn({ name: 'tierId' })
    tier: VipTier;

    /** Id of {@link tier}. */
    @EntityId()
    tierId: ID;

    /** The variant. */
    @ManyToOne(() => ProductVariant, { onDelete: 'CASCADE' })
    @JoinColumn({ name: 'productVariantId' })
    productVariant: ProductVariant;

    /** Id of {@link productVariant}. */
    @EntityId()
    productVariantId: ID;

    /**
     * The price in minor units of {@link currencyCode}, in the channel's price basis (tax included
     * when the channel's prices include tax), > 0, a whole unit of the currency (XOF: whole francs).
     */
    @Column('integer')
    price: number;

    /** The channel's currency (ISO 4217). */
    @Column('varchar', { length: 3 })
    currencyCode: string;

    /** Valid from (inclusive, UTC); null: always. */
    @Column({ type: Date, nullable: true })
    startsAt: Date | null;

    /** Valid until (exclusive, UTC); null: forever. */
    @Column({ type: Date, nullable: true })
    endsAt: Date | null;
}
