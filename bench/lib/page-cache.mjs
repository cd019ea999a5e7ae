/**
 * The storefront's page cache (storefront/src/lib/page-cache, issue 18): the product, collection,
 * home and search pages under load, page cache on vs off (a second storefront process with
 * `CATALOGUE_CACHE=off`), for an anonymous visitor and for a shopper with a cart (a session, the cart
 * cookie and the pricing cookie the storefront sets). Closed loop: `concurrency` clients, each with
 * its own keep-alive connection, send GETs (with `Accept-Encoding: gzip`, as browsers do) for
 * `durationMs` per page; reported per page: pages/s, TTFB p50/p95, errors and the share of answers
 * that were page-cache hits. Targets (on a quiet machine): product page ≥ 1 000 pages/s and TTFB
 * p50 ≤ 5 ms with the cache on.
 *
 * Then, cache on, a mixed load ({@link mixedLoad}): anonymous visitors browsing the four pages while
 * guests check out the browsed product through the Shop API (each order moves its stock) and a
 * merchant renames it every 2 s; reported: the visitors' pages/s, TTFB and hit rate, the checkouts,
 * and the time from each rename's Admin API answer to the first page showing it.
 */
import http from 'node:http';
import path from 'node:path';
import checkoutScenario from '../scenarios/checkout.mjs';
import { createGraphQLClient, send } from './http.mjs';
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

/** Pages/s since `started` (a `performance.now()`), TTFB p50/p95 (ms) and the share of hits. */
function pageFigures(ttfb, hits, started) {
    const t = summarize(ttfb);
    return {
        requests: ttfb.length,
        rps: ttfb.length / ((performance.now() - started) / 1000),
        ttfbP50: t.p50,
        ttfbP95: t.p95,
        hitRate: ttfb.length ? hits / ttfb.length : 0,
    };
}

/**
 * `concurrency` clients GET for `durationMs`, client `i`'s `n`-th request going to `url` (a string)
 * or `url(i, n)`; pages/s, TTFB p50/p95, hit share, errors.
 */
