/**
 * A local fake of the Stripe API for tests and the benchmark: the real `stripe` SDK is pointed at it with
 * `host`/`port`/`protocol` (StripePluginOptions.apiUrl = its URL) and speaks its real wire format
 * (https://docs.stripe.com/api): form-encoded bodies with bracketed keys, `Authorization: Bearer sk_…`,
 * `Idempotency-Key`, `Stripe-Version`, JSON answers and Stripe's error envelope.
 *
 * Implemented: PaymentIntents (create, retrieve, update, cancel), Refunds (create, list by
 * payment_intent), idempotency (a key reused with other parameters → 400 `idempotency_error`, as Stripe;
 * the same parameters → the stored answer replayed). Every request is recorded in {@link requests}.
 * Test helpers move intents like a shopper or the Stripe Dashboard would, build events, and deliver
 * them signed with the SDK's `generateTestHeaderString`.
 */
import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Stripe from 'stripe';

/** A value of Stripe's form encoding: a string, or nested fields for bracketed keys (`metadata[orderCode]`). */
export type FormValue = string | FormObject;
/** Nested fields of Stripe's form encoding. */
export interface FormObject {
    [key: string]: FormValue | undefined;
}

/** One request the fake received. */
export interface RecordedRequest {
    method: string;
    path: string;
    authorization: string | undefined;
    idempotencyKey: string | undefined;
    stripeVersion: string | undefined;
    /** The parsed form body (nested objects for bracketed keys). */
    params: FormObject;
    status: number;
}

/** The fields of a Stripe PaymentIntent (https://docs.stripe.com/api/payment_intents/object) the fake keeps. */
export type FakePaymentIntent = Pick<
    Stripe.PaymentIntent,
    | 'id'
    | 'object'
    | 'amount'
    | 'amount_received'
    | 'currency'
    | 'status'
    | 'client_secret'
    | 'metadata'
    | 'description'
    | 'automatic_payment_methods'
    | 'last_payment_error'
    | 'cancellation_reason'
    | 'livemode'
    | 'created'
> & {
    /** The charge id (`ch_…`) of the latest attempt; never expanded. */
    latest_charge: string | null;
    canceled_at?: number | null;
};

/** The fields of a Stripe Refund (https://docs.stripe.com/api/refunds/object) the fake keeps. */
export type FakeRefund = Pick<
    Stripe.Refund,
    'id' | 'object' | 'amount' | 'currency' | 'reason' | 'status' | 'metadata' | 'created'
> & { charge: string | null; payment_intent: string; failure_reason: string | null };

/** A charge as `charge.refunded` carries it (https://docs.stripe.com/api/charges/object), refunds not expanded. */
export type FakeCharge = Pick<
    Stripe.Charge,
    'object' | 'amount' | 'amount_refunded' | 'currency' | 'refunded' | 'status' | 'metadata'
> & { id: string | null; payment_intent: string };

/** A dispute as `charge.dispute.created` carries it (https://docs.stripe.com/api/disputes/object). */
export type FakeDispute = Pick<
    Stripe.Dispute,
    'id' | 'object' | 'amount' | 'currency' | 'reason' | 'status'
> & {
    charge: string | null;
    payment_intent: string;
    evidence_details: Pick<Stripe.Dispute.EvidenceDetails, 'due_by'>;
};

/** A Stripe event around `T` (https://docs.stripe.com/api/events/object), as the webhook receives it. */
export interface FakeEvent<T = unknown> {
    id: string;
    object: 'event';
    api_version: string;
    created: number;
    data: { object: T };
    livemode: boolean;
    pending_webhooks: number;
    request: Stripe.Event.Request;
    type: string;
}

/** The parameters of a refund, from the API's form body or a test helper. */
interface RefundParams {
    payment_intent: string;
    amount?: number | string;
    reason?: string | null;
    metadata?: Stripe.Metadata;
}

/** See the module documentation. */
export class FakeStripe {
    readonly intents = new Map<string, FakePaymentIntent>();
    readonly refunds = new Map<string, FakeRefund>();
    readonly requests: RecordedRequest[] = [];
    private readonly idempotency = new Map<string, { params: string; status: number; body: string }>();
    private server: http.Server | undefined;
    /** Status of new refunds (`succeeded`, or `pending` to test their later update). */
    refundStatus: 'succeeded' | 'pending' = 'succeeded';
    url = '';

    /** Starts listening on 127.0.0.1 (a free port); resolves with the base URL. */
    async start(): Promise<string> {
        this.server = http.createServer((req, res) => void this.handle(req, res));
        this.server.keepAliveTimeout = 30_000;
        await new Promise<void>(resolve => this.server!.listen(0, '127.0.0.1', resolve));
        this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
        return this.url;
    }

