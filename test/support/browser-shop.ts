/**
 * A whole shop for browser tests: a freshly seeded embedded database, the real server, worker and
 * built storefront processes (see processes.ts) and Chromium through playwright-core (never
 * downloaded: the system's /usr/bin/chromium, or CHROMIUM_PATH).
 */
import fs from 'node:fs';
import path from 'node:path';
import { Browser, BrowserContext, BrowserContextOptions, chromium, Page } from 'playwright-core';
import { instance, ROOT, Running, runNode, startNode } from './processes';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../bench/lib/chromium.mjs';

export const CHROMIUM = CHROMIUM_PATH;
export { CHROMIUM_ARGS };
export const SCREENSHOTS = path.join(ROOT, 'node_modules', '.cache', 'radiant-screenshots');

export interface BrowserShop {
    /** Storefront origin, e.g. `http://127.0.0.1:41234`. */
    storefront: string;
    /** API server origin. */
    api: string;
    dataDir: string;
    browser: Browser;
    /** A new browser context and page (1280×900, French locale unless overridden). */
    newPage(options?: BrowserContextOptions): Promise<{ context: BrowserContext; page: Page }>;
    stop(): Promise<void>;
}

/** Seeds a fresh instance, starts server, worker and storefront, and launches Chromium. */
export async function startBrowserShop(): Promise<BrowserShop> {
    if (!fs.existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install chromium`);
    if (!fs.existsSync(path.join(ROOT, 'storefront', 'dist', 'server', 'entry.mjs'))) {
        throw new Error('storefront not built: run `node src/cli/start.mjs --build-only` first');
    }
    const i = await instance();
    const processes: Running[] = [];
    const stop = async () => {
        for (const p of processes.reverse()) await p.stop();
        i.cleanup();
    };
    try {
        const api = `http://127.0.0.1:${i.port}`;
        const storefront = `http://127.0.0.1:${i.storefrontPort}`;
        const seeded = await runNode('dist/src/cli/seed.js', [], i.env, 300_000);
        if (seeded.code !== 0) throw new Error(`seed failed:\n${seeded.stdout}\n${seeded.stderr}`);
        const env = { ...i.env, SEED_ON_START: 'false' };
        processes.push(await startNode('server', 'dist/src/index.js', env, `${api}/health`));
        processes.push(await startNode('worker', 'dist/src/index-worker.js', env, `http://127.0.0.1:${i.workerPort}/health`));
        processes.push(
            await startNode(
                'storefront',
                'dist/server/entry.mjs',
                { HOST: '127.0.0.1', PORT: String(i.storefrontPort), VENDURE_SHOP_API_URL: `${api}/shop-api`, ASTRO_TELEMETRY_DISABLED: '1' },
                `${storefront}/robots.txt`,
                { cwd: path.join(ROOT, 'storefront') },
            ),
        );
        const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
        fs.mkdirSync(SCREENSHOTS, { recursive: true });
        return {
            storefront,
            api,
            dataDir: i.dataDir,
            browser,
            async newPage(options = {}) {
                const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'fr-FR', ...options });
                return { context, page: await context.newPage() };
            },
            async stop() {
                await browser.close();
                await stop();
            },
        };
    } catch (error) {
        await stop();
        throw error;
    }
}

/**
 * The guest checkout from the cart page, by form structure rather than wording (the pages may be
 * in either language): contact → address (Paris) → first delivery method → test payment →
 * confirmation. `onStep` runs on each page once it is loaded (e.g. an accessibility check).
 * Returns the order code shown on the confirmation page.
 */
export async function guestCheckout(
    page: Page,
    who: { email: string; first: string; last: string },
    onStep: (step: string) => Promise<void> = async () => undefined,
): Promise<string> {
    const submit = () => page.locator('main form button[type="submit"].btn-primary').click();
    await page.locator('main a[href$="/checkout/contact"]').first().click();
    await page.waitForURL('**/checkout/contact');
    await onStep('contact');
    await page.locator('[name="emailAddress"]').fill(who.email);
    await page.locator('[name="firstName"]').fill(who.first);
    await page.locator('[name="lastName"]').fill(who.last);
    await submit();
    await page.waitForURL('**/checkout/shipping');
    await onStep('shipping');
    await page.locator('[name="fullName"]').fill(`${who.first} ${who.last}`);
    await page.locator('[name="streetLine1"]').fill('8 rue de Rivoli');
    await page.locator('[name="postalCode"]').fill('75004');
    await page.locator('[name="city"]').fill('Paris');
    await page.locator('[name="countryCode"]').selectOption('FR');
    await page.locator('[name="phoneNumber"]').fill('+33 6 12 34 56 78');
    await submit();
    await page.waitForURL('**/checkout/delivery');
    await onStep('delivery');
    await page.locator('[name="shippingMethodId"]').first().check();
    await submit();
    await page.waitForURL('**/checkout/payment');
    await onStep('payment');
    await page.locator('[name="paymentMethod"][value="test-payment-fr"]').check();
    await submit();
    await page.waitForURL('**/checkout/confirmation/**');
    await onStep('confirmation');
    return (await page.locator('[data-order-code]').first().innerText()).trim();
}
