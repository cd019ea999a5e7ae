/**
 * A client of La Poste's "Suivi" API v2, which tracks Colissimo, Chronopost and tracked letters
 * (https://developer.laposte.fr/products/suivi/2): `GET {baseUrl}/suivi/v2/idships/{id}?lang=fr_FR`
 * with the application key in `X-Okapi-Key`. The answer's `shipment.event[]` (`code`, `label`,
 * `date`) become carrier events (codes mapped by LA_POSTE_CODES); `shipment.isFinal` says La Poste
 * will report nothing more. An unknown number answers 400 or 404 with a `returnMessage`, sometimes
 * without a JSON body. See docs/carriers/tracking.md.
 */
import { CarrierEvent, contentEventId, mapLaPosteCode, MAX_CARRIER_TEXT } from './payloads';

/** La Poste's production API host. */
export const LA_POSTE_API_URL = 'https://api.laposte.fr';

/** What one lookup gives. */
export type LaPosteLookup =
    | { found: true; isFinal: boolean; events: CarrierEvent[] }
    | { found: false; status: number; message: string };

interface SuiviResponse {
    returnCode?: number;
    returnMessage?: string;
    shipment?: {
        idShip?: string;
        isFinal?: boolean;
        event?: Array<{ code?: string; label?: string; date?: string }>;
    };
}

/** Connection settings of {@link LaPosteClient}. */
export interface LaPosteClientOptions {
    /** The application's `X-Okapi-Key`. */
    apiKey: string;
    /** Default {@link LA_POSTE_API_URL}; a fake's URL in tests. */
    baseUrl?: string;
    /** Request timeout in ms, default 10 000. */
    timeoutMs?: number;
}

/** Reads one tracking number's events from La Poste. */
export class LaPosteClient {
    constructor(private readonly options: LaPosteClientOptions) {}

    /**
     * Looks `trackingNumber` up.
     *
     * @returns the events (oldest first, as La Poste lists them newest first) or why none were found
     * @throws Error on a network failure, a timeout or a 5xx (the poller retries at its next run)
     */
    async lookup(trackingNumber: string): Promise<LaPosteLookup> {
        const url = `${this.options.baseUrl ?? LA_POSTE_API_URL}/suivi/v2/idships/${encodeURIComponent(trackingNumber)}?lang=fr_FR`;
        const response = await fetch(url, {
            headers: { 'X-Okapi-Key': this.options.apiKey, Accept: 'application/json' },
            signal: AbortSignal.timeout(this.options.timeoutMs ?? 10_000),
        });
        const body = (await response.json().catch(() => ({}))) as SuiviResponse;
        if (response.status >= 500) throw new Error(`La Poste answered ${response.status}`);
        if (!response.ok || !body.shipment) {
            return {
                found: false,
                status: response.status,
                message: body.returnMessage ?? response.statusText,
            };
        }
        const events: CarrierEvent[] = [];
        for (const event of body.shipment.event ?? []) {
            const occurredAt = new Date(event.date ?? '');
            if (!event.code || Number.isNaN(occurredAt.getTime())) continue;
            events.push({
                eventId: contentEventId(event.code, occurredAt.toISOString()),
                status: mapLaPosteCode(event.code),
                rawStatus: event.code,
                message: (event.label ?? '').slice(0, MAX_CARRIER_TEXT),
                location: '',
                occurredAt,
            });
        }
        events.sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime());
        return { found: true, isFinal: body.shipment.isFinal === true, events };
    }
}