    async stop(): Promise<void> {
        if (!this.server) return;
        this.server.closeAllConnections();
        await new Promise<void>(resolve => this.server!.close(() => resolve()));
    }

    /** Lets the process exit while the fake still listens (benchmark). */
    unref(): void {
        this.server?.unref();
    }

    /** Requests to a path prefix, e.g. `/v1/payment_intents`. */
    requestsTo(method: string, pathPrefix: string): RecordedRequest[] {
        return this.requests.filter(r => r.method === method && r.path.startsWith(pathPrefix));
    }

    // ------------------------------------------------------------ test helpers

    /** The shopper pays: the intent succeeds with its current amount received. */
    succeed(id: string): FakePaymentIntent {
        const pi = this.intent(id);
        Object.assign(pi, {
            status: 'succeeded',
            amount_received: pi.amount,
            latest_charge: pi.latest_charge ?? `ch_${rand()}`,
            last_payment_error: null,
        });
        return structuredClone(pi);
    }

    /** The card is declined: the intent goes back to `requires_payment_method` with an error. */
    fail(id: string, message = 'Your card has insufficient funds.'): FakePaymentIntent {
        const pi = this.intent(id);
        Object.assign(pi, {
            status: 'requires_payment_method',
            latest_charge: `ch_${rand()}`,
            last_payment_error: {
                type: 'card_error',
                code: 'card_declined',
                decline_code: 'insufficient_funds',
                message,
            },
        });
        return structuredClone(pi);
    }

    /** The intent is canceled (e.g. from the Stripe Dashboard). */
    cancel(id: string, reason: Stripe.PaymentIntent.CancellationReason = 'abandoned'): FakePaymentIntent {
        const pi = this.intent(id);
        Object.assign(pi, { status: 'canceled', cancellation_reason: reason, canceled_at: now() });
        return structuredClone(pi);
    }

    /** A refund made in the Stripe Dashboard (no Radiant metadata); returns the refund. */
    refundInDashboard(
        id: string,
        amount?: number,
        reason: string | null = 'requested_by_customer',
    ): FakeRefund {
        return this.createRefund({ payment_intent: id, amount, reason, metadata: {} });
    }

    /** The charge of a succeeded intent, as `charge.refunded` carries it (refunds not expanded, as since 2022-11-15). */
    chargeOf(id: string): FakeCharge {
        const pi = this.intent(id);
        const refunded = [...this.refunds.values()]
            .filter(r => r.payment_intent === id && r.status === 'succeeded')
            .reduce((s, r) => s + r.amount, 0);
        return {
            id: pi.latest_charge,
            object: 'charge',
            amount: pi.amount_received,
            amount_refunded: refunded,
            currency: pi.currency,
            payment_intent: id,
            refunded: refunded >= pi.amount_received,
            status: 'succeeded',
            metadata: pi.metadata,
        };
    }

    /** A dispute on the intent's charge, as `charge.dispute.created` carries it. */
    disputeOf(id: string, reason = 'fraudulent'): FakeDispute {
        const pi = this.intent(id);
        return {
            id: `dp_${rand()}`,
            object: 'dispute',
            amount: pi.amount_received,
            currency: pi.currency,
            charge: pi.latest_charge,
            payment_intent: id,
            reason,
            status: 'needs_response',
            evidence_details: { due_by: now() + 7 * 86400 },
        };
    }

    /** A Stripe event object around `object` (API version pinned like the plugin's). */
    event<T>(type: string, object: T, id = `evt_${rand()}`): FakeEvent<T> {
        return {
            id,
            object: 'event',
            api_version: Stripe.API_VERSION,
            created: now(),
            data: { object: structuredClone(object) },
            livemode: false,
            pending_webhooks: 1,
            request: { id: null, idempotency_key: null },
            type,
        };
    }

    /** The signature header Stripe would send for `payload` (SDK's generateTestHeaderString). */
    static sign(payload: string, secret: string, timestamp?: number): string {
        return Stripe.webhooks.generateTestHeaderString({ payload, secret, timestamp });
    }

    /** POSTs an event to the webhook URL, signed with `secret` (or with the given header). */
    static async deliver(
        url: string,
        event: FakeEvent,
        secret: string,
        signature?: string,
    ): Promise<{ status: number; text: string }> {
        const payload = JSON.stringify(event);
        const res = await fetch(url, {
            method: 'POST',
            headers: {
                'content-type': 'application/json; charset=utf-8',
                'stripe-signature': signature ?? FakeStripe.sign(payload, secret),
                'user-agent': 'Stripe/1.0 (+https://stripe.com/docs/webhooks)',
            },
            body: payload,
        });
        return { status: res.status, text: await res.text() };
    }

