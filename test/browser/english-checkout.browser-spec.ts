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

            // The header's cart drawer (on a catalogue page) posts to /en too.
            await page.goto(`${shop.storefront}/en/products/elie-saab-le-parfum`);
            expect(new URL(page.url()).pathname).toMatch(/^\/en\/products\//);
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
});
