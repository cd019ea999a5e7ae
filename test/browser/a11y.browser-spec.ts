/**
 * Accessibility (WCAG 2.1 A + AA rules of axe-core, through @axe-core/playwright) of the real
 * storefront in Chromium: the catalogue pages in both languages, the cart, every checkout step and
 * the confirmation, each in the day and night themes (the `radiant_theme` cookie the toggle sets).
 * Any violation fails, listed with its rule, impact and the offending elements.
 */
import AxeBuilder from '@axe-core/playwright';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrowserShop, guestCheckout, SCREENSHOTS, startBrowserShop } from '../support/browser-shop';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const THEMES = ['light', 'dark'] as const;

/** Catalogue pages, French paths (English: `/en` + path). */
const CATALOGUE = [
    { name: 'home', path: '/' },
    { name: 'listing', path: '/collections/parfums' },
    { name: 'filtered listing', path: '/collections/parfums?brand=1&price=50-100&sort=price-asc' },
    { name: 'product', path: '/products/elie-saab-le-parfum' },
    { name: 'search', path: '/search?q=rose' },
    { name: 'empty search', path: '/search?q=zzzz' },
    { name: '404', path: '/products/no-such-perfume' },
    { name: 'legal page', path: '/legal/withdrawal' },
];

describe('storefront accessibility (axe-core, WCAG 2.1 AA)', () => {
    let shop: BrowserShop;

    beforeAll(async () => {
        shop = await startBrowserShop();
    });

    afterAll(async () => {
        await shop?.stop();
    });

    async function themed(theme: (typeof THEMES)[number]): Promise<{ context: BrowserContext; page: Page }> {
        const opened = await shop.newPage({ colorScheme: theme === 'dark' ? 'dark' : 'light' });
        await opened.context.addCookies([{ name: 'radiant_theme', value: theme, url: shop.storefront }]);
        return opened;
    }

    async function expectNoViolations(page: Page, label: string): Promise<void> {
        const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
        const report = results.violations.map(
            v =>
                `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map(n => `${n.target.join(' ')} — ${n.failureSummary?.replace(/\s+/g, ' ')}`).join('\n    ')}`,
        );
        if (report.length) {
            await page.screenshot({
                path: path.join(SCREENSHOTS, `a11y-${label.replace(/[^a-z0-9]+/gi, '-')}.png`),
                fullPage: true,
            });
        }
        expect(report, `${label}:\n${report.join('\n')}`).toEqual([]);
        expect(results.passes.length, `${label}: axe ran no rule`).toBeGreaterThan(10);
    }

    for (const theme of THEMES) {
        for (const lang of ['fr', 'en'] as const) {
            it(`catalogue pages in ${lang.toUpperCase()}, ${theme} theme`, async () => {
                const { context, page } = await themed(theme);
                try {
                    for (const p of CATALOGUE) {
                        const url =
                            shop.storefront + (lang === 'en' ? `/en${p.path === '/' ? '' : p.path}` : p.path);
                        await page.goto(url);
                        expect(await page.locator('html').getAttribute('data-theme')).toBe(theme);
                        expect(await page.locator('html').getAttribute('lang')).toBe(lang);
                        await expectNoViolations(page, `${p.name} ${lang} ${theme}`);
                    }
                } finally {
                    await context.close();
                }
            });
        }

        it(`cart, every checkout step and the confirmation, ${theme} theme`, async () => {
            const { context, page } = await themed(theme);
            try {
                await page.goto(`${shop.storefront}/products/elie-saab-le-parfum`);
                await page.locator('form[action$="/cart/add"] button[type="submit"]').click();
                await page.waitForURL('**/cart');
                await expectNoViolations(page, `cart ${theme}`);
                const code = await guestCheckout(
                    page,
                    { email: `a11y.${theme}@example.com`, first: 'Inès', last: 'Moreau' },
                    step => expectNoViolations(page, `checkout ${step} ${theme}`),
                );
                expect(code).toMatch(/^[A-Z0-9]{16}$/);
                const account = await page.goto(`${shop.storefront}/account`);
                if (account?.status() === 200) await expectNoViolations(page, `account ${theme}`);
            } finally {
                await context.close();
            }
        });
    }

    /** The pages `npm run bench` measures with Lighthouse (bench/lib/storefront.mjs). */
    const BENCH_PAGES = ['/', '/collections/parfums', '/products/elie-saab-le-parfum'];
    /** Lighthouse's mobile preset: a 412×823 CSS px touch screen. */
    const MOBILE = {
        viewport: { width: 412, height: 823 },
        deviceScaleFactor: 1.75,
        isMobile: true,
        hasTouch: true,
    };

    it('on a phone, every link and button is a 24×24 CSS px target (WCAG 2.2 SC 2.5.8)', async () => {
        const { context, page } = await shop.newPage(MOBILE);
        try {
            for (const path of BENCH_PAGES) {
                await page.goto(shop.storefront + path);
                // axe-core's target-size rule (the one Lighthouse runs): size, or spacing from neighbours.
                const results = await new AxeBuilder({ page }).withRules(['target-size']).analyze();
                const offenders = results.violations.flatMap(v => v.nodes.map(n => n.target.join(' ')));
                expect(offenders, path).toEqual([]);
                expect(results.passes.length + results.incomplete.length, `${path}: rule not run`).toBe(1);
            }
        } finally {
            await context.close();
        }
    });

    it('does not move the page when the web fonts arrive after the first paint', async () => {
        const { context, page } = await shop.newPage(MOBILE);
        try {
            for (const path of BENCH_PAGES) {
                // The fonts are held back until the page has been painted with its fallback fonts.
                let release!: () => void;
                const released = new Promise<void>(resolve => (release = resolve));
                await page.route('**/_astro/*.woff2', async route => {
                    await released;
                    await route.continue();
                });
                await page.goto(shop.storefront + path, { waitUntil: 'domcontentloaded' });
                const twoFrames = () =>
                    page.evaluate('new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))');
                await twoFrames();
                release();
                await page.evaluate(`Promise.all(
                    ['1em "Inter Variable"', '1em "Cormorant Garamond Variable"'].map(f => document.fonts.load(f)),
                ).then(() => document.fonts.ready).then(() => undefined)`);
                await twoFrames();
                // Cumulative layout shift (https://web.dev/articles/cls), from the buffered entries.
                const shift = await page.evaluate<number>(`new Promise(resolve => {
                    let sum = 0;
                    const add = entries => entries.forEach(e => { if (!e.hadRecentInput) sum += e.value; });
                    const observer = new PerformanceObserver(list => add(list.getEntries()));
                    observer.observe({ type: 'layout-shift', buffered: true });
                    setTimeout(() => { add(observer.takeRecords()); observer.disconnect(); resolve(sum); }, 0);
                })`);
                expect(
                    await page.evaluate<boolean>(
                        'document.fonts.check(\'1em "Cormorant Garamond Variable"\')',
                    ),
                ).toBe(true);
                // Lighthouse's "good" is below 0.1; the fallback metrics keep the swap near 0.
                expect(shift, path).toBeLessThan(0.02);
                await page.unroute('**/_astro/*.woff2');
            }
        } finally {
            await context.close();
        }
    });
});