    // ------------------------------------------------------------ the API

    private intent(id: string): FakePaymentIntent {
        const pi = this.intents.get(id);
        if (!pi) throw new Error(`FakeStripe: no PaymentIntent ${id}`);
        return pi;
    }

    private createRefund(params: RefundParams): FakeRefund {
        const pi = this.intents.get(params.payment_intent);
        if (!pi)
            throw new StripeFakeError(
                404,
                'invalid_request_error',
                'resource_missing',
                `No such payment_intent: '${params.payment_intent}'`,
            );
        if (pi.status !== 'succeeded')
            throw new StripeFakeError(
                400,
                'invalid_request_error',
                'charge_not_succeeded',
                'This PaymentIntent has no successful charge to refund.',
            );
        const refunded = [...this.refunds.values()]
            .filter(r => r.payment_intent === pi.id && r.status !== 'failed' && r.status !== 'canceled')
            .reduce((s, r) => s + r.amount, 0);
        const amount =
            params.amount === undefined || params.amount === null
                ? pi.amount_received - refunded
                : Number(params.amount);
        if (!Number.isInteger(amount) || amount <= 0)
            throw new StripeFakeError(
                400,
                'invalid_request_error',
                'parameter_invalid_integer',
                'Invalid positive integer',
            );
        if (amount > pi.amount_received - refunded) {
            throw new StripeFakeError(
                400,
                'invalid_request_error',
                'amount_too_large',
                `Refund amount (${amount}) is greater than unrefunded amount on charge (${pi.amount_received - refunded})`,
            );
        }
        const refund: FakeRefund = {
            id: `re_${rand()}`,
            object: 'refund',
            amount,
            currency: pi.currency,
            charge: pi.latest_charge,
            payment_intent: pi.id,
            reason: params.reason ?? null,
            status: this.refundStatus,
            metadata: params.metadata ?? {},
            created: now(),
            failure_reason: null,
        };
        this.refunds.set(refund.id, refund);
        return structuredClone(refund);
    }

    private route(method: string, path: string, query: URLSearchParams, params: FormObject): object {
        let m: RegExpExecArray | null;
        if (method === 'POST' && path === '/v1/payment_intents') {
            const amount = Number(params.amount);
            if (!Number.isInteger(amount) || amount < 1)
                throw new StripeFakeError(
                    400,
                    'invalid_request_error',
                    'parameter_invalid_integer',
                    'Invalid positive integer',
                    'amount',
                );
            if (typeof params.currency !== 'string' || !/^[a-z]{3}$/.test(params.currency))
                throw new StripeFakeError(
                    400,
                    'invalid_request_error',
                    'parameter_missing',
                    'Missing required param: currency.',
                    'currency',
                );
            const id = `pi_${rand()}`;
            const automatic = params.automatic_payment_methods;
            const pi: FakePaymentIntent = {
                id,
                object: 'payment_intent',
                amount,
                amount_received: 0,
                currency: params.currency,
                status: 'requires_payment_method',
                client_secret: `${id}_secret_${rand()}`,
                metadata: metadataOf(params.metadata),
                description: typeof params.description === 'string' ? params.description : null,
                automatic_payment_methods:
                    automatic && typeof automatic === 'object'
                        ? { enabled: automatic.enabled === 'true' }
                        : null,
                latest_charge: null,
                last_payment_error: null,
                cancellation_reason: null,
                livemode: false,
                created: now(),
            };
            this.intents.set(id, pi);
            return pi;
        }
        if ((m = /^\/v1\/payment_intents\/([^/]+)$/.exec(path))) {
            const pi = this.intents.get(m[1]);
            if (!pi)
                throw new StripeFakeError(
                    404,
                    'invalid_request_error',
                    'resource_missing',
                    `No such payment_intent: '${m[1]}'`,
                    'intent',
                );
            if (method === 'GET') return pi;
            if (method === 'POST') {
                if (
                    !['requires_payment_method', 'requires_confirmation', 'requires_action'].includes(
                        pi.status,
                    )
                ) {
                    throw new StripeFakeError(
                        400,
                        'invalid_request_error',
                        'payment_intent_unexpected_state',
                        `This PaymentIntent's amount could not be updated because it has a status of ${pi.status}.`,
                    );
                }
                if (params.amount !== undefined) pi.amount = Number(params.amount);
                if (params.metadata) pi.metadata = { ...pi.metadata, ...metadataOf(params.metadata) };
                return pi;
            }
        }
        if (method === 'POST' && (m = /^\/v1\/payment_intents\/([^/]+)\/cancel$/.exec(path))) {
            const reason = params.cancellation_reason;
            return this.cancel(m[1], typeof reason === 'string' ? reason : 'requested_by_customer');
        }
        if (method === 'POST' && path === '/v1/refunds') {
            const { payment_intent, amount, reason, metadata } = params;
            return this.createRefund({
                payment_intent: typeof payment_intent === 'string' ? payment_intent : '',
                amount: typeof amount === 'string' ? amount : undefined,
                reason: typeof reason === 'string' ? reason : undefined,
                metadata: metadataOf(metadata),
            });
        }
        if (method === 'GET' && path === '/v1/refunds') {
            const intent = query.get('payment_intent');
            const data = [...this.refunds.values()]
                .filter(r => !intent || r.payment_intent === intent)
                .reverse();
            return { object: 'list', data, has_more: false, url: '/v1/refunds' };
        }
        throw new StripeFakeError(
            404,
            'invalid_request_error',
            undefined,
            `Unrecognized request URL (${method}: ${path}).`,
        );
    }

