/**
 * A complete shop for browser tests: a freshly seeded embedded database, Radiant's real compiled
 * server, worker and storefront processes on free ports (see processes.ts), Chromium through
 * playwright-core (never downloaded: the system's /usr/bin/chromium, or CHROMIUM_PATH), the dev
 * mailbox (one JSON file per e-mail) and an Admin API client.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Browser, BrowserContext, BrowserContextOptions, chromium, Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../bench/lib/chromium.mjs';
import { instance, ROOT, Running, runNode, startNode } from './processes';

export const CHROMIUM = CHROMIUM_PATH;
export { CHROMIUM_ARGS };
/** Where browser tests write their screenshots. */
export const SCREENSHOTS = path.join(ROOT, 'node_modules', '.cache', 'radiant-screenshots');

/** One Radiant instance's data folder, ports and base environment (see processes.ts). */
export type Instance = Awaited<ReturnType<typeof instance>>;

/** An e-mail as the EmailPlugin's dev mode writes it. */
export interface DevMail {
    subject: string;
    recipient: string;
    body: string;
}

/** A running shop for one browser test file. */
export interface BrowserShop {
    /** Vendure server origin, e.g. `http://127.0.0.1:3456`. */
    api: string;
    /** Storefront origin, e.g. `http://127.0.0.1:4567`. */
    storefront: string;
    /** The instance's data folder (database, dev mailbox, invoices). */
    dataDir: string;
    browser: Browser;
    /** A fresh browser context (own cookies) and page: 1280×900, French locale unless overridden. */
    newPage(options?: BrowserContextOptions): Promise<{ context: BrowserContext; page: Page }>;
    /** The first dev-mailbox e-mail whose subject contains `subject` (and sent to `recipient`), waiting up to 60 s. */
    waitForEmail(subject: string, recipient?: string): Promise<DevMail>;
    /**
     * One Admin API request; `token` is a bearer token from a previous answer, `channel` a channel
     * token (default: Vendure's default channel, which sees every shop's orders).
     */
    adminQuery<T>(
        query: string,
        variables?: Record<string, unknown>,
        token?: string,
        channel?: string,
    ): Promise<{ body: { data: T; errors?: unknown[] }; token: string | null }>;
    /** A superadmin bearer token. */
    adminToken(): Promise<string>;
    stop(): Promise<void>;
}

/**
 * Records the Content-Security-Policy violations of every document `page` loads (its
 * `securitypolicyviolation` events), as `directive blocked-URI (path)` strings, into the returned
 * array; assert it is empty once the page has done its steps.
 */
export async function recordCspViolations(page: Page): Promise<string[]> {
    const violations: string[] = [];
    await page.exposeFunction('radiantCspViolation', (violation: string) => violations.push(violation));
    // Injected by the DevTools protocol: not subject to the page's own policy.
    await page.addInitScript(`document.addEventListener('securitypolicyviolation', event => {
        void window.radiantCspViolation(event.effectiveDirective + ' ' + event.blockedURI + ' (' + location.pathname + ')');
    });`);
    return violations;
}

/** Launches headless Chromium with Radiant's flags and makes sure the screenshot folder exists. */
export async function launchChromium(): Promise<Browser> {
    if (!fs.existsSync(CHROMIUM))
        throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install chromium`);
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/**
 * Seeds the demo shop into `i`'s data folder (dist/src/cli/seed.js), then starts the compiled server,
 * worker and storefront with `i.env` plus `env`; resolves when all three answer. On failure the
 * processes already started are stopped.
 *
 * @returns the running processes (stop them in reverse order), and the API server and storefront origins (127.0.0.1)
 */
export async function startRadiant(
    i: Instance,
    env: Record<string, string> = {},
): Promise<{ processes: Running[]; api: string; storefront: string }> {
    if (!fs.existsSync(path.join(ROOT, 'storefront', 'dist', 'server', 'entry.mjs'))) {
        throw new Error('storefront not built: run `node src/cli/start.mjs --build-only` first');
    }
    const api = `http://127.0.0.1:${i.port}`;
    const storefront = `http://127.0.0.1:${i.storefrontPort}`;
    const all = { ...i.env, ...env };
    const processes: Running[] = [];
    try {
        // Up to 15 min: the seed takes over 5 on a loaded shared machine.
        const seeded = await runNode('dist/src/cli/seed.js', [], all, 900_000);
        if (seeded.code !== 0) throw new Error(`seed failed:\n${seeded.stdout}\n${seeded.stderr}`);
        const runEnv = { ...all, SEED_ON_START: 'false' };
        processes.push(await startNode('server', 'dist/src/index.js', runEnv, `${api}/health`));
        processes.push(
            await startNode(
                'worker',
                'dist/src/index-worker.js',
                runEnv,
                `http://127.0.0.1:${i.workerPort}/health`,
            ),
        );
        processes.push(
            await startNode(
                'storefront',
                'dist/server/entry.mjs',
                {
                    HOST: '127.0.0.1',
                    PORT: String(i.storefrontPort),
                    VENDURE_SHOP_API_URL: `${api}/shop-api`,
                    ASTRO_TELEMETRY_DISABLED: '1',
                },
                `${storefront}/robots.txt`,
                { cwd: path.join(ROOT, 'storefront') },
            ),
        );
    } catch (error) {
        for (const p of processes.reverse()) await p.stop();
        throw error;
    }
    return { processes, api, storefront };
}

/**
 * Seeds a fresh instance, starts server, worker and storefront, and launches Chromium.
 *
 * @param env extra environment for the processes, or a function of the instance (ports are known then)
 */
