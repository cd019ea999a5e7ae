/**
 * Shared pieces of the browser tests: Chromium (playwright-core, the system's /usr/bin/chromium, never
 * downloaded) and the real Radiant processes (seeded server, worker, storefront) of one {@link instance}.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Browser, chromium } from 'playwright-core';
import { expect } from 'vitest';
import { instance, ROOT, Running, runNode, startNode } from './processes';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
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

/** Launches headless Chromium and makes sure the screenshot folder exists. */
export async function launchChromium(): Promise<Browser> {
    if (!fs.existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install chromium`);
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/**
 * Seeds the demo shop into `i`'s data folder (dist/src/cli/seed.js), then starts the compiled server,
 * worker and storefront with `i.env` plus `env`; resolves when all three answer.
 *
 * @returns the running processes (stop them in reverse order), and the API server and storefront base URLs (127.0.0.1)
 */
export async function startRadiant(
    i: Awaited<ReturnType<typeof instance>>,
    env: Record<string, string> = {},
): Promise<{ processes: Running[]; api: string; storefront: string }> {
    const api = `http://127.0.0.1:${i.port}`;
    const storefront = `http://127.0.0.1:${i.storefrontPort}`;
    const all = { ...i.env, ...env };
    const seeded = await runNode('dist/src/cli/seed.js', [], all, 300_000);
    expect(seeded.code, seeded.stdout + seeded.stderr).toBe(0);
    const runEnv = { ...all, SEED_ON_START: 'false' };
    const processes: Running[] = [];
    processes.push(await startNode('server', 'dist/src/index.js', runEnv, `${api}/health`));
    processes.push(await startNode('worker', 'dist/src/index-worker.js', runEnv, `http://127.0.0.1:${i.workerPort}/health`));
    processes.push(
        await startNode(
            'storefront',
            'dist/server/entry.mjs',
            { HOST: '127.0.0.1', PORT: String(i.storefrontPort), VENDURE_SHOP_API_URL: `${api}/shop-api`, ASTRO_TELEMETRY_DISABLED: '1' },
            `${storefront}/`,
            { cwd: path.join(ROOT, 'storefront') },
        ),
    );
    return { processes, api, storefront };
}
