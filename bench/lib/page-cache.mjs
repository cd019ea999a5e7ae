/**
 * The storefront's page cache (storefront/src/lib/page-cache, issue 18): the product, collection,
 * home and search pages under load, page cache on vs off (a second storefront process with
 * `CATALOGUE_CACHE=off`), for an anonymous visitor and for a shopper with a cart (a session, the cart
 * cookie and the pricing cookie the storefront sets). Closed loop: `concurrency` clients, each with
 * its own keep-alive connection, send GETs (with `Accept-Encoding: gzip`, as browsers do) for
 * `durationMs` per page; reported per page: pages/s, TTFB p50/p95, errors and the share of answers
 * that were page-cache hits. Targets (on a quiet machine): product page ≥ 1 000 pages/s and TTFB
 * p50 ≤ 5 ms with the cache on.
 */
import http from 'node:http';
import path from 'node:path';
import { send } from './http.mjs';
import { summarize } from './load.mjs';
import { freePort, startService, stopService, waitForHttp } from './processes.mjs';
import { LISTING_SLUG, PRODUCT_SLUG, storefrontEntry } from './storefront.mjs';

/** The product page's throughput target with the cache on (pages/s). */
export const PAGE_CACHE_RPS_TARGET = 1000;
/** The product page's TTFB p50 target with the cache on (ms). */
export const PAGE_CACHE_TTFB_TARGET_MS = 5;

const PAGES = [
    { name: 'product', path: `/products/${PRODUCT_SLUG}` },
    { name: 'collection', path: `/collections/${LISTING_SLUG}` },
    { name: 'home', path: '/' },
    { name: 'search', path: '/search?q=parfum' },
];

/** The `name=value` pairs of a response's Set-Cookie headers merged into `jar`. */
function keepCookies(jar, setCookie) {
    for (const line of setCookie ?? []) {
        const pair = line.split(';')[0];
        const eq = pair.indexOf('=');
        const name = pair.slice(0, eq);
        if (/max-age=0|expires=thu, 01 jan 1970/i.test(line)) jar.delete(name);
        else jar.set(name, pair.slice(eq + 1));
    }
}

/**
 * A shopper with a cart on the storefront at `base`: adds the product's first variant through the
 * storefront's own form endpoint, then loads a page so that the shopper cookies are set; resolves to
 * the Cookie header to send.
 */
async function cartHolder(base, variantId) {
    const jar = new Map();
    const agent = new http.Agent({ keepAlive: false });
    const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
    const add = await send(agent, `${base}/cart/add`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', origin: base, cookie: cookie() },
        body: `variantId=${encodeURIComponent(variantId)}&quantity=1`,
    });
    keepCookies(jar, add.headers['set-cookie']);
    const page = await send(agent, `${base}/products/${PRODUCT_SLUG}`, { headers: { cookie: cookie() } });
    keepCookies(jar, page.headers['set-cookie']);
    agent.destroy();
    if (!jar.has('radiant_session_fr'))
        throw new Error(`adding to the cart gave no session (HTTP ${add.status})`);
    return cookie();
}

/** `concurrency` clients GET `url` for `durationMs`; pages/s, TTFB p50/p95, hit share, errors. */
async function load(url, headers, concurrency, durationMs) {
    const ttfb = [];
    let hits = 0;
    let errors = 0;
    let firstError = null;
    const started = performance.now();
    const deadline = started + durationMs;
    await Promise.all(
        Array.from({ length: concurrency }, async () => {
            const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
            while (performance.now() < deadline) {
                try {
                    const res = await send(agent, url, {
                        headers: { ...headers, 'accept-encoding': 'gzip' },
                    });
                    if (res.status !== 200) {
                        errors++;
                        firstError ??= `HTTP ${res.status}`;
                        continue;
                    }
                    ttfb.push(res.ttfbMs);
                    if (res.headers['x-radiant-page-cache'] === 'HIT') hits++;
                } catch (err) {
                    errors++;
                    firstError ??= String(err?.message ?? err);
                }
            }
            agent.destroy();
        }),
    );
    const seconds = (performance.now() - started) / 1000;
    const t = summarize(ttfb);
    return {
        requests: ttfb.length,
        rps: ttfb.length / seconds,
        ttfbP50: t.p50,
        ttfbP95: t.p95,
        hitRate: ttfb.length ? hits / ttfb.length : 0,
        errors,
        firstError,
    };
}

