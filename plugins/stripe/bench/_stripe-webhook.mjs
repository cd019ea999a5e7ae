/**
 * Stripe's `payment_intent.succeeded` webhook on distinct orders, Radiant only: the shared part of
 * `stripe-webhook` (closed loop: throughput at saturation) and `stripe-webhook-open` (open loop:
 * webhooks arriving at a steady rate, the latency a shop sees). {@link stripeWebhookScenario} makes one.
 *
 * Before the servers start, `prepare` starts the local fake of the Stripe API (compiled
 * dist/plugins/stripe/testing/fake-stripe.js) in this process and points the servers at it
 * (`STRIPE_API_URL`). `setup` creates the `stripe-fr` method through the Admin API and prepares a pool of
 * distinct orders, each in ArrangingPayment with its PaymentIntent created through the Shop API
 * (`createStripePaymentIntent`, as a storefront does). One measured operation takes the next order, marks
 * its intent succeeded at the fake, and POSTs the signed event TWICE CONCURRENTLY (Stripe may deliver
 * duplicates): exactly one delivery must settle (`OK`), the other must answer a no-op; a double
 * settlement or any other answer fails the operation, hence the bench.
 *
 * Pool size: `BENCH_STRIPE_ORDERS` (default 800); when it is used up the measurement stops there (the
 * operations done so far are the figures) and the report says so.
 * Both scenarios share one fake (started once) and each prepares its own pool.
 */
import http from 'node:http';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { expectOk, RequestError, send, WorkExhausted } from '../../../bench/lib/http.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const require = createRequire(import.meta.url);
const KEYS = {
    apiKey: 'sk_test_benchRadiant000000',
    webhookSecret: 'whsec_bench_radiant_secret',
    publishableKey: 'pk_test_benchRadiant000000',
};
const POOL = Number(process.env.BENCH_STRIPE_ORDERS || 800);
const PREPARERS = 8;

let fake;

const METHODS = `query BenchStripeMethods { paymentMethods(options: { take: 100 }) { items { code } } }`;
const CREATE_METHOD = `mutation BenchStripeMethod($input: CreatePaymentMethodInput!) { createPaymentMethod(input: $input) { id code } }`;
const UPDATE_STOCK = `mutation BenchStripeStock($input: [UpdateProductVariantInput!]!) { updateProductVariants(input: $input) { id } }`;
const ORDER_FIELDS = `__typename ... on Order { id code state totalWithTax } ... on ErrorResult { errorCode message }`;
const STEPS = {
    add: `mutation BenchStripeAdd($id: ID!) { addItemToOrder(productVariantId: $id, quantity: 1) { ${ORDER_FIELDS} } }`,
    customer: `mutation BenchStripeCustomer($input: CreateCustomerInput!) { setCustomerForOrder(input: $input) { ${ORDER_FIELDS} } }`,
    address: `mutation BenchStripeAddress($input: CreateAddressInput!) { setOrderShippingAddress(input: $input) { ${ORDER_FIELDS} } }`,
    methods: `query BenchStripeShipping { eligibleShippingMethods { id } }`,
    shipping: `mutation BenchStripeSetShipping($ids: [ID!]!) { setOrderShippingMethod(shippingMethodId: $ids) { ${ORDER_FIELDS} } }`,
    arrange: `mutation BenchStripeArrange { transitionOrderToState(state: "ArrangingPayment") { ${ORDER_FIELDS} } }`,
    intent: `mutation BenchStripeIntent { createStripePaymentIntent }`,
};

/** One order in ArrangingPayment with its PaymentIntent, through the Shop API. */
async function prepareOrder(client, variantId, n) {
    client.resetSession();
    expectOk((await client.request(STEPS.add, { id: variantId })).addItemToOrder, 'addItemToOrder');
    expectOk(
        (
            await client.request(STEPS.customer, {
                input: {
                    emailAddress: `bench-stripe-${n}-${Date.now()}@example.com`,
                    firstName: 'Bench',
                    lastName: 'Stripe',
                },
            })
        ).setCustomerForOrder,
        'setCustomerForOrder',
    );
    expectOk(
        (
            await client.request(STEPS.address, {
                input: {
                    fullName: 'Bench Stripe',
                    streetLine1: '1 rue de la Paix',
                    city: 'Paris',
                    postalCode: '75002',
                    countryCode: 'FR',
                },
            })
        ).setOrderShippingAddress,
        'setOrderShippingAddress',
    );
    const { eligibleShippingMethods } = await client.request(STEPS.methods);
    expectOk(
        (await client.request(STEPS.shipping, { ids: [eligibleShippingMethods[0].id] }))
            .setOrderShippingMethod,
        'setOrderShippingMethod',
    );
    const order = expectOk(
        (await client.request(STEPS.arrange)).transitionOrderToState,
        'transitionOrderToState',
    );
    const { createStripePaymentIntent } = await client.request(STEPS.intent);
    return { code: order.code, paymentIntentId: String(createStripePaymentIntent).split('_secret_')[0] };
}