async function load(url, headers, concurrency, durationMs) {
    const ttfb = [];
    let hits = 0;
    let errors = 0;
    let firstError = null;
    const started = performance.now();
    const deadline = started + durationMs;
    await Promise.all(
        Array.from({ length: concurrency }, async (_, i) => {
            const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
            for (let n = 0; performance.now() < deadline; n++) {
                try {
                    const res = await send(agent, typeof url === 'string' ? url : url(i, n), {
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
    return { ...pageFigures(ttfb, hits, started), errors, firstError };
}

/**
 * The mixed load on the storefront at `base` (cache on), for `durationMs`: `concurrency` visitors
 * GET the four pages in turn; 2 guests check out the product's variants through the Shop API
 * (bench/scenarios/checkout.mjs, the stock moves on each order); every 2 s the merchant renames the
 * product (Admin API) and a watcher polls its page every 20 ms until the new name shows.
 *
 * @returns {Promise<object>} visitors' `{ requests, rps, ttfbP50, ttfbP95, hitRate, errors }`,
 *   `checkouts`, `checkoutErrors`, `fresh: { samples, p50, max }` (ms from the rename's answer to the
 *   first fresh page) and `firstError`
 */
async function mixedLoad({ base, shopApiUrl, adminRequest, concurrency, durationMs }) {
    const { product } = await adminRequest(
        'query ($slug: String!) { product(slug: $slug) { id name variants { id } } }',
        { slug: PRODUCT_SLUG },
    );
    const variantIds = product.variants.map(v => v.id);
    await adminRequest(
        'mutation ($input: [UpdateProductVariantInput!]!) { updateProductVariants(input: $input) { id } }',
        { input: variantIds.map(id => ({ id, stockOnHand: 1_000_000 })) },
    );
    const deadline = performance.now() + durationMs;
    let errors = 0;
    let firstError = null;
    // The visitors: each on the four pages in turn, starting at a different one.
    const visitors = load((i, n) => base + PAGES[(i + n) % PAGES.length].path, {}, concurrency, durationMs);
    let checkouts = 0;
    let checkoutErrors = 0;
    const buyers = Array.from({ length: 2 }, async (_, id) => {
        const client = createGraphQLClient({ url: shopApiUrl, channel: 'fr' });
        const vu = {
            client,
            id,
            count: 2,
            iteration: 0,
            configName: 'mixed',
            shared: { variantIds, paymentMethod: 'test-payment-fr' },
        };
        while (performance.now() < deadline) {
            try {
                await checkoutScenario.run(vu);
                checkouts++;
            } catch (err) {
                checkoutErrors++;
                firstError ??= `checkout: ${String(err?.message ?? err)}`;
            }
            vu.iteration++;
        }
        client.close();
    });
    const fresh = [];
    const merchant = (async () => {
        const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
        for (let n = 1; performance.now() + 2000 < deadline; n++) {
            await new Promise(resolve => setTimeout(resolve, 2000));
            // The page shows the name without its brand: look for a token of its own.
            const token = `Edition${n}x${Date.now() % 100000}`;
            const name = `${product.name} ${token}`;
            await adminRequest(
                'mutation ($input: UpdateProductInput!) { updateProduct(input: $input) { id } }',
                {
                    input: { id: product.id, translations: [{ languageCode: 'fr', name }] },
                },
            );
            const since = performance.now();
            for (;;) {
                const res = await send(agent, `${base}/products/${PRODUCT_SLUG}`);
                if (res.body.includes(token)) {
                    fresh.push(performance.now() - since);
                    break;
                }
                if (performance.now() - since > 10_000) {
                    errors++;
                    firstError ??= `rename ${n} not shown after 10 s`;
                    break;
                }
                await new Promise(resolve => setTimeout(resolve, 20));
            }
        }
        agent.destroy();
        await adminRequest('mutation ($input: UpdateProductInput!) { updateProduct(input: $input) { id } }', {
            input: { id: product.id, translations: [{ languageCode: 'fr', name: product.name }] },
        });
    })();
    const [visits] = await Promise.all([visitors, ...buyers, merchant]);
    const f = summarize(fresh);
    return {
        ...visits,
        errors: errors + visits.errors,
        checkouts,
        checkoutErrors,
        fresh: { samples: fresh.length, p50: f.p50, max: fresh.length ? Math.max(...fresh) : null },
        firstError: firstError ?? visits.firstError,
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
    adminRequest,
    cachedPort,
    variantId,
    concurrency = 10,
    durationMs = 5000,
    logDir,
    log,
}) {
    const entry = storefrontEntry(root);
    const rows = [];
    const failures = [];
    let mixed = null;
    for (const cache of ['on', 'off']) {
        // The cached storefront listens where the server sends its purges.
        const port = cache === 'on' && cachedPort ? cachedPort : await freePort();
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
            if (cache === 'on') {
                log('page cache on: mixed load (browsing, checkouts, a rename every 2 s)…');
                mixed = await mixedLoad({ base, shopApiUrl, adminRequest, concurrency, durationMs: 12_000 });
                if (mixed.errors || mixed.checkoutErrors)
                    failures.push(
                        `page cache mixed load: ${mixed.errors + mixed.checkoutErrors} error(s), first: ${mixed.firstError}`,
                    );
            }
        } finally {
            await stopService(service);
        }
    }
    return { measured: true, concurrency, seconds: durationMs / 1000, rows, mixed, failures };
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
    const m = result.mixed;
    if (m) {
        lines.push(
            `  mixed load, cache on (${result.concurrency} visitors on the four pages, 2 guests checking out the product, a rename every 2 s): ` +
                `${fmt(m.rps, 0)} pages/s, TTFB p50 ${fmt(m.ttfbP50, 1)} ms / p95 ${fmt(m.ttfbP95, 1)} ms, hits ${fmt(m.hitRate * 100, 0)} %; ` +
                `${m.checkouts} checkouts; rename → first fresh page p50 ${fmt(m.fresh.p50, 0)} ms, max ${fmt(m.fresh.max, 0)} ms (${m.fresh.samples} renames)`,
        );
    }
    return lines;
}
