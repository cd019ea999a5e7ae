/**
 * `npm run bench -- --scale-out`: the production topology measured (issue 17, item 6), separate from
 * the Radiant/stock comparison. On one throwaway PostgreSQL cluster (the seed copied per setup) and
 * one throwaway `redis-server`, three setups run one after the other (never side by side: they would
 * share the two cores):
 *
 * | setup | job queue, cache | API servers | workers |
 * | --- | --- | --- | --- |
 * | `pg-1` | Vendure's database queue, SQL cache | 1 | 1 |
 * | `redis-1` | BullMQ, Redis cache (`REDIS_URL`) | 1 | 1 |
 * | `redis-2` | BullMQ, Redis cache | 2 | 1 |
 *
 * Every setup is reached through the same round-robin proxy (bench/lib/round-robin-proxy.mjs, its own
 * process), so the one-server figures pay the same hop. Per setup: idle RSS of each process (after
 * `--idle-wait` s), then the `checkout` scenario and the catalogue reads (`search`, `product`,
 * `collection`; `--only` narrows them) with `--connections` virtual users, `--warmup` s then
 * `--duration` s; and the **job-queue latency** of the jobs the checkouts enqueued (emails, invoices,
 * search index…): enqueue → done (`settledAt − createdAt` from the Admin API's `jobs`), p50/p95, once
 * every job of the window has settled.
 */
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { readCatalog } from './catalog.mjs';
import { createGraphQLClient } from './http.mjs';
import {
    closeVirtualUsers,
    createVirtualUsers,
    percentile,
    runAutocannonPhase,
    runPhase,
    summarize,
} from './load.mjs';
import { startPostgres } from './postgres.mjs';
import {
    freePort,
    readMemory,
    registerCleanup,
    sleep,
    startService,
    stopService,
    waitForHttp,
} from './processes.mjs';
import { num, table } from './report.mjs';
import { prepareSeed } from './seed.mjs';

/** The setups measured, in order. */
export const SCALE_OUT_SETUPS = [
    { name: 'pg-1', label: 'PostgreSQL, database queue, 1 server', servers: 1, redis: false },
    { name: 'redis-1', label: 'PostgreSQL + Redis (BullMQ), 1 server', servers: 1, redis: true },
    { name: 'redis-2', label: 'PostgreSQL + Redis (BullMQ), 2 servers', servers: 2, redis: true },
];
/** The scenarios measured by default (bench/scenarios/*.mjs names). */
export const SCALE_OUT_SCENARIOS = ['checkout', 'search', 'product', 'collection'];
const SUPERADMIN = { username: 'superadmin', password: 'superadmin' };
const JOBS_QUERY = `query BenchJobs($skip: Int!, $take: Int!) { jobs(options: { skip: $skip, take: $take }) {
    totalItems items { queueName state createdAt settledAt } } }`;

/** Starts a throwaway `redis-server` (no persistence) on a free loopback port; stopped at exit. */
async function startRedis(logDir) {
    if (spawnSync('redis-server', ['--version']).status !== 0)
        throw new Error('--scale-out needs redis-server (apt-get install redis-server; .ci/run installs it)');
    const port = await freePort();
    const service = startService({
        name: 'redis',
        command: 'redis-server',
        args: ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
        cwd: os.tmpdir(),
        env: process.env,
        logFile: path.join(logDir, 'redis.log'),
    });
    registerCleanup(() => stopService(service));
    const { Redis } = await import('ioredis');
    const deadline = Date.now() + 10_000;
    for (;;) {
        const client = new Redis({ port, host: '127.0.0.1', lazyConnect: true, maxRetriesPerRequest: 0 });
        client.on('error', () => undefined);
        try {
            await client.connect();
            await client.ping();
            client.disconnect();
            break;
        } catch (err) {
            client.disconnect();
            if (Date.now() > deadline)
                throw new Error(`redis-server did not answer: ${err.message}`, { cause: err });
            await sleep(100);
        }
    }
    return { url: `redis://127.0.0.1:${port}`, service };
}

