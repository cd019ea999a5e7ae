/**
 * The load engine. Closed loop: N virtual users (VUs), each sending its next operation when the last
 * one is answered, until the phase's time is up. An operation that is one Shop API request
 * (`scenario.request` + `check`: search, product, collection) runs on autocannon
 * ({@link runAutocannonPhase}); one that is several requests with a session and data carried
 * between them (a cart, a checkout, a gateway's notification) runs on our own loop ({@link runPhase}),
 * each VU with its own Shop API client (one keep-alive connection, its own session) calling
 * `scenario.run(vu)`. Open loop ({@link runOpenPhase}): operations arrive at a rate (Poisson), whether
 * or not earlier ones are done — autocannon's `overallRate` only caps a closed loop's rate (a
 * connection still waits for its answer), so arrivals are our own.
 */
import autocannon from 'autocannon';
import { createGraphQLClient, graphQLData, WorkExhausted } from './http.mjs';
import { readCpuMs } from './processes.mjs';

/** Median of a list of numbers (mean of the two middle ones for an even count). */
export function median(values) {
    const v = [...values].sort((x, y) => x - y);
    if (!v.length) return null;
    const mid = Math.floor(v.length / 2);
    return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

/** Nearest-rank percentile of an ascending array. */
export function percentile(sorted, p) {
    if (!sorted.length) return null;
    const rank = Math.ceil((p / 100) * sorted.length);
    return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

/** p50/p95/p99/mean/max (ms) of a list of latencies. */
export function summarize(latencies) {
    const sorted = Float64Array.from(latencies).sort();
    const sum = sorted.reduce((a, b) => a + b, 0);
    return {
        samples: sorted.length,
        p50: percentile(sorted, 50),
        p95: percentile(sorted, 95),
        p99: percentile(sorted, 99),
        mean: sorted.length ? sum / sorted.length : null,
        max: sorted.length ? sorted[sorted.length - 1] : null,
    };
}

/**
 * Starts measuring a phase: wall time, the CPU time of the processes `pids` (from /proc) and this
 * process's. `stop()` gives `{ elapsedMs, cpuMs: { <pid key>, loadGenerator } }`.
 */
function startClock(pids) {
    const cpuBefore = Object.fromEntries(Object.entries(pids).map(([k, pid]) => [k, readCpuMs(pid)]));
    const ownCpuBefore = process.cpuUsage();
    const started = performance.now();
    return {
        started,
        stop() {
            const elapsedMs = performance.now() - started;
            const cpuMs = {};
            for (const [k, pid] of Object.entries(pids)) {
                const after = readCpuMs(pid);
                cpuMs[k] = after !== null && cpuBefore[k] !== null ? after - cpuBefore[k] : null;
            }
            const own = process.cpuUsage(ownCpuBefore);
            cpuMs.loadGenerator = (own.user + own.system) / 1000;
            return { elapsedMs, cpuMs };
        },
    };
}

/**
 * Creates `count` virtual users for one configuration.
 *
 * @param {{count: number, shopApiUrl: string, channel?: string, shared: unknown, configName: string}} options
 */
export function createVirtualUsers({ count, shopApiUrl, channel = 'fr', shared, configName }) {
    return Array.from({ length: count }, (_, id) => ({
        id,
        count,
        configName,
        client: createGraphQLClient({ url: shopApiUrl, channel }),
        shared,
        /** Operations this VU has started (a counter scenarios may use to rotate products etc.). */
        iteration: 0,
        /** Free for the scenario to keep per-VU data in. */
        state: {},
    }));
}

export function closeVirtualUsers(vus) {
    for (const vu of vus) vu.client.close();
}

/**
 * Runs one phase: every VU loops on `scenario.run(vu)` until `durationMs` has passed (an operation
 * started before the end is let finish and counted), or until the scenario throws {@link WorkExhausted}
 * (its prepared work is used up: the phase ends there, `exhausted` says why). Errors are counted and a few distinct
 * messages kept; after `maxErrors` errors the phase stops early (the operation has failed anyway).
 *
 * @param {object[]} vus
 * @param {{run: (vu: object) => Promise<void>}} scenario
 * @param {number} durationMs
 * @param {{pids?: Record<string, number>, maxErrors?: number}} [options] `pids`: processes whose CPU time is measured
 */
export async function runPhase(vus, scenario, durationMs, { pids = {}, maxErrors = 200 } = {}) {
    const latencies = [];
    const errorMessages = new Map();
    let errors = 0;
    let abort = false;
    let exhausted;
    const clock = startClock(pids);
    const started = clock.started;
    const deadline = started + durationMs;

    await Promise.all(
        vus.map(async vu => {
            while (!abort && performance.now() < deadline) {
                const t = performance.now();
                try {
                    await scenario.run(vu);
                    latencies.push(performance.now() - t);
                } catch (err) {
                    if (err instanceof WorkExhausted) {
                        exhausted = err.message;
                        abort = true;
                        break;
                    }
                    errors++;
                    const msg = String(err?.message ?? err).slice(0, 300);
                    errorMessages.set(msg, (errorMessages.get(msg) ?? 0) + 1);
                    if (errors >= maxErrors) abort = true;
                    // A failing server answers fast: do not spin.
                    await new Promise(resolve => setTimeout(resolve, 20));
                }
                vu.iteration++;
            }
        }),
    );

    return {
        ops: latencies.length,
        errors,
        errorMessages: [...errorMessages].map(([message, count]) => ({ message, count })),
        latencies,
        exhausted,
        ...clock.stop(),
    };
}

/**
 * Runs one closed-loop phase of a one-request scenario on autocannon: `vus.length` keep-alive
 * connections, one request at a time each, for `durationMs`. The n-th request is
 * `scenario.request(vu)` with `vu.iteration` = n (counted across phases on `vus[0]`); each answer must
 * pass {@link graphQLData} and `scenario.check(data, variables)`. Latency is autocannon's per-request
 * time (ms, from the request written to the answer complete). Requests still in flight when the time is
 * up are not counted. Same result shape as {@link runPhase}.
 *
 * @param {object[]} vus their count is the number of connections; `vus[0].client.url` the Shop API URL
 * @param {{request: (vu: any) => {query: string, variables: object}, check: (data: any, variables: any) => void}} scenario
 * @param {number} durationMs
 * @param {{pids?: Record<string, number>, maxErrors?: number, channel?: string}} [options]
 */
export async function runAutocannonPhase(
    vus,
    scenario,
    durationMs,
    { pids = {}, maxErrors = 200, channel = 'fr' } = {},
) {
    const [first] = vus;
    const url = new URL(first.client.url);
    const latencies = [];
    const errorMessages = new Map();
    let errors = 0;
    // Set by onResponse, read by the 'response' event of the same answer (emitted right after it).
    let failed = false;
    let instance;
    const fail = err => {
        errors++;
        const msg = String(err?.message ?? err).slice(0, 300);
        errorMessages.set(msg, (errorMessages.get(msg) ?? 0) + 1);
        if (errors >= maxErrors) instance?.stop();
    };
    const clock = startClock(pids);
    instance = autocannon({
        url: url.origin,
        connections: vus.length,
        pipelining: 1,
        duration: durationMs / 1000,
        timeout: 30,
        requests: [
            {
                method: 'POST',
                path: url.pathname + url.search,
                headers: {
                    'content-type': 'application/json',
                    accept: 'application/json',
                    'vendure-token': channel,
                },
                setupRequest(req, context) {
                    const { query, variables } = scenario.request({ ...first, id: 0, count: 1 });
                    first.iteration++;
                    context.variables = variables;
                    return { ...req, body: JSON.stringify({ query, variables }) };
                },
                onResponse(status, body, context) {
                    try {
                        scenario.check(graphQLData(status, body), context.variables);
                        failed = false;
                    } catch (err) {
                        failed = true;
                        fail(err);
                    }
                },
            },
        ],
    });
    instance.on('response', (_client, _status, _bytes, responseTime) => {
        if (!failed) latencies.push(responseTime);
        failed = false;
    });
    instance.on('reqError', fail);
    await instance;
    return {
        ops: latencies.length,
        errors,
        errorMessages: [...errorMessages].map(([message, count]) => ({ message, count })),
        latencies,
        exhausted: undefined,
        ...clock.stop(),
    };
}

/**
 * Runs one open-loop phase: operations ARRIVE at `ratePerSec` on average (Poisson process, i.e.
 * exponential gaps, seeded so that runs compare), whether or not earlier ones have finished, as
 * payment notifications or webhooks reach a shop: their concurrency is whatever the arrivals and
 * the server's speed make it. Each arrival is run by a free VU; when all `vus` are busy it waits for
 * one. The latency is measured from the ARRIVAL (not from when a VU took it), so a server that falls
 * behind shows its queue in the percentiles (no coordinated omission). Same result shape as
 * {@link runPhase}, plus `arrivals`, `maxInFlight` and `meanInFlight`. A scenario that measures a part
 * of its operation itself finds the arrival time (performance.now() clock) in `vu.arrivedAt`.
 *
 * @param {object[]} vus
 * @param {{run: (vu: object) => Promise<void>}} scenario
 * @param {number} durationMs arrivals stop after this; those started are let finish
 * @param {number} ratePerSec mean arrival rate
 * @param {{pids?: Record<string, number>, maxErrors?: number, seed?: number}} [options]
 */
export async function runOpenPhase(
    vus,
    scenario,
    durationMs,
    ratePerSec,
    { pids = {}, maxErrors = 200, seed = 1 } = {},
) {
    const latencies = [];
    const errorMessages = new Map();
    let errors = 0;
    let exhausted;
    const clock = startClock(pids);
    const started = clock.started;
    const free = [...vus];
    const waiting = [];
    const running = new Set();
    let inFlight = 0;
    let maxInFlight = 0;
    let inFlightArea = 0;
    let lastChange = started;
    const track = delta => {
        const now = performance.now();
        inFlightArea += inFlight * (now - lastChange);
        lastChange = now;
        inFlight += delta;
        maxInFlight = Math.max(maxInFlight, inFlight);
    };
    // Park–Miller generator: the same arrival times on every run for a given seed and rate.
    let state = seed % 2147483647 || 1;
    const random = () => (state = (state * 48271) % 2147483647) / 2147483647;
    const takeVu = () =>
        free.length ? Promise.resolve(free.pop()) : new Promise(resolve => waiting.push(resolve));
    const releaseVu = vu => (waiting.length ? waiting.shift()(vu) : free.push(vu));
    const operation = async arrivedAt => {
        track(+1);
        const vu = await takeVu();
        vu.arrivedAt = arrivedAt;
        try {
            await scenario.run(vu);
            latencies.push(performance.now() - arrivedAt);
        } catch (err) {
            if (err instanceof WorkExhausted) {
                exhausted = err.message;
                return;
            }
            errors++;
            const msg = String(err?.message ?? err).slice(0, 300);
            errorMessages.set(msg, (errorMessages.get(msg) ?? 0) + 1);
        } finally {
            vu.iteration++;
            releaseVu(vu);
            track(-1);
        }
    };
    let arrivals = 0;
    let next = started;
    while (errors < maxErrors && !exhausted) {
        next += (-Math.log(1 - random()) * 1000) / ratePerSec;
        if (next - started >= durationMs) break;
        const wait = next - performance.now();
        if (wait > 0) await new Promise(resolve => setTimeout(resolve, wait));
        arrivals++;
        const op = operation(next);
        running.add(op);
        op.finally(() => running.delete(op));
    }
    await Promise.all(running);
    track(0);
    const measured = clock.stop();
    return {
        ops: latencies.length,
        errors,
        errorMessages: [...errorMessages].map(([message, count]) => ({ message, count })),
        latencies,
        exhausted,
        ...measured,
        arrivals,
        maxInFlight,
        meanInFlight: inFlightArea / measured.elapsedMs,
    };
}

/** Adds phase `b` into accumulator `a` (for an operation measured in several slices). */
export function mergePhases(a, b) {
    const slice = {
        opsPerSec: (b.ops * 1000) / b.elapsedMs,
        serverCpuMsPerOp: b.cpuMs.server != null && b.ops ? b.cpuMs.server / b.ops : null,
    };
    if (!a) {
        return {
            ...b,
            latencies: [...b.latencies],
            errorMessages: [...b.errorMessages],
            cpuMs: { ...b.cpuMs },
            slices: 1,
            perSlice: [slice],
        };
    }
    a.perSlice.push(slice);
    a.ops += b.ops;
    a.errors += b.errors;
    for (const l of b.latencies) a.latencies.push(l);
    a.elapsedMs += b.elapsedMs;
    for (const e of b.errorMessages) {
        const found = a.errorMessages.find(x => x.message === e.message);
        if (found) found.count += e.count;
        else a.errorMessages.push({ ...e });
    }
    for (const [k, v] of Object.entries(b.cpuMs))
        a.cpuMs[k] = a.cpuMs[k] === null || v === null ? null : (a.cpuMs[k] ?? 0) + v;
    if (b.arrivals !== undefined) {
        a.meanInFlight =
            (a.meanInFlight * (a.elapsedMs - b.elapsedMs) + b.meanInFlight * b.elapsedMs) / a.elapsedMs;
        a.arrivals += b.arrivals;
        a.maxInFlight = Math.max(a.maxInFlight, b.maxInFlight);
    }
    a.exhausted ??= b.exhausted;
    a.slices++;
    return a;
}
