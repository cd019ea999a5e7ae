/**
 * A shopper buys on the real storefront: Radiant's server, worker and storefront run as the real
 * compiled processes on a freshly seeded embedded database (server and worker share the SQLite
 * file), and Chromium (playwright-core) drives the storefront. The order is then found through the
 * Admin API.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrowserShop, SCREENSHOTS, startBrowserShop } from '../support/browser-shop';

describe('storefront in Chromium', () => {
    let shop: BrowserShop;
    let storefront: string;
    let api: string;

    beforeAll(async () => {
        shop = await startBrowserShop();
        storefront = shop.storefront;
        api = shop.api;
    });

    afterAll(async () => {
        await shop?.stop();
    });

    function newPage(options: Parameters<BrowserShop['newPage']>[0] = {}): Promise<{ context: BrowserContext; page: Page }> {
        return shop.newPage(options);
    }

    /** Waits for the dev mailbox email that mentions `text` in its subject. */
    async function waitForEmail(text: string): Promise<{ subject: string; recipient: string; body: string }> {
        const dir = path.join(shop.dataDir, 'emails');
        const deadline = Date.now() + 60_000;
        while (Date.now() < deadline) {
            for (const file of fs.existsSync(dir) ? fs.readdirSync(dir) : []) {
                const mail = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
                if (String(mail.subject).includes(text)) return mail;
            }
            await new Promise(r => setTimeout(r, 250));
        }
        throw new Error(`No email about ${text} in ${dir}`);
    }

    async function adminQuery<T>(query: string, variables: Record<string, unknown> = {}, token?: string) {
        const res = await fetch(`${api}/admin-api`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
            body: JSON.stringify({ query, variables }),
        });
        return { body: (await res.json()) as { data: T; errors?: unknown[] }, token: res.headers.get('vendure-auth-token') };
    }

    it('buys Elie Saab Le Parfum 90 ml with the test method; the order is in the Admin API', async () => {
        const { context, page } = await newPage();
        try {
            await page.goto(`${storefront}/`);
            expect(await page.locator('h1').first().isVisible()).toBe(true);
            await page.locator('a[href="/collections/parfums"]').first().click();
            await page.waitForURL('**/collections/parfums');
            await page.locator('a[href="/products/elie-saab-le-parfum"]').first().click();
            await page.waitForURL('**/products/elie-saab-le-parfum');
            await page.locator('label', { hasText: '90 ml' }).click();
            expect(await page.locator('label', { hasText: '90 ml' }).innerText()).toContain('120,00');
            await page.getByRole('button', { name: 'Ajouter au panier' }).click();
            await page.waitForURL('**/cart');
            expect((await page.locator('[data-cart-count]').first().innerText()).trim()).toBe('1');
            await page.getByRole('link', { name: 'Commander' }).click();

            await page.waitForURL('**/checkout/contact');
            await page.getByLabel('Adresse e-mail').fill('camille.martin@example.com');
            await page.getByLabel('Prénom').fill('Camille');
            await page.getByLabel('Nom', { exact: true }).fill('Martin');
            await page.getByRole('button', { name: /Continuer vers l.adresse/ }).click();

            await page.waitForURL('**/checkout/shipping');
            await page.locator('[name="fullName"]').fill('Camille Martin');
            await page.locator('[name="streetLine1"]').fill('8 rue de Rivoli');
            await page.locator('[name="postalCode"]').fill('75004');
            await page.locator('[name="city"]').fill('Paris');
            await page.locator('[name="countryCode"]').selectOption('FR');
            await page.locator('[name="phoneNumber"]').fill('+33 6 12 34 56 78');
            await page.getByRole('button', { name: 'Continuer vers la livraison' }).click();

            await page.waitForURL('**/checkout/delivery');
            await page.locator('label', { hasText: 'Colissimo' }).click();
            await page.getByRole('button', { name: 'Continuer vers le paiement' }).click();

            await page.waitForURL('**/checkout/payment');
            await page.locator('label', { hasText: 'Paiement de test' }).click();
            await page.getByRole('button', { name: 'Payer la commande' }).click();

            await page.waitForURL('**/checkout/confirmation/**');
            const code = (await page.locator('[data-order-code]').first().innerText()).trim();
            expect(code).toMatch(/^[A-Z0-9]{16}$/);
            await page.screenshot({ path: path.join(SCREENSHOTS, 'confirmation.png'), fullPage: true });

            const login = await adminQuery<{ login: { identifier?: string } }>(
                'mutation { login(username: "superadmin", password: "superadmin") { ... on CurrentUser { identifier } } }',
            );
            expect(login.body.errors, JSON.stringify(login.body.errors)).toBeUndefined();
            expect(login.body.data.login.identifier).toBe("superadmin");
            const { body } = await adminQuery<{ orders: { items: any[] } }>(
                `query ($code: String!) { orders(options: { filter: { code: { eq: $code } } }) {
                    items { code state currencyCode totalWithTax shippingWithTax customer { emailAddress }
                            lines { quantity productVariant { sku } } payments { method state } } } }`,
                { code },
                login.token!,
            );
            expect(body.errors).toBeUndefined();
            expect(body.data.orders.items).toHaveLength(1);
            const order = body.data.orders.items[0];
            expect(order).toMatchObject({
                state: 'PaymentSettled',
                currencyCode: 'EUR',
                totalWithTax: 12000 + 590,
                shippingWithTax: 590,
                customer: { emailAddress: 'camille.martin@example.com' },
                lines: [{ quantity: 1, productVariant: { sku: 'ES-LP-90' } }],
                payments: [{ method: 'test-payment-fr', state: 'Settled' }],
            });

            // The worker sends the confirmation email (dev mailbox: one JSON file per email).
            const mail = await waitForEmail(code);
            expect(mail.subject).toBe(`Votre commande ${code} — Radiant`);
            expect(mail.recipient).toBe('camille.martin@example.com');
            expect(mail.body).toContain('125,90'); // 120,00 € + Colissimo 5,90 €
            expect(mail.body).not.toMatch(/\[(company header|footer text)\]/);
        } catch (err) {
            await page.screenshot({ path: path.join(SCREENSHOTS, 'checkout-failure.png'), fullPage: true }).catch(() => undefined);
            throw err;
        } finally {
            await context.close();
        }
    });

    it('switches to the ci channel and shows XOF prices', async () => {
        const { context, page } = await newPage();
        try {
            await page.goto(`${storefront}/products/elie-saab-le-parfum`);
            await page.getByRole('button', { name: /Côte d'Ivoire · XOF/ }).first().click();
            await page.waitForURL('**/products/elie-saab-le-parfum');
            const ninety = page.locator('label', { hasText: '90 ml' });
            const text = (await ninety.innerText()).replace(/\s/g, ' ');
            expect(text).toMatch(/78\s?500/);
            expect(text).toMatch(/F\s?CFA|XOF/);
        } finally {
            await context.close();
        }
    });

    it('answers unknown slugs with a 404 page', async () => {
        const { context, page } = await newPage();
        try {
            for (const url of ['/products/no-such-perfume', '/collections/no-such-collection']) {
                const response = await page.goto(`${storefront}${url}`);
                expect(response?.status(), url).toBe(404);
                expect(await page.locator('main').first().isVisible()).toBe(true);
            }
        } finally {
            await context.close();
        }
    });

    it('starts a fresh session when the session cookie is tampered with', async () => {
        const { context, page } = await newPage();
        try {
            const host = new URL(storefront).hostname;
            await context.addCookies([{ name: 'radiant_session_fr', value: 'tampered-or-expired-token', domain: host, path: '/' }]);
            const response = await page.goto(`${storefront}/products/elie-saab-le-parfum`);
            expect(response?.status()).toBe(200);
            await page.getByRole('button', { name: 'Ajouter au panier' }).click();
            await page.waitForURL('**/cart');
            expect((await page.locator('[data-cart-count]').first().innerText()).trim()).toBe('1');
            const cookies = await context.cookies(storefront);
            const session = cookies.find(c => c.name === 'radiant_session_fr');
            expect(session?.value).not.toBe('tampered-or-expired-token');
            expect(session?.httpOnly).toBe(true);
        } finally {
            await context.close();
        }
    });
});
