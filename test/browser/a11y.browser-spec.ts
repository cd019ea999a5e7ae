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
});
