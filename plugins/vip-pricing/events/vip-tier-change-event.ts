import { ID } from '@vendure/common/lib/shared-types';
import { Customer, RequestContext, VendureEvent } from '@vendure/core';
import type { VipTier } from '../entities/vip-tier.entity';

/** Why a customer's tier changed. */
export type VipTierChangeReason = 'spend' | 'pin' | 'unpin';

/**
 * Published after a customer's tier on a channel changed (committed): `joined` the tier they now
 * hold (undefined when they hold none), `left` the one they held before. The plugin's email handler
 * sends the "welcome to your tier" email when a tier is joined by a higher rank.
 */
export class VipTierChangeEvent extends VendureEvent {
    constructor(
        public ctx: RequestContext,
        public customer: Customer,
        public channelId: ID,
        public joined: VipTier | undefined,
        public left: VipTier | undefined,
        public reason: VipTierChangeReason,
        /** The customer's spend in the window (minor units of the channel's currency). */
        public spend: number,
    ) {
        super();
    }

    /** Whether the customer moved up (joined a tier ranked above the one left, or their first). */
    get isPromotion(): boolean {
        return !!this.joined && (!this.left || this.joined.rank > this.left.rank);
    }
}
