/**
 * Runs Radiant's real processes (compiled in dist/) for tests: the server, the worker, the CLI
 * commands and the built storefront, each on free ports with its own data folder.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
    freePort,
    ManagedProcess,
    NotReadyError,
    RunResult,
    runProcess,
    startProcess,
    stopProcess,
    waitForHttp,
} from '../../src/tooling/processes.mjs';

export type { RunResult };
export const ROOT = path.resolve(__dirname, '..', '..');

/** Runs `node <script> …args` from the repository root to completion (its whole process group is killed on timeout). */
export function runNode(
    script: string,
    args: string[],
    env: Record<string, string>,
    timeoutMs = 240_000,
): Promise<RunResult> {
    return runProcess(process.execPath, [script, ...args], {
        name: script,
        cwd: ROOT,
        env: { ...baseEnv(), ...env },
        timeoutMs,
    });
}

/** The environment every spawned process starts from: no inherited Radiant settings. */
export function baseEnv(): Record<string, string> {
    const env: Record<string, string> = {};
    for (const [key, value] of Object.entries(process.env)) {
        if (value === undefined) continue;
        if (
            /^(PORT|WORKER_PORT|DATA_DIR|DATABASE_URL|NODE_ENV|SUPERADMIN_.*|COOKIE_SECRET|INVOICE_LINK_SECRET|PUBLIC_STOREFRONT_URL|SMTP_.*|CORS_ORIGINS|PUBLIC_URL|STOREFRONT_URL|VITEST.*)$/.test(
                key,
            )
        )
            continue;
        env[key] = value;
    }
    env.VENDURE_DISABLE_TELEMETRY = 'true';
    return env;
}

/** A long-running child process with its collected output. */
export interface Running {
    process: ManagedProcess;
    output(): string;
    /** Stops it and every process it started (SIGTERM to its process group, SIGKILL after 10 s). */
    stop(): Promise<void>;
}

/** Starts `node <script>` and resolves once `readyUrl` answers below 500; stops it and throws otherwise. */
export async function startNode(
    label: string,
    script: string,
    env: Record<string, string>,
    readyUrl: string,
    options: { cwd?: string; timeoutMs?: number } = {},
): Promise<Running> {
    const proc = startProcess(process.execPath, [script], {
        name: label,
        cwd: options.cwd ?? ROOT,
        env: { ...baseEnv(), ...env },
    });
    let output = '';
    proc.child.stdout?.on('data', d => (output += d));
    proc.child.stderr?.on('data', d => (output += d));
    const running: Running = { process: proc, output: () => output, stop: () => stopProcess(proc) };
    try {
        await waitForHttp(readyUrl, { process: proc, timeoutMs: options.timeoutMs ?? 240_000 });
    } catch (err) {
        await running.stop();
        throw new Error(`${(err as NotReadyError).message}:\n${output}`, { cause: err });
    }
    return running;
}

/** A fresh data folder and free ports for one Radiant instance. */
export async function instance() {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'radiant-it-'));
    const port = await freePort();
    const workerPort = await freePort();
    const storefrontPort = await freePort();
    return {
        dataDir,
        port,
        workerPort,
        storefrontPort,
        env: {
            DATA_DIR: dataDir,
            PORT: String(port),
            WORKER_PORT: String(workerPort),
            STOREFRONT_URL: `http://localhost:${storefrontPort}`,
            PUBLIC_URL: `http://localhost:${port}`,
            LOG_LEVEL: 'warn',
        },
        cleanup: () => fs.rmSync(dataDir, { recursive: true, force: true }),
    };
}
