/**
 * An English-speaking guest buys on the real storefront under `/en`: every page of the flow
 * (product, cart, cart update, the checkout steps, review and confirmation), every redirect in
 * between, and every internal link and form on those pages stay under `/en`; the delivery,
 * payment and review pages show no French interface words. Real compiled server, worker and
 * storefront processes on a freshly seeded embedded database, driven by Chromium.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrowserShop, guestCheckout, SCREENSHOTS, startBrowserShop } from '../support/browser-shop';

/**
 * French interface words of the cart and checkout pages (whole words, case-sensitive): none of
 * them may appear on the English pages. Product and method names come translated from Vendure.
 */
const FRENCH_UI = [
    'Livraison',
    'livraison',
    'Paiement',
    'paiement',
    'Modifier',
    'Continuer',
    'Commander',
    'commande',
    'Adresse',
    'Transporteur',
    'Offerte',
    'Vérifier',
    'Vérifiez',
    'Vérification',
    'régler',
    'Livrer',
    'Récapitulatif',
    'Étape',
    'Panier',
    'panier',
    'Sous-total',
    'Quantité',
    'Payer',
    'Coordonnées',
    'Retour',
    'Choisissez',
    'Moyen',
    'TVA',
    'vous',
    'votre',
    'Votre',
];
const FRENCH_WORD = new RegExp(`(?<![\\p{L}-])(?:${FRENCH_UI.join('|')})(?![\\p{L}-])`, 'u');

