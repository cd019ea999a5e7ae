/**
 * `--cpu-prof`: profiles the server and worker during the measured load only (see
 * cpu-profile-preload.cjs) and summarizes each profile: where the CPU went by package (self time)
 * and the hottest functions (self and inclusive time), so that a slow operation can be explained
 * without opening DevTools. The raw `.cpuprofile` files open in Chrome DevTools or speedscope.
 */
import fs from 'node:fs';
import path from 'node:path';
import { sleep } from './processes.mjs';

const PRELOAD = path.join(path.dirname(new URL(import.meta.url).pathname), 'cpu-profile-preload.cjs');

/** Environment that makes a child process profilable by {@link toggleProfiler}. */
export function profilerEnv(dir) {
    return { NODE_OPTIONS: `--require ${PRELOAD}`, BENCH_CPU_PROF_DIR: dir };
}

/** Starts (first call) or stops (second call) the profiler of the process `pid`. */
export function toggleProfiler(pid) {
    process.kill(pid, 'SIGWINCH');
}

/**
 * Stops the profiler of `pid` and waits for its profile, then renames it `<name>.cpuprofile`.
 *
 * @returns {Promise<string|null>} the file, or null when none came within `timeoutMs`
 */
export async function collectProfile(pid, dir, name, timeoutMs = 20_000) {
    const before = new Set(fs.readdirSync(dir));
    toggleProfiler(pid);
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
        const done = fs
            .readdirSync(dir)
            .find(f => f.startsWith(`${pid}-`) && f.endsWith('.cpuprofile.done') && !before.has(f));
        if (done) {
            const raw = path.join(dir, done.slice(0, -'.done'.length));
            fs.rmSync(path.join(dir, done));
            if (!fs.existsSync(raw)) return null;
            const file = path.join(dir, `${name}.cpuprofile`);
            fs.renameSync(raw, file);
            return file;
        }
        await sleep(50);
    }
    return null;
}

/** The package a script belongs to: `@scope/name` or `name` under node_modules, else `app`, `node`. */
function packageOf(url) {
    if (!url) return '(native/gc)';
    if (url.startsWith('node:') || !url.includes('/')) return 'node';
    const m = url.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/g);
    if (m) return m[m.length - 1].slice('node_modules/'.length);
    return 'app';
}

function shortLocation(url, line) {
    if (!url) return '';
    const idx = url.lastIndexOf('node_modules/');
    const rel = idx >= 0 ? url.slice(idx + 'node_modules/'.length) : url.replace(/^.*\/dist\//, 'dist/');
    return `${rel}:${line + 1}`;
}

/**
 * Longest time one sample is credited with, in ms. The profiler samples every 1 ms; a longer gap
 * is time the process was not running (descheduled on a loaded machine), which V8 credits to
 * whatever frame was on the stack: single samples of 100–200 ms in one TypeORM getter made it look
 * like a hot spot. The excess is left out and reported as `clippedMs`.
 */
const MAX_SAMPLE_MS = 5;

/**
 * Summarizes a `.cpuprofile`: total sampled time, self time per package, and the `top` functions
 * by self time and by inclusive time (a function's frames counted once per sample, recursion
 * included once). Times in ms; each sample counts at most {@link MAX_SAMPLE_MS}.
 */
export function summarizeProfile(profile, top = 15) {
    const nodes = new Map(profile.nodes.map(n => [n.id, n]));
    const parent = new Map();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const dt = new Map();
    let clippedMs = 0;
    profile.samples.forEach((id, i) => {
        const ms = (profile.timeDeltas[i] ?? 0) / 1000;
        clippedMs += Math.max(0, ms - MAX_SAMPLE_MS);
        dt.set(id, (dt.get(id) ?? 0) + Math.min(ms, MAX_SAMPLE_MS));
    });
    const key = n =>
        `${n.callFrame.functionName || '(anonymous)'} ${shortLocation(n.callFrame.url, n.callFrame.lineNumber)}`;
    const selfByFn = new Map();
    const selfByPkg = new Map();
    const inclusive = new Map();
    let total = 0;
    let idle = 0;
    for (const [id, ms] of dt) {
        const n = nodes.get(id);
        const name = n.callFrame.functionName;
        if (name === '(idle)' || name === '(program)') {
            idle += name === '(idle)' ? ms : 0;
            if (name === '(idle)') continue;
        }
        total += ms;
        selfByFn.set(key(n), (selfByFn.get(key(n)) ?? 0) + ms);
        const pkg =
            name === '(garbage collector)'
                ? '(gc)'
                : name === '(program)'
                  ? '(program)'
                  : packageOf(n.callFrame.url);
        selfByPkg.set(pkg, (selfByPkg.get(pkg) ?? 0) + ms);
        const seen = new Set();
        for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
            const k = key(nodes.get(cur));
            if (seen.has(k)) continue;
            seen.add(k);
            inclusive.set(k, (inclusive.get(k) ?? 0) + ms);
        }
    }
    const sorted = m => [...m].sort((a, b) => b[1] - a[1]);
    return {
        busyMs: total,
        idleMs: idle,
        clippedMs,
        byPackage: sorted(selfByPkg).map(([name, ms]) => ({ name, ms })),
        topSelf: sorted(selfByFn)
            .slice(0, top)
            .map(([name, ms]) => ({ name, ms })),
        topInclusive: sorted(inclusive)
            .filter(
                ([k]) =>
                    !k.startsWith('(root)') &&
                    !k.startsWith('(anonymous) node:') &&
                    !/^(processTicksAndRejections|listOnTimeout|emit) /.test(k),
            )
            .slice(0, top * 2)
            .map(([name, ms]) => ({ name, ms })),
    };
}

/** Text lines of a {@link summarizeProfile} result, per operation when `ops` is given. */
export function formatProfileSummary(label, summary, ops) {
    const per = ms => (ops ? `${(ms / ops).toFixed(2)} ms/op` : `${ms.toFixed(0)} ms`);
    const lines = [
        `${label}: busy ${summary.busyMs.toFixed(0)} ms${ops ? ` (${per(summary.busyMs)})` : ''}, idle ${summary.idleMs.toFixed(0)} ms, ` +
            `not running ${summary.clippedMs.toFixed(0)} ms (samples longer than ${MAX_SAMPLE_MS} ms, left out)`,
    ];
    lines.push(
        '  self time by package: ' +
            summary.byPackage
                .slice(0, 10)
                .map(p => `${p.name} ${per(p.ms)}`)
                .join(', '),
    );
    lines.push('  hottest functions (self):');
    for (const f of summary.topSelf) lines.push(`    ${per(f.ms).padStart(14)}  ${f.name}`);
    lines.push('  hottest functions (inclusive):');
    for (const f of summary.topInclusive) lines.push(`    ${per(f.ms).padStart(14)}  ${f.name}`);
    return lines;
}
