/**
 * Storefront TTFB: the built Astro server (storefront/dist/server/entry.mjs) against the Radiant
 * API server; sequential GETs of the home page and a product page (after a warm-up), p50/p95 of
 * the time to the response headers (TTFB) and to the last byte; then, for comparison, the same
 * sequential measurement of the Shop API query the page makes, sent straight to the API server.
 *
 * The page's query is read from the storefront's own documents (storefront/src/lib/documents.ts)
 * so the comparison follows the storefront as it changes; when it cannot be found the bench's
 * product query is used instead, and the report says which.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createAgent, createGraphQLClient, send } from './http.mjs';
import { summarize } from './load.mjs';
import { freePort, startService, stopService, waitForHttp } from './processes.mjs';
import {
    lighthouseShortfalls,
    pageJavaScript,
    PRODUCT_JS_BUDGET_GZIP,
    runLighthouse,
} from './lighthouse.mjs';

export const PRODUCT_SLUG = 'elie-saab-le-parfum';
export const LISTING_SLUG = 'parfums';

/** Storefront documents: `export const Name = graphql(\`…\`)` → name → GraphQL text. */
function readStorefrontDocuments(root) {
    const file = path.join(root, 'storefront', 'src', 'lib', 'documents.ts');
    if (!fs.existsSync(file)) return null;
    const source = fs.readFileSync(file, 'utf8');
    const docs = new Map();
    for (const m of source.matchAll(/export const (\w+)\s*=\s*graphql\(\s*`([\s\S]*?)`\s*\)/g))
        docs.set(m[1], m[2]);
    return docs;
}

/** A query document with every fragment it spreads (recursively) appended, or null. */
function documentWithFragments(docs, name) {
    if (!docs?.has(name)) return null;
    const fragmentByName = new Map();
    for (const text of docs.values()) {
        const m = text.match(/fragment\s+(\w+)\s+on\s/);
        if (m) fragmentByName.set(m[1], text);
    }
    const included = new Set();
    const collect = text => {
        for (const m of text.matchAll(/\.\.\.\s*(\w+)/g)) {
            const frag = m[1];
            if (fragmentByName.has(frag) && !included.has(frag)) {
                included.add(frag);
                collect(fragmentByName.get(frag));
            }
        }
    };
    const main = docs.get(name);
    collect(main);
    return [main, ...[...included].map(f => fragmentByName.get(f))].join('\n');
}

/** The `take` the home page asks for (storefront/src/pages/index.astro), default 12. */
function homeTake(root) {
    try {
        const page = fs.readFileSync(path.join(root, 'storefront', 'src', 'pages', 'index.astro'), 'utf8');
        const m = page.match(/HomeQuery\s*,\s*\{[^}]*\btake:\s*(\d+)/);
        return m ? Number(m[1]) : 12;
    } catch {
        return 12;
    }
}

/**
 * The pages measured and the chain of Shop API queries each one sends before it can answer (as in
 * storefront/src/pages/): the first query is the page's main query (the "API" column and the
 * TTFB/API ratio); the whole chain, sent one after the other like the page does, gives the "chain"
 * column. `variables(previous)` gets the data of the queries before it, by document name.
 */
function pages(root, fallbackProductQuery) {
    const docs = readStorefrontDocuments(root);
    const query = (name, variables) => {
        const text = documentWithFragments(docs, name);
        return text ? { name, source: `storefront ${name}`, query: text, variables } : null;
    };
    const product = query('ProductQuery', () => ({ slug: PRODUCT_SLUG })) ?? {
        name: 'ProductQuery',
        source: 'bench product query (storefront ProductQuery not found)',
        query: fallbackProductQuery,
        variables: () => ({ slug: PRODUCT_SLUG }),
    };
    // The product page's RelatedQuery is started with the page but awaited by a component further
    // down, while the top of the page streams: it is not in the chain before the first byte.
    const listingInput = {
        collectionSlug: LISTING_SLUG,
        groupByProduct: true,
        sort: { name: 'ASC' },
        take: 12,
        skip: 0,
    };
    const listing = query('CollectionQuery', () => ({
        slug: LISTING_SLUG,
        input: listingInput,
        facetInput: { collectionSlug: LISTING_SLUG, groupByProduct: true, take: 1 },
    }));
    return [
        {
            name: 'home',
            path: '/',
            queries: [query('HomeQuery', () => ({ take: homeTake(root) }))].filter(Boolean),
        },
        { name: 'listing', path: `/collections/${LISTING_SLUG}`, queries: [listing].filter(Boolean) },
        { name: 'product', path: `/products/${PRODUCT_SLUG}`, queries: [product].filter(Boolean) },
    ];
}

/**
 * Sends a page's query chain once; returns the time of the first query and of the whole chain
 * (ms). A query whose variables cannot be derived is skipped.
 */
async function sendChain(client, queries) {
    const previous = {};
    const started = performance.now();
    let firstMs = null;
    const sent = [];
    for (const q of queries) {
        const variables = q.variables(previous);
        if (!variables) continue;
        previous[q.name] = await client.request(q.query, variables);
        sent.push(q.name);
        if (firstMs === null) firstMs = performance.now() - started;
    }
    return { firstMs, chainMs: performance.now() - started, sent };
}

export function storefrontEntry(root) {
    return path.join(root, 'storefront', 'dist', 'server', 'entry.mjs');
}

/**
 * JavaScript shipped per page (always) and Lighthouse scores (unless `BENCH_LIGHTHOUSE=0`) of the
 * home, listing and product pages. Over-budget JavaScript on the product page is a failure;
 * Lighthouse scores below target are reported (`shortfalls`) but do not fail the run, since
 * simulated throttling on a busy machine moves them by a few points.
 */
