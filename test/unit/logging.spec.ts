/**
 * The production logger (src/config/logging.ts): one JSON object per line, Vendure's levels mapped
 * onto pino's, and the request id of the request being served on every line logged while serving it.
 */
import { Writable } from 'node:stream';
import type { NextFunction, Request, Response } from 'express';
import { describe, expect, it } from 'vitest';
import { currentRequestId, PinoVendureLogger, requestIdMiddleware } from '../../src/config/logging';

function capture() {
    const lines: Record<string, unknown>[] = [];
    const stream = new Writable({
        write(chunk: Buffer, _encoding, done) {
            for (const line of chunk.toString().split('\n').filter(Boolean))
                lines.push(JSON.parse(line) as Record<string, unknown>);
            done();
        },
    });
    return { lines, stream };
}

/** Runs the middleware for a request with `headers`; resolves with the response headers set and what `next` saw. */
function serve(headers: Record<string, string>, inside: () => void) {
    const set: Record<string, string> = {};
    const res = { setHeader: (name: string, value: string) => (set[name.toLowerCase()] = value) };
    let seen: string | undefined;
    requestIdMiddleware(
        { headers } as unknown as Request,
        res as unknown as Response,
        (() => {
            seen = currentRequestId();
            inside();
        }) as NextFunction,
    );
    return { header: set['x-request-id'], seen };
}

describe('PinoVendureLogger', () => {
    it('writes JSON lines with level, context, process and the error trace', () => {
        const { lines, stream } = capture();
        const logger = new PinoVendureLogger('info', 'worker', stream);
        logger.info('started', 'Boot');
        logger.error('failed', 'Job', 'Error: x\n    at y');
        logger.debug('hidden', 'Noise');
        expect(lines).toHaveLength(2);
        expect(lines[0]).toMatchObject({ level: 'info', msg: 'started', context: 'Boot', process: 'worker' });
        expect(lines[1]).toMatchObject({
            level: 'error',
            msg: 'failed',
            context: 'Job',
            trace: 'Error: x\n    at y',
        });
        expect(lines[0].reqId).toBeUndefined();
        expect(typeof lines[0].time).toBe('string');
    });

    it('maps verbose to debug and debug to trace', () => {
        const { lines, stream } = capture();
        const logger = new PinoVendureLogger('debug', 'server', stream);
        logger.verbose('v');
        logger.debug('d');
        expect(lines.map(l => l.level)).toEqual(['debug', 'trace']);
    });

    it('adds the request id of the request being served', () => {
        const { lines, stream } = capture();
        const logger = new PinoVendureLogger('info', 'server', stream);
        const kept = serve({ 'x-request-id': 'lb-7f3a' }, () => logger.info('inside'));
        expect(kept).toEqual({ header: 'lb-7f3a', seen: 'lb-7f3a' });
        expect(lines[0]).toMatchObject({ msg: 'inside', reqId: 'lb-7f3a' });
        const fresh = serve({ 'x-request-id': 'not acceptable <script>' }, () => logger.info('again'));
        expect(fresh.header).toMatch(/^[0-9a-f-]{36}$/);
        expect(lines[1].reqId).toBe(fresh.header);
        logger.info('outside');
        expect(lines[2].reqId).toBeUndefined();
    });
});
