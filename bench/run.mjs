#!/usr/bin/env node
/**
 * `npm run bench` — Radiant against stock Vendure, on the same seeded database, in the same run.
 *
 * 1. Seeds a temporary DATA_DIR once (dist/src/cli/seed.js).
 * 2. For each configuration (stock Vendure = RADIANT_PLUGINS=off, Radiant): copies the seeded
 *    database to a fresh DATA_DIR, starts the API server then the worker on free ports, measures
 *    their boot time (spawn → /health OK) and, after a few idle seconds, their RSS.
 * 3. Runs every scenario (bench/scenarios/*.mjs, plugins/<plugin>/bench/*.mjs) against both, with N
 *    virtual users for a fixed time after a warm-up; the time is cut in slices alternating the
 *    configurations (A B B A …) so that drift on a shared machine hits both alike.
 * 4. Reads the peak RSS (VmHWM), stops stock Vendure, measures the storefront's TTFB against the
 *    Radiant server (when the storefront is built), stops everything.
 * 5. Prints the tables and writes bench-results/latest.json. Exits 1 if any operation had an
 *    error (its figures are then not reported) or a process died.
 *
 * Plain JavaScript: needs nothing but the compiled server (dist/) and, optionally, the built
 * storefront. See bench/README.md.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { helpText, parseOptions } from './lib/args.mjs';
import { readCatalog } from './lib/catalog.mjs';
import {
    collectProfile,
    formatProfileSummary,
    profilerEnv,
    summarizeProfile,
    toggleProfiler,
} from './lib/cpu-profile.mjs';
import { createGraphQLClient } from './lib/http.mjs';
import {
    closeVirtualUsers,
    createVirtualUsers,
    median,
    mergePhases,
    runAutocannonPhase,
    runOpenPhase,
    runPhase,
    summarize,
} from './lib/load.mjs';
import {
    cleanupAll,
    freePort,
    isInterrupted,
    logTail,
    readMemory,
    removeTempDir,
    sleep,
    startService,
    stopService,
    waitForHttp,
} from './lib/processes.mjs';
import { num, roundDeep, table } from './lib/report.mjs';
import { loadScenarios } from './lib/scenarios.mjs';
import { startPostgres } from './lib/postgres.mjs';
import { copySeed, prepareSeed } from './lib/seed.mjs';
import { runScaleOut, SCALE_OUT_SCENARIOS } from './lib/scale-out.mjs';
import { measureStorefront, PRODUCT_SLUG, storefrontEntry } from './lib/storefront.mjs';
import { measurePageCache, pageCacheReportLines } from './lib/page-cache.mjs';

/** Lighthouse mode, for the report's heading. */
const LIGHTHOUSE_VERSION_NOTE = '12 (mobile preset, simulated throttling, local Chromium)';
import { PRODUCT_QUERY } from './scenarios/product.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const RATIO_TARGET = 0.95;
const TTFB_RATIO_TARGET = 1.5;
const SUPERADMIN = { username: 'superadmin', password: 'superadmin' };

/** The configurations compared; the first is the baseline of the ratio. */
const CONFIGURATIONS = [
    { name: 'stock', label: 'stock Vendure', env: { RADIANT_PLUGINS: 'off' } },
    { name: 'radiant', label: 'Radiant', env: { RADIANT_PLUGINS: 'on' } },
    // Radiant answering every catalogue query afresh: what the catalogue cache buys. Runs only the
    // scenarios marked `cacheable` (catalogue reads).
    {
        name: 'uncached',
        label: 'Radiant, no cache',
        env: { RADIANT_PLUGINS: 'on', CATALOGUE_CACHE: 'off' },
        cacheableOnly: true,
    },
];

const log = message => process.stdout.write(`[bench] ${message}\n`);

/** The environment of every child: this one, minus what would point it elsewhere, plus the bench's. */
function childEnvironment() {
    const env = { ...process.env };
    for (const key of [
        'DATABASE_URL',
        'DATA_DIR',
        'ASSET_DIR',
        'SQLITE_FILE',
        'PORT',
        'WORKER_PORT',
        'PUBLIC_URL',
        'STOREFRONT_URL',
        'CORS_ORIGINS',
        'SEED_ON_START',
        'RADIANT_PLUGINS',
        'CATALOGUE_CACHE',
        'RATE_LIMITS',
        'SMTP_HOST',
        'NODE_OPTIONS',
    ]) {
        delete env[key];
    }
    return {
        ...env,
        // Development mode: the test payment method exists only there; demo secrets are accepted.
        NODE_ENV: 'development',
        VENDURE_DISABLE_TELEMETRY: 'true',
        ASTRO_TELEMETRY_DISABLED: '1',
        LOG_LEVEL: 'warn',
        SUPERADMIN_USERNAME: SUPERADMIN.username,
        SUPERADMIN_PASSWORD: SUPERADMIN.password,
        // One client address sends hundreds of logins, payments and notifications: the rate limits
        // (plugins/rate-limit) would refuse them, so the load test runs without.
        RATE_LIMITS: 'off',
    };
}

function machineFacts() {
    const cpus = os.cpus();
    return {
        node: process.version,
        platform: `${os.platform()} ${os.release()} ${os.arch()}`,
        cpus: cpus.length,
        cpuModel: cpus[0]?.model ?? null,
        memoryGB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
        loadAverageAtStart: os.loadavg().map(x => Math.round(x * 100) / 100),
    };
}

