/**
 * Storefront quality figures for `npm run bench`: Lighthouse 12 (mobile preset: the default
 * config, simulated throttling) scores per page, and the JavaScript each page ships (bytes, raw
 * and gzipped). Lighthouse drives the machine's own Chromium (`CHROME_PATH`, default
 * /usr/bin/chromium) through chrome-launcher: nothing is downloaded.
 */
import zlib from 'node:zlib';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

/** Lighthouse wants the new headless mode. */
const CHROME_FLAGS = CHROMIUM_ARGS.map(flag => (flag === '--headless' ? '--headless=new' : flag));
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
/** Targets of issue 6: performance ≥ 0.95, accessibility 1, best practices ≥ 0.95, SEO ≥ 0.95. */
export const LIGHTHOUSE_TARGETS = { performance: 0.95, accessibility: 1, 'best-practices': 0.95, seo: 0.95 };
/** Budget of JavaScript on a product page, gzipped (issue 6). */
export const PRODUCT_JS_BUDGET_GZIP = 30 * 1024;

/**
 * The JavaScript a page ships: its inline scripts and the same-origin `<script src>` files
 * (JSON-LD and other data blocks excluded), raw and gzipped bytes.
 */
export async function pageJavaScript(url) {
    const res = await fetch(url, { headers: { accept: 'text/html' } });
    const html = await res.text();
    let raw = 0;
    let gzip = 0;
    const files = [];
    const count = text => {
        raw += Buffer.byteLength(text);
        gzip += zlib.gzipSync(text, { level: 9 }).length;
    };
    for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
        const attrs = m[1];
        const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attrs)?.[1];
        if (type && type !== 'module' && type !== 'text/javascript') continue; // JSON-LD etc.
        const src = /\bsrc\s*=\s*["']([^"']+)/i.exec(attrs)?.[1];
        if (src) {
            const fileUrl = new URL(src, url);
            if (fileUrl.origin !== new URL(url).origin) continue;
            const body = await (await fetch(fileUrl)).text();
            files.push(fileUrl.pathname);
            count(body);
        } else if (m[2].trim()) {
            count(m[2]);
        }
    }
    return { rawBytes: raw, gzipBytes: gzip, files };
}

/**
 * Runs Lighthouse on each `{ name, url }` in one Chromium, one page after the other.
 * @returns per page: scores (0…1) per category, LCP/TBT/CLS/FCP, and the failed audits' titles.
 */
export async function runLighthouse(pages, { log = () => {} } = {}) {
    const { default: lighthouse } = await import('lighthouse');
    const chromeLauncher = await import('chrome-launcher');
    const chrome = await chromeLauncher.launch({
        chromePath: CHROMIUM_PATH,
        chromeFlags: CHROME_FLAGS,
        logLevel: 'silent',
    });
    const results = [];
    try {
        // One unmeasured run first: a cold Chromium (and a cold storefront/API cache) otherwise
        // weighs on the first page's Total Blocking Time.
        if (pages[0])
            await lighthouse(pages[0].url, {
                port: chrome.port,
                output: 'json',
                logLevel: 'error',
                onlyCategories: ['performance'],
            });
        for (const page of pages) {
            const runnerResult = await lighthouse(page.url, {
                port: chrome.port,
                output: 'json',
                logLevel: 'error',
                onlyCategories: CATEGORIES,
            });
            const lhr = runnerResult?.lhr;
            if (!lhr) throw new Error(`Lighthouse returned no result for ${page.url}`);
            if (lhr.runtimeError)
                throw new Error(
                    `Lighthouse ${page.url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`,
                );
            const scores = Object.fromEntries(CATEGORIES.map(c => [c, lhr.categories[c]?.score ?? null]));
            const metric = id => lhr.audits[id]?.numericValue ?? null;
            const failing = Object.values(lhr.audits)
                .filter(
                    a =>
                        a.score !== null &&
                        a.score < 0.9 &&
                        a.scoreDisplayMode !== 'informative' &&
                        a.scoreDisplayMode !== 'manual' &&
                        a.scoreDisplayMode !== 'notApplicable',
                )
                .map(a => `${a.id}${a.displayValue ? ` (${a.displayValue})` : ''}`);
            const result = {
                page: page.name,
                url: page.url,
                scores,
                lcpMs: metric('largest-contentful-paint'),
                fcpMs: metric('first-contentful-paint'),
                tbtMs: metric('total-blocking-time'),
                cls: metric('cumulative-layout-shift'),
                failingAudits: failing,
            };
            if (process.env.LIGHTHOUSE_DEBUG) {
                for (const id of [
                    'target-size',
                    'heading-order',
                    'aria-allowed-role',
                    'uses-long-cache-ttl',
                    'color-contrast',
                ]) {
                    const items = lhr.audits[id]?.details?.items ?? [];
                    for (const item of items)
                        log(
                            `  ${id}: ${JSON.stringify(item.node?.snippet ?? item.url ?? item).slice(0, 240)}`,
                        );
                }
            }
            log(
                `lighthouse ${page.name}: ${CATEGORIES.map(c => `${c} ${scores[c]}`).join(', ')}; LCP ${Math.round(result.lcpMs)} ms`,
            );
            results.push(result);
        }
    } finally {
        await chrome.kill();
    }
    return results;
}

/** Messages for every page whose scores miss {@link LIGHTHOUSE_TARGETS}. */
export function lighthouseShortfalls(results) {
    const out = [];
    for (const r of results) {
        for (const [category, target] of Object.entries(LIGHTHOUSE_TARGETS)) {
            const score = r.scores[category];
            if (score === null || score < target)
                out.push(
                    `lighthouse ${r.page}: ${category} ${score} < ${target} (${r.failingAudits.join(', ')})`,
                );
        }
    }
    return out;
}