export async function startBrowserShop(
    env: Record<string, string> | ((i: Instance) => Record<string, string>) = {},
): Promise<BrowserShop> {
    const i = await instance();
    let processes: Running[] = [];
    let browser: Browser | undefined;
    const stop = async () => {
        await browser?.close();
        for (const p of processes.reverse()) await p.stop();
        i.cleanup();
    };
    let api: string;
    let storefront: string;
    try {
        ({ processes, api, storefront } = await startRadiant(i, typeof env === 'function' ? env(i) : env));
        browser = await launchChromium();
    } catch (error) {
        await stop();
        throw error;
    }
    const launched = browser;

    const adminQuery: BrowserShop['adminQuery'] = async (query, variables = {}, token, channel) => {
        const res = await fetch(`${api}/admin-api`, {
            method: 'POST',
            headers: {
                'content-type': 'application/json',
                ...(token ? { authorization: `Bearer ${token}` } : {}),
                ...(channel ? { 'vendure-token': channel } : {}),
            },
            body: JSON.stringify({ query, variables }),
        });
        return { body: (await res.json()) as never, token: res.headers.get('vendure-auth-token') };
    };

    return {
        api,
        storefront,
        dataDir: i.dataDir,
        browser: launched,
        stop,
        adminQuery,
        async newPage(options = {}) {
            const context = await launched.newContext({
                viewport: { width: 1280, height: 900 },
                locale: 'fr-FR',
                ...options,
            });
            return { context, page: await context.newPage() };
        },
        async waitForEmail(subject, recipient) {
            const dir = path.join(i.dataDir, 'emails');
            const deadline = Date.now() + 60_000;
            while (Date.now() < deadline) {
                for (const file of fs.existsSync(dir) ? fs.readdirSync(dir).sort() : []) {
                    let mail: DevMail;
                    try {
                        mail = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as DevMail;
                    } catch {
                        continue; // the worker is still writing this file: read it on the next pass
                    }
                    if (
                        String(mail.subject).includes(subject) &&
                        (!recipient || mail.recipient === recipient)
                    )
                        return mail;
                }
                await new Promise(r => setTimeout(r, 250));
            }
            throw new Error(`No e-mail about "${subject}"${recipient ? ` to ${recipient}` : ''} in ${dir}`);
        },
        async adminToken() {
            const login = await adminQuery<{ login: { identifier?: string } }>(
                'mutation { login(username: "superadmin", password: "superadmin") { ... on CurrentUser { identifier } } }',
            );
            if (!login.token) throw new Error(`Admin login failed: ${JSON.stringify(login.body)}`);
            return login.token;
        },
    };
}

/**
 * A refund that cancels no lines (a goodwill gesture, "Goodwill: late delivery") of `amount` minor
 * units on the first payment of order `orderId`, recorded through the Admin API as a merchant does:
 * `refundOrder` with `lines: []` — the test payment method (Vendure's dummy handler) has no refund
 * API, so the refund is `Pending` — then `settleRefund` with `transactionId` (the transfer's
 * reference). `token` is a superadmin bearer token.
 *
 * @returns the order's state afterwards (Vendure leaves a paid order `PaymentSettled`)
 * @throws Error when the refund is not created `Pending` or is not settled
 */
export async function settledGoodwillRefund(
    shop: BrowserShop,
    token: string,
    orderId: string,
    amount: number,
    transactionId: string,
): Promise<string> {
    const { order } = (
        await shop.adminQuery<{ order: { payments: Array<{ id: string }> } }>(
            'query ($id: ID!) { order(id: $id) { payments { id } } }',
            { id: orderId },
            token,
        )
    ).body.data;
    const refund = await shop.adminQuery<{
        refundOrder: { __typename: string; id?: string; state?: string };
    }>(
        `mutation ($input: RefundOrderInput!) { refundOrder(input: $input) {
            __typename ... on Refund { id state } ... on ErrorResult { message } } }`,
        {
            input: {
                paymentId: order.payments[0].id,
                amount,
                reason: 'Goodwill: late delivery',
                lines: [],
                shipping: 0,
                adjustment: 0,
            },
        },
        token,
    );
    if (refund.body.data?.refundOrder?.state !== 'Pending')
        throw new Error(`refundOrder: ${JSON.stringify(refund.body)}`);
    const settled = await shop.adminQuery<{ settleRefund: { __typename: string; state?: string } }>(
        `mutation ($id: ID!, $transactionId: String!) {
            settleRefund(input: { id: $id, transactionId: $transactionId }) {
                __typename ... on Refund { state } ... on ErrorResult { message } } }`,
        { id: refund.body.data.refundOrder.id, transactionId },
        token,
    );
    if (settled.body.data?.settleRefund?.state !== 'Settled')
        throw new Error(`settleRefund: ${JSON.stringify(settled.body)}`);
    const after = await shop.adminQuery<{ order: { state: string } }>(
        'query ($id: ID!) { order(id: $id) { state } }',
        { id: orderId },
        token,
    );
    return after.body.data.order.state;
}

/**
 * The guest checkout from the cart page, by form structure rather than wording (the pages may be
 * in either language): contact → address (Paris) → first delivery method → test payment → review →
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
    await page.waitForURL('**/checkout/review**');
    await onStep('review');
    await submit();
    await page.waitForURL('**/checkout/confirmation/**');
    await onStep('confirmation');
    return (await page.locator('[data-order-code]').first().innerText()).trim();
}