/** Throws if a process of the configuration has died. */
function assertAlive(cfg) {
    for (const service of [cfg.server, cfg.worker]) {
        if (service?.exit) {
            throw new Error(
                `${service.name} died (exit code ${service.exit.code}, signal ${service.exit.signal}).\n` +
                    `--- last lines of ${service.logFile} ---\n${logTail(service)}`,
            );
        }
    }
}

/** Gives a configuration its fresh copy of the seeded database, its ports and its environment. */
async function prepareConfiguration(cfg, seedDir, childEnv, postgres) {
    cfg.dataDir = copySeed(seedDir, cfg.name);
    cfg.port = await freePort();
    cfg.workerPort = await freePort(); // never the same as cfg.port: get-port holds the ports it gave
    // The port of the storefront the page-cache measurement starts with the cache on: the server
    // and the worker send it their purges (PURGE /_radiant/purge), as in a deployment.
    cfg.storefrontPort = await freePort();
    cfg.childEnv = {
        ...childEnv,
        ...cfg.env,
        DATA_DIR: cfg.dataDir,
        PORT: String(cfg.port),
        WORKER_PORT: String(cfg.workerPort),
        PUBLIC_URL: `http://127.0.0.1:${cfg.port}`,
        SEED_ON_START: 'false',
        PAGE_CACHE_PURGE_URLS: `http://127.0.0.1:${cfg.storefrontPort}/_radiant/purge`,
    };
    if (postgres) cfg.childEnv.DATABASE_URL = await postgres.copyOfSeed(`radiant_bench_${cfg.name}`);
    cfg.shopApiUrl = `http://127.0.0.1:${cfg.port}/shop-api`;
    cfg.adminApiUrl = `http://127.0.0.1:${cfg.port}/admin-api`;
    cfg.bootSamples = [];
}

/**
 * Starts the server, then (once it answers) the worker, and records both boot times. When `keep`,
 * they stay up for the load: after `idleWaitMs` idle their RSS is read. Otherwise they are stopped
 * (a boot-time sample only).
 */
async function bootConfiguration(cfg, logDir, keep, idleWaitMs) {
    cfg.server = startService({
        name: `${cfg.name} server`,
        command: process.execPath,
        args: ['dist/src/index.js'],
        cwd: root,
        env: cfg.childEnv,
        logFile: path.join(logDir, `${cfg.name}-server.log`),
    });
    const serverMs = await waitForHttp(cfg.server, `http://127.0.0.1:${cfg.port}/health`);
    // The worker starts once the server is up (as in production), so the two boots do not share the CPUs.
    cfg.worker = startService({
        name: `${cfg.name} worker`,
        command: process.execPath,
        args: ['dist/src/index-worker.js'],
        cwd: root,
        env: cfg.childEnv,
        logFile: path.join(logDir, `${cfg.name}-worker.log`),
    });
    const workerMs = await waitForHttp(cfg.worker, `http://127.0.0.1:${cfg.workerPort}/health`);
    cfg.bootSamples.push({ serverMs, workerMs });
    const boot = `server up in ${(serverMs / 1000).toFixed(2)} s, worker in ${(workerMs / 1000).toFixed(2)} s`;
    if (!keep) {
        await stopService(cfg.server);
        await stopService(cfg.worker);
        log(`${cfg.label}: ${boot} (boot sample, stopped)`);
        return;
    }
    await sleep(idleWaitMs);
    assertAlive(cfg);
    cfg.boot = {
        serverMs: Math.min(...cfg.bootSamples.map(b => b.serverMs)),
        workerMs: Math.min(...cfg.bootSamples.map(b => b.workerMs)),
        samples: cfg.bootSamples,
    };
    cfg.memory = { idle: { server: readMemory(cfg.server.pid).rss, worker: readMemory(cfg.worker.pid).rss } };
    log(
        `${cfg.label}: ${boot} (ports ${cfg.port}, ${cfg.workerPort}); ` +
            `idle RSS server ${num(cfg.memory.idle.server, 0)} MB, worker ${num(cfg.memory.idle.worker, 0)} MB`,
    );
}

/**
 * Boot order for `samples` boots of each configuration: A B, then B A, … (so that neither always
 * boots first); the last boot of each configuration stays up for the load.
 */
function bootSequence(configs, samples) {
    const sequence = [];
    for (let i = 0; i < samples; i++) sequence.push(...(i % 2 === 0 ? configs : [...configs].reverse()));
    return sequence.map((cfg, i) => ({ cfg, keep: sequence.lastIndexOf(cfg) === i }));
}