    private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
        const chunks: Buffer[] = [];
        for await (const chunk of req) chunks.push(chunk as Buffer);
        const url = new URL(req.url ?? '/', 'http://fake');
        const raw = Buffer.concat(chunks).toString('utf8');
        const params = parseForm(req.method === 'GET' ? url.search.slice(1) : raw);
        const header = (name: string) =>
            Array.isArray(req.headers[name])
                ? req.headers[name]![0]
                : (req.headers[name] as string | undefined);
        const record: RecordedRequest = {
            method: req.method ?? 'GET',
            path: url.pathname,
            authorization: header('authorization'),
            idempotencyKey: header('idempotency-key'),
            stripeVersion: header('stripe-version'),
            params,
            status: 0,
        };
        this.requests.push(record);
        const send = (status: number, body: string, replayed = false) => {
            record.status = status;
            res.writeHead(status, {
                'content-type': 'application/json',
                'request-id': `req_${rand()}`,
                ...(replayed ? { 'idempotent-replayed': 'true' } : {}),
                ...(record.stripeVersion ? { 'stripe-version': record.stripeVersion } : {}),
            });
            res.end(body);
        };
        if (!/^Bearer (sk|rk)_test_\w+$/.test(record.authorization ?? '')) {
            send(
                401,
                JSON.stringify({
                    error: { type: 'invalid_request_error', message: 'Invalid API Key provided.' },
                }),
            );
            return;
        }
        const idemKey =
            record.method === 'POST' && record.idempotencyKey
                ? `${record.authorization}|${record.idempotencyKey}`
                : undefined;
        const fingerprint = `${record.method} ${record.path} ${JSON.stringify(params)}`;
        if (idemKey) {
            const previous = this.idempotency.get(idemKey);
            if (previous && previous.params !== fingerprint) {
                send(
                    400,
                    JSON.stringify({
                        error: {
                            type: 'idempotency_error',
                            message: `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${record.idempotencyKey}' if you meant to execute a different request.`,
                        },
                    }),
                );
                return;
            }
            if (previous) {
                send(previous.status, previous.body, true);
                return;
            }
        }
        let status = 200;
        let body: string;
        try {
            body = JSON.stringify(this.route(record.method, record.path, url.searchParams, params));
        } catch (err) {
            if (!(err instanceof StripeFakeError)) throw err;
            status = err.status;
            body = JSON.stringify({
                error: { type: err.type, code: err.code, message: err.message, param: err.param },
            });
        }
        if (idemKey && status < 500) this.idempotency.set(idemKey, { params: fingerprint, status, body });
        send(status, body);
    }
}

class StripeFakeError extends Error {
    constructor(
        readonly status: number,
        readonly type: string,
        readonly code: string | undefined,
        message: string,
        readonly param?: string,
    ) {
        super(message);
    }
}

/** Parses Stripe's form encoding (`metadata[orderCode]=A1&expand[0]=x`) into nested objects. */
export function parseForm(body: string): FormObject {
    const out: FormObject = {};
    for (const [key, value] of new URLSearchParams(body)) {
        const path = key.replace(/\]/g, '').split('[');
        let node = out;
        path.forEach((part, i) => {
            if (i === path.length - 1) {
                node[part] = value;
                return;
            }
            const child = node[part];
            if (child && typeof child === 'object') node = child;
            else node = node[part] = {};
        });
    }
    return out;
}

/** The string fields of a form value (Stripe metadata is string → string); `{}` for anything else. */
function metadataOf(value: FormValue | undefined): Stripe.Metadata {
    const out: Stripe.Metadata = {};
    if (value && typeof value === 'object')
        for (const [k, v] of Object.entries(value)) if (typeof v === 'string') out[k] = v;
    return out;
}

function rand(): string {
    return crypto.randomBytes(12).toString('hex');
}

function now(): number {
    return Math.floor(Date.now() / 1000);
}
