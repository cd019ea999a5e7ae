/**
 * Child processes of the benchmark: each one runs in its own process group (detached), its output
 * goes to a log file, and every group still alive is killed when the benchmark ends, fails or is
 * interrupted (Ctrl-C, SIGTERM). Temporary folders registered here are removed at the same time.
 */
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';

/** @type {Set<Service>} */
const running = new Set();
/** @type {Set<string>} */
const tempDirs = new Set();
/** @type {Set<() => void>} synchronous clean-up functions (e.g. stopping a throwaway PostgreSQL) */
const cleanups = new Set();
let cleanupInstalled = false;
let interrupted = false;

/** True once Ctrl-C / SIGTERM was received (the run is being torn down: its errors are expected). */
export function isInterrupted() {
    return interrupted;
}

/**
 * @typedef {object} Service
 * @property {string} name
 * @property {import('node:child_process').ChildProcess} child
 * @property {number} pid
 * @property {string} logFile
 * @property {number} spawnedAt performance.now() at spawn
 * @property {Promise<{code: number|null, signal: string|null}>} exited
 * @property {{code: number|null, signal: string|null}|null} exit set once it has exited
 */

/** Registers a folder to remove at the end (and on interruption). */
export function registerTempDir(dir) {
    installCleanup();
    tempDirs.add(dir);
    return dir;
}

/** Registers a synchronous function to call at the end (and on interruption), once. */
export function registerCleanup(fn) {
    installCleanup();
    cleanups.add(fn);
}

function runCleanups() {
    for (const fn of cleanups) {
        try {
            fn();
        } catch (err) {
            process.stderr.write(`[bench] clean-up failed: ${err?.message ?? err}\n`);
        }
    }
    cleanups.clear();
}

/** Removes a registered folder now. */
export function removeTempDir(dir) {
    fs.rmSync(dir, { recursive: true, force: true });
    tempDirs.delete(dir);
}

/**
 * Starts `command args` in its own process group, output appended to `logFile`.
 *
 * @param {{name: string, command: string, args: string[], env: Record<string,string>, cwd: string, logFile: string}} options
 * @returns {Service}
 */
export function startService({ name, command, args, env, cwd, logFile }) {
    installCleanup();
    const out = fs.openSync(logFile, 'a');
    const spawnedAt = performance.now();
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', out, out], detached: true });
    fs.closeSync(out);
    /** @type {Service} */
    const service = { name, child, pid: child.pid, logFile, spawnedAt, exit: null, exited: null };
    service.exited = new Promise(resolve => {
        child.on('exit', (code, signal) => {
            service.exit = { code, signal };
            running.delete(service);
            resolve(service.exit);
        });
        child.on('error', err => {
            service.exit = { code: -1, signal: String(err) };
            running.delete(service);
            resolve(service.exit);
        });
    });
    running.add(service);
    return service;
}

/** Sends `signal` to the whole process group of `service` (ignores a group already gone). */
function killGroup(service, signal) {
    try {
        process.kill(-service.pid, signal);
    } catch {
        /* already gone */
    }
}

/**
 * Stops a service: SIGTERM to its process group, SIGKILL after `graceMs`.
 */
export async function stopService(service, graceMs = 8000) {
    if (!service) return;
    if (service.exit === null) {
        killGroup(service, 'SIGTERM');
        const timer = setTimeout(() => killGroup(service, 'SIGKILL'), graceMs);
        await service.exited;
        clearTimeout(timer);
    }
    // Grandchildren (if any) share the group: make sure none survives.
    killGroup(service, 'SIGKILL');
}

/** The last `lines` lines of a service's log, for error messages. */
export function logTail(service, lines = 30) {
    try {
        const text = fs.readFileSync(service.logFile, 'utf8');
        return text.split('\n').slice(-lines).join('\n');
    } catch {
        return '(no log)';
    }
}

/**
 * Polls `url` until it answers with `expectStatus` (any status when null).
 *
 * @returns {Promise<number>} milliseconds from the service's spawn until the first good answer
 * @throws when the service exits first or `timeoutMs` passes
 */