/** What a scenario's setup() gets for one configuration. */
function scenarioContext(cfg) {
    let admin = null;
    return {
        configName: cfg.name,
        channel: 'fr',
        shopApiUrl: cfg.shopApiUrl,
        adminApiUrl: cfg.adminApiUrl,
        catalog: cfg.catalog,
        /** The configuration's PostgreSQL database (`--db=postgres`), for bulk seeding in SQL; else undefined. */
        databaseUrl: cfg.childEnv.DATABASE_URL,
        /** The server process's id (e.g. to read its memory from /proc). */
        serverPid: cfg.server?.pid,
        /** A new Shop API client (close it when done). */
        createClient: (options = {}) =>
            createGraphQLClient({ url: cfg.shopApiUrl, channel: 'fr', ...options }),
        /** An Admin API request as the superadmin (logged in on first use). */
        async adminRequest(query, variables) {
            if (!admin) {
                admin = createGraphQLClient({ url: cfg.adminApiUrl, channel: 'fr' });
                const { login } = await admin.request(
                    `mutation BenchLogin($u: String!, $p: String!) { login(username: $u, password: $p) { __typename ... on ErrorResult { errorCode message } } }`,
                    { u: SUPERADMIN.username, p: SUPERADMIN.password },
                );
                if (login.__typename !== 'CurrentUser')
                    throw new Error(`Admin API login failed: ${login.errorCode} ${login.message}`);
            }
            return admin.request(query, variables);
        },
        close() {
            admin?.close();
        },
    };
}

/** Turns a merged phase into the reported figures (or a failure when it had errors). */
function finalize(scenario, merged) {
    if (merged.errors > 0) {
        return {
            failed: true,
            errors: merged.errors,
            succeeded: merged.ops,
            errorMessages: merged.errorMessages.slice(0, 5),
        };
    }
    if (merged.ops === 0) {
        return { failed: true, errors: 0, errorMessages: [{ message: 'no operation completed', count: 1 }] };
    }
    const seconds = merged.elapsedMs / 1000;
    const perOp = v => (v === null || v === undefined ? null : v / merged.ops);
    return {
        failed: false,
        ops: merged.ops,
        seconds,
        slices: merged.slices,
        opsPerSec: merged.ops / seconds,
        requestsPerSec: (merged.ops * scenario.requestsPerOp) / seconds,
        latencyMs: summarize(merged.latencies),
        errors: 0,
        perSlice: merged.perSlice,
        ...(merged.exhausted ? { stoppedEarly: merged.exhausted } : {}),
        ...(scenario.arrivalRate
            ? {
                  openLoop: {
                      arrivalRatePerSec: scenario.arrivalRate,
                      arrivals: merged.arrivals,
                      meanInFlight: merged.meanInFlight,
                      maxInFlight: merged.maxInFlight,
                  },
              }
            : {}),
        cpuMsPerOp: {
            server: perOp(merged.cpuMs.server),
            worker: perOp(merged.cpuMs.worker),
            loadGenerator: perOp(merged.cpuMs.loadGenerator),
        },
        cpuUtilisation: {
            server: merged.cpuMs.server === null ? null : merged.cpuMs.server / merged.elapsedMs,
            worker: merged.cpuMs.worker === null ? null : merged.cpuMs.worker / merged.elapsedMs,
            loadGenerator: merged.cpuMs.loadGenerator / merged.elapsedMs,
        },
    };
}

/** Measures one scenario on every configuration it applies to, in interleaved slices. */
async function measureScenario(scenario, index, configs, options) {
    const runs = [];
    for (const cfg of configs) {
        const run = { cfg, vus: null, failure: null, merged: null };
        runs.push(run);
        const ctx = scenarioContext(cfg);
        try {
            const shared = { catalog: cfg.catalog, ...((await scenario.setup?.(ctx)) ?? {}) };
            run.vus = createVirtualUsers({
                count: scenario.connections ?? options.connections,
                shopApiUrl: cfg.shopApiUrl,
                shared,
                configName: cfg.name,
            });
        } catch (err) {
            run.failure = {
                failed: true,
                errors: 1,
                errorMessages: [{ message: `setup failed: ${err.message}`, count: 1 }],
            };
        } finally {
            ctx.close();
        }
    }
    const pidsOf = cfg => ({ server: cfg.server.pid, worker: cfg.worker.pid });
    // Open loop (operations arriving at a rate, e.g. webhooks) or closed loop (each VU back to back).
    const phase = (run, ms) =>
        scenario.arrivalRate
            ? runOpenPhase(run.vus, scenario, ms, scenario.arrivalRate, {
                  pids: pidsOf(run.cfg),
                  seed: 1 + run.vus[0].iteration,
              })
            : scenario.request
              ? runAutocannonPhase(run.vus, scenario, ms, { pids: pidsOf(run.cfg) })
              : runPhase(run.vus, scenario, ms, { pids: pidsOf(run.cfg) });
    // Warm-up of each configuration (errors count: an operation that fails while warming up fails).
    for (const run of runs) {
        if (run.failure) continue;
        const warm = await phase(run, options.warmup * 1000);
        assertAlive(run.cfg);
        if (warm.exhausted) {
            run.failure = {
                failed: true,
                errors: 0,
                errorMessages: [{ message: `used up during the warm-up: ${warm.exhausted}`, count: 1 }],
                duringWarmup: true,
            };
        } else if (warm.errors) {
            // Failed already: no need to measure it.
            run.failure = {
                failed: true,
                errors: warm.errors,
                succeeded: warm.ops,
                errorMessages: warm.errorMessages.slice(0, 5),
                duringWarmup: true,
            };
        }
    }
    const sliceMs = (options.duration * 1000) / options.rounds;
    const profiled = options['cpu-prof'] ? runs.filter(run => !run.failure) : [];
    for (const run of profiled) for (const pid of Object.values(pidsOf(run.cfg))) toggleProfiler(pid);
    for (let r = 0; r < options.rounds; r++) {
        const order = (r + index) % 2 === 0 ? runs : [...runs].reverse();
        for (const run of order) {
            if (run.failure) continue;
            if (run.merged?.exhausted) continue;
            const measured = await phase(run, sliceMs);
            assertAlive(run.cfg);
            run.merged = mergePhases(run.merged, measured);
            if (measured.exhausted) log(`  ${run.cfg.label}: stopped early, ${measured.exhausted}`);
        }
    }
    const results = {};
    for (const run of runs) {
        if (run.vus) closeVirtualUsers(run.vus);
        results[run.cfg.name] = run.failure ?? finalize(scenario, run.merged);
    }
    for (const run of profiled) {
        const ops = run.merged?.ops;
        results[run.cfg.name].profiles = {};
        for (const [role, pid] of Object.entries(pidsOf(run.cfg))) {
            const file = await collectProfile(
                pid,
                options.profileDir,
                `${scenario.name}-${run.cfg.name}-${role}`,
            );
            if (!file) {
                log(`  ${run.cfg.label} ${role}: no CPU profile came back`);
                continue;
            }
            const summary = summarizeProfile(JSON.parse(fs.readFileSync(file, 'utf8')));
            results[run.cfg.name].profiles[role] = { file: path.relative(root, file), ...summary };
            for (const line of formatProfileSummary(
                `${run.cfg.label} ${role} CPU profile (${path.relative(root, file)})`,
                summary,
                ops,
            ))
                log(`  ${line}`);
        }
    }
    return results;
}

