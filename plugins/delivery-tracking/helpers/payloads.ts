/**
 * Parsing of carrier webhook bodies into one normalised shape, with the documented mapping of the
 * carriers' own statuses. Nothing here trusts the body: every field is checked, and a body that
 * cannot be read is refused as a whole (the webhook answers 400) rather than half-applied.
 *
 * - Generic format: see the plugin README ("Generic webhook format").
 * - AfterShip: https://www.aftership.com/docs/tracking/webhook/webhook-payload (`msg` is the tracking,
 *   its `checkpoints[]` the events; `tag` one of the nine statuses).
 * - La Poste Suivi v2: https://developer.laposte.fr (event codes mapped by {@link LA_POSTE_CODES}).
 */
import crypto from 'node:crypto';
import { isTrackingStatus, TrackingStatus } from './statuses';
import { normaliseTrackingNumber } from './tracking-numbers';

/** Longest text kept from a carrier (status, message, location); longer text is cut. */
export const MAX_CARRIER_TEXT = 500;
/** Most events accepted in one delivery. */
export const MAX_EVENTS_PER_DELIVERY = 200;
/** Events older than this are refused as absurd (the shop did not exist). */
const EARLIEST_EVENT = Date.UTC(2000, 0, 1);
/** Events further in the future than this are refused as absurd (clock skew allowance). */
const FUTURE_ALLOWANCE_MS = 24 * 3600 * 1000;

/** One carrier event, normalised. */
export interface CarrierEvent {
    /** The carrier's id of the event, unique per parcel (derived from its content when the carrier has none). */
    eventId: string;
    /** The normalised status. */
    status: TrackingStatus;
    /** The carrier's own status or code, as sent (e.g. `DI1`, `InTransit_002`). */
    rawStatus: string;
    /** The carrier's message, as sent (plain text; escaped wherever it is shown). */
    message: string;
    /** Town / country as the carrier sent it, or empty. */
    location: string;
    /** When it happened, according to the carrier. */
    occurredAt: Date;
}

/** The events of one parcel read from one delivery. */
export interface ParcelUpdate {
    trackingNumber: string;
    /** The carrier's code when the body names it (`colissimo`, AfterShip's `slug`). */
    carrierCode?: string;
    events: CarrierEvent[];
}

/** A body that cannot be read; `message` says which field (answered as 400). */
export class PayloadError extends Error {}

function text(value: unknown, field: string, required = false): string {
    if (value === undefined || value === null || value === '') {
        if (required) throw new PayloadError(`${field} is required`);
        return '';
    }
    if (typeof value !== 'string' && typeof value !== 'number')
        throw new PayloadError(`${field} must be a string`);
    return String(value).slice(0, MAX_CARRIER_TEXT).trim();
}

function date(value: unknown, field: string, now: Date): Date {
    const parsed = typeof value === 'string' ? new Date(value) : undefined;
    if (!parsed || Number.isNaN(parsed.getTime()))
        throw new PayloadError(`${field} must be an ISO 8601 date`);
    if (parsed.getTime() < EARLIEST_EVENT || parsed.getTime() > now.getTime() + FUTURE_ALLOWANCE_MS)
        throw new PayloadError(`${field} is out of range: ${value as string}`);
    return parsed;
}

function trackingNumber(value: unknown, field: string): string {
    const number = normaliseTrackingNumber(text(value, field, true));
    if (!number) throw new PayloadError(`${field} is not a tracking number`);
    return number;
}

/** A stable id for an event the carrier sent without one: the same content gives the same id. */
export function contentEventId(...parts: string[]): string {
    return crypto.createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 32);
}

function objectOf(value: unknown, field: string): Record<string, unknown> {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        throw new PayloadError(`${field} must be an object`);
    return value as Record<string, unknown>;
}

function parseJson(raw: Buffer): unknown {
    try {
        return JSON.parse(raw.toString('utf8'));
    } catch {
        throw new PayloadError('the body is not JSON');
    }
}

/**
 * Maps a status name the generic format or AfterShip sends: one of the nine names as is; an
 * AfterShip sub-status (`Delivered_001`) by its prefix; anything else `Pending` (kept raw), so an
 * unknown word never claims a delivery or a problem.
 */
export function mapStatusName(raw: string): TrackingStatus {
    if (isTrackingStatus(raw)) return raw;
    const prefix = raw.split('_')[0];
    return isTrackingStatus(prefix) ? prefix : TrackingStatus.Pending;
}

/**
 * Reads the generic format: `{ trackingNumber, carrier?, events: [{ id, status, rawStatus?, message?, location?, occurredAt }] }`.
 *
 * @throws PayloadError naming the first field that is wrong
 */
