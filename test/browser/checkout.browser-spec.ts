/**
 * A shopper buys on the real storefront: Radiant's server, worker and storefront run as the real
 * compiled processes on a freshly seeded embedded database (server and worker share the SQLite
 * file), and Chromium (playwright-core) drives the storefront. The order is then found through the
 * Admin API.
 */
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
    BrowserShop,
    guestCheckout,
    recordCspViolations,
    SCREENSHOTS,
    startBrowserShop,
} from '../support/browser-shop';

describe('storefront in Chromium', () => {
    let shop: BrowserShop;
    let storefront: string;

    beforeAll(async () => {
        shop = await startBrowserShop();
        storefront = shop.storefront;
    });

    afterAll(async () => {
        await shop?.stop();
    });

    function newPage(
        options: Parameters<BrowserShop['newPage']>[0] = {},
    ): Promise<{ context: BrowserContext; page: Page }> {
        return shop.newPage(options);
    }

    it('buys Elie Saab Le Parfum 90 ml with the test method; the order is in the Admin API', async () => {
        const { context, page } = await newPage();
        // Home, listing, product, cart, every checkout step and the confirmation: none breaks the
        // Content-Security-Policy (every inline script hashed, nothing loaded from elsewhere).
        const cspViolations = await recordCspViolations(page);
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
            // A business buyer: company and EU VAT number; a wrong key is refused on the field.
            await page.getByLabel('Société').fill('Atelier Martin SARL');
            const vat = page.getByLabel('N° de TVA intracommunautaire');
            await vat.fill('FR41303265045');
            await page.getByRole('button', { name: 'Continuer vers la livraison' }).click();
            await page.waitForURL('**/checkout/shipping');
            expect(await vat.getAttribute('aria-invalid')).toBe('true');
            expect(await vat.getAttribute('aria-describedby')).toContain('buyerVatNumber-error');
            expect(await page.locator('#buyerVatNumber-error').innerText()).toContain('clé incorrecte');
            await page.screenshot({
                path: path.join(SCREENSHOTS, 'checkout-vat-number-error.png'),
                fullPage: true,
            });
            await vat.fill('fr 40 303 265 045');
            await page.getByRole('button', { name: 'Continuer vers la livraison' }).click();

            await page.waitForURL('**/checkout/delivery');
            await page.locator('label', { hasText: 'Colissimo' }).click();
            await page.getByRole('button', { name: 'Continuer vers le paiement' }).click();

            await page.waitForURL('**/checkout/payment');
            await page.locator('label', { hasText: 'Paiement de test' }).click();
            await page.getByRole('button', { name: 'Vérifier ma commande' }).click();

            await page.waitForURL(/\/checkout\/review\?method=test-payment-fr$/);
            expect(await page.getByText('8 rue de Rivoli').first().isVisible()).toBe(true);
            expect(await page.getByText('Atelier Martin SARL').first().isVisible()).toBe(true);
            expect((await page.locator('[data-buyer-vat-number]').innerText()).trim()).toBe(
                'TVA intracommunautaire : FR40303265045',
            );
            await page.screenshot({
                path: path.join(SCREENSHOTS, 'checkout-review-vat-number.png'),
                fullPage: true,
            });
            await page.getByRole('button', { name: 'Payer la commande' }).click();

            await page.waitForURL('**/checkout/confirmation/**');
            const code = (await page.locator('[data-order-code]').first().innerText()).trim();
            expect(code).toMatch(/^[A-Z0-9]{16}$/);
            await page.screenshot({ path: path.join(SCREENSHOTS, 'confirmation.png'), fullPage: true });

            const { body } = await shop.adminQuery<{ orders: { items: any[] } }>(
                `query ($code: String!) { orders(options: { filter: { code: { eq: $code } } }) {
                    items { code state currencyCode totalWithTax shippingWithTax customer { emailAddress } customFields { buyerVatNumber }
                            lines { quantity productVariant { sku } } payments { method state } } } }`,
                { code },
                await shop.adminToken(),
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
                customFields: { buyerVatNumber: 'FR40303265045' },
                lines: [{ quantity: 1, productVariant: { sku: 'ES-LP-90' } }],
                payments: [{ method: 'test-payment-fr', state: 'Settled' }],
            });

            // The worker sends the confirmation email (dev mailbox: one JSON file per email).
            const mail = await shop.waitForEmail(code);
            expect(mail.subject).toBe(`Votre commande ${code} — Radiant`);
            expect(mail.recipient).toBe('camille.martin@example.com');
            expect(mail.body).toContain('125,90'); // 120,00 € + Colissimo 5,90 €
            expect(mail.body).not.toMatch(/\[(company header|footer text)\]/);
            expect(cspViolations).toEqual([]);
        } catch (err) {
            await page
                .screenshot({ path: path.join(SCREENSHOTS, 'checkout-failure.png'), fullPage: true })
                .catch(() => undefined);
            throw err;
        } finally {
            await context.close();
        }
    });

    it('switches to the ci channel and shows XOF prices', async () => {
        const { context, page } = await newPage();
        try {
            await page.goto(`${storefront}/products/elie-saab-le-parfum`);
            await page
                .getByRole('button', { name: /Côte d'Ivoire · XOF/ })
                .first()
                .click();
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
            await context.addCookies([
                { name: 'radiant_session_fr', value: 'tampered-or-expired-token', domain: host, path: '/' },
            ]);
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

    for (const lang of ['fr', 'en'] as const) {
        const prefix = lang === 'en' ? '/en' : '';
        const words =
            lang === 'en'
                ? {
                      perfumes: 'Perfumes',
                      slug: 'perfumes',
                      brand: 'Brand',
                      add: 'Add to bag',
                      from: 'From',
                      count: /creations?/,
                  }
                : {
                      perfumes: 'Parfums',
                      slug: 'parfums',
                      brand: 'Marque',
                      add: 'Ajouter au panier',
                      from: 'À partir de',
                      count: /créations?/,
                  };

        it(`${lang.toUpperCase()}: browses, filters by brand and price, opens a product and buys it as a guest`, async () => {
            const { context, page } = await newPage({ locale: lang === 'en' ? 'en-GB' : 'fr-FR' });
            try {
                await page.goto(`${storefront}${prefix || '/'}`);
                expect(await page.locator('html').getAttribute('lang')).toBe(lang);
                await page
                    .getByRole('navigation', { name: 'Collections' })
                    .getByRole('link', { name: words.perfumes })
                    .click();
                await page.waitForURL(`**${prefix}/collections/${words.slug}`);
                const total = Number(
                    (await page.locator('main h2', { hasText: words.count }).innerText()).match(/\d+/)?.[0],
                );
                expect(total).toBeGreaterThan(5);

                // Brand filter (the desktop form): only Elie Saab remains; the form submits on change.
                const filters = page.locator('aside form').last();
                await filters.getByRole('group', { name: words.brand }).getByLabel('Elie Saab').check();
                await page.waitForURL(/brand=/);
                const cards = page.locator('main ul li article');
                const brands = await cards.locator('p.label').allInnerTexts();
                expect(brands.length).toBeGreaterThan(0);
                expect(new Set(brands.map(b => b.trim().toUpperCase()))).toEqual(new Set(['ELIE SAAB']));
                // Price band 50–100: every price shown starts in the band.
                await filters.locator('input[name="price"][value="50-100"]').check();
                await page.waitForURL(/price=50-100/);
                for (const text of await cards.locator('p.text-sm').allInnerTexts()) {
                    const amount = Number(
                        text
                            .replace(words.from, '')
                            .replace(/[^\d,.]/g, '')
                            .replace(',', '.'),
                    );
                    expect(amount, text).toBeGreaterThanOrEqual(50);
                    expect(amount, text).toBeLessThan(100);
                }
                await page.locator('a[href$="/products/elie-saab-le-parfum"]').first().click();
                await page.waitForURL(`**${prefix}/products/elie-saab-le-parfum`);
                expect(
                    await page.locator('script[type="application/ld+json"]').count(),
                ).toBeGreaterThanOrEqual(2);
                await page.getByRole('button', { name: words.add }).click();
                await page.waitForURL('**/cart');
                expect((await page.locator('[data-cart-count]').first().innerText()).trim()).toBe('1');

                const code = await guestCheckout(page, {
                    email: `guest.${lang}@example.com`,
                    first: 'Alex',
                    last: lang === 'en' ? 'Smith' : 'Dupont',
                });
                expect(code).toMatch(/^[A-Z0-9]{16}$/);
                await page.screenshot({
                    path: path.join(SCREENSHOTS, `confirmation-${lang}.png`),
                    fullPage: true,
                });
            } catch (err) {
                await page
                    .screenshot({ path: path.join(SCREENSHOTS, `flow-${lang}-failure.png`), fullPage: true })
                    .catch(() => undefined);
                throw err;
            } finally {
                await context.close();
            }
        });
    }

    it('keeps the page when switching language, with the translated collection slug', async () => {
        const { context, page } = await newPage();
        try {
            await page.goto(`${storefront}/collections/parfums?sort=price-asc`);
            await page.getByRole('navigation', { name: 'Langue' }).getByRole('link', { name: /EN/ }).click();
            await page.waitForURL('**/en/collections/perfumes?sort=price-asc');
            expect(await page.locator('h1').innerText()).toBe('Perfumes');
            await page
                .getByRole('navigation', { name: 'Language' })
                .getByRole('link', { name: /FR/ })
                .click();
            await page.waitForURL('**/collections/parfums?sort=price-asc');
            expect(await page.locator('html').getAttribute('lang')).toBe('fr');
        } finally {
            await context.close();
        }
    });

    it('switches to the night theme and remembers it, with and without JavaScript', async () => {
        const { context, page } = await newPage({ colorScheme: 'light' });
        try {
            await page.goto(`${storefront}/`);
            expect(await page.locator('html').getAttribute('data-theme')).toBeNull();
            const background = () =>
                page.evaluate<string>('getComputedStyle(document.documentElement).backgroundColor');
            const day = await background();
            await page.locator('[data-theme-toggle]').click();
            expect(await page.locator('html').getAttribute('data-theme')).toBe('dark');
            expect(await background()).not.toBe(day);
            await page.reload();
            // Rendered dark by the server from the cookie: no flash of the day theme.
            expect(await page.locator('html').getAttribute('data-theme')).toBe('dark');
            expect(await page.locator('[data-theme-toggle]').getAttribute('aria-pressed')).toBe('true');
        } finally {
            await context.close();
        }
        const noJs = await newPage({ javaScriptEnabled: false, colorScheme: 'dark' });
        try {
            await noJs.page.goto(`${storefront}/products/elie-saab-le-parfum`);
            await noJs.page.locator('[data-theme-toggle]').click();
            await noJs.page.waitForURL('**/products/elie-saab-le-parfum');
            expect(await noJs.page.locator('html').getAttribute('data-theme')).toBe('dark');
            await noJs.page.screenshot({ path: path.join(SCREENSHOTS, 'product-dark.png'), fullPage: true });
        } finally {
            await noJs.context.close();
        }
    });

    it('searches, suggests close matches and shows the 404 page in English', async () => {
        const { context, page } = await newPage();
        try {
            await page.goto(`${storefront}/search`);
            expect(await page.locator('datalist#search-suggestions option').count()).toBeGreaterThan(40);
            await page.getByLabel('Rechercher dans la boutique').fill('rose');
            await page.getByRole('button', { name: 'Rechercher', exact: true }).click();
            await page.waitForURL('**/search?q=rose');
            expect(await page.locator('main ul li article').count()).toBeGreaterThan(3);
            await page.goto(`${storefront}/en/search?q=diptyqe`);
            expect(await page.locator('main').innerText()).toContain('No results for “diptyqe”');
            await page.getByRole('link', { name: 'Diptyque', exact: true }).click();
            await page.waitForURL('**/en/search?q=Diptyque');
            expect(await page.locator('main ul li article').count()).toBeGreaterThan(0);

            const response = await page.goto(`${storefront}/en/products/no-such-perfume`);
            expect(response?.status()).toBe(404);
            expect(await page.locator('html').getAttribute('lang')).toBe('en');
            expect(await page.locator('h1').innerText()).toBe('This trail has faded');
        } finally {
            await context.close();
        }
    });

    it("builds the header menu from the channel's top-level collections, in the page's language", async () => {
        for (const [lang, prefix] of [
            ['fr', ''],
            ['en', '/en'],
        ] as const) {
            const res = await fetch(`${shop.api}/shop-api?languageCode=${lang}`, {
                method: 'POST',
                headers: { 'content-type': 'application/json', 'vendure-token': 'fr' },
                body: JSON.stringify({
                    query: '{ collections(options: { topLevelOnly: true, sort: { position: ASC } }) { items { slug name } } }',
                }),
            });
            const { data } = (await res.json()) as {
                data: { collections: { items: { slug: string; name: string }[] } };
            };
            expect(data.collections.items.length).toBeGreaterThan(0);
            const html = await (await fetch(`${storefront}${prefix}/`)).text();
            const nav = /<nav aria-label="Collections"[^>]*>([\s\S]*?)<\/nav>/.exec(html)![1];
            const links = [...nav.matchAll(/href="([^"]+)"[^>]*>\s*([^<]+?)\s*</g)].map(m => [m[1], m[2]]);
            expect(links).toEqual(
                data.collections.items.map(c => [`${prefix}/collections/${c.slug}`, c.name]),
            );
        }
    });

    it('serves SEO files and lets shared caches keep catalogue pages', async () => {
        const robots = await fetch(`${storefront}/robots.txt`);
        expect(await robots.text()).toContain(`Sitemap: ${storefront}/sitemap.xml`);
        const sitemap = await (await fetch(`${storefront}/sitemap.xml`)).text();
        expect(sitemap).toContain(`<loc>${storefront}/en/collections/perfumes</loc>`);
        expect(sitemap).toContain(`hreflang="fr" href="${storefront}/collections/parfums"`);
        expect(sitemap.match(/<url>/g)?.length).toBeGreaterThan(2 * 47);

        const page = await fetch(`${storefront}/en/products/elie-saab-le-parfum`);
        // The page cache's headers for a CDN or reverse proxy (storefront/README.md, "Page cache").
        expect(page.headers.get('cache-control')).toBe(
            'public, max-age=0, s-maxage=300, stale-while-revalidate=30',
        );
        expect(page.headers.get('surrogate-key')).toContain('Product:');
        const html = await page.text();
        expect(html).toContain(`<link rel="canonical" href="${storefront}/en/products/elie-saab-le-parfum">`);
        expect(html).toContain(
            `<link rel="alternate" hreflang="fr" href="${storefront}/products/elie-saab-le-parfum">`,
        );
        const product = JSON.parse(
            html.match(
                /<script type="application\/ld\+json">(\{"@context":"https:\/\/schema.org","@type":"Product".*?)<\/script>/,
            )![1],
        );
        expect(product.offers).toHaveLength(3);
        expect(product.offers[0]).toMatchObject({
            priceCurrency: 'EUR',
            availability: 'https://schema.org/InStock',
        });

        const withSession = await fetch(`${storefront}/products/elie-saab-le-parfum`, {
            headers: { cookie: 'radiant_session_fr=abc' },
        });
        // A session the storefront has not seen yet: the shopper cookies are set, so not shared.
        expect(withSession.headers.get('cache-control')).toBe('private, no-cache');
        const cart = await fetch(`${storefront}/cart`);
        expect(cart.headers.get('cache-control')).toBe('private, no-store');
    });
});
