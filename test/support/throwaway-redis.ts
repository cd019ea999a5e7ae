/**
 * A throwaway `redis-server` for tests: no persistence, on a free loopback port, stopped by
 * {@link ThrowawayRedis.stop}. {@link startThrowawayRedis} resolves `undefined` when `redis-server` is
 * not installed, so a suite can say it skipped the Redis-backed case.
 */
import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import net from 'node:net';
import { freePort } from '../../src/tooling/processes.mjs';

/** A running throwaway Redis server. */
export interface ThrowawayRedis {
    /** `redis://127.0.0.1:PORT`. */
    url: string;
    /** Stops the server. Safe to call twice. */
    stop(): void;
}

/**
 * Starts `redis-server` and waits until it accepts connections (10 s at most).
 *
 * @param port the port to listen on (e.g. to bring a stopped server back at the same URL); a free one by default
 */
export async function startThrowawayRedis(port?: number): Promise<ThrowawayRedis | undefined> {
    if (spawnSync('redis-server', ['--version']).status !== 0) return undefined;
    port ??= await freePort();
    const child: ChildProcess = spawn(
        'redis-server',
        ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
        { stdio: 'ignore' },
    );
    const stop = () => {
        if (child.exitCode === null) child.kill('SIGTERM');
    };
    const deadline = Date.now() + 10_000;
    while (!(await accepts(port))) {
        if (Date.now() > deadline || child.exitCode !== null) {
            stop();
            throw new Error(`redis-server did not start on port ${String(port)}`);
        }
        await new Promise(resolve => setTimeout(resolve, 50));
    }
    return { url: `redis://127.0.0.1:${port}`, stop };
}

function accepts(port: number): Promise<boolean> {
    return new Promise(resolve => {
        const socket = net.connect(port, '127.0.0.1');
        socket.once('connect', () => {
            socket.end();
            resolve(true);
        });
        socket.once('error', () => resolve(false));
    });
}
