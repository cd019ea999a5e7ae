/**
 * The shared process module (src/tooling/processes.mjs) used by `npm start`, the tests, the
 * throwaway PostgreSQL and the benchmark: free ports, process groups, readiness.
 */
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import { describe, expect, it } from 'vitest';
import {
    freePort,
    NotReadyError,
    RESERVED_PORTS,
    runProcess,
    startProcess,
    stopProcess,
    waitForHttp,
} from '../../src/tooling/processes.mjs';

/** Whether a process with this pid still exists (and is not a zombie waiting to be reaped). */
function alive(pid: number): boolean {
    try {
        process.kill(pid, 0);
    } catch {
        return false;
    }
    try {
        const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
        return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
    } catch {
        return false;
    }
}

/** Polls until `check` is true (at most `ms`), then returns its last answer. */
async function eventually(check: () => boolean, ms = 10_000): Promise<boolean> {
    const deadline = Date.now() + ms;
    while (!check() && Date.now() < deadline) await new Promise(r => setTimeout(r, 50));
    return check();
}

/** Resolves when `server` listens on `port` of 127.0.0.1; rejects with the listen error. */
function listen(server: net.Server, port: number): Promise<void> {
    return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, '127.0.0.1', () => resolve());
    });
}

describe('freePort', () => {
    it('gives a port that can be listened on, never a reserved one, and not the same twice in a row', async () => {
        const first = await freePort();
        const second = await freePort();
        expect(second).not.toBe(first);
        for (const port of [first, second]) {
            expect(RESERVED_PORTS).not.toContain(port);
            const server = net.createServer();
            await listen(server, port);
            await new Promise(r => server.close(r));
        }
    });
});

describe('startProcess / stopProcess', () => {
    it('stops the process and the processes it started (its whole group)', async () => {
        // A parent that starts a long-lived grandchild and prints its pid.
        const parent = startProcess(process.execPath, [
            '-e',
            `const c = require('node:child_process').spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
             console.log(c.pid); setInterval(() => {}, 1000);`,
        ]);
        const grandchildPid = await new Promise<number>((resolve, reject) => {
            parent.child.stdout?.once('data', d => resolve(Number(String(d).trim())));
            parent.child.once('exit', () => reject(new Error('parent exited early')));
        });
        expect(alive(parent.pid)).toBe(true);
        expect(alive(grandchildPid)).toBe(true);

        await stopProcess(parent, 5000);

        expect(parent.exit).toEqual({ code: null, signal: 'SIGTERM' });
        expect(await eventually(() => !alive(grandchildPid))).toBe(true);
    });

    it('kills with SIGKILL a process that ignores SIGTERM, after the grace period', async () => {
        const proc = startProcess(process.execPath, [
            '-e',
            `process.on('SIGTERM', () => {}); console.log('ready'); setInterval(() => {}, 1000);`,
        ]);
        await new Promise(resolve => proc.child.stdout?.once('data', resolve));
        await stopProcess(proc, 200);
        expect(proc.exit?.signal).toBe('SIGKILL');
    });
});

describe('runProcess', () => {
    it('collects the output and the exit code', async () => {
        const lines: string[] = [];
        const result = await runProcess(
            process.execPath,
            ['-e', `console.log('out'); console.error('err'); process.exit(3)`],
            { onLine: line => lines.push(line) },
        );
        expect(result).toMatchObject({ code: 3, stdout: 'out\n', stderr: 'err\n' });
        expect(lines.sort()).toEqual(['err', 'out']);
    });

    it('rejects when the command cannot be spawned', async () => {
        await expect(runProcess('/nonexistent/radiant-command', [])).rejects.toThrow(/could not start/);
    });

    it('kills the command and rejects after timeoutMs', async () => {
        await expect(
            runProcess(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { timeoutMs: 300 }),
        ).rejects.toThrow(/timed out/);
    });
});

describe('waitForHttp', () => {
    it('resolves once the URL answers', async () => {
        const port = await freePort();
        const server = http.createServer((_req, res) => res.end('ok'));
        await listen(server, port);
        try {
            await expect(waitForHttp(`http://127.0.0.1:${port}/`, { timeoutMs: 10_000 })).resolves.toBeTypeOf(
                'number',
            );
        } finally {
            await new Promise(r => server.close(r));
        }
    });

    it('fails as soon as the process it waits for has exited', async () => {
        const proc = startProcess(process.execPath, ['-e', 'process.exit(2)'], { stdio: 'ignore' });
        const error = await waitForHttp(`http://127.0.0.1:${await freePort()}/`, {
            process: proc,
            timeoutMs: 60_000,
        }).catch((err: unknown) => err);
        expect(error).toBeInstanceOf(NotReadyError);
        expect((error as NotReadyError).reason).toBe('exited');
    });

    it('fails with reason "timeout" when nothing answers in time', async () => {
        const error = await waitForHttp(`http://127.0.0.1:${await freePort()}/`, {
            timeoutMs: 300,
            intervalMs: 50,
        }).catch((err: unknown) => err);
        expect((error as NotReadyError).reason).toBe('timeout');
    });
});
