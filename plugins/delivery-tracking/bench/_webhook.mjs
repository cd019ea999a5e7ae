/**
 * Signed generic carrier webhooks (`POST /tracking/webhook/fr/generic`, `Radiant-Signature`), always on
 * distinct parcels (round robin over a pool), Radiant only; two scenarios are built from here:
 *
 * - `tracking-webhook` (closed loop): each virtual user delivers the next parcel's two new events as
 *   soon as its previous delivery is answered, --connections users at once: throughput at saturation
 *   (its latency is mostly queueing).
 * - `tracking-webhook-open` (open loop): deliveries ARRIVE at `BENCH_TRACKING_RATE` per second
 *   (default 20; Poisson), as carriers send them, whatever the server's speed. Its latency is the
 *   **acceptance** a carrier waits for (signature, body, parcel lookup, job queued: 202), from the
 *   arrival: the figure for the target, p95 ≤ 50 ms.
 *
 * Then `summary` waits for the worker to record every accepted event (the webhook job queue drained)
 * and reports **events/s through to the timeline**: accepted events over the time from the first
 * delivery to the last job settled; failed jobs and a sample parcel's timeline are checked.
 *
 * Before the servers start, `prepare` gives them the `fr` generic webhook secret. `setup` buys
 * `BENCH_TRACKING_ORDERS` orders (default 40) through the Shop API (guest checkout, test payment) and
 * ships each in one `tracked-parcels` fulfillment of 20 Colissimo parcels (800 parcels); each
 * scenario prepares its own.
 */
import crypto from 'node:crypto';
import http from 'node:http';
import { createGraphQLClient, expectOk, RequestError, send } from '../../../bench/lib/http.mjs';

const SECRET = 'whsec_bench_tracking_0123456789';
const ORDERS = Number(process.env.BENCH_TRACKING_ORDERS || 40);
const PARCELS_PER_ORDER = 20;
const EVENTS_PER_DELIVERY = 2;
const PREPARERS = 4;
const DRAIN_TIMEOUT_MS = 300_000;
const QUEUE = 'delivery-tracking-webhook';

const ORDER_FIELDS = `__typename ... on Order { id code state } ... on ErrorResult { errorCode message }`;
const STEPS = {
    add: `mutation BenchTrkAdd($id: ID!) { addItemToOrder(productVariantId: $id, quantity: 1) { ${ORDER_FIELDS} } }`,
    customer: `mutation BenchTrkCustomer($input: CreateCustomerInput!) { setCustomerForOrder(input: $input) { ${ORDER_FIELDS} } }`,
    address: `mutation BenchTrkAddress($input: CreateAddressInput!) { setOrderShippingAddress(input: $input) { ${ORDER_FIELDS} } }`,
    methods: `query BenchTrkMethods { eligibleShippingMethods { id } }`,
    shipping: `mutation BenchTrkShipping($ids: [ID!]!) { setOrderShippingMethod(shippingMethodId: $ids) { ${ORDER_FIELDS} } }`,
    arrange: `mutation BenchTrkArrange { transitionOrderToState(state: "ArrangingPayment") { ${ORDER_FIELDS} } }`,
    pay: `mutation BenchTrkPay { addPaymentToOrder(input: { method: "test-payment-fr", metadata: {} }) { ${ORDER_FIELDS} } }`,
};
const UPDATE_STOCK = `mutation BenchTrkStock($input: [UpdateProductVariantInput!]!) { updateProductVariants(input: $input) { id } }`;
const ORDER_LINES = `query BenchTrkLines($id: ID!) { order(id: $id) { lines { id quantity } } }`;
const FULFILL = `mutation BenchTrkFulfill($input: FulfillOrderInput!) {
    addFulfillmentToOrder(input: $input) { __typename ... on Fulfillment { id } ... on ErrorResult { errorCode message } }
}`;
const PENDING_JOBS = `query BenchTrkPending($queue: String!) {
    pending: jobs(options: { take: 1, filter: { queueName: { eq: $queue }, isSettled: { eq: false } } }) { totalItems }
    failed: jobs(options: { take: 1, filter: { queueName: { eq: $queue }, state: { eq: "FAILED" } } }) { totalItems }
    last: jobs(options: { take: 1, sort: { settledAt: DESC }, filter: { queueName: { eq: $queue } } }) { items { settledAt } }
}`;
const PARCEL_TIMELINE = `query BenchTrkTimeline($id: ID!) {
    order(id: $id) { fulfillments { parcels { trackingNumber status events { id } } } }
}`;

