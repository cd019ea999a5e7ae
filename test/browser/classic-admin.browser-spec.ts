/**
 * What a merchant sees of orders in the classic admin (`/admin`, @vendure/admin-ui-plugin's prebuilt
 * Angular app; issue 12, items 4, 6 and 18), on the compiled server with a freshly seeded database,
 * in Chromium, in Vendure's default channel (which holds every shop's orders):
 * - the dashboard's "Orders summary" widget counts and sums the orders in the channel's currency
 *   only (EUR), never the `ci` shop's XOF orders with them, and says so ("Orders in EUR only"; in the
 *   `ci` channel, its XOF order in whole francs);
 * - an XOF order's amounts are in whole francs ("F CFA 97,458", not "F CFA 97,457.63");
 * - after a partial refund that cancels no lines (a goodwill refund), the order page neither offers
 *   "Arrange additional payment" nor disables "Fulfill order": a refund is money given back, not an
 *   amount the customer owes.
 * See patches/@vendure+admin-ui-plugin+3.7.3.patch (the Dashboard's side is in
 * dashboard-orders.browser-spec.ts).
 */
import path from 'node:path';
import { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrowserShop, SCREENSHOTS, settledGoodwillRefund, startBrowserShop } from '../support/browser-shop';
import { checkout, PaidOrder } from '../support/shop-checkout';

