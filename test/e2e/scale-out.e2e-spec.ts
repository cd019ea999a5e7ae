/**
 * Several processes on shared parts (issue 17, item 3): PostgreSQL and Redis, two API servers and
 * two workers (real dist/ processes) behind a round-robin proxy (http-proxy), concurrent guest
 * checkouts paid with the test method. Shows: sessions valid on both servers (each checkout's calls
 * alternate between them), every order settled once, every invoice issued once with gap-free
 * numbers, and no job lost when a worker is killed with SIGKILL in the middle (BullMQ hands its
 * jobs to the other worker once their lock expires).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import httpProxy from 'http-proxy';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { signalGroup } from '../../src/tooling/processes.mjs';
import { adminHttp, GraphQLAnswer } from '../support/admin-http';
import { instance, runNode, Running, startNode } from '../support/processes';
import { checkout, PaidOrder } from '../support/shop-checkout';
import { startThrowawayRedis, ThrowawayRedis } from '../support/throwaway-redis';
import { freePort } from '../../src/tooling/processes.mjs';

const CHECKOUTS = 6;

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

    beforeAll(async () => {
        const started = await startThrowawayRedis();
        expect(started, 'redis-server must be installed (.ci/run installs it)').toBeDefined();
        redis = started!;
        const database = `scale_out_${Date.now()}`;
        const client = new pg.Client({ connectionString: inject('postgres').url });
        await client.connect();
        await client.query(`CREATE DATABASE ${database}`);
        await client.end();
        const url = new URL(inject('postgres').url);
        url.pathname = `/${database}`;
        i = await instance();
        const env = {
            ...i.env,
            DATABASE_URL: url.toString(),
            REDIS_URL: redis.url,
            REDIS_PREFIX: 'scale-out',
            RATE_LIMITS: 'off',
            SEED_ON_START: 'false',
            LOG_LEVEL: 'warn',
        };
        // What runs once: migrations and the demo seed, before any server or worker.
        const migrate = await runNode(
            'dist/src/cli/migrations.js',
            ['run'],
            { ...env, SEED_ON_START: 'true' },
            600_000,
        );
        expect(migrate.code, migrate.stderr).toBe(0);
        serverPorts = [i.port, await freePort()];
        for (const port of serverPorts) {
            servers.push(
                await startNode(
                    'server',
                    'dist/src/index.js',
                    { ...env, PORT: String(port) },
                    `http://127.0.0.1:${port}/health`,
                ),
            );
        }
        for (const workerPort of [i.workerPort, await freePort()]) {
            workers.push(
                await startNode(
                    'worker',
                    'dist/src/index-worker.js',
                    { ...env, WORKER_PORT: String(workerPort) },
                    `http://127.0.0.1:${workerPort}/health`,
                ),
            );
        }
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
    });

    afterAll(async () => {
        proxyServer?.close();
        for (const p of [...workers, ...servers]) await p.stop();
        redis?.stop();
        i?.cleanup();
    });

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
            if ((invoices.totalItems >= orders.length && rendered >= orders.length) || Date.now() > deadline)
                break;
            await new Promise(r => setTimeout(r, 1000));
        }
        const issued = invoices.items.filter(inv => inv.type === 'invoice');
        expect(issued.map(inv => inv.orderCode).sort()).toEqual(orders.map(o => o.code).sort());
        const numbers = issued.map(inv => Number(/(\d+)$/.exec(inv.number)![1])).sort((a, b) => a - b);
        expect(numbers).toEqual(Array.from({ length: orders.length }, (_, n) => n + 1));
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
