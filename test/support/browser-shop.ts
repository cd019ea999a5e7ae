/**
 * A complete shop for browser tests: a freshly seeded embedded database, Radiant's real compiled
 * server, worker and storefront processes on free ports, Chromium (playwright-core), the dev
 * mailbox (one JSON file per e-mail) and an Admin API client.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Browser, BrowserContext, chromium, Page } from 'playwright-core';
import { instance, ROOT, Running, runNode, startNode } from './processes';

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const CHROMIUM_ARGS = [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
];
/** Where browser tests write their screenshots. */
export const SCREENSHOTS = path.join(ROOT, 'node_modules', '.cache', 'radiant-screenshots');

/** An e-mail as the EmailPlugin's dev mode writes it. */
export interface DevMail {
    subject: string;
    recipient: string;
    body: string;
}

/** A running shop for one browser test file. */
export interface BrowserShop {
    /** Vendure server base URL, e.g. http://127.0.0.1:3456 */
    api: string;
    /** Storefront base URL, e.g. http://127.0.0.1:4567 */
    storefront: string;
    browser: Browser;
    /** A fresh browser context (own cookies) and page, French locale, 1280×900. */
    newPage(): Promise<{ context: BrowserContext; page: Page }>;
    /** The first dev-mailbox e-mail whose subject contains `subject` (and sent to `recipient`), waiting up to 60 s. */
    waitForEmail(subject: string, recipient?: string): Promise<DevMail>;
    /** One Admin API request; `token` is a bearer token from a previous answer. */
    adminQuery<T>(query: string, variables?: Record<string, unknown>, token?: string): Promise<{ body: { data: T; errors?: unknown[] }; token: string | null }>;
    /** A superadmin bearer token. */
    adminToken(): Promise<string>;
    stop(): Promise<void>;
}

/** Seeds a database, starts server, worker and storefront, and launches Chromium. */
export async function startBrowserShop(): Promise<BrowserShop> {
    if (!fs.existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install chromium`);
    const i = await instance();
    const processes: Running[] = [];
    const api = `http://127.0.0.1:${i.port}`;
    const storefront = `http://127.0.0.1:${i.storefrontPort}`;
    let browser: Browser | undefined;
    const stop = async () => {
        await browser?.close();
        for (const p of processes.reverse()) await p.stop();
        i.cleanup();
    };
    try {
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
                `${storefront}/`,
                { cwd: path.join(ROOT, 'storefront') },
            ),
        );
        browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
        fs.mkdirSync(SCREENSHOTS, { recursive: true });
    } catch (error) {
        await stop();
        throw error;
    }
    const launched = browser;

    const adminQuery: BrowserShop['adminQuery'] = async (query, variables = {}, token) => {
        const res = await fetch(`${api}/admin-api`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
            body: JSON.stringify({ query, variables }),
        });
        return { body: (await res.json()) as never, token: res.headers.get('vendure-auth-token') };
    };

    return {
        api,
        storefront,
        browser: launched,
        stop,
        adminQuery,
        async newPage() {
            const context = await launched.newContext({ viewport: { width: 1280, height: 900 }, locale: 'fr-FR' });
            return { context, page: await context.newPage() };
        },
        async waitForEmail(subject, recipient) {
            const dir = path.join(i.dataDir, 'emails');
            const deadline = Date.now() + 60_000;
            while (Date.now() < deadline) {
                for (const file of fs.existsSync(dir) ? fs.readdirSync(dir).sort() : []) {
                    const mail = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as DevMail;
                    if (String(mail.subject).includes(subject) && (!recipient || mail.recipient === recipient)) return mail;
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