async function measureQuality(port, log, failures) {
    const base = `http://127.0.0.1:${port}`;
    const pagesToScore = [
        { name: 'home', url: `${base}/` },
        { name: 'listing', url: `${base}/collections/${LISTING_SLUG}` },
        { name: 'product', url: `${base}/products/${PRODUCT_SLUG}` },
    ];
    const javascript = [];
    for (const page of pagesToScore)
        javascript.push({ page: page.name, ...(await pageJavaScript(page.url)) });
    const productJs = javascript.find(j => j.page === 'product');
    if (productJs && productJs.gzipBytes > PRODUCT_JS_BUDGET_GZIP) {
        failures.push(
            `storefront product page ships ${productJs.gzipBytes} B of gzipped JavaScript (budget ${PRODUCT_JS_BUDGET_GZIP} B)`,
        );
    }
    if (process.env.BENCH_LIGHTHOUSE === '0')
        return { javascript, lighthouse: null, lighthouseSkipped: 'BENCH_LIGHTHOUSE=0' };
    log('storefront: Lighthouse (mobile preset) on home, listing, product…');
    try {
        const lighthouse = await runLighthouse(pagesToScore, { log });
        return { javascript, lighthouse, shortfalls: lighthouseShortfalls(lighthouse) };
    } catch (err) {
        failures.push(`storefront Lighthouse failed: ${err.message}`);
        return { javascript, lighthouse: null, lighthouseSkipped: err.message };
    }
}

/**
 * @returns {Promise<object>} `{ measured: false, reason }` when the storefront is not built, else
 *   the boot time and, per page, TTFB/total p50/p95, the API query's p50 and the ratio.
 */
export async function measureStorefront({
    root,
    childEnv,
    shopApiUrl,
    requests,
    warmup = 10,
    logDir,
    log,
    fallbackProductQuery,
}) {
    const entry = storefrontEntry(root);
    if (!fs.existsSync(entry)) {
        return {
            measured: false,
            reason: `storefront not built: ${path.relative(root, entry)} is missing (build it with \`npm run build:storefront\`)`,
        };
    }
    const port = await freePort();
    const service = startService({
        name: 'storefront',
        command: process.execPath,
        args: [entry],
        cwd: path.join(root, 'storefront'),
        env: {
            ...childEnv,
            HOST: '127.0.0.1',
            PORT: String(port),
            VENDURE_SHOP_API_URL: shopApiUrl,
            ASTRO_TELEMETRY_DISABLED: '1',
        },
        logFile: path.join(logDir, 'storefront.log'),
    });
    const agent = createAgent();
    const failures = [];
    try {
        const bootMs = await waitForHttp(service, `http://127.0.0.1:${port}/`, {
            timeoutMs: 60_000,
            expectStatus: null,
        });
        log(`storefront up in ${Math.round(bootMs)} ms on port ${port}`);
        const results = [];
        for (const page of pages(root, fallbackProductQuery)) {
            const url = `http://127.0.0.1:${port}${page.path}`;
            const ttfb = [];
            const total = [];
            let errors = 0;
            let firstError = null;
            for (let i = 0; i < warmup + requests; i++) {
                let res;
                try {
                    res = await send(agent, url, { headers: { accept: 'text/html' } });
                } catch (err) {
                    res = { status: 0, body: String(err?.message ?? err) };
                }
                if (res.status !== 200) {
                    errors++;
                    firstError ??= `GET ${page.path}: HTTP ${res.status} ${res.body.slice(0, 200).replace(/\s+/g, ' ')}`;
                    continue;
                }
                if (i >= warmup) {
                    ttfb.push(res.ttfbMs);
                    total.push(res.totalMs);
                }
            }
            const result = { page: page.name, path: page.path, requests, errors };
            if (errors) {
                failures.push(`storefront ${page.path}: ${errors} error(s); first: ${firstError}`);
                result.error = firstError;
                results.push(result);
                continue;
            }
            const t = summarize(ttfb);
            const full = summarize(total);
            Object.assign(result, { ttfbP50: t.p50, ttfbP95: t.p95, totalP50: full.p50, totalP95: full.p95 });

            if (page.queries.length) {
                const client = createGraphQLClient({ url: shopApiUrl, channel: 'fr' });
                const first = [];
                const chain = [];
                let sent = [];
                try {
                    for (let i = 0; i < warmup + requests; i++) {
                        const r = await sendChain(client, page.queries);
                        sent = r.sent;
                        if (i >= warmup) {
                            first.push(r.firstMs);
                            chain.push(r.chainMs);
                        }
                    }
                    const a = summarize(first);
                    const c = summarize(chain);
                    Object.assign(result, {
                        apiQuery: page.queries[0].source,
                        apiP50: a.p50,
                        apiP95: a.p95,
                        ratioTtfbToApi: t.p50 / a.p50,
                        chainQueries: sent,
                        chainP50: c.p50,
                        ratioTtfbToChain: t.p50 / c.p50,
                    });
                } catch (err) {
                    failures.push(
                        `storefront ${page.path}: its Shop API queries (${page.queries.map(q => q.name).join(' → ')}) failed: ${err.message}`,
                    );
                    result.apiError = err.message;
                } finally {
                    client.close();
                }
            }
            results.push(result);
        }
        const quality = await measureQuality(port, log, failures);
        return { measured: true, bootMs, pages: results, quality, failures };
    } finally {
        agent.destroy();
        await stopService(service);
    }
}
