/**
 * What a merchant sees of orders in the Dashboard (issue 12, items 4 and 18), on the compiled server
 * and Dashboard with a freshly seeded database, in Chromium, in Vendure's default channel (which
 * holds every shop's orders):
 * - the Insights "Orders summary" widget counts and sums the orders in the channel's currency only
 *   (EUR), never the `ci` shop's XOF orders with them;
 * - after a partial refund that cancels no lines (a goodwill refund), "Fulfill order" is still
 *   offered: a refund is money given back, not an amount the customer owes;
 * - the order's addresses read as their country writes them ("75011 Paris", not "Paris / 75011").
 * See patches/@vendure+dashboard+3.7.3.patch.
 */
import path from 'node:path';
import { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrowserShop, SCREENSHOTS, settledGoodwillRefund, startBrowserShop } from '../support/browser-shop';
import { checkout, PaidOrder } from '../support/shop-checkout';

describe('Dashboard orders in the default channel', () => {
    let shop: BrowserShop;
    let token: string;
    const eur: PaidOrder[] = [];
    let xof: PaidOrder;

    beforeAll(async () => {
        shop = await startBrowserShop();
        const port = Number(new URL(shop.api).port);
        eur.push(await checkout(port, 'insights.eur1@example.com', 'fr'));
        eur.push(await checkout(port, 'insights.eur2@example.com', 'fr'));
        xof = await checkout(port, 'insights.xof@example.com', 'ci');
        token = await shop.adminToken();
    }, 900_000); // the seed takes minutes on a loaded machine, then three checkouts

    afterAll(async () => {
        await shop?.stop();
    });

    async function login(page: Page, url: string): Promise<void> {
        await page.goto(url);
        await page.locator('input[name="username"]').fill('superadmin');
        await page.locator('input[name="password"]').fill('superadmin');
        await page.locator('button[type="submit"]').click();
        await page.waitForURL(u => !u.pathname.includes('login'), { timeout: 60_000 });
    }

    it('counts and sums only the EUR orders in the Orders summary widget', async () => {
        expect(xof.currencyCode).toBe('XOF');
        // The default channel lists all three orders: what the widget used to count.
        const all = await shop.adminQuery<{
            orders: { items: Array<{ code: string; currencyCode: string }> };
        }>(
            '{ orders(options: { filter: { orderPlacedAt: { isNull: false } } }) { items { code currencyCode } } }',
            {},
            token,
        );
        expect(all.body.data.orders.items.map(o => o.currencyCode).sort()).toEqual(['EUR', 'EUR', 'XOF']);
        const eurRevenue = eur.reduce((sum, o) => sum + o.totalWithTax, 0);
        const expectedRevenue = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'EUR' }).format(
            eurRevenue / 100,
        );

        const { context, page } = await shop.newPage({ locale: 'en-GB' });
        try {
            await login(page, `${shop.api}/dashboard/`);
            const widget = page
                .locator('[data-slot="card"]')
                .filter({ has: page.getByText('Orders Summary', { exact: true }) });
            await widget.waitFor({ timeout: 60_000 });
            const figure = (label: string) =>
                widget
                    .locator('p', { hasText: new RegExp(`^${label}$`) })
                    .locator('xpath=following-sibling::p[1]');
            await expect.poll(() => figure('Total Orders').innerText(), { timeout: 30_000 }).toBe('2');
            await expect
                .poll(async () => (await figure('Total Revenue').innerText()).replace(/\s/g, ''), {
                    timeout: 30_000,
                })
                .toBe(expectedRevenue.replace(/\s/g, ''));
            expect(await widget.innerText()).toContain('Orders in EUR only');
            await widget.scrollIntoViewIfNeeded();
            await page.screenshot({ path: path.join(SCREENSHOTS, 'dashboard-orders-summary.png') });
        } finally {
            await context.close();
        }
    });

    it('still offers "Fulfill order" after a partial refund that cancels no lines', async () => {
        const order = eur[0];
        // Vendure asks nothing more of the customer: the order stays paid.
        expect(await settledGoodwillRefund(shop, token, order.id, 1000, 'VIR-0001')).toBe('PaymentSettled');

        const { context, page } = await shop.newPage({ locale: 'en-GB' });
        try {
            await login(page, `${shop.api}/dashboard/orders/${order.id}`);
            await page.goto(`${shop.api}/dashboard/orders/${order.id}`);
            await page.getByText(order.code).first().waitFor({ timeout: 60_000 });
            const fulfill = page.getByRole('button', { name: 'Fulfill order' });
            await fulfill.waitFor({ timeout: 30_000 });
            await page.screenshot({
                path: path.join(SCREENSHOTS, 'dashboard-fulfill-after-refund.png'),
                fullPage: true,
            });
            // The fulfillment goes through from the dialog.
            await fulfill.click();
            const dialog = page.getByRole('dialog');
            await dialog.waitFor();
            await dialog.getByRole('button', { name: 'Fulfill order' }).waitFor();
        } finally {
            await context.close();
        }
    });

    it('writes the order addresses as their country does: "75011 Paris"', async () => {
        const order = eur[1];
        const { context, page } = await shop.newPage({ locale: 'en-GB' });
        try {
            await login(page, `${shop.api}/dashboard/orders/${order.id}`);
            await page.goto(`${shop.api}/dashboard/orders/${order.id}`);
            await page.getByText(order.code).first().waitFor({ timeout: 60_000 });
            const locality = page.getByText('75011 Paris', { exact: true });
            await locality.first().waitFor({ timeout: 30_000 });
            // The shipping address card, and no line holding the postcode alone.
            expect(await locality.count()).toBeGreaterThanOrEqual(1);
            expect(await page.getByText('75011', { exact: true }).count()).toBe(0);
            await page.screenshot({
                path: path.join(SCREENSHOTS, 'dashboard-order-address.png'),
                fullPage: true,
            });
        } finally {
            await context.close();
        }
    });
});