/**
 * Radiant / stock. Each round measured both configurations back to back, so the ratio is taken
 * per round and the median of the rounds is reported (a burst of other work on the machine spoils
 * one round, not the result); `spread` is the lowest and highest round.
 */
function ratioOf(results) {
    const base = results[CONFIGURATIONS[0].name];
    const cand = results[CONFIGURATIONS[1].name];
    if (!base || !cand || base.failed || cand.failed) return null;
    const rounds = Math.min(base.perSlice.length, cand.perSlice.length);
    const perRound = key =>
        Array.from({ length: rounds }, (_, i) => {
            const a = base.perSlice[i][key];
            const b = cand.perSlice[i][key];
            return a && b !== null ? b / a : null;
        }).filter(x => x !== null);
    const throughput = perRound('opsPerSec');
    const cpu = perRound('serverCpuMsPerOp');
    return {
        opsPerSec: median(throughput),
        opsPerSecSpread: [Math.min(...throughput), Math.max(...throughput)],
        opsPerSecPerRound: throughput,
        opsPerSecOverall: cand.opsPerSec / base.opsPerSec,
        serverCpuPerOp: cpu.length ? median(cpu) : null,
        serverCpuPerOpPerRound: cpu,
        p50: cand.latencyMs.p50 / base.latencyMs.p50,
    };
}

