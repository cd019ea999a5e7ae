/**
 * A local CinetPay Checkout API v2 simulator, for development and tests only (refuses to start when
 * NODE_ENV=production). Same endpoints and wire format as the real API (docs/gateways/cinetpay.md):
 *
 * - `POST /v2/payment` (JSON) → `{"code":"201","message":"CREATED","data":{"payment_token","payment_url"}}`
 *   or an error body (`609` AUTH_NOT_FOUND for unknown apikey/site_id, `608` MINIMUM_REQUIRED_FIELDS for a
 *   missing field, an amount that is not a positive multiple of 5, or a reused transaction_id) with HTTP 200
 * - `POST /v2/payment/check` (JSON) → `00`/ACCEPTED, `627`/REFUSED, `662`/WAITING_FOR_CUSTOMER
 * - `GET /pay/<token>`: a hosted payment page with "Accepter" / "Refuser" buttons; the choice
 *   (`POST /pay/<token>/accept|refuse`) pings notify_url (GET and POST without fields), sends the
 *   signed notification (form-urlencoded, `x-token`), then 303-redirects the browser to return_url.
 *
 * Knobs ({@link SimulatorKnobs}, changeable at any time): duplicate notifications, delay, a first
 * notification while still WAITING_FOR_CUSTOMER, a wrong amount in check, check down (HTTP 503).
 */
import crypto from 'node:crypto';
import http from 'node:http';
import { AddressInfo } from 'node:net';
import { wireText } from '../../shared/wire-text';
import { computeXToken } from '../helpers/x-token';

/** A merchant the simulator knows (the same values as the PaymentMethod's handler args). */
export interface SimulatedMerchant {
    siteId: string;
    apikey: string;
    secretKey: string;
}

/** Behaviour switches. */
export interface SimulatorKnobs {
    /** How many times the final notification is sent (default 1). */
    notificationCopies: number;
    /** Send the final notifications concurrently instead of one after another. */
    concurrentCopies: boolean;
    /** Delay before notifying, in ms (default 0). */
    notifyDelayMs: number;
    /** Notify once while the status is still WAITING_FOR_CUSTOMER before the final status. */
    waitingFirst: boolean;
    /** Add this many units to `data.amount` in check answers (default 0). */
    checkAmountDelta: number;
    /** Answer `data.currency` with this instead of the real currency. */
    checkCurrencyOverride?: string;
    /** Answer HTTP 503 (no JSON) to every check. */
    checkDown: boolean;
}

/** One simulated transaction. */
export interface SimulatedTransaction {
    siteId: string;
    transactionId: string;
    token: string;
    amount: number;
    currency: string;
    description: string;
    notifyUrl: string;
    returnUrl: string;
    metadata?: string;
    lang: string;
    status: 'WAITING_FOR_CUSTOMER' | 'ACCEPTED' | 'REFUSED';
    createdAt: Date;
}

/** What the notify URL answered, for tests. */
export interface NotificationDelivery {
    status: number;
    text: string;
}

const DEFAULT_KNOBS: SimulatorKnobs = {
    notificationCopies: 1,
    concurrentCopies: false,
    notifyDelayMs: 0,
    waitingFirst: false,
    checkAmountDelta: 0,
    checkDown: false,
};

/** See the module documentation. */
export class CinetPaySimulator {
    readonly knobs: SimulatorKnobs = { ...DEFAULT_KNOBS };
    readonly transactions = new Map<string, SimulatedTransaction>();
    /** Every answer of the notify URL, in order. */
    readonly deliveries: NotificationDelivery[] = [];
    /**
     * Per transaction_id, the time (ms) the simulator spent on `/v2/payment/check` requests, from the
     * request's arrival to the end of the answer: the benchmark subtracts it to measure our own handling.
     */
    readonly checkMs = new Map<string, number>();
    private server?: http.Server;
    private baseUrl = '';