/** An Admin API client logged in as the superadmin. */
async function adminClient(url) {
    const admin = createGraphQLClient({ url, channel: 'fr' });
    const { login } = await admin.request(
        `mutation BenchTrkLogin { login(username: "superadmin", password: "superadmin") { __typename } }`,
    );
    if (login.__typename !== 'CurrentUser') throw new Error('tracking-webhook: Admin API login failed');
    return admin;
}

/** One paid guest order through the Shop API; its id. */
async function buyOrder(client, variantId, n) {
    client.resetSession();
    expectOk((await client.request(STEPS.add, { id: variantId })).addItemToOrder, 'addItemToOrder');
    const customer = {
        emailAddress: `bench-tracking-${n}-${Date.now()}@example.com`,
        firstName: 'Bench',
        lastName: 'Suivi',
    };
    expectOk(
        (await client.request(STEPS.customer, { input: customer })).setCustomerForOrder,
        'setCustomerForOrder',
    );
    const address = {
        fullName: 'Bench Suivi',
        streetLine1: '1 rue de la Paix',
        city: 'Paris',
        postalCode: '75002',
        countryCode: 'FR',
    };
    expectOk(
        (await client.request(STEPS.address, { input: address })).setOrderShippingAddress,
        'setOrderShippingAddress',
    );
    const { eligibleShippingMethods } = await client.request(STEPS.methods);
    expectOk(
        (await client.request(STEPS.shipping, { ids: [eligibleShippingMethods[0].id] }))
            .setOrderShippingMethod,
        'setOrderShippingMethod',
    );
    expectOk((await client.request(STEPS.arrange)).transitionOrderToState, 'transitionOrderToState');
    return expectOk((await client.request(STEPS.pay)).addPaymentToOrder, 'addPaymentToOrder').id;
}

/** Ships order `orderId` as one tracked fulfillment of 20 Colissimo parcels; their numbers. */
async function ship(admin, orderId, n) {
    const { order } = await admin.request(ORDER_LINES, { id: orderId });
    const numbers = Array.from({ length: PARCELS_PER_ORDER }, (_, i) =>
        `BENCH${Date.now().toString(36)}${n}X${i}`.toUpperCase(),
    );
    const { addFulfillmentToOrder: result } = await admin.request(FULFILL, {
        input: {
            lines: order.lines.map(l => ({ orderLineId: l.id, quantity: l.quantity })),
            handler: {
                code: 'tracked-parcels',
                arguments: [
                    { name: 'carrier', value: 'colissimo' },
                    { name: 'trackingNumbers', value: JSON.stringify(numbers) },
                ],
            },
        },
    });
    if (result.__typename !== 'Fulfillment')
        throw new Error(`addFulfillmentToOrder: ${result.errorCode} ${result.message}`);
    return numbers;
}

/** `Radiant-Signature` of `body` (the plugin's generic format: hex HMAC-SHA256 of "t.body"). */
function sign(body) {
    const t = Math.floor(Date.now() / 1000);
    const v1 = crypto.createHmac('sha256', SECRET).update(`${t}.${body}`).digest('hex');
    return `t=${t},v1=${v1}`;
}

/**
 * A tracking-webhook scenario (see the file comment).
 *
 * @param {{name: string, description: string, order: number, arrivalRate?: number, connections?: number}} variant
 */
