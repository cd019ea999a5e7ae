/**
 * Optional Sentry reporting (src/config/sentry.ts) with the real @sentry/node SDK, against a local
 * HTTP server standing in for Sentry's ingest endpoint (the DSN points at it): an error Vendure logs
 * arrives as an event, with its context; warnings do not. In the e2e project because the SDK
 * installs process-wide handlers (each e2e file runs in a process of its own).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Logger, VendureLogger } from '@vendure/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { flushSentry, SentryLogger, startSentry } from '../../src/config/sentry';

describe('Sentry reporting', () => {
    const envelopes: string[] = [];
    let ingest: http.Server;

    beforeAll(async () => {
        ingest = http.createServer((req, res) => {
            const chunks: Buffer[] = [];
            req.on('data', (c: Buffer) => chunks.push(c));
            req.on('end', () => {
                if (req.url?.startsWith('/api/1/envelope/')) envelopes.push(Buffer.concat(chunks).toString());
                res.writeHead(200, { 'content-type': 'application/json' });
                res.end('{}');
            });
        });
        await new Promise<void>(resolve => ingest.listen(0, '127.0.0.1', resolve));
        const { port } = ingest.address() as AddressInfo;
        await startSentry(`http://publickey@127.0.0.1:${port}/1`, 'test', 'server');
    });

    afterAll(() => ingest?.close());

    it('reports errors logged through Vendure’s Logger, not warnings', async () => {
        const lines: string[] = [];
        const inner: VendureLogger = {
            error: m => lines.push(`error ${m}`),
            warn: m => lines.push(`warn ${m}`),
            info: () => undefined,
            verbose: () => undefined,
            debug: () => undefined,
        };
        Logger.useLogger(new SentryLogger(inner));
        Logger.warn('only a warning', 'Test');
        Logger.error('settlement failed for order RAD1', 'StripePlugin', 'Error: boom\n    at x');
        expect(await flushSentry(5000)).toBe(true);
        expect(lines).toEqual(['warn only a warning', 'error settlement failed for order RAD1']);
        const events = envelopes.join('\n');
        expect(events).toContain('settlement failed for order RAD1');
        expect(events).toContain('"context":"StripePlugin"');
        expect(events).toContain('"process":"server"');
        expect(events).not.toContain('only a warning');
    });
});
