import { ID, RequestContext, VendureEvent } from '@vendure/core';
import type { Parcel } from '../entities/parcel.entity';
import type { TrackingStatus } from '../helpers/statuses';

/**
 * Published after a parcel's status changed (committed): from the first carrier movement to the
 * delivery, a problem, or expiry. Email handlers (out for delivery, delivered, delivery problem)
 * and other plugins react to it. `ctx` is an admin context of the order's channel.
 */
export class ParcelStatusEvent extends VendureEvent {
    constructor(
        public ctx: RequestContext,
        /** The parcel after the change. */
        public parcel: Parcel,
        /** The order the parcel belongs to. */
        public orderId: ID,
        /** The status before. */
        public fromStatus: TrackingStatus,
        /** The status now (`parcel.status`). */
        public toStatus: TrackingStatus,
    ) {
        super();
    }
}