describe('Classic admin orders in the default channel', () => {
    let shop: BrowserShop;
    let token: string;
    const eur: PaidOrder[] = [];
    let xof: PaidOrder;

    beforeAll(async () => {
        shop = await startBrowserShop();
        const port = Number(new URL(shop.api).port);
        eur.push(await checkout(port, 'classic.eur1@example.com', 'fr'));
        eur.push(await checkout(port, 'classic.eur2@example.com', 'fr'));
        xof = await checkout(port, 'classic.xof@example.com', 'ci');
        token = await shop.adminToken();
    }, 900_000); // the seed takes minutes on a loaded machine, then three checkouts

    afterAll(async () => {
        await shop?.stop();
    });

    /** An XOF amount (minor units, as Vendure stores it) as the classic admin should show it: "F CFA 142,000". */
    const francs = (minor: number) =>
        new Intl.NumberFormat('en', { style: 'currency', currency: 'XOF' }).format(minor / 100);
    /** A large English page for the classic admin. */
    const adminPage = () => shop.newPage({ locale: 'en-GB', viewport: { width: 1600, height: 1800 } });

    /** Signs in to the classic admin as the superadmin, then opens `route` (e.g. `orders/1`, `` for the dashboard). */
    async function login(page: Page, route: string): Promise<void> {
        await page.goto(`${shop.api}/admin/login`);
        await page.locator('#login_username').fill('superadmin');
        await page.locator('#login_password').fill('superadmin');
        await page.locator('button.login-button').click();
        await page.waitForURL(u => !u.pathname.includes('login'), { timeout: 60_000 });
        await page.goto(`${shop.api}/admin/${route}`);
    }

    it("counts and sums only the channel currency's orders in the Orders summary widget", async () => {
        expect(xof.currencyCode).toBe('XOF');
        const eurRevenue = eur.reduce((sum, o) => sum + o.totalWithTax, 0);
        const expectedRevenue = new Intl.NumberFormat('en', { style: 'currency', currency: 'EUR' }).format(
            eurRevenue / 100,
        );

        // "F CFA 142,000", where the unpatched pipe wrote "F CFA 142,000.00".
        const expectedFrancs = francs(xof.totalWithTax);
        const { context, page } = await adminPage();
        try {
            await login(page, ''); // the dashboard is the app's root
            // Angular's errors once signed in (the app logs one while it finds no session).
            const errors: string[] = [];
            page.on('pageerror', e => errors.push(e.message));
            page.on('console', m => {
                if (m.type() === 'error' && m.text().startsWith('ERROR')) errors.push(m.text());
            });
            await page.reload();
            const widget = page.locator('vdr-order-summary-widget');
            await widget.waitFor({ timeout: 60_000 });
            const figures = widget.locator('.stat-figure');
            // Without the patch: 3 orders, and the XOF total added to the euros.
            await expect.poll(() => figures.nth(0).innerText(), { timeout: 30_000 }).toBe('2');
            await expect
                .poll(async () => (await figures.nth(1).innerText()).replace(/\s/g, ''), { timeout: 30_000 })
                .toBe(expectedRevenue.replace(/\s/g, ''));
            await expect
                .poll(() => widget.locator('.order-summary-caption').innerText(), { timeout: 30_000 })
                .toBe('Orders in EUR only');
            // The patched template runs without Angular errors.
            expect(errors).toEqual([]);
            await widget.scrollIntoViewIfNeeded();
            await page.screenshot({ path: path.join(SCREENSHOTS, 'classic-admin-orders-summary.png') });

            // In the `ci` shop's channel: its XOF order, in whole francs.
            await page.locator('vdr-channel-switcher button.active-channel').click();
            await page
                .locator('button[vdrdropdownitem]') // in an overlay, outside vdr-channel-switcher
                .filter({ hasText: /^\s*ci\s*$/ })
                .click();
            await expect
                .poll(() => widget.locator('.order-summary-caption').innerText(), { timeout: 30_000 })
                .toBe('Orders in XOF only');
            await expect.poll(() => figures.nth(0).innerText(), { timeout: 30_000 }).toBe('1');
            await expect
                .poll(async () => (await figures.nth(1).innerText()).replace(/\s/g, ''), { timeout: 30_000 })
                .toBe(expectedFrancs.replace(/\s/g, ''));
            expect(errors).toEqual([]);
            await page.screenshot({ path: path.join(SCREENSHOTS, 'classic-admin-orders-summary-ci.png') });
        } finally {
            await context.close();
        }
    });

    it("shows an XOF order's amounts in whole francs", async () => {
        const expectedTotal = francs(xof.totalWithTax);
        const { context, page } = await adminPage();
        try {
            await login(page, `orders/${xof.id}`);
            await page.getByText(xof.code).first().waitFor({ timeout: 60_000 });
            await page.getByText('F CFA').first().waitFor({ timeout: 30_000 });
            const text = await page.locator('body').innerText();
            const amounts = text.match(/F\s?CFA\s?[\d,.]*\d/g) ?? [];
            // The lines, subtotal, shipping, total and payment: none with ",xx"/".xx" centimes.
            expect(amounts.length).toBeGreaterThanOrEqual(3);
            expect(amounts.filter(a => /[.,]\d{2}$/.test(a))).toEqual([]);
            expect(text.replace(/\s/g, '')).toContain(expectedTotal.replace(/\s/g, ''));
            await page.screenshot({
                path: path.join(SCREENSHOTS, 'classic-admin-xof-order.png'),
                fullPage: true,
            });
        } finally {
            await context.close();
        }
    });

    it('offers "Fulfill order", not "Arrange additional payment", after a goodwill refund', async () => {
        const order = eur[0];
        // Vendure asks nothing more of the customer: the order stays paid.
        expect(await settledGoodwillRefund(shop, token, order.id, 1000, 'VIR-0002')).toBe('PaymentSettled');

        const { context, page } = await adminPage();
        try {
            await login(page, `orders/${order.id}`);
            await page.getByText(order.code).first().waitFor({ timeout: 60_000 });
            const fulfill = page.getByRole('button', { name: 'Fulfill order' });
            await fulfill.waitFor({ timeout: 30_000 });
            await page.screenshot({
                path: path.join(SCREENSHOTS, 'classic-admin-fulfill-after-refund.png'),
                fullPage: true,
            });
            expect(await page.getByRole('button', { name: /Arrange additional payment/ }).count()).toBe(0);
            expect(await fulfill.isEnabled()).toBe(true);
            // The fulfillment dialog opens.
            await fulfill.click();
            await page.locator('vdr-fulfill-order-dialog').waitFor({ timeout: 30_000 });
        } finally {
            await context.close();
        }
    });
});
