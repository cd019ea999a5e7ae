/**
 * The VIP pricing Dashboard screens on the real shop (compiled server, worker and Dashboard on a
 * freshly seeded database, Chromium), in the `fr` channel: Customers › VIP tiers lists the demo
 * tiers with their spend in euros; the variant page's "VIP prices" block lists the demo's VIP
 * Prestige price, shows the server's error under the price for a negative amount, and saves a
 * dated VIP price that the Admin API then returns.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrowserShop, SCREENSHOTS, startBrowserShop } from '../../../test/support/browser-shop';

describe('VIP pricing in the Dashboard', () => {
    let shop: BrowserShop;
    let frChannelId: string;
    let variantId: string;

    /** Signs in as superadmin and makes `fr` the Dashboard's active channel. */
    async function signInOnFr(page: Page) {
        await page.goto(`${shop.api}/dashboard/vip-tiers`);
        await page.locator('input[name="username"]').fill('superadmin');
        await page.locator('input[name="password"]').fill('superadmin');
        await page.locator('button[type="submit"]').click();
        await page.waitForURL(url => !url.pathname.includes('login'), { timeout: 60_000 });
        // The Dashboard keeps the active channel in local storage (its id and its token).
        await page.evaluate(`(() => {
            localStorage.setItem('vendure-selected-channel-token', 'fr');
            const settings = JSON.parse(localStorage.getItem('vendure-user-settings') ?? '{}');
            localStorage.setItem('vendure-user-settings', JSON.stringify({ ...settings, activeChannelId: '${frChannelId}' }));
        })()`);
    }

    beforeAll(async () => {
        shop = await startBrowserShop();
        const token = await shop.adminToken();
        const { body } = await shop.adminQuery<{
            activeChannel: { id: string };
            productVariants: { items: Array<{ id: string }> };
        }>(
            '{ activeChannel { id } productVariants(options: { filter: { sku: { eq: "ES-LP-90" } } }) { items { id } } }',
            {},
            token,
            'fr',
        );
        frChannelId = body.data.activeChannel.id;
        variantId = body.data.productVariants.items[0].id;
    });

    afterAll(async () => {
        await shop?.stop();
    });

    it('lists the channel’s tiers and edits a variant’s VIP prices with the server’s errors', async () => {
        const { context, page } = await shop.newPage({
            locale: 'en-GB',
            viewport: { width: 1440, height: 1000 },
        });
        try {
            await signInOnFr(page);
            await page.goto(`${shop.api}/dashboard/vip-tiers`);
            const rows = page.locator('[data-vip-tier]');
            await rows.first().waitFor({ timeout: 60_000 });
            expect(await rows.evaluateAll(trs => trs.map(tr => tr.getAttribute('data-vip-tier')))).toEqual([
                'VIP',
                'VIP Prestige',
            ]);
            expect(await page.locator('[data-vip-tier="VIP"]').innerText()).toContain('€500.00');
            await page.screenshot({
                path: path.join(SCREENSHOTS, 'vip-tiers-dashboard.png'),
                fullPage: true,
            });

            await page.goto(`${shop.api}/dashboard/product-variants/${variantId}`);
            const prestige = page.locator('[data-vip-price="VIP Prestige"]');
            await prestige.waitFor({ timeout: 60_000 });
            expect(await prestige.innerText()).toContain('€99.00');

            await page.locator('[data-vip-price-add]').click();
            await page.locator('#vip-price-tier').selectOption({ label: 'VIP (rank 1, default −10 %)' });
            await page.locator('#vip-price-amount').fill('-5');
            await page.locator('[data-vip-price-save]').click();
            const error = page.locator('[data-field-error="vip-price-amount"]');
            await error.waitFor({ timeout: 30_000 });
            expect(await error.innerText()).toContain('positive');

            await page.locator('#vip-price-amount').fill('105.50');
            await page.locator('#vip-price-starts').fill('2030-01-01T00:00');
            await page.locator('[data-vip-price-save]').click();
            await page.locator('[data-vip-price="VIP"]').waitFor({ timeout: 30_000 });
            expect(await page.locator('[data-vip-price="VIP"]').innerText()).toContain('€105.50');
            await page.screenshot({ path: path.join(SCREENSHOTS, 'vip-prices-variant.png'), fullPage: true });
        } finally {
            await context.close();
        }
        const { body } = await shop.adminQuery<{
            vipPrices: Array<{ price: number; tier: { name: string } }>;
        }>(
            'query ($id: ID!) { vipPrices(productVariantId: $id) { price tier { name } } }',
            { id: variantId },
            await shop.adminToken(),
            'fr',
        );
        expect(body.data.vipPrices.map(p => [p.tier.name, p.price])).toEqual([
            ['VIP', 10550],
            ['VIP Prestige', 9900],
        ]);
    });
});
