/**
 * CinetPay's verified notification → order settled (Radiant only): the shared part of
 * `cinetpay-notification` (closed loop: throughput at saturation) and `cinetpay-notification-open`
 * (open loop: notifications arriving at a steady rate, the latency a shop sees).
 * {@link cinetpayNotificationScenario} makes one; both share one simulator, each has its own pool.
 *
 * One operation = one signed, form-urlencoded notification (`x-token`) for a distinct order, POSTed to
 * `/payments/cinetpay/notify`; the server verifies the x-token, calls `/v2/payment/check` on the CinetPay
 * simulator, claims the attempt and settles the order (Vendure Payment `Settled`) before answering 200 "OK".
 * The virtual users send their notifications concurrently (one order each at a time).
 *
 * - prepare(): starts the simulator (dist/plugins/cinetpay/simulator, in this process, on a free port) and
 *   gives the server and worker `CINETPAY_API_URL`; the seeded demo's `cinetpay-ci` method uses the
 *   simulator's demo merchant.
 * - setup(): prepares a pool of orders on the ci channel (item, customer, address, shipping,
 *   `createCinetPayPayment`), BENCH_CINETPAY_ORDERS of them (default 400): each operation uses one.
 * - summary(): "our handling" = notify round trip minus the time the simulator spent answering the check of
 *   that transaction (measured inside the simulator, same clock), p50/p95/p99, target p95 ≤ 100 ms; then
 *   every notification is sent again, all at once in waves of the connection count (CinetPay re-notifies),
 *   and the Admin API must show exactly one Settled payment per notified order: double settlements = 0.
 */
import { createRequire } from 'node:module';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
    createGraphQLClient,
    expectOk,
    RequestError,
    send,
    WorkExhausted,
} from '../../../bench/lib/http.mjs';
import { percentile } from '../../../bench/lib/load.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const require = createRequire(import.meta.url);
const POOL_SIZE = Number(process.env.BENCH_CINETPAY_ORDERS || 400);
const PREPARE_CONCURRENCY = 6;
const TARGET_P95_MS = 100;

const ORDER = `__typename ... on Order { id code state } ... on ErrorResult { errorCode message }`;
const ADD_ITEM = `mutation BenchCpAdd($id: ID!) { addItemToOrder(productVariantId: $id, quantity: 1) { ${ORDER} } }`;
const SET_CUSTOMER = `mutation BenchCpCustomer($input: CreateCustomerInput!) { setCustomerForOrder(input: $input) { ${ORDER} } }`;
const SET_ADDRESS = `mutation BenchCpAddress($input: CreateAddressInput!) { setOrderShippingAddress(input: $input) { ${ORDER} } }`;
const SHIPPING_METHODS = `query BenchCpMethods { eligibleShippingMethods { id } }`;
const SET_SHIPPING = `mutation BenchCpShipping($ids: [ID!]!) { setOrderShippingMethod(shippingMethodId: $ids) { ${ORDER} } }`;
const CREATE_PAYMENT = `mutation BenchCpPay { createCinetPayPayment { __typename
    ... on CinetPayPaymentIntent { transactionId } ... on ErrorResult { errorCode message } } }`;
const UPDATE_STOCK = `mutation BenchCpStock($input: [UpdateProductVariantInput!]!) { updateProductVariants(input: $input) { id } }`;
const ORDERS = `query BenchCpOrders($codes: [String!]!) { orders(options: { filter: { code: { in: $codes } }, take: 1000 }) {
    items { code state payments { state method } } } }`;

let simulator = null;
let simulatorUrl = null;

/** Prepares one order on ci up to its CinetPay attempt; returns its code and transaction id. */
async function prepareOrder(client, variantId, n) {
    client.resetSession();
    const order = expectOk(
        (await client.request(ADD_ITEM, { id: variantId })).addItemToOrder,
        'addItemToOrder',
    );
    expectOk(
        (
            await client.request(SET_CUSTOMER, {
                input: {
                    emailAddress: `bench-cinetpay-${n}-${Date.now()}@example.com`,
                    firstName: 'Bench',
                    lastName: `Payer ${n}`,
                },
            })
        ).setCustomerForOrder,
        'setCustomerForOrder',
    );
    expectOk(
        (
            await client.request(SET_ADDRESS, {
                input: {
                    fullName: 'Bench Payer',
                    streetLine1: 'Rue des Jardins',
                    city: 'Abidjan',
                    countryCode: 'CI',
                    phoneNumber: '+2250707070707',
                },
            })
        ).setOrderShippingAddress,
        'setOrderShippingAddress',
    );
    const { eligibleShippingMethods } = await client.request(SHIPPING_METHODS);
    if (!eligibleShippingMethods.length) throw new RequestError('no shipping method on ci');
    expectOk(
        (await client.request(SET_SHIPPING, { ids: [eligibleShippingMethods[0].id] })).setOrderShippingMethod,
        'setOrderShippingMethod',
    );
    const intent = expectOk(
        (await client.request(CREATE_PAYMENT)).createCinetPayPayment,
        'createCinetPayPayment',
    );
    return { code: order.code, transactionId: intent.transactionId };
}