/** Money and dates written the French way: "70,00 €", "2 décembre 2026", "10:25" after "à". */
const FRENCH_FORMAT =
    /\d,\d\d[ \u00a0\u202f]?€|\d[ \u00a0\u202f]€|\b\d{1,2}\s(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\s\d{4}|\sà\s\d{1,2}:\d\d/u;
/** Money the English way: "€70.00". */
const ENGLISH_MONEY = /€\d{1,3}(?:,\d{3})*\.\d\d/;

/**
 * Fails when the page shows a number, an amount or a date formatted the French way; with
 * `money`, also when it shows no amount formatted the English way.
 */
async function expectEnglishFormats(page: Page, name: string, money = true): Promise<void> {
    const text = await page.locator('body').innerText();
    expect(text.match(FRENCH_FORMAT)?.[0], `${name}: French number or date format`).toBeUndefined();
    if (money) expect(text, `${name}: an amount in English format`).toMatch(ENGLISH_MONEY);
}

describe('English storefront checkout', () => {
    let shop: BrowserShop;

    beforeAll(async () => {
        shop = await startBrowserShop();
    });

    afterAll(async () => {
        await shop?.stop();
    });

    /** Internal links and form actions of the page that leave `/en` (the language switch aside). */
    async function frenchTargets(page: Page): Promise<string[]> {
        const targets = [
            ...(await page
                .locator('a[href^="/"]:not([hreflang])')
                .evaluateAll(links => links.map(a => a.getAttribute('href') ?? ''))),
            ...(await page
                .locator('form[action^="/"]')
                .evaluateAll(forms => forms.map(f => f.getAttribute('action') ?? ''))),
        ];
        return targets.filter(t => t !== '/en' && !t.startsWith('/en/') && !t.startsWith('/en?'));
    }

    it('keeps a complete guest checkout under /en, in English', async () => {
        const { context, page } = await shop.newPage({ locale: 'en-GB' });
        // Every document the browser loads, redirects included (each hop is a request).
        const documents: string[] = [];
        page.on('request', request => {
            if (request.resourceType() === 'document') documents.push(request.url());
        });
        const step = async (name: string) => {
            expect(new URL(page.url()).pathname, name).toMatch(/^\/en\//);
            await expectEnglishFormats(page, name);
            expect(await frenchTargets(page), `${name}: links and forms outside /en`).toEqual([]);
            if (['delivery', 'payment', 'review', 'confirmation'].includes(name)) {
                const text = await page.locator('body').innerText();
                expect(
                    text.match(FRENCH_WORD)?.[0],
                    `${name}: French word on the English page`,
                ).toBeUndefined();
                expect(await page.locator('html').getAttribute('lang'), name).toMatch(/^en/);
            }
        };
        try {
            await page.goto(`${shop.storefront}/en/products/elie-saab-le-parfum`);
            await page.locator('label', { hasText: '90 ml' }).click();
            await page.locator('main form[action="/en/cart/add"] button[type="submit"]').click();
            await page.waitForURL(/\/en\/cart$/);
            await step('cart');

            // Change the quantity on the cart page: /en/cart/update answers with /en/cart.
            await page.locator('main form[action="/en/cart/update"] [name="quantity"]').first().fill('2');
            await page.locator('main form[action="/en/cart/update"] button[type="submit"]').first().click();
            await page.waitForURL(/\/en\/cart$/);
            expect((await page.locator('[data-cart-count]').first().innerText()).trim()).toBe('2');

            // The header's cart drawer (on a page the page cache does not keep) posts to /en too.
            await page.goto(`${shop.storefront}/en/compte/connexion`);
            expect(new URL(page.url()).pathname).toMatch(/^\/en\/compte\//);
            expect(await page.locator('#cart-drawer form[action="/en/cart/update"]').count()).toBeGreaterThan(
                0,
            );
            expect(await frenchTargets(page)).toEqual([]);
            await page.goto(`${shop.storefront}/en/cart`);

            const code = await guestCheckout(
                page,
                { email: 'ada.lovelace@example.com', first: 'Ada', last: 'Lovelace' },
                step,
            );
            expect(code).toMatch(/^[A-Z0-9]{16}$/);
            expect(await page.getByRole('heading', { level: 1 }).first().innerText()).not.toMatch(
                FRENCH_WORD,
            );

            const outside = documents.filter(url => !/^\/en(\/|$|\?)/.test(new URL(url).pathname));
            expect(outside, 'pages and redirects outside /en').toEqual([]);
            expect(documents.some(url => url.includes('/en/checkout/review?method=test-payment-fr'))).toBe(
                true,
            );
            expect(documents.some(url => url.includes(`/en/checkout/confirmation/${code}`))).toBe(true);

            const { body } = await shop.adminQuery<{
                orders: { items: { state: string; lines: { quantity: number }[] }[] };
            }>(
                'query ($code: String!) { orders(options: { filter: { code: { eq: $code } } }) { items { state lines { quantity } } } }',
                { code },
                await shop.adminToken(),
            );
            expect(body.data.orders.items).toEqual([{ state: 'PaymentSettled', lines: [{ quantity: 2 }] }]);
        } catch (err) {
            await page
                .screenshot({ path: path.join(SCREENSHOTS, 'english-checkout-failure.png'), fullPage: true })
                .catch(() => undefined);
            throw err;
        } finally {
            await context.close();
        }
    });

    /** One Shop API request in English (`?languageCode=en`) to the `fr` shop, as the storefront makes them. */
    async function shopQuery<T>(
        query: string,
        variables: Record<string, unknown> = {},
        token?: string,
    ): Promise<{ data: T; token: string | null }> {
        const res = await fetch(`${shop.api}/shop-api?languageCode=en`, {
            method: 'POST',
            headers: {
                'content-type': 'application/json',
                'vendure-token': 'fr',
                ...(token ? { authorization: `Bearer ${token}` } : {}),
            },
            body: JSON.stringify({ query, variables }),
        });
        const body = (await res.json()) as { data: T; errors?: unknown[] };
        expect(body.errors, query).toBeUndefined();
        return { data: body.data, token: res.headers.get('vendure-auth-token') ?? token ?? null };
    }

    it('shows an English account its orders, amounts and dates in English; its e-mails link to /en', async () => {
        const email = 'grace.hopper@example.com';
        const password = 'compiler-1952';
        const registered = await shopQuery<{ registerCustomerAccount: unknown }>(
            'mutation ($input: RegisterCustomerInput!) { registerCustomerAccount(input: $input) { ... on Success { success } ... on ErrorResult { errorCode message } } }',
            { input: { emailAddress: email, firstName: 'Grace', lastName: 'Hopper' } },
        );
        expect(registered.data.registerCustomerAccount).toEqual({ success: true });
        const verification = await shop.waitForEmail('Confirm your e-mail address', email);
        const link = /href="([^"]*\/en\/compte\/verification\?token=[^"]+)"/.exec(verification.body)?.[1];
        expect(link, 'verification link under /en').toBeDefined();
        const token = new URL(link!.replace(/&amp;/g, '&')).searchParams.get('token')!;
        const verified = await shopQuery<{ verifyCustomerAccount: { identifier?: string } }>(
            // The password is chosen at verification (registration takes none).
            'mutation ($token: String!, $password: String) { verifyCustomerAccount(token: $token, password: $password) { ... on CurrentUser { identifier } } }',
            { token, password },
        );
        expect(verified.data.verifyCustomerAccount.identifier).toBe(email);

        // An order paid through the Shop API, signed in as the customer.
        const auth = (
            await shopQuery<unknown>(
                'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { ... on CurrentUser { id } } }',
                { u: email, p: password },
            )
        ).token!;
        const { data: product } = await shopQuery<{ product: { variants: { id: string }[] } }>(
            '{ product(slug: "elie-saab-le-parfum") { variants { id } } }',
        );
        await shopQuery(
            'mutation ($id: ID!) { addItemToOrder(productVariantId: $id, quantity: 1) { ... on Order { id } } }',
            { id: product.product.variants[0]!.id },
            auth,
        );
        await shopQuery(
            'mutation ($input: CreateAddressInput!) { setOrderShippingAddress(input: $input) { ... on Order { id } } }',
            {
                input: {
                    fullName: 'Grace Hopper',
                    streetLine1: '8 rue de Rivoli',
                    city: 'Paris',
                    postalCode: '75004',
                    countryCode: 'FR',
                    phoneNumber: '+33 6 12 34 56 78',
                },
            },
            auth,
        );
        const { data: methods } = await shopQuery<{ eligibleShippingMethods: { id: string }[] }>(
            '{ eligibleShippingMethods { id } }',
            {},
            auth,
        );
        await shopQuery(
            'mutation ($id: [ID!]!) { setOrderShippingMethod(shippingMethodId: $id) { ... on Order { id } } }',
            { id: [methods.eligibleShippingMethods[0]!.id] },
            auth,
        );
        await shopQuery(
            'mutation { transitionOrderToState(state: "ArrangingPayment") { ... on Order { state } } }',
            {},
            auth,
        );
        const { data: paid } = await shopQuery<{ addPaymentToOrder: { code: string; state: string } }>(
            'mutation { addPaymentToOrder(input: { method: "test-payment-fr", metadata: {} }) { ... on Order { code state } } }',
            {},
            auth,
        );
        expect(paid.addPaymentToOrder.state).toBe('PaymentSettled');
        const code = paid.addPaymentToOrder.code;
        const confirmation = await shop.waitForEmail(`Your order ${code}`, email);
        expect(confirmation.body).toMatch(/€\d+\.\d\d/);

        const { context, page } = await shop.newPage({ locale: 'en-GB' });
        try {
            await page.goto(`${shop.storefront}/en/compte/connexion`);
            await page.locator('[name="emailAddress"]').fill(email);
            await page.locator('[name="password"]').fill(password);
            await page.locator('main form button[type="submit"]').first().click();
            await page.waitForURL(/\/en\/compte$/);
            await expectEnglishFormats(page, 'account');
            await page.goto(`${shop.storefront}/en/compte/commandes`);
            await expectEnglishFormats(page, 'orders');
            expect(await page.locator('main').innerText()).toMatch(/\b\d{1,2} [A-Z][a-z]+ \d{4}\b/);
            await page.goto(`${shop.storefront}/en/compte/commandes/${code}`);
            await expectEnglishFormats(page, 'order');
            // The cart in the header and on its page, with something in it.
            await page.goto(`${shop.storefront}/en/products/elie-saab-le-parfum`);
            await page.locator('label', { hasText: '90 ml' }).click();
            await page.locator('main form[action="/en/cart/add"] button[type="submit"]').click();
            await page.waitForURL(/\/en\/cart$/);
            await expectEnglishFormats(page, 'cart');
        } catch (err) {
            await page
                .screenshot({ path: path.join(SCREENSHOTS, 'english-account-failure.png'), fullPage: true })
                .catch(() => undefined);
            throw err;
        } finally {
            await context.close();
        }
    });
});
