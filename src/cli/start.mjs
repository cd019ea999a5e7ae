#!/usr/bin/env node
/**
 * `npm start` — builds what is stale (server TypeScript, Dashboard, storefront), then starts the
 * API server, the worker and the storefront as three child processes, waits until they answer and
 * prints the URLs. Ctrl-C (SIGINT) or SIGTERM stops all three and exits when they have exited.
 *
 * `node src/cli/start.mjs --build-only` (`npm run build`) only builds.
 *
 * Outside production, unless CINETPAY_API_URL is set (or CINETPAY_SIMULATOR=false), it also starts
 * the local CinetPay simulator (dist/plugins/cinetpay/simulator/cli.js, port CINETPAY_SIM_PORT,
 * default 4010) and points the server and the worker at it, so that the demo's `cinetpay-ci`
 * method pays end to end with no network. The simulator itself refuses NODE_ENV=production.
 *
 * Every child runs in a process group of its own (src/tooling/processes.mjs), so stopping one stops
 * what it started too (the server's seeding child, a build's workers); a second Ctrl-C kills at once.
 *
 * Plain JavaScript on purpose: it runs before anything is compiled.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
    eachLine,
    killAllProcessesSync,
    runProcess,
    startProcess,
    stopAllProcesses,
    waitForHttp,
} from '../tooling/processes.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const buildOnly = process.argv.includes('--build-only');
const env = {
    ...process.env,
    VENDURE_DISABLE_TELEMETRY: process.env.VENDURE_DISABLE_TELEMETRY ?? 'true',
    ASTRO_TELEMETRY_DISABLED: process.env.ASTRO_TELEMETRY_DISABLED ?? '1',
};
const port = Number(env.PORT || 3000);
const workerPort = Number(env.WORKER_PORT || 3020);
const storefrontPort = Number(env.STOREFRONT_PORT || 4321);
const cinetpaySimPort = Number(env.CINETPAY_SIM_PORT || 4010);
/** Whether to run the CinetPay simulator: development only, and only when no CinetPay URL is configured. */
const cinetpaySimulator =
    env.NODE_ENV !== 'production' && !env.CINETPAY_API_URL && env.CINETPAY_SIMULATOR !== 'false';
const started = Date.now();

const colors = { server: 36, worker: 35, storefront: 33, build: 32, cinetpay: 34, radiant: 1 };
/** Prints a line with a coloured process label. */
function log(label, line) {
    const tty = process.stdout.isTTY;
    const tag = tty ? `\x1b[${colors[label] ?? 0}m[${label}]\x1b[0m` : `[${label}]`;
    process.stdout.write(`${tag} ${line}\n`);
}

/** Newest modification time (ms) of the files under `paths`, skipping build output folders. */
function newestMtime(paths) {
    let newest = 0;
    const skip = new Set(['node_modules', 'dist', '.astro', 'data', '.git']);
    const visit = p => {
        let stat;
        try {
            stat = fs.statSync(p);
        } catch {
            return;
        }
        if (stat.isDirectory()) {
            if (skip.has(path.basename(p))) return;
            for (const entry of fs.readdirSync(p)) visit(path.join(p, entry));
        } else if (stat.mtimeMs > newest) {
            newest = stat.mtimeMs;
        }
    };
    for (const p of paths) visit(path.join(root, p));
    return newest;
}

function mtime(file) {
    try {
        return fs.statSync(path.join(root, file)).mtimeMs;
    } catch {
        return 0;
    }
}

/** Runs a command to completion, streaming its output under `label`. Rejects on a non-zero exit. */
async function run(label, command, args, options = {}) {
    const { code, signal } = await runProcess(command, args, {
        cwd: root,
        env,
        ...options,
        onLine: line => log(label, line),
    });
    if (code !== 0)
        throw new Error(`${label}: \`${command} ${args.join(' ')}\` exited with ${signal ?? code}`);
}

/** Streams a child's output lines under `label`. */
function pipe(label, child) {
    for (const stream of [child.stdout, child.stderr]) eachLine(stream, line => log(label, line));
}

const bin = name => path.join(root, 'node_modules', '.bin', name);

/** The builds, each skipped when its output is newer than its sources. */
const builds = [
    {
        name: 'server',
        stale: () =>
            newestMtime([
                'src',
                'plugins',
                'migrations',
                'vendure-config.ts',
                'tsconfig.json',
                'package-lock.json',
            ]) > mtime('dist/.tsbuildinfo'),
        run: () => run('build', bin('tsc'), ['-p', 'tsconfig.json']),
    },
    {
        name: 'dashboard',
        stale: () =>
            newestMtime(['plugins', 'vendure-config.ts', 'vite.config.mts', 'package-lock.json']) >
            mtime('dist/dashboard/index.html'),
        run: () => run('build', bin('vite'), ['build', '--config', 'vite.config.mts']),
    },
    {
        name: 'storefront',
        stale: () =>
            newestMtime([
                'storefront/src',
                'storefront/public',
                'storefront/astro.config.mjs',
                'package-lock.json',
            ]) > mtime('storefront/dist/server/entry.mjs'),
        run: () => run('build', bin('astro'), ['build'], { cwd: path.join(root, 'storefront') }),
    },
];

/** Runs the named builds one after the other, each only when stale. */
async function buildAll(names = builds.map(b => b.name)) {
    for (const build of builds.filter(b => names.includes(b.name))) {
        if (!build.stale()) continue;
        const t = Date.now();
        log('build', `building ${build.name}…`);
        await build.run();
        log('build', `${build.name} built in ${((Date.now() - t) / 1000).toFixed(1)} s`);
    }
}