/**
 * A scenario of the `payment_intent.succeeded` webhook.
 *
 * @param {{name: string, description: string, order: number, arrivalRate?: number, connections?: number, pool?: number}} variant
 *   `pool`: orders prepared (default `BENCH_STRIPE_ORDERS`, else 800)
 */
export function stripeWebhookScenario(variant) {
    return {
        unit: 'order',
        requestsPerOp: 2,
        configurations: ['radiant'],
        ...variant,
        async prepare() {
            if (fake) return { STRIPE_API_URL: fake.url };
            const modulePath = path.join(root, 'dist', 'plugins', 'stripe', 'testing', 'fake-stripe.js');
            const { FakeStripe } = await import(pathToFileURL(modulePath).href);
            fake = new FakeStripe();
            const url = await fake.start();
            fake.unref();
            return { STRIPE_API_URL: url };
        },
        async setup(ctx) {
            if (!fake) throw new Error('stripe-webhook: the fake Stripe API did not start');
            const { paymentMethods } = await ctx.adminRequest(METHODS);
            if (!paymentMethods.items.some(m => m.code === 'stripe-fr')) {
                await ctx.adminRequest(CREATE_METHOD, {
                    input: {
                        code: 'stripe-fr',
                        enabled: true,
                        handler: {
                            code: 'stripe',
                            arguments: Object.entries(KEYS).map(([name, value]) => ({ name, value })),
                        },
                        checker: {
                            code: 'currency-payment-eligibility-checker',
                            arguments: [{ name: 'currencyCode', value: 'EUR' }],
                        },
                        translations: [{ languageCode: 'fr', name: 'Carte bancaire' }],
                    },
                });
            }
            const variantIds = ctx.catalog.inStockVariantIds.slice(0, 8);
            await ctx.adminRequest(UPDATE_STOCK, {
                input: variantIds.map(id => ({ id, stockOnHand: 1_000_000 })),
            });
            const pool = variant.pool ?? POOL;
            const orders = [];
            const clients = Array.from({ length: PREPARERS }, () => ctx.createClient());
            let next = 0;
            await Promise.all(
                clients.map(async client => {
                    while (next < pool) {
                        const n = next++;
                        orders.push(await prepareOrder(client, variantIds[n % variantIds.length], n));
                    }
                    client.close?.();
                }),
            );
            const port = new URL(ctx.shopApiUrl).port;
            return {
                stripeOrders: orders,
                stripeNext: { i: 0 },
                webhookUrl: `http://127.0.0.1:${port}/payments/stripe`,
            };
        },
        async run(vu) {
            const { stripeOrders, stripeNext, webhookUrl } = vu.shared;
            const order = stripeOrders[stripeNext.i++];
            if (!order)
                throw new WorkExhausted(
                    `the pool of ${stripeOrders.length} prepared orders is used up (BENCH_STRIPE_ORDERS sets its size)`,
                );
            // Open loop: a new connection per delivery, as a gateway makes (an idle kept-alive socket may be closed by
            // the server just as it is reused); closed loop: one kept-alive connection per delivery slot.
            vu.state.agents ??= [0, 1].map(
                () => new http.Agent({ keepAlive: !variant.arrivalRate, maxSockets: 1 }),
            );
            const payload = JSON.stringify(
                fake.event('payment_intent.succeeded', fake.succeed(order.paymentIntentId)),
            );
            const headers = {
                'content-type': 'application/json; charset=utf-8',
                'stripe-signature': require('stripe').webhooks.generateTestHeaderString({
                    payload,
                    secret: KEYS.webhookSecret,
                }),
            };
            const answers = await Promise.all(
                vu.state.agents.map(agent =>
                    send(agent, webhookUrl, { method: 'POST', headers, body: payload }),
                ),
            );
            const bad = answers.find(a => a.status !== 200);
            if (bad) throw new RequestError(`webhook answered ${bad.status}: ${bad.body}`);
            const settled = answers.filter(a => a.body === 'OK').length;
            if (settled !== 1)
                throw new RequestError(
                    `order ${order.code}: ${settled} deliveries settled (expected exactly 1): ${answers.map(a => a.body).join(' | ')}`,
                );
        },
    };
}