function printReport(report, configs) {
    const out = [];
    const L = c => c.label;
    const m = report.machine;
    out.push('');
    out.push(
        `Radiant benchmark — node ${m.node}, ${m.cpus} CPU (${m.cpuModel}), ${m.memoryGB} GB; ` +
            `load average ${m.loadAverageAtStart.join(' ')} at start, ${m.loadAverageAtEnd?.join(' ')} at end`,
    );
    if (Math.max(m.loadAverageAtStart[0], m.loadAverageAtEnd?.[0] ?? 0) > m.cpus * 0.5) {
        out.push(
            'NOTE: other processes were using the CPUs during this run: absolute figures are not comparable with other runs; ' +
                'the Radiant/stock ratios are (both configurations are measured in alternating slices).',
        );
    }
    out.push(
        `Database: ${report.options.db === 'postgres' ? 'PostgreSQL (throwaway cluster on loopback; its CPU is not in "server CPU")' : 'SQLite (WAL), one file shared by server and worker'}. ` +
            `Shop API load: ${report.options.connections} connections, ${report.options.duration} s measured per operation and configuration ` +
            `(${report.options.rounds} interleaved slice${report.options.rounds > 1 ? 's' : ''}), ${report.options.warmup} s warm-up; ` +
            `seed ${report.seed.cached ? `reused from ${report.seed.from}` : `${num(report.seed.seconds, 1)} s`}`,
    );
    out.push('');
    out.push('Boot and memory');
    const c = report.configurations;
    const best = report.options['boot-samples'] > 1 ? `, best of ${report.options['boot-samples']}` : '';
    const mem = (name, kind, proc) => num(c[name]?.memory?.[kind]?.[proc], 0);
    out.push(
        table(
            ['', ...configs.map(L), 'Radiant / stock'],
            [
                [
                    `server boot (spawn → /health), s${best}`,
                    ...configs.map(x => num(c[x.name].boot.serverMs / 1000, 2)),
                    num(c.radiant.boot.serverMs / c.stock.boot.serverMs, 2),
                ],
                [
                    `worker boot (spawn → /health), s${best}`,
                    ...configs.map(x => num(c[x.name].boot.workerMs / 1000, 2)),
                    num(c.radiant.boot.workerMs / c.stock.boot.workerMs, 2),
                ],
                [
                    'server RSS idle, MB',
                    ...configs.map(x => mem(x.name, 'idle', 'server')),
                    num(c.radiant.memory.idle.server / c.stock.memory.idle.server, 2),
                ],
                [
                    'server RSS peak, MB',
                    ...configs.map(x => mem(x.name, 'peak', 'server')),
                    num(c.radiant.memory.peak?.server / c.stock.memory.peak?.server, 2),
                ],
                [
                    'worker RSS idle, MB',
                    ...configs.map(x => mem(x.name, 'idle', 'worker')),
                    num(c.radiant.memory.idle.worker / c.stock.memory.idle.worker, 2),
                ],
                [
                    'worker RSS peak, MB',
                    ...configs.map(x => mem(x.name, 'peak', 'worker')),
                    num(c.radiant.memory.peak?.worker / c.stock.memory.peak?.worker, 2),
                ],
            ],
        ),
    );
    if (report.operations.length) {
        out.push('');
        out.push('Shop API operations');
        const rows = [];
        for (const op of report.operations) {
            for (const cfg of configs) {
                const r = op.results[cfg.name];
                const label = cfg === configs[0] ? op.name : '';
                if (!r && cfg.cacheableOnly) continue;
                if (!r) rows.push([label, L(cfg), 'not run', null, null, null, null, null, null]);
                else if (r.failed)
                    rows.push([
                        label,
                        L(cfg),
                        `FAILED: ${r.errors} error(s)`,
                        null,
                        null,
                        null,
                        r.errors,
                        null,
                        null,
                    ]);
                else
                    rows.push([
                        label,
                        L(cfg),
                        `${num(r.opsPerSec, 1)} ${op.unit}/s`,
                        num(r.latencyMs.p50, 1),
                        num(r.latencyMs.p95, 1),
                        num(r.latencyMs.p99, 1),
                        r.errors,
                        num(r.cpuMsPerOp.server, 2),
                        num(r.cpuUtilisation.loadGenerator * 100, 0) + ' %',
                    ]);
            }
        }
        out.push(
            table(
                [
                    'operation',
                    'configuration',
                    'throughput',
                    'p50 ms',
                    'p95 ms',
                    'p99 ms',
                    'errors',
                    'server CPU ms/op',
                    'load-gen CPU',
                ],
                rows,
                'llrrrrrrr',
            ),
        );
        out.push('');
        out.push(
            `Ratio Radiant / stock Vendure (throughput, median of the ${report.options.rounds} rounds, each round measuring both back to back; target ≥ ${RATIO_TARGET} unless the scenario sets its own)`,
        );
        out.push(
            table(
                [
                    'operation',
                    'stock /s',
                    'Radiant /s',
                    'ratio',
                    'rounds min–max',
                    'target',
                    'server CPU/op ratio',
                    'p50 ratio',
                ],
                report.operations.map(op => {
                    const s = op.results.stock;
                    const r = op.results.radiant;
                    const rate = x => (!x ? 'not run' : x.failed ? 'FAILED' : num(x.opsPerSec, 1));
                    if (!op.ratio)
                        return [
                            op.name,
                            rate(s),
                            rate(r),
                            null,
                            null,
                            !s || !r ? 'n/a' : 'FAILED',
                            null,
                            null,
                        ];
                    return [
                        op.name,
                        rate(s),
                        rate(r),
                        num(op.ratio.opsPerSec, 3),
                        `${num(op.ratio.opsPerSecSpread[0], 2)}–${num(op.ratio.opsPerSecSpread[1], 2)}`,
                        op.ratio.opsPerSec >= op.ratioTarget
                            ? `ok (≥ ${op.ratioTarget})`
                            : `BELOW ${op.ratioTarget}`,
                        num(op.ratio.serverCpuPerOp, 3),
                        num(op.ratio.p50, 3),
                    ];
                }),
            ),
        );
    }
    const cached = report.operations.filter(op => op.results.uncached && op.results.radiant);
    if (cached.length) {
        out.push('');
        out.push(
            'Catalogue cache (Radiant with the Shop API cache on / off; anonymous shoppers, the cache warm after the warm-up)',
        );
        const rate = x => (!x ? 'not run' : x.failed ? 'FAILED' : num(x.opsPerSec, 1));
        const ok = x => x && !x.failed;
        out.push(
            table(
                [
                    'operation',
                    'stock /s',
                    'no cache /s',
                    'cache /s',
                    'cache / no cache',
                    'cache / stock',
                    'p50 ms cache',
                ],
                cached.map(op => {
                    const { stock, radiant, uncached } = op.results;
                    return [
                        op.name,
                        rate(stock),
                        rate(uncached),
                        rate(radiant),
                        ok(radiant) && ok(uncached) ? num(radiant.opsPerSec / uncached.opsPerSec, 2) : null,
                        ok(radiant) && ok(stock) ? num(radiant.opsPerSec / stock.opsPerSec, 2) : null,
                        ok(radiant) ? num(radiant.latencyMs.p50, 2) : null,
                    ];
                }),
            ),
        );
    }
    for (const op of report.operations.filter(o => o.summary?.lines?.length)) {
        out.push('');
        out.push(`${op.name} (measured by the scenario)`);
        for (const line of op.summary.lines) out.push(`  ${line}`);
    }
    out.push('');
    const sf = report.storefront;
    if (!sf) {
        out.push('Storefront TTFB: not selected (--only).');
    } else if (!sf.measured) {
        out.push(`Storefront TTFB: NOT MEASURED — ${sf.reason}.`);
    } else {
        out.push(
            `Storefront TTFB against the Radiant server (${report.options['storefront-requests']} sequential requests per page after 10 warm-up; storefront boot ${num(sf.bootMs / 1000, 2)} s)`,
        );
        out.push(
            table(
                [
                    'page',
                    'TTFB p50',
                    'TTFB p95',
                    'full p50',
                    'API p50',
                    'TTFB/API',
                    `target ≤ ${TTFB_RATIO_TARGET}`,
                    'chain p50',
                    'TTFB/chain',
                    'API = / chain =',
                ],
                sf.pages.map(p =>
                    p.errors
                        ? [
                              p.path,
                              `FAILED: ${p.errors} error(s)`,
                              null,
                              null,
                              null,
                              null,
                              null,
                              null,
                              null,
                              p.error,
                          ]
                        : [
                              p.path,
                              num(p.ttfbP50, 1),
                              num(p.ttfbP95, 1),
                              num(p.totalP50, 1),
                              num(p.apiP50, 1),
                              num(p.ratioTtfbToApi, 2),
                              p.ratioTtfbToApi === undefined
                                  ? null
                                  : p.ratioTtfbToApi <= TTFB_RATIO_TARGET
                                    ? 'ok'
                                    : 'ABOVE',
                              num(p.chainP50, 1),
                              num(p.ratioTtfbToChain, 2),
                              p.apiQuery
                                  ? `${p.apiQuery} / ${p.chainQueries.join(' → ')}`
                                  : (p.apiError ?? null),
                          ],
                ),
                'lrrrrrrrrl',
            ),
        );
        out.push(
            "(times in ms; API = the page's main query alone, chain = every query the page sends before answering, in sequence)",
        );
        const q = sf.quality;
        if (q) {
            out.push('');
            out.push(`Storefront quality: Lighthouse ${LIGHTHOUSE_VERSION_NOTE}, JavaScript per page`);
            out.push(
                table(
                    [
                        'page',
                        'perf',
                        'a11y',
                        'best pr.',
                        'SEO',
                        'LCP ms',
                        'TBT ms',
                        'CLS',
                        'JS B',
                        'JS gzip B',
                    ],
                    q.javascript.map(js => {
                        const lh = q.lighthouse?.find(l => l.page === js.page);
                        return [
                            js.page,
                            lh ? num(lh.scores.performance, 2) : '—',
                            lh ? num(lh.scores.accessibility, 2) : '—',
                            lh ? num(lh.scores['best-practices'], 2) : '—',
                            lh ? num(lh.scores.seo, 2) : '—',
                            lh ? num(lh.lcpMs, 0) : '—',
                            lh ? num(lh.tbtMs, 0) : '—',
                            lh ? num(lh.cls, 3) : '—',
                            num(js.rawBytes, 0),
                            num(js.gzipBytes, 0),
                        ];
                    }),
                    'lrrrrrrrrr',
                ),
            );
            out.push(
                '(targets: performance ≥ 0.95, accessibility 1, best practices ≥ 0.95, SEO ≥ 0.95; product page JavaScript ≤ 30 KB gzipped)',
            );
            if (q.lighthouseSkipped) out.push(`Lighthouse NOT RUN: ${q.lighthouseSkipped}`);
            for (const s of q.shortfalls ?? []) out.push(`  BELOW TARGET: ${s}`);
        }
    }
    out.push('');
    out.push(...pageCacheReportLines(report.pageCache, num));
    out.push('');
    out.push(`Total run time ${num(report.totalSeconds, 0)} s. Results: ${report.outFile}`);
    if (report.failures.length) {
        out.push('');
        out.push(`FAILED — ${report.failures.length} problem(s):`);
        for (const f of report.failures) out.push(`  - ${f}`);
    }
    process.stdout.write(out.join('\n') + '\n');
}