export function parseGenericPayload(raw: Buffer, now: Date): ParcelUpdate {
    const body = objectOf(parseJson(raw), 'body');
    const events = body.events;
    if (!Array.isArray(events) || events.length === 0)
        throw new PayloadError('events must be a non-empty array');
    if (events.length > MAX_EVENTS_PER_DELIVERY)
        throw new PayloadError(`events holds more than ${MAX_EVENTS_PER_DELIVERY} entries`);
    return {
        trackingNumber: trackingNumber(body.trackingNumber, 'trackingNumber'),
        carrierCode: text(body.carrier, 'carrier').toLowerCase() || undefined,
        events: events.map((value, i) => {
            const event = objectOf(value, `events[${i}]`);
            const status = text(event.status, `events[${i}].status`, true);
            return {
                eventId: text(event.id, `events[${i}].id`, true),
                status: mapStatusName(status),
                rawStatus: text(event.rawStatus, `events[${i}].rawStatus`) || status,
                message: text(event.message, `events[${i}].message`),
                location: text(event.location, `events[${i}].location`),
                occurredAt: date(event.occurredAt, `events[${i}].occurredAt`, now),
            };
        }),
    };
}

/** What an AfterShip delivery is: its id (for the log) and the tracking update it carries. */
export interface AfterShipDelivery {
    /** AfterShip's `event_id` (a UUID), unique per delivery (redeliveries repeat it). */
    deliveryId: string;
    /** AfterShip's `event`, e.g. `tracking_update`. */
    event: string;
    update: ParcelUpdate;
}

/**
 * Reads an AfterShip webhook: `{ event_id, event, msg: { tracking_number, slug, tag, checkpoints[] } }`.
 * Each checkpoint becomes an event whose id derives from its time, tag and message (AfterShip sends
 * the whole checkpoint list each time; the same checkpoint always gets the same id).
 *
 * @throws PayloadError naming the first field that is wrong
 */
export function parseAfterShipPayload(raw: Buffer, now: Date): AfterShipDelivery {
    const body = objectOf(parseJson(raw), 'body');
    const msg = objectOf(body.msg, 'msg');
    const checkpoints = msg.checkpoints ?? [];
    if (!Array.isArray(checkpoints)) throw new PayloadError('msg.checkpoints must be an array');
    if (checkpoints.length > MAX_EVENTS_PER_DELIVERY)
        throw new PayloadError(`msg.checkpoints holds more than ${MAX_EVENTS_PER_DELIVERY} entries`);
    const number = trackingNumber(msg.tracking_number, 'msg.tracking_number');
    return {
        deliveryId: text(body.event_id, 'event_id', true),
        event: text(body.event, 'event', true),
        update: {
            trackingNumber: number,
            carrierCode: text(msg.slug, 'msg.slug').toLowerCase() || undefined,
            events: checkpoints.map((value, i) => {
                const c = objectOf(value, `msg.checkpoints[${i}]`);
                const tag = text(c.tag, `msg.checkpoints[${i}].tag`, true);
                const subtag = text(c.subtag, `msg.checkpoints[${i}].subtag`);
                const occurredAt = date(c.checkpoint_time, `msg.checkpoints[${i}].checkpoint_time`, now);
                const message = text(c.message, `msg.checkpoints[${i}].message`);
                const location = [c.city, c.country_region]
                    .map((v, j) => text(v, j === 0 ? 'city' : 'country_region'))
                    .filter(Boolean)
                    .join(', ');
                return {
                    eventId: contentEventId(occurredAt.toISOString(), tag, subtag, message),
                    status: mapStatusName(tag),
                    rawStatus: text(c.raw_tag, `msg.checkpoints[${i}].raw_tag`) || subtag || tag,
                    message,
                    location: location.slice(0, MAX_CARRIER_TEXT),
                    occurredAt,
                };
            }),
        },
    };
}

/**
 * La Poste Suivi v2 event codes and the status each maps to (docs/carriers/tracking.md). A code not
 * listed maps to `InTransit` when the shipment is not final, and is kept raw.
 */
export const LA_POSTE_CODES: Readonly<Record<string, TrackingStatus>> = {
    DR1: TrackingStatus.InfoReceived,
    PC1: TrackingStatus.InTransit,
    PC2: TrackingStatus.InTransit,
    ET1: TrackingStatus.InTransit,
    ET2: TrackingStatus.InTransit,
    ET3: TrackingStatus.InTransit,
    ET4: TrackingStatus.InTransit,
    EP1: TrackingStatus.InTransit,
    DO1: TrackingStatus.InTransit,
    DO2: TrackingStatus.InTransit,
    DO3: TrackingStatus.Exception,
    MD2: TrackingStatus.OutForDelivery,
    AG1: TrackingStatus.AvailableForPickup,
    ND1: TrackingStatus.AttemptFail,
    PB1: TrackingStatus.Exception,
    PB2: TrackingStatus.Exception,
    RE1: TrackingStatus.Exception,
    DI0: TrackingStatus.Delivered,
    DI1: TrackingStatus.Delivered,
    DI2: TrackingStatus.Exception,
};

/** Maps one La Poste event code (see {@link LA_POSTE_CODES}). */
export function mapLaPosteCode(code: string): TrackingStatus {
    return LA_POSTE_CODES[code.toUpperCase()] ?? TrackingStatus.InTransit;
}