/**
 * Measures the page cache against the Radiant server at `shopApiUrl`. The storefronts are started and
 * stopped here, one at a time (cache on, then off), so they do not share the CPUs.
 *
 * @returns {Promise<object>} `{ measured: false, reason }` when the storefront is not built, else
 *   `{ measured: true, concurrency, seconds, rows: [{ cache, shopper, page, rps, ttfbP50, ttfbP95, hitRate, errors }] }`
 */
export async function measurePageCache({
    root,
    childEnv,
    shopApiUrl,
    variantId,
    concurrency = 10,
    durationMs = 5000,
    logDir,
    log,
}) {
    const entry = storefrontEntry(root);
    const rows = [];
    const failures = [];
    for (const cache of ['on', 'off']) {
        const port = await freePort();
        const base = `http://127.0.0.1:${port}`;
        const service = startService({
            name: `storefront-cache-${cache}`,
            command: process.execPath,
            args: [entry],
            cwd: path.join(root, 'storefront'),
            env: {
                ...childEnv,
                HOST: '127.0.0.1',
                PORT: String(port),
                VENDURE_SHOP_API_URL: shopApiUrl,
                ASTRO_TELEMETRY_DISABLED: '1',
                CATALOGUE_CACHE: cache === 'on' ? 'on' : 'off',
            },
            logFile: path.join(logDir, `storefront-cache-${cache}.log`),
        });
        try {
            await waitForHttp(service, `${base}/robots.txt`, { timeoutMs: 60_000, expectStatus: null });
            const shoppers = [
                { name: 'anonymous', headers: {} },
                { name: 'with cart', headers: { cookie: await cartHolder(base, variantId) } },
            ];
            for (const shopper of shoppers) {
                for (const page of PAGES) {
                    const url = base + page.path;
                    await load(url, shopper.headers, 2, 500); // warm-up (fills the cache)
                    const result = await load(url, shopper.headers, concurrency, durationMs);
                    log(
                        `page cache ${cache}, ${shopper.name}, ${page.name}: ${Math.round(result.rps)} pages/s, TTFB p50 ${result.ttfbP50?.toFixed(1)} ms`,
                    );
                    if (result.errors)
                        failures.push(
                            `page cache ${cache} ${shopper.name} ${page.path}: ${result.errors} error(s), first: ${result.firstError}`,
                        );
                    rows.push({ cache, shopper: shopper.name, page: page.name, ...result });
                }
            }
        } finally {
            await stopService(service);
        }
    }
    return { measured: true, concurrency, seconds: durationMs / 1000, rows, failures };
}

/** The report's lines for {@link measurePageCache}'s result (`fmt(n, digits)` formats numbers). */
export function pageCacheReportLines(result, fmt) {
    if (!result) return ['Storefront page cache: not selected (--only).'];
    if (!result.measured) return [`Storefront page cache: NOT MEASURED — ${result.reason}.`];
    const lines = [
        `Storefront page cache (${result.concurrency} concurrent clients, ${result.seconds} s per page; targets on a quiet machine: product ≥ ${PAGE_CACHE_RPS_TARGET} pages/s, TTFB p50 ≤ ${PAGE_CACHE_TTFB_TARGET_MS} ms)`,
        '  cache  shopper     page        pages/s  TTFB p50  TTFB p95  hits',
    ];
    for (const r of result.rows) {
        lines.push(
            `  ${r.cache.padEnd(5)}  ${r.shopper.padEnd(10)}  ${r.page.padEnd(10)}  ${fmt(r.rps, 0).padStart(7)}  ${fmt(r.ttfbP50, 1).padStart(8)}  ${fmt(r.ttfbP95, 1).padStart(8)}  ${fmt(r.hitRate * 100, 0).padStart(3)} %${r.errors ? `  (${r.errors} errors)` : ''}`,
        );
    }
    return lines;
}
