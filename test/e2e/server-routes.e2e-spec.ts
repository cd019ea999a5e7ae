/**
 * The real server process (dist/src/index.js) on an empty embedded database: every route it
 * promises answers, CORS follows the allowlist and CSRF prevention is on.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { instance, Running, startNode } from '../support/processes';

describe('server routes', () => {
    let i: Awaited<ReturnType<typeof instance>>;
    let server: Running;
    let base: string;

    beforeAll(async () => {
        i = await instance();
        base = `http://127.0.0.1:${i.port}`;
        server = await startNode(
            'server',
            'dist/src/index.js',
            { ...i.env, SEED_ON_START: 'false' },
            `${base}/health`,
        );
    });

    afterAll(async () => {
        await server?.stop();
        i?.cleanup();
    });

    it('serves health, Dashboard, classic admin, dev mailbox and GraphiQL', async () => {
        const health = await fetch(`${base}/health`);
        expect(health.status).toBe(200);
        expect(await health.json()).toMatchObject({ status: 'ok' });
        for (const [path, marker] of [
            ['/dashboard/', '<div id="app"'],
            ['/admin/', '<vdr-root'],
            ['/mailbox', '<'],
            ['/graphiql/shop', '<'],
        ] as const) {
            const res = await fetch(`${base}${path}`);
            expect(res.status, path).toBe(200);
            expect(res.headers.get('content-type'), path).toMatch(/text\/html/);
            expect(await res.text(), path).toContain(marker);
        }
    });

    it('answers CORS only for allowed origins', async () => {
        const preflight = (origin: string) =>
            fetch(`${base}/shop-api`, {
                method: 'OPTIONS',
                headers: {
                    origin,
                    'access-control-request-method': 'POST',
                    'access-control-request-headers': 'content-type',
                },
            });
        const allowed = await preflight(`http://localhost:${i.storefrontPort}`);
        expect(allowed.headers.get('access-control-allow-origin')).toBe(
            `http://localhost:${i.storefrontPort}`,
        );
        const denied = await preflight('https://evil.example');
        expect(denied.headers.get('access-control-allow-origin')).toBeNull();
    });

    it('refuses simple (CSRF-able) GraphQL requests and accepts JSON ones', async () => {
        const query = '{ activeChannel { token currencyCode } }';
        const csrf = await fetch(`${base}/shop-api`, {
            method: 'POST',
            headers: { 'content-type': 'text/plain' },
            body: JSON.stringify({ query }),
        });
        expect(csrf.status).toBe(400);
        const ok = await fetch(`${base}/shop-api`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ query }),
        });
        expect(ok.status).toBe(200);
        // No `vendure-token`: Vendure's default channel, which is not a shop (docs/architecture.md).
        expect(await ok.json()).toEqual({
            data: { activeChannel: { token: 'default', currencyCode: 'USD' } },
        });
    });
});
