/**
 * HTTP-level checks of the built storefront against a stub Shop API (no browser needed): no open
 * redirect after login, logout on every channel, no public URL built from request headers in
 * production (Host-header poisoning of cached pages), the shopper's address forwarded to the API
 * (never the client's own X-Forwarded-For) and the API's rate-limit refusals answered 429.
 */
import { createHash } from 'node:crypto';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../src/tooling/processes.mjs';
import { ROOT, Running, startNode } from '../support/processes';

/** A Shop API stand-in: logs each operation with its channel and bearer token. */
interface StubCall {
    operation: string;
    channel: string | undefined;
    token: string | undefined;
    /** The `X-Forwarded-For` the storefront sent (the shopper's address), if any. */
    forwardedFor: string | undefined;
}

/** A minimal Shop API `Product` for the product page. */
function stubProduct(description: string) {
    return {
        id: '1',
        slug: 'stub-product',
        name: 'Stub',
        description,
        featuredAsset: null,
        assets: [],
        translations: [{ languageCode: 'fr', slug: 'stub-product', name: 'Stub' }],
        collections: [],
        facetValues: [],
        optionGroups: [],
        variants: [
            {
                id: '1',
                sku: 'S',
                name: 'Stub',
                priceWithTax: 1000,
                currencyCode: 'EUR',
                stockLevel: 'IN_STOCK',
                options: [],
            },
        ],
    };
}

