/**
 * Several processes on shared parts (issue 17, item 3): PostgreSQL and Redis, two API servers and
 * two workers (real dist/ processes) behind a round-robin proxy (http-proxy), concurrent guest
 * checkouts paid with the test method, with CinetPay (its simulator) and with Stripe (the fake
 * Stripe API) — the gateways are the only fakes, at the network boundary, as in their plugins' own
 * suites. Shows: sessions valid on both servers (each checkout's calls alternate between them), each
 * gateway notification handled by the server that did not create the payment, and the same
 * notification sent to both servers at once settling once; every invoice issued once with gap-free
 * numbers per series; a merchant's change reaching both servers' cached catalogue answers within
 * 2 s (Redis cache); a scheduled task run once per period by the two workers; no job lost when a
 * worker is killed with SIGKILL in the middle (BullMQ hands its jobs to the other worker once their
 * lock expires).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import httpProxy from 'http-proxy';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import gql from 'graphql-tag';
import { CinetPaySimulator } from '../../plugins/cinetpay/simulator/cinetpay-simulator';
import { CINETPAY_DEMO_MERCHANT } from '../../plugins/cinetpay/simulator/demo-merchant';
import { FakeStripe } from '../../plugins/stripe/testing/fake-stripe';
import { signalGroup } from '../../src/tooling/processes.mjs';
import { adminHttp, GraphQLAnswer } from '../support/admin-http';
import { instance, runNode, Running, startNode } from '../support/processes';
import {
    checkout,
    PaidOrder,
    prepareOrder,
    shopClient,
    ShopChannel,
    TO_ARRANGING,
} from '../support/shop-checkout';
import { startThrowawayRedis, ThrowawayRedis } from '../support/throwaway-redis';
import { freePort } from '../../src/tooling/processes.mjs';

const CHECKOUTS = 6;
/** Orders paid through each gateway (CinetPay on ci, Stripe on fr). */
const GATEWAY_ORDERS = 4;
const STRIPE_KEYS = {
    STRIPE_SECRET_KEY: 'sk_test_scaleout0123456789',
    STRIPE_PUBLISHABLE_KEY: 'pk_test_scaleout0123456789',
    STRIPE_WEBHOOK_SECRET: 'whsec_scaleout_secret',
};
/** The scheduled task the workers run every 5 s here (TASK_SCHEDULES), and its period. */
const TASK = 'requeue-stale-jobs';
const TASK_PERIOD_MS = 5000;

const CREATE_CINETPAY = gql`
    mutation {
        createCinetPayPayment {
            __typename
            ... on CinetPayPaymentIntent {
                transactionId
            }
            ... on ErrorResult {
                errorCode
                message
            }
        }
    }
`;
const CREATE_STRIPE = gql`
    mutation {
        createStripePaymentIntent
    }
`;
/** An order paid through a gateway: which server created the payment, what each server answered. */
interface GatewayOrder {
    code: string;
    channel: ShopChannel;
    creator: number;
    /** Answers of the notification deliveries, with the server (0 or 1) each went to. */
    answers: { server: number; status: number; text: string }[];
}