    /** @throws Error when NODE_ENV=production */
    constructor(private readonly merchants: SimulatedMerchant[]) {
        if (process.env.NODE_ENV === 'production') {
            throw new Error(
                'The CinetPay simulator is for development and tests only; it refuses to run with NODE_ENV=production',
            );
        }
    }

    /** Base URL (e.g. `http://127.0.0.1:41234`), to use as the plugin's apiBaseUrl. */
    get url(): string {
        return this.baseUrl;
    }

    /** Starts listening (port 0 = a free port). */
    async start(port = 0, host = '127.0.0.1'): Promise<string> {
        this.server = http.createServer((req, res) => {
            this.route(req, res).catch(err => {
                res.writeHead(500, { 'content-type': 'text/plain' }).end(String((err as Error).message));
            });
        });
        await new Promise<void>(resolve => this.server!.listen(port, host, resolve));
        const address = this.server.address() as AddressInfo;
        this.baseUrl = `http://${host}:${address.port}`;
        return this.baseUrl;
    }

    /** Stops listening. */
    async stop(): Promise<void> {
        await new Promise<void>(resolve => (this.server ? this.server.close(() => resolve()) : resolve()));
    }

    /** Resets the knobs to their defaults. */
    resetKnobs(): void {
        Object.assign(this.knobs, DEFAULT_KNOBS, { checkCurrencyOverride: undefined });
    }

    /** The notification form fields CinetPay would send for a transaction in its current status. */
    notificationFields(transactionId: string): Record<string, string> {
        const tx = this.mustGet(transactionId);
        return {
            cpm_site_id: tx.siteId,
            cpm_trans_id: tx.transactionId,
            cpm_trans_date: new Date().toISOString().slice(0, 19).replace('T', ' '),
            cpm_amount: String(tx.amount),
            cpm_currency: tx.currency,
            signature: tx.token,
            payment_method: 'OM',
            cel_phone_num: '0707070707',
            cpm_phone_prefixe: '225',
            cpm_language: tx.lang,
            cpm_version: 'V4',
            cpm_payment_config: 'SINGLE',
            cpm_page_action: 'PAYMENT',
            cpm_custom: tx.metadata ?? '',
            cpm_designation: tx.description,
            cpm_error_message:
                tx.status === 'ACCEPTED'
                    ? 'SUCCES'
                    : tx.status === 'REFUSED'
                      ? 'TRANSACTION_CANCEL'
                      : 'WAITING_CUSTOMER_PAYMENT',
        };
    }

    /** The correct `x-token` for notification fields of a known merchant. */
    sign(fields: Record<string, string>): string {
        const merchant = this.merchants.find(m => m.siteId === fields.cpm_site_id);
        if (!merchant) throw new Error(`Unknown site_id ${fields.cpm_site_id}`);
        return computeXToken(fields, merchant.secretKey);
    }

    /**
     * What the hosted page does on the shopper's choice: pings, notifications per the knobs, and returns
     * the answers of the notify URL (the browser redirect is done by the HTTP route).
     */
    async complete(transactionId: string, outcome: 'ACCEPTED' | 'REFUSED'): Promise<NotificationDelivery[]> {
        const tx = this.mustGet(transactionId);
        const answers: NotificationDelivery[] = [];
        if (this.knobs.notifyDelayMs) await new Promise(r => setTimeout(r, this.knobs.notifyDelayMs));
        answers.push(await this.deliver(tx.notifyUrl, 'GET'));
        answers.push(await this.deliver(tx.notifyUrl, 'POST', {}));
        if (this.knobs.waitingFirst) {
            answers.push(await this.deliver(tx.notifyUrl, 'POST', this.notificationFields(transactionId)));
        }
        tx.status = outcome;
        const fields = this.notificationFields(transactionId);
        const copies = Math.max(1, this.knobs.notificationCopies);
        if (this.knobs.concurrentCopies) {
            answers.push(
                ...(await Promise.all(
                    Array.from({ length: copies }, () => this.deliver(tx.notifyUrl, 'POST', fields)),
                )),
            );
        } else {
            for (let i = 0; i < copies; i++) answers.push(await this.deliver(tx.notifyUrl, 'POST', fields));
        }
        return answers;
    }