/** Sends the signed notification CinetPay would send for `transactionId` (status ACCEPTED). */
function notify(agent, notifyUrl, transactionId) {
    const fields = simulator.notificationFields(transactionId);
    return send(agent, notifyUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-token': simulator.sign(fields) },
        body: new URLSearchParams(fields).toString(),
    });
}

const stats = values => {
    const sorted = [...values].sort((a, b) => a - b);
    return {
        p50: percentile(sorted, 50),
        p95: percentile(sorted, 95),
        p99: percentile(sorted, 99),
        count: sorted.length,
    };
};
const ms = v => (v === null || v === undefined ? 'n/a' : v.toFixed(1));

/**
 * A scenario of CinetPay notifications.
 *
 * @param {{name: string, description: string, order: number, arrivalRate?: number, connections?: number, pool?: number}} variant
 *   `pool`: orders prepared (default `BENCH_CINETPAY_ORDERS`, else 400); when it is used up the measurement
 *   stops there and the report says so
 */
export function cinetpayNotificationScenario(variant) {
    const state = {
        pool: [],
        notifyUrl: '',
        admin: null,
        sent: [],
        ourMs: [],
        roundTripMs: [],
        simulatorMs: [],
    };
    const poolSize = variant.pool ?? POOL_SIZE;
    return {
        unit: 'notification',
        requestsPerOp: 1,
        configurations: ['radiant'],
        ...variant,
        async prepare() {
            if (simulator) return { CINETPAY_API_URL: simulatorUrl };
            const { CinetPaySimulator } = require(
                path.join(root, 'dist/plugins/cinetpay/simulator/cinetpay-simulator.js'),
            );
            const { CINETPAY_DEMO_MERCHANT } = require(
                path.join(root, 'dist/plugins/cinetpay/simulator/demo-merchant.js'),
            );
            simulator = new CinetPaySimulator([CINETPAY_DEMO_MERCHANT]);
            simulatorUrl = await simulator.start();
            return { CINETPAY_API_URL: simulatorUrl };
        },
        async setup(ctx) {
            state.notifyUrl = ctx.shopApiUrl.replace(/\/shop-api$/, '/payments/cinetpay/notify');
            const variantIds = ctx.catalog.inStockVariantIds.slice(0, 8);
            await ctx.adminRequest(UPDATE_STOCK, {
                input: variantIds.map(id => ({ id, stockOnHand: 1_000_000 })),
            });
            state.admin = createGraphQLClient({ url: ctx.adminApiUrl, channel: 'fr' });
            const login = await state.admin.request(
                'mutation { login(username: "superadmin", password: "superadmin") { __typename } }',
            );
            if (login.login.__typename !== 'CurrentUser') throw new Error('Admin API login failed');
            const started = performance.now();
            let next = 0;
            await Promise.all(
                Array.from({ length: PREPARE_CONCURRENCY }, async () => {
                    const client = createGraphQLClient({ url: ctx.shopApiUrl, channel: 'ci' });
                    try {
                        while (next < poolSize) {
                            const n = next++;
                            state.pool.push(await prepareOrder(client, variantIds[n % variantIds.length], n));
                        }
                    } finally {
                        client.close();
                    }
                }),
            );
            process.stdout.write(
                `[bench]   ${state.pool.length} ci orders with a CinetPay attempt prepared in ${((performance.now() - started) / 1000).toFixed(1)} s\n`,
            );
            // The shopper pays on CinetPay's page: every attempt is ACCEPTED at CinetPay, our side still PENDING.
            for (const { transactionId } of state.pool)
                simulator.transactions.get(transactionId).status = 'ACCEPTED';
            return {};
        },
        async run(vu) {
            const attempt = state.pool.pop();
            if (!attempt)
                throw new WorkExhausted(
                    `the pool of ${poolSize} prepared orders is used up (BENCH_CINETPAY_ORDERS sets its size)`,
                );
            // Open loop: a new connection per notification, as CinetPay makes (an idle kept-alive socket may be closed
            // by the server just as it is reused); closed loop: one kept-alive connection per virtual user.
            vu.state.agent ??= new http.Agent({ keepAlive: !variant.arrivalRate, maxSockets: 1 });
            // Open loop: from the notification's arrival (a wait for a free virtual user counts).
            const queuedMs = vu.arrivedAt === undefined ? 0 : performance.now() - vu.arrivedAt;
            const res = await notify(vu.state.agent, state.notifyUrl, attempt.transactionId);
            if (res.status !== 200 || res.body !== 'OK')
                throw new RequestError(
                    `notify answered ${res.status} "${res.body}" (expected 200 "OK": settled)`,
                );
            const checkMs = simulator.checkMs.get(attempt.transactionId) ?? 0;
            state.sent.push(attempt);
            state.roundTripMs.push(queuedMs + res.totalMs);
            state.simulatorMs.push(checkMs);
            state.ourMs.push(queuedMs + res.totalMs - checkMs);
        },
        async summary() {
            const our = stats(state.ourMs);
            const trip = stats(state.roundTripMs);
            const sim = stats(state.simulatorMs);
            // CinetPay notifies again: every notification once more, waves of concurrent duplicates.
            const agents = Array.from(
                { length: 8 },
                () => new http.Agent({ keepAlive: true, maxSockets: 1 }),
            );
            const duplicateAnswers = new Map();
            for (let i = 0; i < state.sent.length; i += agents.length) {
                const wave = state.sent.slice(i, i + agents.length);
                const answers = await Promise.all(
                    wave.map((a, k) => notify(agents[k], state.notifyUrl, a.transactionId)),
                );
                for (const a of answers)
                    duplicateAnswers.set(
                        `${a.status} ${a.body}`,
                        (duplicateAnswers.get(`${a.status} ${a.body}`) ?? 0) + 1,
                    );
            }
            for (const agent of agents) agent.destroy();
            let settledOrders = 0;
            let doubleSettlements = 0;
            const codes = state.sent.map(a => a.code);
            for (let i = 0; i < codes.length; i += 500) {
                const { orders } = await state.admin.request(ORDERS, { codes: codes.slice(i, i + 500) });
                for (const order of orders.items) {
                    const settled = order.payments.filter(p => p.state === 'Settled').length;
                    if (settled >= 1 && order.state === 'PaymentSettled') settledOrders++;
                    if (settled > 1) doubleSettlements++;
                }
            }
            state.admin.close();
            const ok =
                (!variant.arrivalRate || (our.p95 !== null && our.p95 <= TARGET_P95_MS)) &&
                doubleSettlements === 0 &&
                settledOrders === state.sent.length;
            return {
                ourHandlingMs: our,
                roundTripMs: trip,
                simulatorCheckMs: sim,
                notified: state.sent.length,
                settledOrders,
                doubleSettlements,
                duplicateAnswers: Object.fromEntries(duplicateAnswers),
                targetP95Ms: TARGET_P95_MS,
                ok,
                lines: [
                    `our handling (notify round trip − simulator's check time), ${our.count} notifications incl. warm-up: ` +
                        `p50 ${ms(our.p50)} ms, p95 ${ms(our.p95)} ms, p99 ${ms(our.p99)} ms ` +
                        (variant.arrivalRate
                            ? `(target p95 ≤ ${TARGET_P95_MS} ms: ${our.p95 !== null && our.p95 <= TARGET_P95_MS ? 'ok' : 'ABOVE'})`
                            : '(closed loop at saturation: mostly queueing; the target is checked by the open-loop scenario)'),
                    `notify round trip p50 ${ms(trip.p50)} ms, p95 ${ms(trip.p95)} ms; simulator's check p50 ${ms(sim.p50)} ms, p95 ${ms(sim.p95)} ms`,
                    `settled orders ${settledOrders} / ${state.sent.length} notified; after one concurrent duplicate of each ` +
                        `(${[...duplicateAnswers].map(([k, v]) => `${k} ×${v}`).join(', ')}): double settlements ${doubleSettlements}`,
                ],
            };
        },
    };
}