describe('scale-out: 2 servers and 2 workers on PostgreSQL + Redis', () => {
    let redis: ThrowawayRedis;
    let i: Awaited<ReturnType<typeof instance>>;
    const servers: Running[] = [];
    const workers: Running[] = [];
    let proxyServer: http.Server;
    let proxyPort: number;
    const hits = [0, 0];
    let serverPorts: number[] = [];
    let admin: ReturnType<typeof adminHttp>;
    let orders: PaidOrder[] = [];
    let gatewayOrders: GatewayOrder[] = [];
    const simulator = new CinetPaySimulator([CINETPAY_DEMO_MERCHANT]);
    const stripe = new FakeStripe();

    beforeAll(async () => {
        const started = await startThrowawayRedis();
        expect(started, 'redis-server must be installed (.ci/run installs it)').toBeDefined();
        redis = started!;
        const cinetpayUrl = await simulator.start();
        const stripeUrl = await stripe.start();
        const database = `scale_out_${Date.now()}`;
        const client = new pg.Client({ connectionString: inject('postgres').url });
        await client.connect();
        await client.query(`CREATE DATABASE ${database}`);
        await client.end();
        const url = new URL(inject('postgres').url);
        url.pathname = `/${database}`;
        i = await instance();
        const env: Record<string, string> = {
            ...i.env,
            DATABASE_URL: url.toString(),
            REDIS_URL: redis.url,
            REDIS_PREFIX: 'scale-out',
            RATE_LIMITS: 'off',
            SEED_ON_START: 'false',
            LOG_LEVEL: 'warn',
            // The seed creates `cinetpay-ci` (simulator's demo merchant) and, with the keys, `stripe-fr`.
            CINETPAY_API_URL: cinetpayUrl,
            STRIPE_API_URL: stripeUrl,
            ...STRIPE_KEYS,
        };
        // What runs once: migrations and the demo seed, before any server or worker.
        const migrate = await runNode(
            'dist/src/cli/migrations.js',
            ['run'],
            { ...env, SEED_ON_START: 'true' },
            600_000,
        );
        expect(migrate.code, `${migrate.stdout.slice(-2000)}\n${migrate.stderr}`).toBe(0);
        // Servers and workers (not the seed's own worker context, which must stop cleanly): the task
        // every 5 s instead of 10 min, to watch the two workers share it.
        env.TASK_SCHEDULES = `${TASK}=*/${TASK_PERIOD_MS / 1000} * * * * *`;
        serverPorts = [i.port, await freePort()];
        // Both servers, then both workers, start side by side (as compose starts them).
        servers.push(
            ...(await Promise.all(
                serverPorts.map(port =>
                    startNode(
                        'server',
                        'dist/src/index.js',
                        { ...env, PORT: String(port) },
                        `http://127.0.0.1:${port}/health`,
                    ),
                ),
            )),
        );
        workers.push(
            ...(await Promise.all(
                [i.workerPort, await freePort()].map(workerPort =>
                    startNode(
                        'worker',
                        'dist/src/index-worker.js',
                        // Verbose JSON logs: Vendure's scheduler logs each run it wins ("Executing scheduled task").
                        { ...env, WORKER_PORT: String(workerPort), LOG_LEVEL: 'verbose', LOG_FORMAT: 'json' },
                        `http://127.0.0.1:${workerPort}/health`,
                    ),
                ),
            )),
        );
        const proxy = httpProxy.createProxyServer({ xfwd: true });
        let next = 0;
        proxyServer = http.createServer((req, res) => {
            const target = next++ % 2;
            hits[target]++;
            proxy.web(req, res, { target: `http://127.0.0.1:${serverPorts[target]}` }, () => {
                res.writeHead(502);
                res.end();
            });
        });
        await new Promise<void>(resolve => proxyServer.listen(0, '127.0.0.1', resolve));
        proxyPort = (proxyServer.address() as AddressInfo).port;
        admin = adminHttp(`http://127.0.0.1:${proxyPort}`);
        await admin.login();
        // Migrating, seeding and booting four processes: minutes on a busy two-core machine.
    }, 600_000);

    afterAll(async () => {
        proxyServer?.close();
        for (const p of [...workers, ...servers]) await p.stop();
        redis?.stop();
        await simulator.stop();
        await stripe.stop();
        i?.cleanup();
    });

    /** A shop client talking to server `n` directly, in the session of `client` (made through the proxy). */
    function onServer(n: number, client: ReturnType<typeof shopClient>, channel: ShopChannel) {
        const direct = shopClient(serverPorts[n], channel);
        direct.setAuthToken(client.getAuthToken());
        return direct;
    }

    /**
     * Delivers a gateway notification: with `race` false, first to the other server alone, then again
     * to both at once (the gateway re-notifies); with `race` true, to both servers at once from the start.
     */
    async function notifyBoth(
        creator: number,
        race: boolean,
        send: (server: number) => Promise<{ status: number; text: string }>,
    ): Promise<GatewayOrder['answers']> {
        const other = 1 - creator;
        const answers: GatewayOrder['answers'] = [];
        const deliver = async (server: number) => answers.push({ server, ...(await send(server)) });
        if (!race) await deliver(other);
        await Promise.all([deliver(other), deliver(creator)]);
        return answers;
    }

    /** A ci guest checkout paid with CinetPay: created on server `creator`, notified on the other. */
    async function cinetpayCheckout(n: number): Promise<GatewayOrder> {
        const creator = n % 2;
        const client = shopClient(proxyPort, 'ci');
        const order = await prepareOrder(client, {
            channel: 'ci',
            email: `cinetpay-${n}@scale.example`,
            arrangePayment: false,
        });
        const { createCinetPayPayment: intent } = await onServer(creator, client, 'ci').query(
            CREATE_CINETPAY,
        );
        expect(intent.__typename, JSON.stringify(intent)).toBe('CinetPayPaymentIntent');
        // The shopper pays on CinetPay's page; CinetPay then notifies (signed fields, x-token).
        simulator.transactions.get(intent.transactionId)!.status = 'ACCEPTED';
        const fields = simulator.notificationFields(intent.transactionId);
        const answers = await notifyBoth(creator, Math.floor(n / 2) % 2 === 1, server =>
            simulator.deliver(
                `http://127.0.0.1:${serverPorts[server]}/payments/cinetpay/notify`,
                'POST',
                fields,
            ),
        );
        return { code: order.code, channel: 'ci', creator, answers };
    }

    /** An fr guest checkout paid with Stripe: intent created on server `creator`, webhook on the other. */
    async function stripeCheckout(n: number): Promise<GatewayOrder> {
        const creator = n % 2;
        const client = shopClient(proxyPort, 'fr');
        const order = await prepareOrder(client, {
            channel: 'fr',
            email: `stripe-${n}@scale.example`,
            arrangePayment: false,
        });
        const { createStripePaymentIntent: secret } = await onServer(creator, client, 'fr').query(
            CREATE_STRIPE,
        );
        const intentId = String(secret).split('_secret_')[0];
        expect(stripe.intents.has(intentId)).toBe(true);
        const arranging = await client.query(TO_ARRANGING);
        expect(arranging.transitionOrderToState.state).toBe('ArrangingPayment');
        // Stripe.js confirms; Stripe sends payment_intent.succeeded (one event, delivered again).
        const event = stripe.event('payment_intent.succeeded', stripe.succeed(intentId));
        const answers = await notifyBoth(creator, Math.floor(n / 2) % 2 === 1, server =>
            FakeStripe.deliver(
                `http://127.0.0.1:${serverPorts[server]}/payments/stripe`,
                event,
                STRIPE_KEYS.STRIPE_WEBHOOK_SECRET,
            ),
        );
        return { code: order.code, channel: 'fr', creator, answers };
    }

    it('settles concurrent guest checkouts whose calls alternate between the servers', async () => {
        const before = [...hits];
        orders = await Promise.all(
            Array.from({ length: CHECKOUTS }, (_, n) => checkout(proxyPort, `guest-${n}@scale.example`)),
        );
        expect(orders.map(o => o.state)).toEqual(Array(CHECKOUTS).fill('PaymentSettled'));
        expect(new Set(orders.map(o => o.code)).size).toBe(CHECKOUTS);
        // Each checkout made about ten calls, spread over both servers: its session held on both.
        expect(hits[0] - before[0]).toBeGreaterThan(CHECKOUTS * 3);
        expect(hits[1] - before[1]).toBeGreaterThan(CHECKOUTS * 3);
        const { orders: list } = await admin.query<{
            orders: { items: { code: string; state: string; payments: { state: string }[] }[] };
        }>(`{ orders(options: { take: 100 }) { items { code state payments { state } } } }`);
        for (const order of orders) {
            const stored = list.items.find(o => o.code === order.code);
            expect(stored?.state).toBe('PaymentSettled');
            expect(stored?.payments.map(p => p.state)).toEqual(['Settled']);
        }
    });

    it('settles CinetPay and Stripe payments once when each notification lands on the other server', async () => {
        const [paid, ...gateway] = await Promise.all([
            Promise.all(Array.from({ length: 2 }, (_, n) => checkout(proxyPort, `mixed-${n}@scale.example`))),
            ...Array.from({ length: GATEWAY_ORDERS }, (_, n) => cinetpayCheckout(n)),
            ...Array.from({ length: GATEWAY_ORDERS }, (_, n) => stripeCheckout(n)),
        ]);
        orders = [...orders, ...(paid as PaidOrder[])];
        gatewayOrders = gateway as GatewayOrder[];
        for (const order of gatewayOrders) {
            // Every delivery was accepted (200), wherever it landed; one of them by the other server alone
            // or in the race, and the creator got it only alongside the other server.
            expect(
                order.answers.map(a => a.status),
                order.code,
            ).toEqual(order.answers.map(() => 200));
            expect(order.answers.some(a => a.server !== order.creator)).toBe(true);
        }
        const codes = gatewayOrders.map(o => o.code);
        const { orders: list } = await admin.query<{
            orders: {
                items: { code: string; state: string; payments: { method: string; state: string }[] }[];
            };
        }>(
            `query ($codes: [String!]!) { orders(options: { filter: { code: { in: $codes } }, take: 100 }) {
                items { code state payments { method state } } } }`,
            { codes },
        );
        expect(list.items.map(o => o.code).sort()).toEqual([...codes].sort());
        for (const stored of list.items) {
            const order = gatewayOrders.find(o => o.code === stored.code)!;
            expect(stored.state, stored.code).toBe('PaymentSettled');
            // No double settlement: exactly one payment, settled, whatever the concurrent deliveries did.
            expect(stored.payments.map(p => `${p.method}:${p.state}`)).toEqual([
                `${order.channel === 'ci' ? 'cinetpay-ci' : 'stripe-fr'}:Settled`,
            ]);
        }
    });

    it('keeps a session valid on either server directly', async () => {
        const login = await fetch(`http://127.0.0.1:${serverPorts[0]}/shop-api`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'vendure-token': 'fr' },
            body: JSON.stringify({
                query: 'mutation { addItemToOrder(productVariantId: 1, quantity: 1) { ... on Order { code } } }',
            }),
        });
        const session = login.headers.get('vendure-auth-token');
        const { data } = (await login.json()) as GraphQLAnswer<{ addItemToOrder: { code: string } }>;
        expect(session).toBeTruthy();
        const active = await fetch(`http://127.0.0.1:${serverPorts[1]}/shop-api`, {
            method: 'POST',
            headers: {
                'content-type': 'application/json',
                'vendure-token': 'fr',
                authorization: `Bearer ${session}`,
            },
            body: JSON.stringify({ query: '{ activeOrder { code } }' }),
        });
        const body = (await active.json()) as GraphQLAnswer<{ activeOrder: { code: string } | null }>;
        expect(body.data?.activeOrder?.code).toBe(data?.addItemToOrder.code);
    });

    it('shows a merchant’s change on both servers’ cached answers within 2 s', async () => {
        /** The `product` answer of server `n` on fr, with its catalogue-cache status. */
        const read = async (n: number) => {
            const res = await fetch(`http://127.0.0.1:${serverPorts[n]}/shop-api`, {
                method: 'POST',
                headers: { 'content-type': 'application/json', 'vendure-token': 'fr' },
                body: JSON.stringify({ query: '{ product(slug: "guerlain-shalimar") { id name } }' }),
            });
            const body = (await res.json()) as GraphQLAnswer<{ product: { id: string; name: string } }>;
            return { status: res.headers.get('x-radiant-cache'), product: body.data!.product };
        };
        await read(0);
        await read(1);
        expect((await read(0)).status).toBe('HIT');
        const cached = await read(1);
        expect(cached.status).toBe('HIT');
        const name = `Guerlain Shalimar ${Date.now()}`;
        await admin.query('mutation ($input: UpdateProductInput!) { updateProduct(input: $input) { id } }', {
            input: { id: cached.product.id, translations: [{ languageCode: 'fr', name }] },
        });
        const since = Date.now();
        for (const n of [0, 1]) {
            for (;;) {
                if ((await read(n)).product.name === name) break;
                expect(Date.now() - since, `server ${n} still stale`).toBeLessThan(2000);
                await new Promise(resolve => setTimeout(resolve, 50));
            }
        }
    });

    it('runs a scheduled task once per period although both workers schedule it', async () => {
        /** Start times (ms) of the task's runs in each worker's log, since it started. */
        const runs = () =>
            workers.flatMap((worker, n) =>
                worker
                    .output()
                    .split('\n')
                    .filter(line => line.startsWith('{'))
                    .map(line => JSON.parse(line) as { msg: string; time: string })
                    .filter(entry => entry.msg === `Executing scheduled task "${TASK}"`)
                    .map(entry => ({ worker: n, at: Date.parse(entry.time) })),
            );
        const deadline = Date.now() + 8 * TASK_PERIOD_MS;
        while (runs().length < 5 && Date.now() < deadline) await new Promise(r => setTimeout(r, 1000));
        const seen = runs().sort((a, b) => a.at - b.at);
        expect(seen.length).toBeGreaterThanOrEqual(5);
        // Both workers' crons fire at every tick; Vendure's lock on the task's record lets one run it,
        // and none starts it again within the hold window after a run (80 % of the period): two runs
        // for one tick would start milliseconds apart. (On a starved machine a late run can make the
        // next tick fall in the hold window and be skipped: once at most, never twice.)
        const gaps = seen.slice(1).map((run, n) => run.at - seen[n].at);
        expect(Math.min(...gaps), JSON.stringify(seen)).toBeGreaterThanOrEqual(TASK_PERIOD_MS * 0.8);
        // It keeps running: runs for most of the periods the log spans.
        const span = (seen.at(-1)!.at - seen[0].at) / TASK_PERIOD_MS + 1;
        expect(seen.length).toBeGreaterThanOrEqual(span / 2);
    });

    it('issues every invoice once, gap-free, and loses no job when a worker is SIGKILLed mid-run', async () => {
        // More orders, and one worker killed while their jobs (invoice PDFs, emails) run.
        const more = Promise.all(
            Array.from({ length: CHECKOUTS }, (_, n) => checkout(proxyPort, `late-${n}@scale.example`)),
        );
        await new Promise(r => setTimeout(r, 500));
        signalGroup(workers[0].process, 'SIGKILL');
        orders = [...orders, ...(await more)];
        type Invoices = {
            invoices: {
                totalItems: number;
                items: { number: string; orderCode: string; type: string; downloadUrl: string | null }[];
            };
        };
        let invoices: Invoices['invoices'];
        const deadline = Date.now() + 150_000;
        const query = `{ invoices(options: { take: 100 }) { totalItems items { number orderCode type downloadUrl } } }`;
        for (;;) {
            invoices = (await admin.query<Invoices>(query)).invoices;
            const rendered = invoices.items.filter(inv => inv.downloadUrl).length;
            const expected = orders.length + gatewayOrders.length;
            if ((invoices.totalItems >= expected && rendered >= expected) || Date.now() > deadline) break;
            await new Promise(r => setTimeout(r, 1000));
        }
        const issued = invoices.items.filter(inv => inv.type === 'invoice');
        const allCodes = [...orders.map(o => o.code), ...gatewayOrders.map(o => o.code)];
        expect(issued.map(inv => inv.orderCode).sort()).toEqual(allCodes.sort());
        // Gap-free per series (one per channel: RAD-FR-…, RAD-CI-…).
        const series = new Map<string, number[]>();
        for (const inv of issued) {
            const [, prefix, counter] = /^(.*?)(\d+)$/.exec(inv.number)!;
            series.set(prefix, [...(series.get(prefix) ?? []), Number(counter)]);
        }
        expect(series.size).toBe(2);
        for (const numbers of series.values()) {
            expect(numbers.sort((a, b) => a - b)).toEqual(
                Array.from({ length: numbers.length }, (_, n) => n + 1),
            );
        }
        expect(issued.every(inv => inv.downloadUrl)).toBe(true);
        // The killed worker's jobs stay RUNNING until BullMQ sees their lock expire (stalled-job
        // check, 30 s), then run again on the other worker: wait for every job to complete.
        type Jobs = { jobs: { items: { state: string; queueName: string }[] } };
        let unfinished: Jobs['jobs']['items'] = [];
        const jobsDeadline = Date.now() + 120_000;
        do {
            if (unfinished.length) await new Promise(r => setTimeout(r, 2000));
            const { jobs } = await admin.query<Jobs>(
                `{ jobs(options: { take: 1000 }) { items { state queueName } } }`,
            );
            unfinished = jobs.items.filter(job => job.state !== 'COMPLETED');
        } while (unfinished.length && Date.now() < jobsDeadline);
        expect(unfinished).toEqual([]);
    });
});
