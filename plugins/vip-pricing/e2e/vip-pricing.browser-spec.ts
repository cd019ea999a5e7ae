/**
 * The VIP prices and status on the real storefront (seeded demo shop, compiled server, worker and
 * storefront, Chromium): the demo VIP client (`vip@radiant.example`, VIP Prestige pinned) sees the
 * regular price struck through beside the VIP price on the listing, search, product and cart
 * pages, with one sentence for screen readers, and their status on /compte in French and English;
 * on `ci` the prices and the status are in whole francs; a guest sees no VIP price anywhere. axe-core
 * (WCAG 2.1 AA) finds nothing on the pages changed. Screenshots in node_modules/.cache/radiant-screenshots.
 */
import AxeBuilder from '@axe-core/playwright';
import path from 'node:path';
import { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
    BrowserShop,
    recordCspViolations,
    SCREENSHOTS,
    startBrowserShop,
} from '../../../test/support/browser-shop';
import { DEMO_VIP_CUSTOMER } from '../seed/demo-vip';

const PRODUCT = '/products/elie-saab-le-parfum';

describe('VIP prices and status in Chromium', () => {
    let shop: BrowserShop;
    let storefront: string;

    beforeAll(async () => {
        shop = await startBrowserShop();
        storefront = shop.storefront;
    });

    afterAll(async () => {
        await shop?.stop();
    });

    /** Screenshot, then axe-core's WCAG 2.1 A/AA rules on the page's main content. */
    async function check(page: Page, name: string): Promise<string[]> {
        await page.screenshot({ path: path.join(SCREENSHOTS, `vip-${name}.png`), fullPage: true });
        const result = await new AxeBuilder({ page: page as never })
            .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
            .exclude('body > header')
            .exclude('body > footer')
            .analyze();
        return result.violations.map(
            v => `${name}: ${v.id} (${v.impact}): ${v.nodes.map(n => n.target.join(' ')).join(', ')}`,
        );
    }

    async function signIn(
        page: Page,
        { emailAddress, password }: { emailAddress: string; password: string } = DEMO_VIP_CUSTOMER,
    ): Promise<void> {
        await page.goto(`${storefront}/compte/connexion`);
        await page.locator('input[name="emailAddress"]').fill(emailAddress);
        await page.locator('input[name="password"]').fill(password);
        await page.getByRole('button', { name: 'Se connecter' }).click();
        await page.waitForURL(`${storefront}/compte`);
    }

    /**
     * The visible struck-through regular price and the sentence for screen readers of the first VIP
     * price in `scope`, with any white space (Intl's narrow no-break spaces) as one plain space.
     */
    async function vipPrice(page: Page, scope: string) {
        const price = page.locator(`${scope} [data-vip-price]`).first();
        return {
            regular: (await price.locator('s').innerText()).replace(/\s+/g, ' ').trim(),
            spoken: (await price.locator('.sr-only').innerText()).replace(/\s+/g, ' ').trim(),
        };
    }

    it('shows a guest the regular prices only', async () => {
        const { context, page } = await shop.newPage();
        try {
            await page.goto(`${storefront}${PRODUCT}`);
            expect(await page.locator('label', { hasText: '90 ml' }).innerText()).toContain('120,00');
            expect(await page.locator('label', { hasText: '90 ml' }).innerText()).not.toContain('99,00');
            for (const url of [PRODUCT, '/search?q=elie', '/collections/parfums']) {
                if (url !== PRODUCT) await page.goto(`${storefront}${url}`);
                expect(await page.locator('[data-vip-price], [data-vip-tier], s').count(), url).toBe(0);
                expect(await page.content(), url).not.toMatch(/Prix VIP|prix VIP/);
            }
        } finally {
            await context.close();
        }
    });

    it('shows the VIP client the struck-through regular price, the cart and the status, FR then EN', async () => {
        const { context, page } = await shop.newPage();
        const csp = await recordCspViolations(page);
        const violations: string[] = [];
        try {
            await signIn(page);
            violations.push(...(await check(page, 'compte-fr')));
            const status = page.locator('[data-section="vip-status"]');
            expect(await status.locator('h2').innerText()).toBe('Mon statut VIP');
            expect(await status.locator('[data-vip-tier]').innerText()).toContain(
                'Vous êtes membre VIP Prestige',
            );
            expect(await status.locator('[data-vip-spend]').innerText()).toMatch(
                /^Vos achats depuis le .+\s:\s0,00\s€\.$/,
            );
            expect(await status.locator('[data-vip-next]').innerText()).toContain('plus haut niveau');
            // Pinned by the demo seed: no threshold to keep.
            expect(await status.locator('[data-vip-keep]').innerText()).toContain('attribué par la maison');
            // Signed-in pages are never stored by a shared cache.
            const account = await page.request.get(`${storefront}/compte`);
            expect(account.headers()['cache-control']).toBe('private, no-store');

            await page.goto(`${storefront}${PRODUCT}`);
            const product = await page.request.get(`${storefront}${PRODUCT}`);
            expect(product.headers()['cache-control']).not.toContain('public');
            const ninety = page.locator('label', { hasText: '90 ml' });
            expect(await vipPrice(page, `label:has-text("90 ml")`)).toEqual({
                regular: '120,00 €',
                spoken: 'Prix normal 120,00 €, prix VIP 99,00 €',
            });
            expect(
                (await ninety.locator('[data-vip-price] [aria-hidden="true"]').innerText()).replace(
                    /\s+/g,
                    ' ',
                ),
            ).toBe('120,00 € 99,00 €');
            expect(await page.locator('[data-vip-tier]').innerText()).toBe('Votre prix VIP Prestige');
            violations.push(...(await check(page, 'product-fr')));

            await page.goto(`${storefront}/search?q=elie`);
            expect(await page.locator('main [data-vip-price]').count()).toBeGreaterThan(0);
            await page.goto(`${storefront}/collections/parfums`);
            expect(await page.locator('main [data-vip-price]').count()).toBeGreaterThan(0);
            violations.push(...(await check(page, 'listing-fr')));

            await page.goto(`${storefront}${PRODUCT}`);
            await ninety.click();
            await page.locator('form[action$="/cart/add"] button[type="submit"]').click();
            await page.waitForURL('**/cart');
            const line = page.locator('main li', { hasText: 'Elie Saab' }).first();
            expect(await vipPrice(page, 'main li')).toEqual({
                regular: '120,00 €',
                spoken: 'Prix normal 120,00 €, prix VIP 99,00 €',
            });
            expect(await line.locator('[data-vip-price]').count()).toBe(2); // unit price and line total
            expect(await page.locator('[data-subtotal]').innerText()).toContain('99,00');
            violations.push(...(await check(page, 'cart-fr')));

            await page.goto(`${storefront}/en${PRODUCT}`);
            expect(await vipPrice(page, `label:has-text("90 ml")`)).toEqual({
                regular: '€120.00',
                spoken: 'Regular price €120.00, VIP price €99.00',
            });
            violations.push(...(await check(page, 'product-en')));
            await page.goto(`${storefront}/en/cart`);
            expect((await vipPrice(page, 'main li')).spoken).toBe('Regular price €120.00, VIP price €99.00');
            violations.push(...(await check(page, 'cart-en')));
            await page.goto(`${storefront}/en/compte`);
            expect(await status.locator('h2').innerText()).toBe('My VIP status');
            expect(await status.locator('[data-vip-tier]').innerText()).toContain(
                'You are a VIP Prestige member',
            );
            expect(await status.locator('[data-vip-spend]').innerText()).toMatch(
                /^Your purchases since .+: €0\.00\.$/,
            );
            violations.push(...(await check(page, 'compte-en')));
            expect(csp).toEqual([]);
        } finally {
            await context.close();
        }
        expect(violations).toEqual([]);
    });

    it('shows a customer without a tier what is left to join the first one, and no VIP price', async () => {
        const customer = { emailAddress: 'fatou.sarr@example.com', password: 'hibiscus-dakar-2026' };
        const created = await shop.adminQuery<{ createCustomer: { id?: string } }>(
            `mutation ($input: CreateCustomerInput!, $password: String!) { createCustomer(input: $input, password: $password) { ... on Customer { id } ... on ErrorResult { errorCode message } } }`,
            {
                input: { emailAddress: customer.emailAddress, firstName: 'Fatou', lastName: 'Sarr' },
                password: customer.password,
            },
            await shop.adminToken(),
            'fr',
        );
        expect(created.body.data.createCustomer.id, JSON.stringify(created.body)).toBeTruthy();
        const { context, page } = await shop.newPage();
        const violations: string[] = [];
        try {
            await signIn(page, customer);
            const status = page.locator('[data-section="vip-status"]');
            expect(await status.locator('[data-vip-tier]').innerText()).toBe(
                'Vous n’êtes pas encore membre du programme VIP.',
            );
            // The demo's first tier: VIP, 10 %, from 500 € over 12 months.
            expect((await status.locator('[data-vip-next]').innerText()).replace(/\s+/g, ' ')).toBe(
                'Encore 500,00 € d’achats pour rejoindre VIP (10 % de réduction).',
            );
            expect(await status.locator('progress').getAttribute('value')).toBe('0');
            expect(await status.locator('[data-vip-keep]').count()).toBe(0);
            violations.push(...(await check(page, 'compte-member-fr')));
            await page.goto(`${storefront}${PRODUCT}`);
            expect(await page.locator('[data-vip-price], [data-vip-tier]').count()).toBe(0);
        } finally {
            await context.close();
        }
        expect(violations).toEqual([]);
    });

    it('shows the VIP prices and status in whole francs on ci', async () => {
        const { context, page } = await shop.newPage();
        const violations: string[] = [];
        try {
            await page.goto(`${storefront}/`);
            await page.locator('form[action$="/channel"] button[value="ci"]').first().click();
            await page.waitForURL(`${storefront}/`);
            await signIn(page);
            const status = page.locator('[data-section="vip-status"]');
            expect(await status.locator('[data-vip-spend]').innerText()).toMatch(/\s:\s0\sF\sCFA\.$/);
            violations.push(...(await check(page, 'compte-ci')));
            await page.goto(`${storefront}${PRODUCT}`);
            const { regular, spoken } = await vipPrice(page, `label:has-text("90 ml")`);
            expect(regular).toBe('78 500 F CFA');
            expect(spoken).toBe('Prix normal 78 500 F CFA, prix VIP 65 000 F CFA');
            violations.push(...(await check(page, 'product-ci')));
            await page.locator('label', { hasText: '90 ml' }).click();
            await page.locator('form[action$="/cart/add"] button[type="submit"]').click();
            await page.waitForURL('**/cart');
            expect((await vipPrice(page, 'main li')).spoken).toBe(
                'Prix normal 78 500 F CFA, prix VIP 65 000 F CFA',
            );
            violations.push(...(await check(page, 'cart-ci')));
        } finally {
            await context.close();
        }
        expect(violations).toEqual([]);
    });
});