export async function waitForHttp(
    service,
    url,
    { timeoutMs = 120_000, expectStatus = 200, intervalMs = 25 } = {},
) {
    const deadline = performance.now() + timeoutMs;
    while (performance.now() < deadline) {
        if (service.exit) {
            throw new Error(
                `${service.name} exited (code ${service.exit.code}, signal ${service.exit.signal}) before ${url} answered.\n` +
                    `--- last lines of ${service.logFile} ---\n${logTail(service)}`,
            );
        }
        try {
            const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
            await res.arrayBuffer();
            if (expectStatus === null || res.status === expectStatus)
                return performance.now() - service.spawnedAt;
        } catch {
            /* not listening yet */
        }
        await sleep(intervalMs);
    }
    throw new Error(
        `${service.name}: ${url} did not answer within ${timeoutMs} ms.\n--- last lines ---\n${logTail(service)}`,
    );
}

export const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));

/** Ports used by people working on this machine: never picked. */
const RESERVED_PORTS = new Set([3000, 3020, 4321]);

/** A free TCP port on 127.0.0.1 chosen by the OS (never 3000, 3020 or 4321). */
export async function freePort() {
    for (;;) {
        const port = await new Promise((resolve, reject) => {
            const server = net.createServer();
            server.unref();
            server.on('error', reject);
            server.listen(0, '127.0.0.1', () => {
                const { port } = server.address();
                server.close(() => resolve(port));
            });
        });
        if (!RESERVED_PORTS.has(port)) return port;
    }
}

/**
 * Resident memory of a process from /proc/<pid>/status, in MB: `rss` (VmRSS, now) and `hwm`
 * (VmHWM, the peak since start). Null fields when the process is gone.
 */
export function readMemory(pid) {
    try {
        const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
        const kb = key => {
            const m = status.match(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm'));
            return m ? Number(m[1]) / 1024 : null;
        };
        return { rss: kb('VmRSS'), hwm: kb('VmHWM') };
    } catch {
        return { rss: null, hwm: null };
    }
}

let clockTicks = null;
/** CPU time (user + system) used so far by a process, in ms, from /proc/<pid>/stat; null if gone. */
export function readCpuMs(pid) {
    if (clockTicks === null) {
        try {
            clockTicks = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
        } catch {
            clockTicks = 100;
        }
    }
    try {
        const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
        // Fields after the command name (which is in parentheses and may contain spaces).
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        const utime = Number(fields[11]);
        const stime = Number(fields[12]);
        return ((utime + stime) * 1000) / clockTicks;
    } catch {
        return null;
    }
}

/** Stops every running service and removes every temp folder (idempotent). */
export async function cleanupAll() {
    await Promise.all([...running].map(s => stopService(s, 5000)));
    runCleanups();
    for (const dir of tempDirs) fs.rmSync(dir, { recursive: true, force: true });
    tempDirs.clear();
}

/** Last resort when the process is exiting synchronously: SIGKILL the groups, remove folders. */
function cleanupSync() {
    for (const s of running) killGroup(s, 'SIGKILL');
    runCleanups();
    for (const dir of tempDirs) {
        try {
            fs.rmSync(dir, { recursive: true, force: true });
        } catch {
            /* ignore */
        }
    }
}

function installCleanup() {
    if (cleanupInstalled) return;
    cleanupInstalled = true;
    const onSignal = signal => {
        if (interrupted) {
            cleanupSync();
            process.exit(130);
        }
        interrupted = true;
        process.stderr.write(`\n[bench] ${signal}: stopping every process it started…\n`);
        const force = setTimeout(() => {
            cleanupSync();
            process.exit(130);
        }, 10_000);
        cleanupAll().finally(() => {
            clearTimeout(force);
            process.exit(signal === 'SIGINT' ? 130 : 143);
        });
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    process.on('SIGHUP', onSignal);
    process.on('exit', cleanupSync);
}

/** Copies a folder recursively (files and sub-folders). */
export function copyDir(from, to) {
    fs.cpSync(from, to, { recursive: true });
}
