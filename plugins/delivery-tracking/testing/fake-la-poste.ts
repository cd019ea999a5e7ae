/**
 * A local stand-in for La Poste's Suivi v2 API speaking its wire format (see
 * helpers/la-poste-client.ts): `GET /suivi/v2/idships/:id` with `X-Okapi-Key`, answering
 * `{ returnCode, shipment: { idShip, holder, isFinal, event[] } }`, 404 with a `returnMessage` for an
 * unknown number, 401 for a wrong key. Tests set each number's events with {@link FakeLaPoste.setShipment}.
 * Never loaded in production.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** One event as La Poste lists it. */
export interface FakeLaPosteEvent {
    code: string;
    label: string;
    /** ISO 8601 with offset, as La Poste sends it. */
    date: string;
}

/** The fake server; `url` is its base URL (give it as the client's `baseUrl`). */
export class FakeLaPoste {
    /** Requests received: tracking numbers, in order. */
    readonly requests: string[] = [];
    private readonly shipments = new Map<string, { isFinal: boolean; events: FakeLaPosteEvent[] }>();
    private server?: http.Server;
    url = '';

    constructor(private readonly apiKey: string) {}

    /** Sets what La Poste knows of `id` (events in any order; La Poste answers newest first). */
    setShipment(id: string, events: FakeLaPosteEvent[], isFinal = false): void {
        this.shipments.set(id, { isFinal, events });
    }

    /** Starts listening on a free loopback port. */
    async start(): Promise<this> {
        this.server = http.createServer((req, res) => this.handle(req, res));
        await new Promise<void>(resolve => this.server!.listen(0, '127.0.0.1', resolve));
        this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
        return this;
    }

    /** Stops the server. */
    async stop(): Promise<void> {
        await new Promise<void>(resolve => (this.server ? this.server.close(() => resolve()) : resolve()));
    }

    private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
        const send = (status: number, body: unknown): void => {
            res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
        };
        const match = /^\/suivi\/v2\/idships\/([^/?]+)/.exec(req.url ?? '');
        if (req.method !== 'GET' || !match) return send(404, { code: 'NOT_FOUND', message: 'no route' });
        if (req.headers['x-okapi-key'] !== this.apiKey)
            return send(401, { code: 'UNAUTHORIZED', message: 'Invalid credentials' });
        const id = decodeURIComponent(match[1]);
        this.requests.push(id);
        const shipment = this.shipments.get(id);
        if (!shipment)
            return send(404, {
                lang: 'fr_FR',
                returnCode: 104,
                returnMessage: `Numéro de suivi ${id} inconnu`,
                idShip: id,
            });
        const events = [...shipment.events].sort((a, b) => b.date.localeCompare(a.date));
        send(200, {
            lang: 'fr_FR',
            scope: 'open',
            returnCode: 200,
            shipment: {
                idShip: id,
                holder: 4,
                product: 'colissimo',
                isFinal: shipment.isFinal,
                event: events,
            },
        });
    }
}
