/**
 * Child processes and ports, one implementation for everything that launches Radiant's processes:
 * `npm start` (src/cli/start.mjs), the tests (test/support/processes.ts), the throwaway PostgreSQL
 * (src/tooling/throwaway-postgres.ts) and the benchmark (bench/lib/processes.mjs).
 *
 * - {@link freePort}: a free loopback port, from `get-port` (which also holds each port it hands
 *   out for 15 to 30 s, so that two calls in a row never return the same one).
 * - {@link startProcess}: `child_process.spawn` in a process group of its own (`detached`), so that
 *   {@link stopProcess} stops the process AND every process it started (a seeding child, a build's
 *   workers) with one signal to the group. Every process still running when this process exits
 *   (normally, on an uncaught error, or after a Ctrl-C handler called `process.exit`) is killed.
 * - {@link runProcess}: runs a command to completion and collects its output.
 * - {@link waitForHttp}: polls a URL until it answers, failing fast when the process exits.
 *
 * Plain JavaScript with its types in processes.d.mts: `npm start` imports it before anything is
 * compiled. The compiled server loads it with `require()` (Node ≥ 20.19 loads an ES module that way).
 */
import { spawn } from 'node:child_process';
import getPort from 'get-port';

/** Ports of a developer's `npm start` (server, worker, storefront): {@link freePort} never returns them. */
export const RESERVED_PORTS = Object.freeze([3000, 3020, 4321]);

/**
 * A free TCP port on 127.0.0.1 chosen by the kernel, never one of {@link RESERVED_PORTS} nor one
 * this process was given in the last 15 s.
 *
 * @returns {Promise<number>}
 */
export async function freePort() {
    for (;;) {
        const port = await getPort({ host: '127.0.0.1', exclude: RESERVED_PORTS });
        if (!RESERVED_PORTS.includes(port)) return port;
    }
}

/** @type {Set<ManagedProcess>} every started process that has not exited yet */
const live = new Set();
let exitHookInstalled = false;

/**
 * @typedef {object} ManagedProcess
 * @property {string} name label used in error messages
 * @property {import('node:child_process').ChildProcess} child
 * @property {number} pid also the id of its process group
 * @property {number} spawnedAt performance.now() at spawn
 * @property {{code: number|null, signal: string|null}|null} exit set once it has exited
 * @property {Promise<{code: number|null, signal: string|null}>} exited resolves when it has exited
 */

/**
 * Starts `command args` in a process group of its own.
 *
 * @param {string} command executable (e.g. `process.execPath`)
 * @param {string[]} args
 * @param {{name?: string} & import('node:child_process').SpawnOptions} [options] spawn options
 *   (`cwd`, `env`, `stdio`: default `['ignore', 'pipe', 'pipe']`); `detached` is always true
 * @returns {ManagedProcess}
 * @throws when the command cannot be spawned (e.g. ENOENT)
 */
export function startProcess(command, args, { name = command, ...options } = {}) {
    installExitHook();
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], ...options, detached: true });
    /** @type {ManagedProcess} */
    const proc = { name, child, pid: child.pid, spawnedAt: performance.now(), exit: null, exited: null };
    proc.exited = new Promise(resolve => {
        const done = exit => {
            if (proc.exit) return;
            proc.exit = exit;
            live.delete(proc);
            resolve(exit);
        };
        child.once('exit', (code, signal) => done({ code, signal }));
        child.once('error', err => done({ code: -1, signal: String(err) }));
    });
    if (child.pid !== undefined) live.add(proc);
    return proc;
}

/** Sends `signal` to the process group of `proc` (ignores a group already gone). */
export function signalGroup(proc, signal) {
    if (proc.pid === undefined) return;
    try {
        process.kill(-proc.pid, signal);
    } catch {
        // the whole group has exited
    }
}

/**
 * Stops `proc` and everything it started: SIGTERM to its process group, SIGKILL after `graceMs`
 * if it has not exited by then, and a last SIGKILL to the group for any child that outlived it.
 *
 * @param {ManagedProcess|undefined} proc
 * @param {number} [graceMs]
 * @returns {Promise<void>} once the process has exited
 */
export async function stopProcess(proc, graceMs = 10_000) {
    if (!proc) return;
    if (proc.exit === null) {
        signalGroup(proc, 'SIGTERM');
        const timer = setTimeout(() => signalGroup(proc, 'SIGKILL'), graceMs);
        await proc.exited;
        clearTimeout(timer);
    }
    signalGroup(proc, 'SIGKILL');
}

/** Stops every process started here that is still running (see {@link stopProcess}). */
export async function stopAllProcesses(graceMs = 10_000) {
    await Promise.all([...live].map(proc => stopProcess(proc, graceMs)));
}