/** An Admin API client logged in as the superadmin. */
async function adminClient(url) {
    const admin = createGraphQLClient({ url, channel: 'fr' });
    const { login } = await admin.request(
        `mutation BenchLogin($u: String!, $p: String!) { login(username: $u, password: $p) { __typename } }`,
        { u: SUPERADMIN.username, p: SUPERADMIN.password },
    );
    if (login.__typename !== 'CurrentUser') throw new Error('Admin API login failed');
    return admin;
}

/**
 * Enqueue → done of the jobs created since `sinceMs`, once all of them have settled (60 s at most;
 * those still unsettled then are counted in `unsettled`).
 */
async function jobLatency(admin, sinceMs) {
    let window;
    const deadline = Date.now() + 60_000;
    for (;;) {
        const all = [];
        // Every job, 100 at a time (Radiant's list limit).
        for (let skip = 0; ; skip += 100) {
            const { jobs } = await admin.request(JOBS_QUERY, { skip, take: 100 });
            all.push(...jobs.items);
            if (!jobs.items.length || skip + 100 >= jobs.totalItems) break;
        }
        window = all.filter(j => Date.parse(j.createdAt) >= sinceMs);
        if (window.every(j => j.settledAt) || Date.now() > deadline) break;
        await sleep(1000);
    }
    const settled = window.filter(j => j.settledAt);
    const ms = settled.map(j => Date.parse(j.settledAt) - Date.parse(j.createdAt)).sort((a, b) => a - b);
    const byQueue = {};
    for (const j of settled) byQueue[j.queueName] = (byQueue[j.queueName] ?? 0) + 1;
    return {
        jobs: window.length,
        unsettled: window.length - settled.length,
        failed: window.filter(j => j.state === 'FAILED').length,
        p50: percentile(ms, 50),
        p95: percentile(ms, 95),
        max: ms.at(-1) ?? null,
        byQueue,
    };
}

/** Boots a setup: N servers (one after the other), one worker, the proxy; reads their idle RSS. */
async function bootSetup(setup, ctx) {
    const env = {
        ...ctx.childEnv,
        DATABASE_URL: await ctx.postgres.copyOfSeed(`radiant_bench_${setup.name.replace('-', '_')}`),
        SEED_ON_START: 'false',
        ...(setup.redis ? { REDIS_URL: ctx.redis.url, REDIS_PREFIX: `bench-${setup.name}` } : {}),
    };
    const proxyPort = await freePort();
    env.PUBLIC_URL = `http://127.0.0.1:${proxyPort}`;
    const services = { servers: [], worker: null, proxy: null };
    for (let n = 0; n < setup.servers; n++) {
        const port = await freePort();
        const server = startService({
            name: `${setup.name} server ${n + 1}`,
            command: process.execPath,
            args: ['dist/src/index.js'],
            cwd: ctx.root,
            env: { ...env, PORT: String(port), WORKER_PORT: String(await freePort()) },
            logFile: path.join(ctx.logDir, `${setup.name}-server-${n + 1}.log`),
        });
        services.servers.push(Object.assign(server, { port }));
        await waitForHttp(server, `http://127.0.0.1:${port}/health`, { timeoutMs: 240_000 });
    }
    const workerPort = await freePort();
    services.worker = startService({
        name: `${setup.name} worker`,
        command: process.execPath,
        args: ['dist/src/index-worker.js'],
        cwd: ctx.root,
        env: { ...env, WORKER_PORT: String(workerPort) },
        logFile: path.join(ctx.logDir, `${setup.name}-worker.log`),
    });
    await waitForHttp(services.worker, `http://127.0.0.1:${workerPort}/health`, { timeoutMs: 240_000 });
    services.proxy = startService({
        name: `${setup.name} proxy`,
        command: process.execPath,
        args: [
            path.join(ctx.root, 'bench', 'lib', 'round-robin-proxy.mjs'),
            String(proxyPort),
            ...services.servers.map(s => `http://127.0.0.1:${s.port}`),
        ],
        cwd: ctx.root,
        env: process.env,
        logFile: path.join(ctx.logDir, `${setup.name}-proxy.log`),
    });
    await waitForHttp(services.proxy, `http://127.0.0.1:${proxyPort}/health`);
    await sleep(ctx.options['idle-wait'] * 1000);
    const memory = {
        servers: services.servers.map(s => readMemory(s.pid).rss),
        worker: readMemory(services.worker.pid).rss,
        redis: setup.redis ? readMemory(ctx.redis.service.pid).rss : null,
    };
    return { services, memory, base: `http://127.0.0.1:${proxyPort}` };
}