describe('storefront hardening (HTTP)', () => {
    let stub: http.Server;
    let stubUrl: string;
    const calls: StubCall[] = [];
    /** When set, the stub answers `Product` with a product having this description. */
    let productDescription: string | null = null;
    /** When set, the stub refuses `Login` as the API's rate limits do, with this `retryAfter`. */
    let loginRetryAfter: number | null = null;
    const storefronts: Running[] = [];
    let dev: string;
    let prod: string;
    let prodMissingUrl: string;
    let behindProxy: string;

    async function storefront(env: Record<string, string>): Promise<string> {
        const port = await freePort();
        const origin = `http://127.0.0.1:${port}`;
        storefronts.push(
            await startNode(
                'storefront',
                'dist/server/entry.mjs',
                {
                    HOST: '127.0.0.1',
                    PORT: String(port),
                    VENDURE_SHOP_API_URL: stubUrl,
                    ASTRO_TELEMETRY_DISABLED: '1',
                    ...env,
                },
                `${origin}/favicon.svg`,
                { cwd: path.join(ROOT, 'storefront') },
            ),
        );
        return origin;
    }

    beforeAll(async () => {
        stub = http.createServer((req, res) => {
            let body = '';
            req.on('data', (chunk: Buffer) => (body += chunk.toString()));
            req.on('end', () => {
                const query = (JSON.parse(body || '{}') as { query?: string }).query ?? '';
                const operation = /(?:query|mutation)\s+(\w+)/.exec(query)?.[1] ?? 'anonymous';
                const auth = req.headers.authorization;
                calls.push({
                    operation,
                    channel: req.headers['vendure-token'] as string | undefined,
                    token: auth?.replace(/^Bearer /, ''),
                    forwardedFor: req.headers['x-forwarded-for'] as string | undefined,
                });
                if (operation === 'Login' && loginRetryAfter !== null) {
                    res.writeHead(200, {
                        'content-type': 'application/json',
                        'retry-after': String(loginRetryAfter),
                    });
                    res.end(
                        JSON.stringify({
                            data: null,
                            errors: [
                                {
                                    message: 'Too many attempts',
                                    extensions: { code: 'TOO_MANY_REQUESTS', retryAfter: loginRetryAfter },
                                },
                            ],
                        }),
                    );
                    return;
                }
                const data: Record<string, unknown> =
                    operation === 'Login'
                        ? { login: { __typename: 'CurrentUser', id: '1', identifier: 'a@example.com' } }
                        : operation === 'Logout'
                          ? { logout: { success: true } }
                          : operation === 'Product' && productDescription
                            ? { product: stubProduct(productDescription) }
                            : {
                                  activeOrder: null,
                                  activeCustomer: null,
                                  collections: { items: [], totalItems: 0 },
                                  facets: { items: [], totalItems: 0 },
                                  search: { items: [], totalItems: 0, facetValues: [] },
                              };
                res.writeHead(200, {
                    'content-type': 'application/json',
                    ...(operation === 'Login' ? { 'vendure-auth-token': 'signed-in-token' } : {}),
                });
                res.end(JSON.stringify({ data }));
            });
        });
        const port = await freePort();
        await new Promise<void>(resolve => stub.listen(port, '127.0.0.1', resolve));
        stubUrl = `http://127.0.0.1:${port}/shop-api`;
        dev = await storefront({});
        prod = await storefront({ NODE_ENV: 'production', PUBLIC_STOREFRONT_URL: 'https://shop.example' });
        prodMissingUrl = await storefront({ NODE_ENV: 'production' });
        behindProxy = await storefront({ STOREFRONT_TRUSTED_PROXY_HOPS: '1' });
    });

    afterAll(async () => {
        for (const s of storefronts) await s.stop();
        stub?.closeAllConnections();
        stub?.close();
    });

    const login = (retour: string) =>
        fetch(`${dev}/compte/connexion?retour=${retour}`, {
            method: 'POST',
            redirect: 'manual',
            headers: { 'content-type': 'application/x-www-form-urlencoded' },
            body: 'emailAddress=a%40example.com&password=a-long-password',
        });

    it('redirects after login to a same-origin path only', async () => {
        for (const retour of [
            '/%09/evil.example/x',
            '//evil.example',
            '/%5Cevil.example',
            'https://evil.example',
        ]) {
            const res = await login(retour);
            expect(res.status, retour).toBe(303);
            expect(res.headers.get('location'), retour).toBe('/compte');
        }
        const ok = await login(encodeURIComponent('/compte/commandes?page=2'));
        expect(ok.headers.get('location')).toBe('/compte/commandes?page=2');
    });

    it('does not turn /fr//evil.example into a protocol-relative redirect', async () => {
        const res = await fetch(`${dev}/fr//evil.example/x`, { redirect: 'manual' });
        expect(res.status).toBe(301);
        expect(res.headers.get('location')).not.toMatch(/^\/\/|^\/\\\\|^https?:/);
    });

    /** The `X-Forwarded-For` values the storefront sent to the API while answering one request. */
    async function forwardedWhileLoading(url: string, headers: Record<string, string> = {}) {
        calls.length = 0;
        const res = await fetch(url, { headers });
        expect(res.status).toBe(200);
        expect(calls.length).toBeGreaterThan(0);
        return [...new Set(calls.map(c => c.forwardedFor))];
    }

    it("forwards the shopper's address to the Shop API, never the client's own X-Forwarded-For", async () => {
        expect(await forwardedWhileLoading(`${dev}/`)).toEqual(['127.0.0.1']);
        // A client's own header is a claim: nothing is forwarded (Astro's clientAddress would be it).
        expect(await forwardedWhileLoading(`${dev}/`, { 'x-forwarded-for': '203.0.113.9' })).toEqual([
            undefined,
        ]);
        // Behind one proxy of ours, the address that proxy appended, whatever the client prepended.
        expect(
            await forwardedWhileLoading(`${behindProxy}/`, {
                'x-forwarded-for': '198.51.100.1, 203.0.113.9',
            }),
        ).toEqual(['203.0.113.9']);
    });

    it("answers 429 with Retry-After when the API's rate limits refuse the shopper", async () => {
        loginRetryAfter = 120;
        try {
            const res = await login('%2Fcompte');
            expect(res.status).toBe(429);
            expect(res.headers.get('retry-after')).toBe('120');
        } finally {
            loginRetryAfter = null;
        }
    });

    it('logs out on every channel and removes every session cookie', async () => {
        calls.length = 0;
        const res = await fetch(`${dev}/compte/deconnexion`, {
            method: 'POST',
            redirect: 'manual',
            headers: {
                cookie: 'radiant_session_fr=token-fr; radiant_session_ci=token-ci; radiant_channel=fr',
            },
        });
        expect(res.status).toBe(303);
        const logouts = calls.filter(c => c.operation === 'Logout').map(c => `${c.channel}:${c.token}`);
        expect(logouts.sort()).toEqual(['ci:token-ci', 'fr:token-fr']);
        const cleared = res.headers
            .getSetCookie()
            .filter(c => /Expires=Thu, 01 Jan 1970|Max-Age=0/i.test(c))
            .map(c => c.split('=')[0]);
        expect(cleared.sort()).toEqual(['radiant_session_ci', 'radiant_session_fr']);
    });

    it('builds robots.txt and canonical links from PUBLIC_STOREFRONT_URL in production, whatever the Host', async () => {
        const forged = {
            host: 'evil.example',
            'x-forwarded-host': 'evil.example',
            'x-forwarded-proto': 'https',
        };
        const robots = await fetch(`${prod}/robots.txt`, { headers: forged });
        const text = await robots.text();
        expect(text).toContain('Sitemap: https://shop.example/sitemap.xml');
        expect(text).not.toContain('evil.example');

        const devRobots = await (await fetch(`${dev}/robots.txt`, { headers: forged })).text();
        expect(devRobots).toContain('Sitemap: https://evil.example/sitemap.xml'); // development only
    });

    it('refuses to serve pages in production without PUBLIC_STOREFRONT_URL', async () => {
        const res = await fetch(`${prodMissingUrl}/robots.txt`, {
            headers: { 'x-forwarded-host': 'evil.example' },
        });
        expect(res.status).toBe(500);
        expect(await res.text()).not.toContain('evil.example');
    });

    it('sends HSTS in production over https only', async () => {
        const https = { 'x-forwarded-proto': 'https' };
        const prodRes = await fetch(`${prod}/robots.txt`, { headers: https });
        expect(prodRes.headers.get('strict-transport-security')).toBe('max-age=63072000; includeSubDomains');
        const devRes = await fetch(`${dev}/robots.txt`, { headers: https });
        expect(devRes.headers.get('strict-transport-security')).toBeNull();
    });

    it('sends a Content-Security-Policy that hashes every inline script and style, and forbids framing', async () => {
        const res = await fetch(`${dev}/`);
        expect(res.status).toBe(200);
        const policy = res.headers.get('content-security-policy') ?? '';
        const directives = new Map(
            policy
                .split(';')
                .map(d => d.trim().split(/\s+/))
                .filter(([name]) => name)
                .map(([name, ...values]) => [name, values]),
        );
        expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
        expect(res.headers.get('x-frame-options')).toBe('DENY');
        expect(directives.get('default-src')).toEqual(["'self'"]);
        expect(directives.get('object-src')).toEqual(["'none'"]);
        const scriptSrc = directives.get('script-src') ?? [];
        const styleSrc = directives.get('style-src') ?? [];
        for (const unsafe of ["'unsafe-inline'", "'unsafe-eval'", '*', 'https:', 'http:'])
            expect(scriptSrc, unsafe).not.toContain(unsafe);
        expect(styleSrc).not.toContain("'unsafe-inline'");
        // Every inline script that runs (not JSON-LD data blocks) and every <style> is hashed.
        const html = await res.text();
        const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
        const inlineScripts = [...html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/g)].filter(
            ([, attrs = '']) => !/\bsrc=/.test(attrs) && !/type="application\/ld\+json"/.test(attrs),
        );
        expect(inlineScripts.length).toBeGreaterThan(0); // the theme toggle's
        for (const [, , body] of inlineScripts) expect(scriptSrc).toContain(hash(body));
        const styles = [...html.matchAll(/<style(?:\s[^>]*)?>([\s\S]*?)<\/style>/g)];
        expect(styles.length).toBeGreaterThan(0);
        for (const [, body] of styles) expect(styleSrc).toContain(hash(body));
        // A plain-http shop (here) also allows its loopback asset server and CinetPay simulator;
        // over https (behind a proxy) the policy stays as configured.
        expect(directives.get('img-src')).toContain('http://127.0.0.1:*');
        const https = await fetch(`${dev}/`, { headers: { 'x-forwarded-proto': 'https' } });
        const securePolicy = https.headers.get('content-security-policy') ?? '';
        expect(securePolicy).toContain("form-action 'self' https://checkout.cinetpay.com;");
        expect(securePolicy).not.toContain('127.0.0.1');
    });

    it('renders sanitised product descriptions (no script from the Shop API)', async () => {
        // The stub answers every query with the same data: here, the product page's.
        productDescription = '<p>Boisé<script>alert(1)</script><img src=x onerror="alert(2)"></p>';
        const res = await fetch(`${dev}/products/stub-product`);
        productDescription = null;
        const html = await res.text();
        expect(html).toContain('<p>Boisé</p>');
        expect(html).not.toContain('alert(1)'); // neither in the page nor in its meta description
        expect(html).not.toContain('onerror');
    });
});
