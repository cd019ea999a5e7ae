/**
 * Runs Radiant's real processes (compiled in dist/) for tests: the server, the worker, the CLI
 * commands and the built storefront, each on free ports with its own data folder.
 */
import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../../src/tooling/throwaway-postgres';

export const ROOT = path.resolve(__dirname, '..', '..');

/** Output and exit status of a finished command. */
export interface RunResult {
    code: number | null;
    stdout: string;
    stderr: string;
}

/** Runs `node <script> …args` from the repository root to completion. */
export function runNode(
    script: string,
    args: string[],
    env: Record<string, string>,
    timeoutMs = 240_000,
): Promise<RunResult> {
    return new Promise((resolve, reject) => {
        const child = spawn(process.execPath, [script, ...args], {
            cwd: ROOT,
            env: { ...baseEnv(), ...env },
            stdio: ['ignore', 'pipe', 'pipe'],
        });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', d => (stdout += d));
        child.stderr.on('data', d => (stderr += d));
        const timer = setTimeout(() => {
            child.kill('SIGKILL');
            reject(new Error(`${script} timed out\n${stdout}\n${stderr}`));
        }, timeoutMs);
        child.on('exit', code => {
            clearTimeout(timer);
            resolve({ code, stdout, stderr });
        });
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
    child: ChildProcess;
    output(): string;
    stop(): Promise<void>;
}

/** Starts `node <script>` and resolves once `readyUrl` answers below 500. */
export async function startNode(
    label: string,
    script: string,
    env: Record<string, string>,
    readyUrl: string,
    options: { cwd?: string; timeoutMs?: number } = {},
): Promise<Running> {
    const child = spawn(process.execPath, [script], {
        cwd: options.cwd ?? ROOT,
        env: { ...baseEnv(), ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout?.on('data', d => (output += d));
    child.stderr?.on('data', d => (output += d));
    const running: Running = {
        child,
        output: () => output,
        stop: () =>
            new Promise(resolve => {
                if (child.exitCode !== null || child.signalCode !== null) return resolve();
                child.once('exit', () => resolve());
                child.kill('SIGTERM');
                setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
            }),
    };
    const deadline = Date.now() + (options.timeoutMs ?? 240_000);
    while (Date.now() < deadline) {
        if (child.exitCode !== null) throw new Error(`${label} exited with ${child.exitCode}:\n${output}`);
        try {
            const res = await fetch(readyUrl, { signal: AbortSignal.timeout(2000) });
            if (res.status < 500) return running;
        } catch {
            // not ready yet
        }
        await new Promise(r => setTimeout(r, 250));
    }
    await running.stop();
    throw new Error(`${label} did not answer ${readyUrl} in time:\n${output}`);
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
