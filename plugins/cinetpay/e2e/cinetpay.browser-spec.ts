/**
 * A shopper pays on the ci channel with CinetPay, in Chromium, against Radiant's real compiled processes
 * (server, worker, storefront, seeded demo shop with its `cinetpay-ci` method) and the CinetPay simulator
 * (real HTTP, CinetPay's wire format; the only fake, at the network boundary):
 * - accepted on the hosted page → result page "accepted" → confirmation; Admin API: PaymentSettled;
 * - back from CinetPay before the notification → result page "pending" reloads by itself until accepted;
 * - refused → result page "refused" → retry → accepted; the Dashboard's order page lists both attempts;
 * - a refund in the Dashboard is announced as pending with what to do (send the money back, then
 *   "Settle refund"), never as "processed successfully" (issue 12, item 3).
 */
import path from 'node:path';
import { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
    launchChromium,
    recordCspViolations,
    SCREENSHOTS,
    startRadiant,
} from '../../../test/support/browser-shop';
import { instance, Running } from '../../../test/support/processes';
import { CinetPaySimulator } from '../simulator/cinetpay-simulator';
import { CINETPAY_DEMO_MERCHANT } from '../simulator/demo-merchant';

describe('CinetPay checkout on ci in Chromium (simulator)', () => {
    let i: Awaited<ReturnType<typeof instance>>;
    let processes: Running[] = [];
    const simulator = new CinetPaySimulator([CINETPAY_DEMO_MERCHANT]);
    let browser: Browser;
    let storefront: string;
    let api: string;
    let adminToken: string;
    /** The order the first test paid (CinetPay, Settled), refunded by the last test. */
    let acceptedOrderId: string | undefined;

    beforeAll(async () => {
        const simulatorUrl = await simulator.start();
        i = await instance();
        // One host name everywhere, so that the storefront's session cookie follows the shopper back from CinetPay.
        const host = '127.0.0.1';
        ({ processes, api, storefront } = await startRadiant(i, {
            PUBLIC_URL: `http://${host}:${i.port}`,
            STOREFRONT_URL: `http://${host}:${i.storefrontPort}`,
            CINETPAY_API_URL: simulatorUrl,
        }));
        browser = await launchChromium();
        const login = await fetch(`${api}/admin-api`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({
                query: 'mutation { login(username: "superadmin", password: "superadmin") { ... on CurrentUser { id } } }',
            }),
        });
        adminToken = login.headers.get('vendure-auth-token') ?? '';
        expect(adminToken).not.toBe('');
    });

    afterAll(async () => {
        await browser?.close();
        for (const p of processes.reverse()) await p.stop();
        await simulator.stop();
        i?.cleanup();
    });

    async function adminQuery<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
        const res = await fetch(`${api}/admin-api`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${adminToken}` },
            body: JSON.stringify({ query, variables }),
        });
        const body = (await res.json()) as { data: T; errors?: unknown[] };
        expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
        return body.data;
    }

    async function orderByCode(code: string) {
        const data = await adminQuery<{ orders: { items: any[] } }>(
            `query ($code: String!) { orders(options: { filter: { code: { eq: $code } } }) {
                items { id code state currencyCode totalWithTax payments { method state amount transactionId } } } }`,
            { code },
        );
        expect(data.orders.items).toHaveLength(1);
        return data.orders.items[0];
    }

    async function newPage(): Promise<{ context: BrowserContext; page: Page }> {
        const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'fr-FR' });
        return { context, page: await context.newPage() };
    }

    /** The storefront's buttons the checkout clicks, per page language. */
    const LABELS = {
        fr: {
            add: 'Ajouter au panier',
            toReview: 'Vérifier ma commande',
            pay: 'Payer la commande',
        },
        en: {
            add: 'Add to bag',
            toReview: 'Review my order',
            pay: 'Pay for the order',
        },
    } as const;

    /**
     * Fills the basket and the checkout on ci up to CinetPay's hosted page, in the storefront's
     * `lang` (French unprefixed, English under `/en`); returns the simulator's transaction id.
     */
    async function checkoutToCinetPay(page: Page, email: string, lang: 'fr' | 'en' = 'fr'): Promise<string> {
        const prefix = lang === 'en' ? '/en' : '';
        const submit = () => page.locator('main form button[type="submit"].btn-primary').click();
        await page.goto(`${storefront}${prefix}/products/elie-saab-le-parfum`);
        await page
            .getByRole('button', { name: /Côte d'Ivoire · XOF/ })
            .first()
            .click();
        await page.waitForURL(`**${prefix}/products/elie-saab-le-parfum`);
        await page.locator('label', { hasText: '90 ml' }).click();
        await page.getByRole('button', { name: LABELS[lang].add }).click();
        await page.waitForURL(`**${prefix}/cart`);
        await page.locator('main a[href$="/checkout/contact"]').first().click();
        await page.waitForURL(`**${prefix}/checkout/contact`);
        await page.locator('[name="emailAddress"]').fill(email);
        await page.locator('[name="firstName"]').fill('Awa');
        await page.locator('[name="lastName"]').fill('Diallo');
        await submit();
        await page.waitForURL(`**${prefix}/checkout/shipping`);
        await page.locator('[name="fullName"]').fill('Awa Diallo');
        await page.locator('[name="streetLine1"]').fill('Rue des Jardins, Cocody');
        await page.locator('[name="postalCode"]').fill('01 BP 1234');
        await page.locator('[name="city"]').fill('Abidjan');
        await page.locator('[name="countryCode"]').selectOption('CI');
        await page.locator('[name="phoneNumber"]').fill('+225 07 07 07 07 07');
        await submit();
        await page.waitForURL(`**${prefix}/checkout/delivery`);
        await page.locator('label', { hasText: /Coursier|courier/ }).click();
        await submit();
        return payWithCinetPay(page, lang);
    }

    /** On the payment step: picks the CinetPay method and submits; resolves on the simulator's hosted page. */
    async function payWithCinetPay(page: Page, lang: 'fr' | 'en' = 'fr'): Promise<string> {
        const prefix = lang === 'en' ? '/en' : '';
        await page.waitForURL(`**${prefix}/checkout/payment`);
        await page.locator('label', { hasText: 'CinetPay' }).click();
        await page.getByRole('button', { name: LABELS[lang].toReview }).click();
        await page.waitForURL(new RegExp(`${prefix}/checkout/review\\?method=cinetpay-ci$`));
        await page.getByRole('button', { name: LABELS[lang].pay }).click();
        await page.waitForURL(`${simulator.url}/pay/**`);
        const text = await page.locator('body').innerText();
        expect(text).toMatch(/81\s?000 XOF/); // 78 500 + courier 2 500 (CinetPay amounts are in francs)
        return /transaction (\w+)/.exec(text)![1];
    }

    /** On the result page: waits until it shows `outcome`. */
    async function expectOutcome(page: Page, outcome: string, timeout = 30_000): Promise<void> {
        await page.waitForURL('**/checkout/cinetpay/**', { timeout });
        await page.locator(`[data-cinetpay-outcome="${outcome}"]`).waitFor({ timeout });
    }

    it('pays with CinetPay: hosted page → accepted → confirmation; the order is PaymentSettled', async () => {
        const { context, page } = await newPage();
        // The payment form's 303 to the hosted page is allowed by the policy's form-action.
        const cspViolations = await recordCspViolations(page);
        try {
            const transactionId = await checkoutToCinetPay(page, 'awa.accept@example.com');
            await page.getByRole('button', { name: 'Accepter' }).click();
            await expectOutcome(page, 'accepted');
            expect(await page.locator('h1').innerText()).toBe('Paiement accepté');
            await page.screenshot({ path: path.join(SCREENSHOTS, 'cinetpay-accepted.png'), fullPage: true });
            await page.waitForURL('**/checkout/confirmation/**'); // the page moves on by itself
            const code = (await page.locator('[data-order-code]').first().innerText()).trim();
            const order = await orderByCode(code);
            expect(order).toMatchObject({
                state: 'PaymentSettled',
                currencyCode: 'XOF',
                totalWithTax: 8_100_000,
                payments: [{ method: 'cinetpay-ci', state: 'Settled', amount: 8_100_000, transactionId }],
            });
            acceptedOrderId = order.id;
            expect(cspViolations).toEqual([]);
        } catch (err) {
            await page
                .screenshot({ path: path.join(SCREENSHOTS, 'cinetpay-failure.png'), fullPage: true })
                .catch(() => undefined);
            throw err;
        } finally {
            await context.close();
        }
    });

    // Issue 12: the English result page stayed on "Payment accepted" while the French one moved on.
    it('pays in English under /en: accepted → the English confirmation, by itself', async () => {
        const { context, page } = await newPage();
        try {
            const transactionId = await checkoutToCinetPay(page, 'ama.accept.en@example.com', 'en');
            await page.getByRole('button', { name: 'Accepter' }).click();
            await expectOutcome(page, 'accepted');
            expect(new URL(page.url()).pathname).toMatch(/^\/en\/checkout\/cinetpay\//);
            expect(await page.locator('h1').innerText()).toBe('Payment accepted');
            expect(await page.locator('html').getAttribute('lang')).toBe('en');
            await page.screenshot({
                path: path.join(SCREENSHOTS, 'cinetpay-accepted-en.png'),
                fullPage: true,
            });
            // No click: the page moves on by itself, to the English confirmation.
            await page.waitForURL('**/en/checkout/confirmation/**', { timeout: 15_000 });
            await page.locator('[data-order-code]').first().waitFor();
            expect(await page.locator('html').getAttribute('lang')).toBe('en');
            expect(await page.locator('h1').innerText()).toMatch(/^Thank you/);
            await page.screenshot({
                path: path.join(SCREENSHOTS, 'cinetpay-confirmation-en.png'),
                fullPage: true,
            });
            const code = (await page.locator('[data-order-code]').first().innerText()).trim();
            expect(await orderByCode(code)).toMatchObject({
                state: 'PaymentSettled',
                payments: [{ method: 'cinetpay-ci', state: 'Settled', transactionId }],
            });
        } catch (err) {
            await page
                .screenshot({ path: path.join(SCREENSHOTS, 'cinetpay-en-failure.png'), fullPage: true })
                .catch(() => undefined);
            throw err;
        } finally {
            await context.close();
        }
    });

    it('in English too: "pending" reloads by itself under /en until accepted, then the English confirmation', async () => {
        const { context, page } = await newPage();
        try {
            const transactionId = await checkoutToCinetPay(page, 'ama.pending.en@example.com', 'en');
            await page.goto(`${api}/payments/cinetpay/return?transaction_id=${transactionId}`);
            await expectOutcome(page, 'pending');
            expect(new URL(page.url()).pathname).toMatch(/^\/en\/checkout\/cinetpay\//);
            expect(await page.locator('h1').innerText()).not.toMatch(/Paiement/);
            await page.screenshot({
                path: path.join(SCREENSHOTS, 'cinetpay-pending-en.png'),
                fullPage: true,
            });
            await simulator.complete(transactionId, 'ACCEPTED');
            await page.locator('[data-cinetpay-outcome="accepted"]').waitFor({ timeout: 30_000 });
            expect(new URL(page.url()).pathname).toMatch(/^\/en\/checkout\/cinetpay\//);
            await page.waitForURL('**/en/checkout/confirmation/**', { timeout: 30_000 });
            expect(await page.locator('html').getAttribute('lang')).toBe('en');
        } finally {
            await context.close();
        }
    });

    it('shows "pending" when the shopper is back before the notification, then follows the order until accepted', async () => {
        const { context, page } = await newPage();
        try {
            const transactionId = await checkoutToCinetPay(page, 'awa.pending@example.com');
            // The shopper leaves CinetPay's page (e.g. approves on the phone later): the return URL, no notification yet.
            await page.goto(`${api}/payments/cinetpay/return?transaction_id=${transactionId}`);
            await expectOutcome(page, 'pending');
            expect(await page.getByRole('link', { name: 'Actualiser' }).getAttribute('href')).toContain(
                transactionId,
            );
            await page.screenshot({ path: path.join(SCREENSHOTS, 'cinetpay-pending.png'), fullPage: true });
            const deliveries = await simulator.complete(transactionId, 'ACCEPTED');
            expect(deliveries.at(-1)?.status).toBe(200);
            // No click: the page reloads itself (Refresh header), shows "accepted", then the confirmation.
            await page.locator('[data-cinetpay-outcome="accepted"]').waitFor({ timeout: 30_000 });
            await page.waitForURL('**/checkout/confirmation/**', { timeout: 30_000 });
            const code = (await page.locator('[data-order-code]').first().innerText()).trim();
            expect((await orderByCode(code)).state).toBe('PaymentSettled');
        } finally {
            await context.close();
        }
    });

    // Issue 13 item 14: the cart cannot change while CinetPay may still take the first total.
    it('keeps the cart as it is while the payment awaits approval, and says why', async () => {
        const { context, page } = await newPage();
        try {
            const transactionId = await checkoutToCinetPay(page, 'awa.locked@example.com');
            await page.goto(`${storefront}/cart`);
            await page.locator('input[name="quantity"]').first().fill('2');
            await page
                .getByRole('button', { name: /Mettre à jour/ })
                .first()
                .click();
            await page.waitForURL('**/cart');
            await expect
                .poll(() => page.getByRole('alert').first().innerText())
                .toContain('Un paiement CinetPay de cette commande attend votre validation');
            expect(await page.locator('input[name="quantity"]').first().inputValue()).toBe('1');
            await page.screenshot({
                path: path.join(SCREENSHOTS, 'cinetpay-cart-locked.png'),
                fullPage: true,
            });
            await simulator.complete(transactionId, 'ACCEPTED');
            // The attempt's metadata is the order code; the order took the payment it was asked for.
            const order = await orderByCode(simulator.transactions.get(transactionId)!.metadata!);
            expect(order).toMatchObject({ state: 'PaymentSettled', totalWithTax: 8_100_000 });
        } finally {
            await context.close();
        }
    });

    it('refused, then retried and accepted; the Dashboard order page lists both attempts', async () => {
        const { context, page } = await newPage();
        try {
            const refusedId = await checkoutToCinetPay(page, 'awa.retry@example.com');
            await page.getByRole('button', { name: 'Refuser' }).click();
            await expectOutcome(page, 'refused');
            expect(await page.locator('h1').innerText()).toBe('Paiement refusé');
            await page.screenshot({ path: path.join(SCREENSHOTS, 'cinetpay-refused.png'), fullPage: true });
            const code = (await page.locator('[data-order-code]').first().innerText()).trim();
            expect((await orderByCode(code)).state).toBe('ArrangingPayment');

            await page.getByRole('link', { name: 'Réessayer le paiement' }).click();
            const acceptedId = await payWithCinetPay(page);
            expect(acceptedId).not.toBe(refusedId);
            await page.getByRole('button', { name: 'Accepter' }).click();
            await expectOutcome(page, 'accepted');
            await page.waitForURL(`**/checkout/confirmation/${code}`);
            const order = await orderByCode(code);
            expect(order.state).toBe('PaymentSettled');
            expect(order.payments).toEqual([
                expect.objectContaining({
                    method: 'cinetpay-ci',
                    state: 'Settled',
                    transactionId: acceptedId,
                }),
            ]);
            const { cinetPayTransactions } = await adminQuery<{
                cinetPayTransactions: { transactionId: string; status: string }[];
            }>('query ($id: ID!) { cinetPayTransactions(orderId: $id) { transactionId status } }', {
                id: order.id,
            });
            expect(cinetPayTransactions).toEqual([
                { transactionId: acceptedId, status: 'ACCEPTED' },
                { transactionId: refusedId, status: 'REFUSED' },
            ]);

            // The Dashboard (dist/dashboard, built by `npm run build`) shows the attempts on the order page.
            const dashboard = await context.newPage();
            await dashboard.goto(`${api}/dashboard/orders/${order.id}`);
            await dashboard.locator('input[name="username"]').fill('superadmin');
            await dashboard.locator('input[name="password"]').fill('superadmin');
            await dashboard.locator('button[type="submit"]').click();
            await dashboard.waitForURL(url => !url.pathname.includes('login'), { timeout: 60_000 });
            await dashboard.goto(`${api}/dashboard/orders/${order.id}`);
            const block = dashboard.locator('[data-cinetpay-attempts]');
            await block.waitFor({ timeout: 60_000 });
            expect(await block.getAttribute('data-cinetpay-attempts')).toBe('2');
            expect(await block.innerText()).toContain(refusedId);
            expect(await block.innerText()).toContain('ACCEPTED');
            // The accepted attempt's notification, with its raw body (the payer's phone number as CinetPay sent it).
            await block.locator(`[data-cinetpay-attempt="${acceptedId}"] button`).click();
            const notifications = block.locator('[data-cinetpay-notifications]');
            await notifications.waitFor();
            expect(await notifications.innerText()).toMatch(
                /verified[\s\S]*SETTLED[\s\S]*HTTP 200[\s\S]*0707070707/,
            );
            await dashboard.screenshot({
                path: path.join(SCREENSHOTS, 'cinetpay-dashboard-order.png'),
                fullPage: true,
            });
        } catch (err) {
            await page
                .screenshot({ path: path.join(SCREENSHOTS, 'cinetpay-retry-failure.png'), fullPage: true })
                .catch(() => undefined);
            throw err;
        } finally {
            await context.close();
        }
    });

    it('announces a Dashboard refund as pending, with the instructions, not as processed', async () => {
        expect(acceptedOrderId).toBeDefined();
        const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
        const page = await context.newPage();
        try {
            await page.goto(`${api}/dashboard/orders/${acceptedOrderId}`);
            await page.locator('input[name="username"]').fill('superadmin');
            await page.locator('input[name="password"]').fill('superadmin');
            await page.locator('button[type="submit"]').click();
            await page.waitForURL(url => !url.pathname.includes('login'), { timeout: 60_000 });
            await page.goto(`${api}/dashboard/orders/${acceptedOrderId}`);
            await page.getByTestId('action-bar-dropdown-trigger').click({ timeout: 60_000 });
            await page.getByRole('menuitem', { name: 'Refund & Cancel' }).click();
            const dialog = page.getByRole('dialog');
            await dialog.getByTestId('refund-quantity').first().fill('1');
            await dialog.getByRole('combobox').click();
            await page.getByRole('option').first().click();
            await dialog.getByRole('button', { name: /^Refund / }).click();
            const toast = page.locator('[data-sonner-toast]').first();
            await toast.waitFor({ timeout: 30_000 });
            const text = await toast.innerText();
            expect(text).toContain('Refund pending: the money has not been returned yet');
            expect(text).toMatch(/send 78\s?500 XOF back to the customer yourself/);
            expect(text).toContain('"Settle refund"');
            expect(text).not.toContain('processed successfully');
            // The order page keeps the instructions in view until the refund is settled.
            const block = page.locator('[data-cinetpay-pending-refunds="1"]');
            await block.waitFor({ timeout: 30_000 });
            await page.screenshot({ path: path.join(SCREENSHOTS, 'cinetpay-dashboard-refund-pending.png') });
            const { order } = await adminQuery<{
                order: { payments: Array<{ refunds: Array<{ state: string }> }> };
            }>('query ($id: ID!) { order(id: $id) { payments { refunds { state } } } }', {
                id: acceptedOrderId,
            });
            expect(order.payments[0].refunds).toEqual([{ state: 'Pending' }]);
        } finally {
            await context.close();
        }
    });
});