/**
 * The storefront page cache measurement (bench/lib/page-cache.mjs) against the Radiant server `cfg`:
 * cache on vs off, anonymous and cart-holding shopper; its result goes to `report.pageCache`.
 */
async function runPageCacheBench(report, cfg, childEnv, logDir, failures) {
    if (!fs.existsSync(storefrontEntry(root))) {
        report.pageCache = { measured: false, reason: 'storefront not built' };
        return;
    }
    log('storefront page cache: measuring cache on vs off…');
    const client = createGraphQLClient({ url: cfg.shopApiUrl });
    let variantId;
    try {
        const data = await client.request(
            'query ($slug: String!) { product(slug: $slug) { variants { id } } }',
            {
                slug: PRODUCT_SLUG,
            },
        );
        variantId = data.product.variants[0].id;
    } finally {
        client.close();
    }
    const admin = scenarioContext(cfg);
    try {
        report.pageCache = await measurePageCache({
            root,
            childEnv,
            shopApiUrl: cfg.shopApiUrl,
            adminRequest: (query, variables) => admin.adminRequest(query, variables),
            cachedPort: cfg.storefrontPort,
            variantId,
            logDir,
            log,
        });
    } finally {
        admin.close();
    }
    failures.push(...report.pageCache.failures);
    delete report.pageCache.failures;
    assertAlive(cfg);
}

/** The report being built, so that a fatal error still leaves a results file saying what happened. */
let currentReport = null;