/** Resolves when the Shop API's search returns products (the worker has built the index). */
async function waitForSearchIndex(timeoutMs) {
    const deadline = Date.now() + timeoutMs;
    let announced = false;
    while (Date.now() < deadline && !stopping) {
        try {
            const res = await fetch(`http://127.0.0.1:${port}/shop-api`, {
                method: 'POST',
                headers: { 'content-type': 'application/json' },
                body: JSON.stringify({ query: '{ search(input: { take: 1 }) { totalItems } }' }),
                signal: AbortSignal.timeout(5000),
            });
            const body = await res.json();
            if (body?.data?.search?.totalItems > 0) return true;
        } catch {
            // not ready yet
        }
        if (!announced) {
            log('radiant', 'waiting for the worker to build the search index…');
            announced = true;
        }
        await new Promise(r => setTimeout(r, 1000));
    }
    return false;
}

const children = new Map();
let stopping = false;
/** Aborted when stopping: pending waits for a URL give up. */
const stopSignal = new AbortController();

function startService(label, args, options = {}) {
    const proc = startProcess(process.execPath, args, { name: label, cwd: root, env, ...options });
    children.set(label, proc);
    pipe(label, proc.child);
    void proc.exited.then(({ code, signal }) => {
        children.delete(label);
        if (!stopping) {
            log('radiant', `${label} exited (${signal ?? code}); stopping the others.`);
            stop(code || 1);
        }
    });
    return proc;
}

/**
 * Stops every child (services and a running build) and exits: SIGTERM to each process group,
 * SIGKILL after 10 s. A second Ctrl-C kills them at once.
 */
function stop(code = 0) {
    if (stopping) {
        killAllProcessesSync();
        process.exit(process.exitCode || 1);
    }
    stopping = true;
    stopSignal.abort();
    process.exitCode = code;
    log('radiant', 'stopping…');
    void stopAllProcesses(10_000).then(() => process.exit(code));
}

/** Whether `url` answered (below 500) within `timeoutMs`; false when it did not, or when stopping. */
function waitFor(url, timeoutMs) {
    return waitForHttp(url, { timeoutMs, intervalMs: 300, signal: stopSignal.signal }).then(
        () => true,
        () => false,
    );
}

async function main() {
    process.on('SIGINT', () => stop(0));
    process.on('SIGTERM', () => stop(0));
    if (buildOnly) {
        await buildAll();
        return;
    }
    // The server and the storefront must be built before they start; the Dashboard is served as
    // soon as its build lands, so it builds while the server starts (and seeds, the first time).
    await buildAll(['server', 'storefront']);
    if (cinetpaySimulator) {
        env.CINETPAY_SIM_PORT = String(cinetpaySimPort);
        startService('cinetpay', ['dist/plugins/cinetpay/simulator/cli.js']);
        if (!(await waitFor(`http://127.0.0.1:${cinetpaySimPort}/`, 30_000))) return;
        // Inherited by the server (and its seeding child) and the worker.
        env.CINETPAY_API_URL = `http://127.0.0.1:${cinetpaySimPort}`;
    }
    startService('server', ['dist/src/index.js']);
    const dashboard = buildAll(['dashboard']).catch(err => {
        log('build', `Dashboard build failed: ${err.message}`);
    });
    // The worker waits for the server's migrations and seeding before it starts.
    const serverUp = await waitFor(`http://127.0.0.1:${port}/health`, 600_000);
    if (!serverUp) return;
    startService('worker', ['dist/src/index-worker.js']);
    startService('storefront', ['dist/server/entry.mjs'], {
        cwd: path.join(root, 'storefront'),
        env: {
            ...env,
            HOST: env.STOREFRONT_HOST ?? '0.0.0.0',
            PORT: String(storefrontPort),
            VENDURE_SHOP_API_URL: env.VENDURE_SHOP_API_URL ?? `http://127.0.0.1:${port}/shop-api`,
            // Required by the storefront in production (public URLs never come from request headers).
            ...(!env.PUBLIC_STOREFRONT_URL && env.NODE_ENV === 'production' && env.STOREFRONT_URL
                ? { PUBLIC_STOREFRONT_URL: env.STOREFRONT_URL }
                : {}),
        },
    });
    await waitFor(`http://127.0.0.1:${workerPort}/health`, 120_000);
    await waitFor(`http://127.0.0.1:${storefrontPort}/`, 120_000);
    if (env.SEED_ON_START !== 'false') await waitForSearchIndex(120_000);
    await dashboard;
    if (stopping) return;
    const api = `http://localhost:${port}`;
    const lines = [
        '',
        `Radiant is running (ready in ${((Date.now() - started) / 1000).toFixed(1)} s):`,
        `  Storefront   http://localhost:${storefrontPort}`,
        `  Shop API     ${api}/shop-api`,
        `  Admin API    ${api}/admin-api`,
        `  Dashboard    ${api}/dashboard   (superadmin / ${env.SUPERADMIN_PASSWORD ? '********' : 'superadmin'})`,
        `  Admin (classic) ${api}/admin`,
        ...(env.NODE_ENV === 'production'
            ? []
            : [`  Mailbox      ${api}/mailbox`, `  GraphiQL     ${api}/graphiql`]),
        `  Health       ${api}/health   (readiness ${api}/health/ready, metrics ${api}/metrics)`,
        ...(cinetpaySimulator
            ? [`  CinetPay     simulator on ${env.CINETPAY_API_URL} (channel ci, method cinetpay-ci)`]
            : []),
        'Press Ctrl-C to stop.',
        '',
    ];
    for (const line of lines) log('radiant', line);
}

main().catch(err => {
    if (stopping) return; // a build stopped by Ctrl-C: stop() exits once everything has exited
    log('radiant', err.message);
    stop(1);
});
