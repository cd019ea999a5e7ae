/**
 * Structured logs for production: a Vendure {@link VendureLogger} writing one JSON object per line
 * through pino (https://getpino.io), with the request id of the HTTP request being served
 * (`reqId`, from {@link currentRequestId}) on every line logged while serving it.
 *
 * `LOG_FORMAT=json` (the default in production) chooses it; `text` keeps Vendure's DefaultLogger.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import { pino, type Logger as Pino, type DestinationStream } from 'pino';
import type { VendureLogger } from '@vendure/core';
import type { Environment } from '../environment';

/** What is known about the request being served. */
interface RequestScope {
    requestId: string;
}

const requestScope = new AsyncLocalStorage<RequestScope>();

/** The id of the HTTP request being served (undefined outside a request, e.g. in the worker). */
export function currentRequestId(): string | undefined {
    return requestScope.getStore()?.requestId;
}

/** An acceptable incoming `X-Request-Id`: 1 to 128 letters, digits, `.`, `_`, `-`. */
const REQUEST_ID = /^[A-Za-z0-9._-]{1,128}$/;

/**
 * Express middleware giving each request an id: the caller's `X-Request-Id` when well-formed (a
 * proxy's), else a random UUID; echoed in the response's `X-Request-Id` and attached to the logs
 * written while the request is served.
 */
export function requestIdMiddleware(req: Request, res: Response, next: NextFunction): void {
    const incoming = req.headers['x-request-id'];
    const requestId = typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    res.setHeader('X-Request-Id', requestId);
    requestScope.run({ requestId }, next);
}

/** `worker` in the worker process (src/index-worker.ts), `server` elsewhere: a field of every JSON log line. */
export function processRole(): 'server' | 'worker' {
    return /index-worker\.[jt]s$/.test(process.argv[1] ?? '') ? 'worker' : 'server';
}

/** pino's level for each Vendure level. */
const PINO_LEVELS: Record<Environment['logLevel'], string> = {
    error: 'error',
    warn: 'warn',
    info: 'info',
    verbose: 'debug',
    debug: 'trace',
};

/**
 * A {@link VendureLogger} over pino: JSON lines with `level`, `time`, `msg`, `context` (Vendure's
 * logger context, e.g. `StripePlugin`), `reqId` inside a request, `process` (`server` or `worker`)
 * and `trace` for errors' stacks.
 */
export class PinoVendureLogger implements VendureLogger {
    private readonly pino: Pino;

    /**
     * @param level Vendure's level name (`LOG_LEVEL`)
     * @param processName `server` or `worker`, on every line
     * @param destination where lines go (default: standard output)
     */
    constructor(
        level: Environment['logLevel'],
        processName: string,
        destination: DestinationStream = pino.destination(1),
    ) {
        this.pino = pino(
            {
                level: PINO_LEVELS[level],
                base: { process: processName, pid: process.pid },
                timestamp: pino.stdTimeFunctions.isoTime,
                formatters: { level: label => ({ level: label }) },
                mixin: () => {
                    const reqId = currentRequestId();
                    return reqId ? { reqId } : {};
                },
            },
            destination,
        );
    }

    /** @inheritdoc */
    error(message: string, context?: string, trace?: string): void {
        this.pino.error({ context, trace }, message);
    }

    /** @inheritdoc */
    warn(message: string, context?: string): void {
        this.pino.warn({ context }, message);
    }

    /** @inheritdoc */
    info(message: string, context?: string): void {
        this.pino.info({ context }, message);
    }

    /** @inheritdoc */
    verbose(message: string, context?: string): void {
        this.pino.debug({ context }, message);
    }

    /** @inheritdoc */
    debug(message: string, context?: string): void {
        this.pino.trace({ context }, message);
    }
}