function writeReport(report, out) {
    const outFile = path.resolve(root, out);
    fs.mkdirSync(path.dirname(outFile), { recursive: true });
    fs.writeFileSync(outFile, JSON.stringify(roundDeep(report), null, 2) + '\n');
}

async function main() {
    let options;
    try {
        options = parseOptions();
    } catch (err) {
        throw Object.assign(err, { usage: true });
    }
    if (options.help) {
        console.log(helpText());
        return 0;
    }
    const started = performance.now();
    for (const file of ['dist/src/index.js', 'dist/src/index-worker.js', 'dist/src/cli/seed.js']) {
        if (!fs.existsSync(path.join(root, file)))
            throw new Error(`${file} is missing: compile the server first (npx tsc -p .)`);
    }
    let scenarios = await loadScenarios(root);
    const known = [...scenarios.map(s => s.name), 'storefront', 'page-cache'];
    if (options.only) {
        const unknown = options.only.filter(n => !known.includes(n));
        if (unknown.length) {
            throw Object.assign(
                new Error(`--only: unknown operation(s) ${unknown.join(', ')}; known: ${known.join(', ')}`),
                { usage: true },
            );
        }
        scenarios = scenarios.filter(s => options.only.includes(s.name));
    }
    // --scale-out measures the checkout and the catalogue reads only (bench/lib/scale-out.mjs).
    if (options['scale-out']) scenarios = scenarios.filter(s => SCALE_OUT_SCENARIOS.includes(s.name));
    const wantStorefront = !options['scale-out'] && (!options.only || options.only.includes('storefront'));
    const wantPageCache = !options['scale-out'] && (!options.only || options.only.includes('page-cache'));

    const logDir = path.join(root, 'bench-results', 'logs');
    fs.rmSync(logDir, { recursive: true, force: true });
    fs.mkdirSync(logDir, { recursive: true });
    const childEnv = childEnvironment();
    const profileDir = path.join(root, 'bench-results', 'profiles');
    if (options['cpu-prof']) {
        fs.rmSync(profileDir, { recursive: true, force: true });
        fs.mkdirSync(profileDir, { recursive: true });
        Object.assign(childEnv, profilerEnv(profileDir));
    }
    // A scenario may start a local fake of an outside service (e.g. CinetPay's simulator) for the server and worker.
    for (const scenario of scenarios) if (scenario.prepare) Object.assign(childEnv, await scenario.prepare());
    const machine = machineFacts();
    log(
        `node ${machine.node}, ${machine.cpus} CPU, load average ${machine.loadAverageAtStart.join(' ')}; logs in ${path.relative(root, logDir)}/`,
    );
    log(
        `operations: ${scenarios.map(s => s.name).join(', ') || '(none)'}${wantStorefront ? ', storefront' : ''}`,
    );

    const failures = [];
    const report = (currentReport = {
        startedAt: new Date().toISOString(),
        machine,
        options,
        seed: null,
        configurations: {},
        operations: [],
        storefront: null,
        failures,
        outFile: path.relative(root, path.resolve(root, options.out)),
    });

    if (options['scale-out']) {
        // The production topology instead of the Radiant/stock comparison (bench/lib/scale-out.mjs).
        report.scaleOut = await runScaleOut({ root, options, childEnv, scenarios, logDir, log });
        await cleanupAll();
        report.totalSeconds = (performance.now() - started) / 1000;
        machine.loadAverageAtEnd = os.loadavg().map(x => Math.round(x * 100) / 100);
        writeReport(report, options.out);
        const failed = Object.values(report.scaleOut.setups).flatMap(s =>
            Object.entries(s.operations)
                .filter(([, op]) => op.errors > 0)
                .map(([name]) => `${s.label}: ${name}`),
        );
        for (const f of failed) process.stderr.write(`[bench] ERROR ${f} had errors\n`);
        return failed.length ? 1 : 0;
    }
    if (!['sqlite', 'postgres'].includes(options.db))
        throw new Error(`--db must be sqlite or postgres (got "${options.db}")`);
    let postgres = null;
    if (options.db === 'postgres') {
        if (options['seed-dir'] || options['seed-cache'])
            throw new Error('--seed-dir and --seed-cache are for SQLite only');
        log('Starting a throwaway PostgreSQL cluster…');
        postgres = await startPostgres(root);
    }
    if (!options['seed-dir']) {
        log(
            options['seed-cache']
                ? 'Preparing the seeded database (cache allowed)…'
                : 'Seeding a fresh database (30 to 90 s)…',
        );
    }
    const seed = await prepareSeed({
        root,
        childEnv,
        useCache: options['seed-cache'],
        seedDir: options['seed-dir'],
        logDir,
        log,
        databaseUrl: postgres?.seedUrl,
    });
    report.seed = {
        seconds: seed.seconds,
        cached: seed.cached,
        from: seed.from ? path.relative(root, seed.from) || seed.from : null,
    };
    if (!seed.cached) log(`seeded in ${seed.seconds.toFixed(1)} s`);

    // Radiant without its cache boots only when a catalogue read is measured.
    const configs = CONFIGURATIONS.filter(c => !c.cacheableOnly || scenarios.some(s => s.cacheable)).map(
        c => ({
            ...c,
        }),
    );
    for (const cfg of configs) await prepareConfiguration(cfg, seed.dir, childEnv, postgres);
    for (const { cfg, keep } of bootSequence(configs, options['boot-samples'])) {
        await bootConfiguration(cfg, logDir, keep, options['idle-wait'] * 1000);
    }
    for (const cfg of configs) {
        const client = createGraphQLClient({ url: cfg.shopApiUrl });
        try {
            cfg.catalog = await readCatalog(client);
        } finally {
            client.close();
        }
    }
    if (!seed.cached) removeTempDir(seed.dir);

    for (const [index, scenario] of scenarios.entries()) {
        const applies = configs.filter(
            c =>
                (!scenario.configurations || scenario.configurations.includes(c.name)) &&
                (!c.cacheableOnly || scenario.cacheable),
        );
        log(`${scenario.name}: ${scenario.description}`);
        const results = await measureScenario(scenario, index, applies, { ...options, profileDir });
        const op = {
            name: scenario.name,
            description: scenario.description,
            file: scenario.file,
            unit: scenario.unit,
            requestsPerOp: scenario.requestsPerOp,
            ratioTarget: scenario.ratioTarget ?? RATIO_TARGET,
            results,
            ratio: ratioOf(results),
        };
        report.operations.push(op);
        // Figures a scenario measures itself (e.g. a time inside the operation), after its load.
        if (scenario.summary) {
            op.summary = await scenario.summary();
            for (const line of op.summary.lines ?? []) log(`  ${line}`);
        }
        for (const cfg of applies) {
            const r = results[cfg.name];
            if (r.failed) {
                const tried =
                    r.succeeded === undefined
                        ? ''
                        : ` in ${r.errors + r.succeeded} operations${r.duringWarmup ? ' (warm-up)' : ''}`;
                const msg = `${scenario.name} on ${cfg.label}: ${r.errors} error(s)${tried}: ${r.errorMessages.map(e => `${e.message} (×${e.count})`).join(' | ')}`;
                failures.push(msg);
                process.stderr.write(`[bench] ERROR ${msg}\n`);
            } else {
                log(
                    `  ${cfg.label.padEnd(13)} ${num(r.opsPerSec, 1).padStart(7)} ${scenario.unit}/s  p50 ${num(r.latencyMs.p50, 1)} ms  p95 ${num(r.latencyMs.p95, 1)} ms  server CPU ${num(r.cpuMsPerOp.server, 2)} ms/op` +
                        (r.openLoop
                            ? `  (open loop: ${r.openLoop.arrivalRatePerSec}/s arriving, ${num(r.openLoop.meanInFlight, 2)} in flight on average, ${r.openLoop.maxInFlight} at most)`
                            : '') +
                        (r.stoppedEarly ? `  (stopped after ${num(r.seconds, 1)} s: ${r.stoppedEarly})` : ''),
                );
            }
        }
        if (op.ratio) log(`  ratio ${op.ratio.opsPerSec.toFixed(3)}`);
    }

    for (const cfg of configs) {
        cfg.memory.peak = { server: readMemory(cfg.server.pid).hwm, worker: readMemory(cfg.worker.pid).hwm };
        report.configurations[cfg.name] = {
            label: cfg.label,
            env: cfg.env,
            boot: cfg.boot,
            memory: cfg.memory,
        };
    }

    // Stock Vendure is no longer needed: stop it so that the storefront measurement has the CPUs.
    for (const other of configs.filter(cfg => cfg.name !== 'radiant')) {
        await stopService(other.server);
        await stopService(other.worker);
    }

    if (wantStorefront) {
        const radiant = configs[1];
        log(`storefront: ${fs.existsSync(storefrontEntry(root)) ? 'measuring TTFB…' : 'not built, skipped'}`);
        report.storefront = await measureStorefront({
            root,
            childEnv,
            shopApiUrl: radiant.shopApiUrl,
            requests: options['storefront-requests'],
            logDir,
            log,
            fallbackProductQuery: PRODUCT_QUERY,
        });
        if (report.storefront.measured) {
            failures.push(...report.storefront.failures);
            delete report.storefront.failures;
        } else {
            process.stderr.write(
                `[bench] WARNING: storefront TTFB NOT MEASURED — ${report.storefront.reason}\n`,
            );
        }
        assertAlive(radiant);
    }
    if (wantPageCache) {
        await runPageCacheBench(report, configs[1], childEnv, logDir, failures);
    }

    await cleanupAll();
    report.totalSeconds = (performance.now() - started) / 1000;
    machine.loadAverageAtEnd = os.loadavg().map(x => Math.round(x * 100) / 100);
    report.productSlug = PRODUCT_SLUG;

    writeReport(report, options.out);
    printReport(report, configs);
    return failures.length ? 1 : 0;
}

main().then(
    async code => {
        await cleanupAll();
        process.exit(code);
    },
    async err => {
        if (isInterrupted()) return; // the signal handler stops everything and exits
        process.stderr.write(`\n[bench] FAILED: ${err?.usage ? err.message : (err?.stack ?? err)}\n`);
        await cleanupAll();
        if (currentReport) {
            try {
                currentReport.fatal = String(err?.message ?? err);
                writeReport(currentReport, currentReport.options.out);
                process.stderr.write(
                    `[bench] partial results (with the error) in ${currentReport.outFile}\n`,
                );
            } catch {
                /* the error above is what matters */
            }
        }
        process.exit(1);
    },
);