/** Runs one scenario on a booted setup: warm-up, then the measured phase. */
async function measure(scenario, booted, catalog, options) {
    const shopApiUrl = `${booted.base}/shop-api`;
    let admin = null;
    const ctx = {
        configName: 'radiant',
        channel: 'fr',
        shopApiUrl,
        adminApiUrl: `${booted.base}/admin-api`,
        catalog,
        createClient: (o = {}) => createGraphQLClient({ url: shopApiUrl, channel: 'fr', ...o }),
        async adminRequest(query, variables) {
            admin ??= await adminClient(`${booted.base}/admin-api`);
            return admin.request(query, variables);
        },
        close: () => admin?.close(),
    };
    const shared = { catalog, ...((await scenario.setup?.(ctx)) ?? {}) };
    ctx.close();
    const vus = createVirtualUsers({
        count: scenario.connections ?? options.connections,
        shopApiUrl,
        shared,
        configName: 'radiant',
    });
    const pids = Object.fromEntries([
        ...booted.services.servers.map((s, n) => [`server${n + 1}`, s.pid]),
        ['worker', booted.services.worker.pid],
    ]);
    const phase = ms =>
        scenario.request
            ? runAutocannonPhase(vus, scenario, ms, { pids })
            : runPhase(vus, scenario, ms, { pids });
    try {
        await phase(options.warmup * 1000);
        const started = Date.now();
        const result = await phase(options.duration * 1000);
        return { result, started };
    } finally {
        closeVirtualUsers(vus);
    }
}

/**
 * The whole scale-out measurement; prints its tables and returns the report part
 * (`report.scaleOut` in bench-results/latest.json).
 *
 * @param {{root: string, options: object, childEnv: object, scenarios: object[], logDir: string, log: (m: string) => void}} ctx
 */