    /** Sends one request to a notify URL: no fields = ping; fields are form-urlencoded and signed. */
    async deliver(
        notifyUrl: string,
        method: 'GET' | 'POST',
        fields?: Record<string, string>,
        xToken?: string,
    ): Promise<NotificationDelivery> {
        const headers: Record<string, string> = {};
        let body: string | undefined;
        if (method === 'POST') {
            headers['content-type'] = 'application/x-www-form-urlencoded';
            body = new URLSearchParams(fields ?? {}).toString();
            if (fields && Object.keys(fields).length) headers['x-token'] = xToken ?? this.sign(fields);
        }
        const response = await fetch(notifyUrl, {
            method,
            headers,
            body,
            signal: AbortSignal.timeout(30_000),
        });
        const delivery = { status: response.status, text: await response.text() };
        this.deliveries.push(delivery);
        return delivery;
    }

    private mustGet(transactionId: string): SimulatedTransaction {
        const tx = this.transactions.get(transactionId);
        if (!tx) throw new Error(`Unknown transaction ${transactionId}`);
        return tx;
    }

    private async route(req: http.IncomingMessage, res: http.ServerResponse): Promise<unknown> {
        const arrivedAt = performance.now();
        const url = new URL(req.url ?? '/', this.baseUrl);
        const raw = await readBody(req);
        const json = (status: number, body: unknown) =>
            res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
        const apiError = (code: string, message: string, description: string) =>
            json(200, { code, message, description, api_response_id: responseId() });

        if (req.method === 'POST' && url.pathname === '/v2/payment') {
            const body = parseJson(raw);
            const merchant = this.merchants.find(
                m => m.siteId === wireText(body.site_id) && m.apikey === body.apikey,
            );
            if (!merchant) return apiError('609', 'AUTH_NOT_FOUND', 'Unknown apikey or site_id');
            const required = [
                'transaction_id',
                'amount',
                'currency',
                'description',
                'notify_url',
                'return_url',
                'channels',
            ];
            const missing = required.filter(k => body[k] === undefined || body[k] === '');
            if (missing.length)
                return apiError('608', 'MINIMUM_REQUIRED_FIELDS', `Missing: ${missing.join(', ')}`);
            const amount = Number(body.amount);
            if (!Number.isInteger(amount) || amount <= 0 || amount % 5 !== 0)
                return apiError('608', 'MINIMUM_REQUIRED_FIELDS', 'amount must be a positive multiple of 5');
            const transactionId = String(body.transaction_id);
            if (!/^[A-Za-z0-9]{1,30}$/.test(transactionId) || this.transactions.has(transactionId)) {
                return apiError('608', 'MINIMUM_REQUIRED_FIELDS', 'transaction_id invalid or already used');
            }
            const token = crypto.randomBytes(20).toString('hex');
            this.transactions.set(transactionId, {
                siteId: merchant.siteId,
                transactionId,
                token,
                amount,
                currency: String(body.currency),
                description: String(body.description),
                notifyUrl: String(body.notify_url),
                returnUrl: String(body.return_url),
                metadata: body.metadata === undefined ? undefined : wireText(body.metadata),
                lang: wireText(body.lang ?? 'fr'),
                status: 'WAITING_FOR_CUSTOMER',
                createdAt: new Date(),
            });
            return json(200, {
                code: '201',
                message: 'CREATED',
                description: 'Transaction created with success',
                data: { payment_token: token, payment_url: `${this.baseUrl}/pay/${token}` },
                api_response_id: responseId(),
            });
        }

        if (req.method === 'POST' && url.pathname === '/v2/payment/check') {
            if (this.knobs.checkDown)
                return void res
                    .writeHead(503, { 'content-type': 'text/html' })
                    .end('<h1>503 Service Unavailable</h1>');
            const body = parseJson(raw);
            const checked = wireText(body.transaction_id ?? body.token);
            res.once('finish', () =>
                this.checkMs.set(checked, (this.checkMs.get(checked) ?? 0) + performance.now() - arrivedAt),
            );
            const merchant = this.merchants.find(
                m => m.siteId === wireText(body.site_id) && m.apikey === body.apikey,
            );
            if (!merchant) return apiError('609', 'AUTH_NOT_FOUND', 'Unknown apikey or site_id');
            const tx = [...this.transactions.values()].find(
                t =>
                    t.siteId === merchant.siteId &&
                    (t.transactionId === body.transaction_id || t.token === body.token),
            );
            if (!tx) return apiError('627', 'TRANSACTION_CANCEL', 'Transaction not found');
            const [code, message] =
                tx.status === 'ACCEPTED'
                    ? ['00', 'SUCCES']
                    : tx.status === 'REFUSED'
                      ? ['627', 'TRANSACTION_CANCEL']
                      : ['662', 'WAITING_CUSTOMER_PAYMENT'];
            return json(200, {
                code,
                message,
                data: {
                    amount: String(tx.amount + this.knobs.checkAmountDelta),
                    currency: this.knobs.checkCurrencyOverride ?? tx.currency,
                    status: tx.status,
                    payment_method: tx.status === 'WAITING_FOR_CUSTOMER' ? '' : 'OM',
                    description: tx.description,
                    metadata: tx.metadata ?? null,
                    operator_id: tx.status === 'ACCEPTED' ? `MP${Date.now()}` : null,
                    payment_date:
                        tx.status === 'ACCEPTED'
                            ? new Date().toISOString().slice(0, 19).replace('T', ' ')
                            : ' ',
                    fund_availability_date: ' ',
                },
                api_response_id: responseId(),
            });
        }

        const page = /^\/pay\/([0-9a-f]+)(?:\/(accept|refuse))?$/.exec(url.pathname);
        const tx = page ? [...this.transactions.values()].find(t => t.token === page[1]) : undefined;
        if (page && tx && req.method === 'GET' && !page[2]) {
            return void res
                .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
                .end(paymentPage(tx));
        }
        if (page && tx && req.method === 'POST' && page[2]) {
            if (tx.status === 'WAITING_FOR_CUSTOMER')
                await this.complete(tx.transactionId, page[2] === 'accept' ? 'ACCEPTED' : 'REFUSED');
            const target = new URL(tx.returnUrl);
            target.searchParams.set('transaction_id', tx.transactionId);
            target.searchParams.set('token', tx.token);
            return void res.writeHead(303, { location: target.toString() }).end();
        }
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
}

function paymentPage(tx: SimulatedTransaction): string {
    const escape = (s: string) => s.replace(/[&<>"']/g, c => `&#${c.charCodeAt(0)};`);
    return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>CinetPay (simulateur)</title></head>
<body style="font-family:sans-serif;max-width:28rem;margin:3rem auto">
<h1>CinetPay — simulateur</h1>
<p>${escape(tx.description)}</p>
<p><strong>${tx.amount} ${escape(tx.currency)}</strong> — transaction ${escape(tx.transactionId)}</p>
<form method="post" action="/pay/${tx.token}/accept" style="display:inline"><button type="submit">Accepter</button></form>
<form method="post" action="/pay/${tx.token}/refuse" style="display:inline"><button type="submit">Refuser</button></form>
</body></html>`;
}

function readBody(req: http.IncomingMessage): Promise<string> {
    return new Promise((resolve, reject) => {
        let data = '';
        req.on('data', chunk => (data += chunk));
        req.on('end', () => resolve(data));
        req.on('error', reject);
    });
}

function parseJson(raw: string): Record<string, unknown> {
    try {
        const value = JSON.parse(raw);
        return value && typeof value === 'object' ? value : {};
    } catch {
        return {};
    }
}

function responseId(): string {
    return `${(Date.now() / 1000).toFixed(4)}`;
}
