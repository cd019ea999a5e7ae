/**
 * Normalised parcel statuses (AfterShip's nine "tags", https://www.aftership.com/docs/tracking/enum/delivery-statuses)
 * and the rules that keep a parcel's status monotonic. See docs/carriers/tracking.md.
 */

/** The nine normalised statuses of a parcel, as AfterShip names them. */
export enum TrackingStatus {
    Pending = 'Pending',
    InfoReceived = 'InfoReceived',
    InTransit = 'InTransit',
    OutForDelivery = 'OutForDelivery',
    AttemptFail = 'AttemptFail',
    Delivered = 'Delivered',
    AvailableForPickup = 'AvailableForPickup',
    Exception = 'Exception',
    Expired = 'Expired',
}

/** Every status, in declaration order. */
export const TRACKING_STATUSES: readonly TrackingStatus[] = Object.values(TrackingStatus);

/** Statuses after which nothing changes the parcel's status any more (its timeline still grows). */
export const FINAL_STATUSES: ReadonlySet<TrackingStatus> = new Set([TrackingStatus.Delivered]);

/** Statuses that mean the carrier has the parcel in hand (the fulfillment is then `Shipped`). */
const MOVEMENT_STATUSES: ReadonlySet<TrackingStatus> = new Set([
    TrackingStatus.InTransit,
    TrackingStatus.OutForDelivery,
    TrackingStatus.AttemptFail,
    TrackingStatus.Delivered,
    TrackingStatus.AvailableForPickup,
    TrackingStatus.Exception,
]);

/** True when `value` is one of the nine status names (case-sensitive, as AfterShip sends them). */
export function isTrackingStatus(value: unknown): value is TrackingStatus {
    return typeof value === 'string' && (TRACKING_STATUSES as readonly string[]).includes(value);
}

/** True when the status shows the parcel in the carrier's hands (any status from `InTransit` on). */
export function isMovement(status: TrackingStatus): boolean {
    return MOVEMENT_STATUSES.has(status);
}

/** True when a parcel in this status must not change status again (`Delivered`). */
export function isFinal(status: TrackingStatus): boolean {
    return FINAL_STATUSES.has(status);
}

/** One event as far as the status rule is concerned. */
export interface StatusEvent {
    status: TrackingStatus;
    /** When the carrier says it happened. */
    occurredAt: Date;
}

/**
 * The status a parcel has after its timeline `events` (any order): the status of the latest event
 * by `occurredAt`, except that once any event says `Delivered` the parcel stays `Delivered` (a late
 * or out-of-order `InTransit` never undoes a delivery). `Pending` for an empty timeline. Ties on
 * `occurredAt` keep the later element of `events` (arrival order).
 */
export function statusAfter(events: readonly StatusEvent[]): TrackingStatus {
    let latest: StatusEvent | undefined;
    for (const event of events) {
        if (isFinal(event.status)) return event.status;
        if (!latest || event.occurredAt.getTime() >= latest.occurredAt.getTime()) latest = event;
    }
    return latest?.status ?? TrackingStatus.Pending;
}
