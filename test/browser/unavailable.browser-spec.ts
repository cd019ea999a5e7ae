/**
 * When the Shop API fails, the built storefront answers with its calm 503 page (retry link, no
 * stack trace) — within the configured bound when the API hangs, at once when it is unreachable.
 */
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../src/tooling/processes.mjs';
import { ROOT, Running, startNode } from '../support/processes';

describe('storefront when the Shop API is down or slow', () => {
    let hanging: http.Server;
    const storefronts: Running[] = [];
    let slow: string;
    let down: string;

    async function storefront(apiUrl: string): Promise<string> {
        const port = await freePort();
        const origin = `http://127.0.0.1:${port}`;
        storefronts.push(
            await startNode(
                'storefront',
                'dist/server/entry.mjs',
                {
                    HOST: '127.0.0.1',
                    PORT: String(port),
                    VENDURE_SHOP_API_URL: apiUrl,
                    VENDURE_SHOP_API_TIMEOUT_MS: '1000',
                    ASTRO_TELEMETRY_DISABLED: '1',
                },
                `${origin}/robots.txt`,
                { cwd: path.join(ROOT, 'storefront') },
            ),
        );
        return origin;
    }

    beforeAll(async () => {
        // Accepts requests and never answers.
        hanging = http.createServer(() => undefined);
        const hangingPort = await freePort();
        await new Promise<void>(resolve => hanging.listen(hangingPort, '127.0.0.1', resolve));
        slow = await storefront(`http://127.0.0.1:${hangingPort}/shop-api`);
        down = await storefront(`http://127.0.0.1:${await freePort()}/shop-api`);
    });

    afterAll(async () => {
        for (const s of storefronts) await s.stop();
        hanging?.closeAllConnections();
        hanging?.close();
    });

    it('answers 503 with a retry link after the timeout when the API hangs', async () => {
        const started = Date.now();
        const res = await fetch(`${slow}/en/collections/perfumes?page=2`);
        const elapsed = Date.now() - started;
        expect(res.status).toBe(503);
        expect(res.headers.get('retry-after')).toBe('30');
        expect(res.headers.get('cache-control')).toBe('no-store');
        expect(elapsed).toBeGreaterThanOrEqual(900);
        expect(elapsed).toBeLessThan(5000);
        const html = await res.text();
        expect(html).toContain('<html lang="en"');
        expect(html).toContain('The shop is temporarily unavailable');
        expect(html).toContain('href="/en/collections/perfumes?page=2"');
        expect(html).not.toMatch(/at .*\.m?js:\d+/);
    });

    it('answers 503 at once when the API is unreachable, in French by default', async () => {
        const started = Date.now();
        const res = await fetch(`${down}/products/elie-saab-le-parfum`);
        expect(res.status).toBe(503);
        expect(Date.now() - started).toBeLessThan(2000);
        const html = await res.text();
        expect(html).toContain('La boutique est momentanément indisponible');
        expect(html).toContain('Réessayer');
    });
});
