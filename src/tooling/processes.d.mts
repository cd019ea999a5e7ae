/** Types of processes.mjs (see there): child processes in their own process groups, and free ports. */
import type { ChildProcess, SpawnOptions } from 'node:child_process';
import type { Readable } from 'node:stream';

/** Ports of a developer's `npm start` (server 3000, worker 3020, storefront 4321): never handed out. */
export declare const RESERVED_PORTS: readonly number[];

/** A free TCP port on 127.0.0.1, never one of {@link RESERVED_PORTS} nor one handed out in the last 15 s. */
export declare function freePort(): Promise<number>;

/** How a process ended: `code -1` and the error in `signal` when it could not be spawned. */
export interface ProcessExit {
    code: number | null;
    signal: string | null;
}

/** A process started by {@link startProcess}, leader of its own process group. */
export interface ManagedProcess {
    /** Label used in error messages. */
    name: string;
    child: ChildProcess;
    /** Also the id of its process group. */
    pid: number;
    /** performance.now() at spawn. */
    spawnedAt: number;
    /** Set once it has exited. */
    exit: ProcessExit | null;
    /** Resolves when it has exited. */
    exited: Promise<ProcessExit>;
}

/** Starts `command args` in a process group of its own (stdio default `['ignore', 'pipe', 'pipe']`). */
export declare function startProcess(
    command: string,
    args: string[],
    options?: { name?: string } & SpawnOptions,
): ManagedProcess;

/** Sends `signal` to the process group of `proc` (ignores a group already gone). */
export declare function signalGroup(proc: ManagedProcess, signal: NodeJS.Signals): void;

/** SIGTERM to the group, SIGKILL after `graceMs` (default 10 s); resolves once the process has exited. */
export declare function stopProcess(proc: ManagedProcess | undefined, graceMs?: number): Promise<void>;

/** Stops every process started here that is still running. */
export declare function stopAllProcesses(graceMs?: number): Promise<void>;

/** SIGKILLs the groups of every process still running, synchronously. */
export declare function killAllProcessesSync(): void;

/** Calls `onLine` with each non-empty line written to `stream`. */
export declare function eachLine(stream: Readable | null | undefined, onLine: (line: string) => void): void;

/** Output and exit status of a finished command. */
export interface RunResult extends ProcessExit {
    stdout: string;
    stderr: string;
}

/** Runs a command to completion in its own process group; rejects only on `timeoutMs` or a failed spawn. */
export declare function runProcess(
    command: string,
    args: string[],
    options?: { name?: string; timeoutMs?: number; onLine?: (line: string) => void } & SpawnOptions,
): Promise<RunResult>;

/** Thrown by {@link waitForHttp}. */
export declare class NotReadyError extends Error {
    constructor(message: string, reason: 'timeout' | 'exited' | 'aborted');
    reason: 'timeout' | 'exited' | 'aborted';
}

/**
 * Polls `url` until it answers with a status `accept` takes (default: below 500). Resolves with the
 * milliseconds from the process's spawn (or from the call); throws {@link NotReadyError}.
 */
export declare function waitForHttp(
    url: string,
    options?: {
        process?: ManagedProcess;
        timeoutMs?: number;
        intervalMs?: number;
        accept?: (status: number) => boolean;
        signal?: AbortSignal;
    },
): Promise<number>;
