/**
 * Child processes of the benchmark: each one runs in its own process group (detached), its output
 * goes to a log file, and every group still alive is killed when the benchmark ends, fails or is
 * interrupted (Ctrl-C, SIGTERM). Temporary folders registered here are removed at the same time.
 * Starting, stopping, readiness and free ports are Radiant's shared module (src/tooling/processes.mjs);
 * this file adds the log files, the clean-up registry and the /proc readings.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import {
    freePort,
    killAllProcessesSync,
    NotReadyError,
    startProcess,
    stopAllProcesses,
    stopProcess,
    waitForHttp as waitForUrl,
} from '../../src/tooling/processes.mjs';

export { freePort };

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
 * A process of the benchmark: the shared module's ManagedProcess plus the file its output goes to.
 *
 * @typedef {import('../../src/tooling/processes.mjs').ManagedProcess & {logFile: string}} Service
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
    try {
        return Object.assign(startProcess(command, args, { name, cwd, env, stdio: ['ignore', out, out] }), {
            logFile,
        });
    } finally {
        fs.closeSync(out);
    }
}

/** Stops a service and everything it started: SIGTERM to its process group, SIGKILL after `graceMs`. */
export async function stopService(service, graceMs = 8000) {
    await stopProcess(service, graceMs);
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
 * @throws when the service exits first or `timeoutMs` passes (with the end of its log)
 */
export async function waitForHttp(
    service,
    url,
    { timeoutMs = 120_000, expectStatus = 200, intervalMs = 25 } = {},
) {
    try {
        return await waitForUrl(url, {
            process: service,
            timeoutMs,
            intervalMs,
            accept: status => expectStatus === null || status === expectStatus,
        });
    } catch (err) {
        if (!(err instanceof NotReadyError)) throw err;
        throw new Error(`${err.message}.\n--- last lines of ${service.logFile} ---\n${logTail(service)}`, {
            cause: err,
        });
    }
}

export const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));

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
    await stopAllProcesses(5000);
    runCleanups();
    for (const dir of tempDirs) fs.rmSync(dir, { recursive: true, force: true });
    tempDirs.clear();
}

/** Last resort when the process is exiting synchronously: SIGKILL the groups, remove folders. */
function cleanupSync() {
    killAllProcessesSync();
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
