/**
 * The machine's Chromium and the flags Radiant always launches it with (headless, no sandbox in
 * containers, and nothing that talks to Google's services: no component updates, sync or
 * background networking). Shared by the browser tests and the bench's Lighthouse run.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || process.env.CHROME_PATH || '/usr/bin/chromium';

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