export async function runScaleOut({ root, options, childEnv, scenarios, logDir, log }) {
    const wanted = options.only ?? SCALE_OUT_SCENARIOS;
    const chosen = scenarios.filter(s => SCALE_OUT_SCENARIOS.includes(s.name) && wanted.includes(s.name));
    log('scale-out: starting a throwaway PostgreSQL cluster and redis-server…');
    const postgres = await startPostgres(root);
    const redis = await startRedis(logDir);
    const seed = await prepareSeed({
        root,
        childEnv,
        useCache: false,
        logDir,
        log,
        databaseUrl: postgres.seedUrl,
    });
    log(`seeded in ${seed.seconds.toFixed(1)} s`);
    const ctx = { root, options, childEnv, postgres, redis, logDir };
    const results = {};
    for (const setup of SCALE_OUT_SETUPS) {
        log(`${setup.label}: booting…`);
        const booted = await bootSetup(setup, ctx);
        log(
            `${setup.label}: idle RSS servers ${booted.memory.servers.map(m => num(m, 0)).join(' + ')} MB, ` +
                `worker ${num(booted.memory.worker, 0)} MB${setup.redis ? `, redis ${num(booted.memory.redis, 0)} MB` : ''}`,
        );
        const client = createGraphQLClient({ url: `${booted.base}/shop-api` });
        const catalog = await readCatalog(client);
        client.close();
        const entry = { label: setup.label, memory: booted.memory, operations: {}, jobs: null };
        results[setup.name] = entry;
        try {
            for (const scenario of chosen) {
                const { result, started } = await measure(scenario, booted, catalog, options);
                const seconds = result.elapsedMs / 1000;
                entry.operations[scenario.name] = {
                    unit: scenario.unit ?? 'request',
                    ops: result.ops,
                    errors: result.errors,
                    errorMessages: [...(result.errorMessages ?? [])].slice(0, 3),
                    opsPerSec: result.ops / seconds,
                    latencyMs: summarize(result.latencies),
                    cpuUtilisation: Object.fromEntries(
                        Object.entries(result.cpuMs).map(([k, v]) => [
                            k,
                            v === null ? null : v / result.elapsedMs,
                        ]),
                    ),
                };
                log(
                    `  ${scenario.name}: ${num(result.ops / seconds, 1)} ${scenario.unit ?? 'request'}/s, ` +
                        `p95 ${num(entry.operations[scenario.name].latencyMs.p95, 0)} ms, errors ${result.errors}`,
                );
                if (scenario.name === 'checkout') {
                    const admin = await adminClient(`${booted.base}/admin-api`);
                    entry.jobs = await jobLatency(admin, started);
                    admin.close();
                    log(
                        `  jobs enqueued by the checkouts: ${entry.jobs.jobs}, enqueue → done p50 ${num(entry.jobs.p50, 0)} ms, ` +
                            `p95 ${num(entry.jobs.p95, 0)} ms (unsettled ${entry.jobs.unsettled}, failed ${entry.jobs.failed})`,
                    );
                }
            }
        } finally {
            await stopService(booted.services.proxy);
            await stopService(booted.services.worker);
            for (const server of booted.services.servers) await stopService(server);
        }
    }
    printScaleOut(results, chosen);
    return { setups: results, loadAverageAtEnd: os.loadavg() };
}

/** Prints the scale-out tables. */
function printScaleOut(results, scenarios) {
    const setups = SCALE_OUT_SETUPS.filter(s => results[s.name]);
    const rows = [];
    for (const scenario of scenarios) {
        for (const setup of setups) {
            const op = results[setup.name].operations[scenario.name];
            if (!op) continue;
            rows.push([
                scenario.name,
                setup.label,
                `${num(op.opsPerSec, 1)} ${op.unit}/s`,
                num(op.latencyMs.p50, 0),
                num(op.latencyMs.p95, 0),
                String(op.errors),
                Object.entries(op.cpuUtilisation)
                    .filter(([k]) => k !== 'loadGenerator')
                    .map(([k, v]) => `${k} ${num((v ?? 0) * 100, 0)}%`)
                    .join(', '),
            ]);
        }
    }
    console.log('\nScale-out: throughput and latency through the round-robin proxy');
    console.log(table(['operation', 'setup', 'throughput', 'p50 ms', 'p95 ms', 'errors', 'CPU'], rows));
    console.log('\nJob queue: enqueue → done of the jobs the checkouts enqueued');
    console.log(
        table(
            ['setup', 'jobs', 'p50 ms', 'p95 ms', 'max ms', 'unsettled', 'failed'],
            setups
                .filter(s => results[s.name].jobs)
                .map(s => {
                    const j = results[s.name].jobs;
                    return [
                        s.label,
                        String(j.jobs),
                        num(j.p50, 0),
                        num(j.p95, 0),
                        num(j.max, 0),
                        String(j.unsettled),
                        String(j.failed),
                    ];
                }),
        ),
    );
    console.log('\nIdle RSS per process (MB)');
    console.log(
        table(
            ['setup', 'servers', 'worker', 'redis'],
            setups.map(s => {
                const m = results[s.name].memory;
                return [
                    s.label,
                    m.servers.map(v => num(v, 0)).join(' + '),
                    num(m.worker, 0),
                    m.redis === null ? '–' : num(m.redis, 0),
                ];
            }),
        ),
    );
}