export function trackingWebhookScenario(variant) {
    /** What setup prepared and the load did, for `summary` (one configuration: Radiant). */
    const state = { admin: null, orders: [], parcels: [], next: 0, acceptedEvents: 0, firstAt: 0 };
    return {
        name: variant.name,
        description: `${variant.description}; ${EVENTS_PER_DELIVERY} new events on a distinct parcel per delivery (202 = accepted, recorded by the worker)`,
        unit: 'delivery',
        requestsPerOp: 1,
        order: variant.order,
        ...(variant.arrivalRate ? { arrivalRate: variant.arrivalRate } : {}),
        ...(variant.connections ? { connections: variant.connections } : {}),
        configurations: ['radiant'],
        prepare: async () => ({ TRACKING_WEBHOOK_SECRET_FR_GENERIC: SECRET }),
        async setup(ctx) {
            state.admin = await adminClient(ctx.adminApiUrl);
            const variantIds = ctx.catalog.inStockVariantIds.slice(0, 8);
            await state.admin.request(UPDATE_STOCK, {
                input: variantIds.map(id => ({ id, stockOnHand: 1_000_000 })),
            });
            let next = 0;
            await Promise.all(
                Array.from({ length: PREPARERS }, async () => {
                    const client = ctx.createClient();
                    while (next < ORDERS) {
                        const n = next++;
                        const orderId = await buyOrder(client, variantIds[n % variantIds.length], n);
                        state.orders.push(orderId);
                        state.parcels.push(...(await ship(state.admin, orderId, n)));
                    }
                    client.close?.();
                }),
            );
            const port = new URL(ctx.shopApiUrl).port;
            return { webhookUrl: `http://127.0.0.1:${port}/tracking/webhook/fr/generic` };
        },
        async run(vu) {
            const n = state.next++;
            const trackingNumber = state.parcels[n % state.parcels.length];
            // Carriers open a connection per delivery; the closed loop keeps one per user to measure throughput.
            vu.state.agent ??= new http.Agent({ keepAlive: !variant.arrivalRate, maxSockets: 1 });
            const at = Date.now() - 3600_000;
            const body = JSON.stringify({
                trackingNumber,
                carrier: 'colissimo',
                events: Array.from({ length: EVENTS_PER_DELIVERY }, (_, i) => ({
                    id: `bench-${n}-${i}`,
                    status: 'InTransit',
                    rawStatus: 'ET1',
                    message: 'Colis en transit',
                    location: 'Paris',
                    occurredAt: new Date(at + i * 1000).toISOString(),
                })),
            });
            state.firstAt ||= Date.now();
            const answer = await send(vu.state.agent, vu.shared.webhookUrl, {
                method: 'POST',
                headers: { 'content-type': 'application/json', 'radiant-signature': sign(body) },
                body,
            });
            if (answer.status !== 202)
                throw new RequestError(`webhook answered ${answer.status}: ${answer.body}`);
            state.acceptedEvents += EVENTS_PER_DELIVERY;
        },
        async summary() {
            const started = Date.now();
            let result;
            do {
                await new Promise(r => setTimeout(r, 500));
                result = await state.admin.request(PENDING_JOBS, { queue: QUEUE });
            } while (result.pending.totalItems > 0 && Date.now() - started < DRAIN_TIMEOUT_MS);
            const lastSettled = Date.parse(result.last.items[0]?.settledAt ?? '');
            const seconds = (lastSettled - state.firstAt) / 1000;
            const { order } = await state.admin.request(PARCEL_TIMELINE, { id: state.orders[0] });
            const sample = order.fulfillments
                .flatMap(f => f.parcels)
                .find(p => p.trackingNumber === state.parcels[0]);
            const lines = [
                `events accepted: ${state.acceptedEvents} in ${state.next} deliveries on ${Math.min(state.next, state.parcels.length)} distinct parcels`,
                result.pending.totalItems > 0
                    ? `NOT DRAINED: ${result.pending.totalItems} webhook jobs still pending after ${DRAIN_TIMEOUT_MS / 1000} s`
                    : `through to the timeline: ${(state.acceptedEvents / seconds).toFixed(1)} events/s (first delivery → last job settled, ${seconds.toFixed(1)} s)`,
                `failed webhook jobs: ${result.failed.totalItems}; sample parcel ${sample?.trackingNumber}: ${sample?.events.length} events, ${sample?.status}`,
            ];
            state.admin.close();
            return {
                lines,
                acceptedEvents: state.acceptedEvents,
                eventsPerSecond: state.acceptedEvents / seconds,
                failedJobs: result.failed.totalItems,
            };
        },
    };
}