/** SIGKILLs the groups of every process still running, synchronously (for `exit` handlers). */
export function killAllProcessesSync() {
    for (const proc of live) signalGroup(proc, 'SIGKILL');
}

function installExitHook() {
    if (exitHookInstalled) return;
    exitHookInstalled = true;
    process.on('exit', killAllProcessesSync);
}

/**
 * Calls `onLine` with each non-empty line written to `stream` (a child's stdout or stderr).
 *
 * @param {import('node:stream').Readable|null} stream
 * @param {(line: string) => void} onLine
 */
export function eachLine(stream, onLine) {
    if (!stream) return;
    let buffer = '';
    stream.on('data', chunk => {
        buffer += chunk.toString();
        const lines = buffer.split('\n');
        buffer = lines.pop() ?? '';
        for (const line of lines) if (line.trim()) onLine(line);
    });
    stream.on('end', () => {
        if (buffer.trim()) onLine(buffer);
        buffer = '';
    });
}

/**
 * Runs `command args` to completion in its own process group and collects its output. Never
 * rejects for a non-zero exit: the caller reads `code`.
 *
 * @param {string} command
 * @param {string[]} args
 * @param {{name?: string, timeoutMs?: number, onLine?: (line: string) => void} & import('node:child_process').SpawnOptions} [options]
 *   `timeoutMs`: the whole group is killed after this and the promise rejects; `onLine`: called with
 *   each output line as it comes (stdout and stderr)
 * @returns {Promise<{code: number|null, signal: string|null, stdout: string, stderr: string}>}
 */
export async function runProcess(command, args, { timeoutMs, onLine, ...options } = {}) {
    const proc = startProcess(command, args, options);
    let stdout = '';
    let stderr = '';
    proc.child.stdout?.on('data', d => (stdout += d));
    proc.child.stderr?.on('data', d => (stderr += d));
    if (onLine) {
        eachLine(proc.child.stdout, onLine);
        eachLine(proc.child.stderr, onLine);
    }
    let timer;
    const timedOut = new Promise((_, reject) => {
        if (timeoutMs === undefined) return;
        timer = setTimeout(() => {
            void stopProcess(proc, 0);
            reject(new Error(`${proc.name} timed out after ${timeoutMs} ms\n${stdout}\n${stderr}`));
        }, timeoutMs);
    });
    try {
        const exit = await Promise.race([proc.exited, timedOut]);
        // Let the pipes drain: 'exit' may come before the last output.
        await Promise.all(
            [proc.child.stdout, proc.child.stderr].map(
                s => s && !s.closed && new Promise(resolve => s.once('close', resolve)),
            ),
        );
        if (exit.code === -1) throw new Error(`${proc.name} could not start: ${exit.signal}`);
        return { ...exit, stdout, stderr };
    } finally {
        clearTimeout(timer);
    }
}

/** Thrown by {@link waitForHttp} when the URL did not answer in time or the process exited first. */
export class NotReadyError extends Error {
    /**
     * @param {string} message
     * @param {'timeout'|'exited'|'aborted'} reason
     */
    constructor(message, reason) {
        super(message);
        this.name = 'NotReadyError';
        this.reason = reason;
    }
}

/**
 * Polls `url` (GET, 2 s per try) until it answers with a status `accept` takes.
 *
 * @param {string} url
 * @param {{process?: ManagedProcess, timeoutMs?: number, intervalMs?: number, accept?: (status: number) => boolean, signal?: AbortSignal}} [options]
 *   `process`: fail as soon as it exits; `accept`: default any status below 500; `signal`: stop waiting
 * @returns {Promise<number>} milliseconds from the process's spawn (or from the call) to the answer
 * @throws {NotReadyError} on timeout, when `process` exits first, or when `signal` aborts
 */
export async function waitForHttp(
    url,
    { process: proc, timeoutMs = 120_000, intervalMs = 250, accept = status => status < 500, signal } = {},
) {
    const from = proc?.spawnedAt ?? performance.now();
    const deadline = performance.now() + timeoutMs;
    while (performance.now() < deadline) {
        if (signal?.aborted) throw new NotReadyError(`stopped waiting for ${url}`, 'aborted');
        if (proc?.exit) {
            throw new NotReadyError(
                `${proc.name} exited (code ${proc.exit.code}, signal ${proc.exit.signal}) before ${url} answered`,
                'exited',
            );
        }
        try {
            const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
            await res.arrayBuffer();
            if (accept(res.status)) return performance.now() - from;
        } catch {
            // not listening yet
        }
        await new Promise(resolve => setTimeout(resolve, intervalMs));
    }
    throw new NotReadyError(
        `${proc ? `${proc.name}: ` : ''}${url} did not answer within ${timeoutMs} ms`,
        'timeout',
    );
}
