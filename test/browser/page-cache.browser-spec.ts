/**
 * The storefront's page cache on the real processes (server, worker, storefront; Chromium): catalogue
 * pages are served from the cache to a guest and to a shopper with a cart, with no one's personal
 * data in the cached HTML (the cart count comes from the cart cookie in the browser); a VIP gets the
 * VIP page and a guest never does; a merchant's rename, price change and stock change reach the
 * page within 2 s of the Admin API's answer (a stock change purges its product's pages only); a page
 * showing a variant in stock cannot put it in the cart once it is out of stock; and `CATALOGUE_CACHE=off`
 * on a storefront turns the page cache off. See storefront/README.md, "Page cache".
 */
import path from 'node:path';
import type { APIResponse, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrowserShop, SCREENSHOTS, startBrowserShop } from '../support/browser-shop';
import { freePort } from '../../src/tooling/processes.mjs';
import { ROOT, Running, startNode } from '../support/processes';

const PRODUCT = '/products/elie-saab-le-parfum';
/** The VIP demo customer ("VIP Prestige" on fr: 99 € instead of 120 € for the 90 ml). */
const VIP = { email: 'vip@radiant.example', password: 'radiant-vip', firstName: 'Aïssata', lastName: 'Koné' };

/** The page-cache status of an answer (`HIT`, `MISS`, `BYPASS`, or null when the cache was not asked). */
const status = (response: APIResponse | Response) =>
    'headersArray' in response
        ? (response.headers()['x-radiant-page-cache'] ?? null)
        : response.headers.get('x-radiant-page-cache');

describe('storefront page cache', () => {
    let shop: BrowserShop;
    let adminToken: string;

    beforeAll(async () => {
        shop = await startBrowserShop();
        adminToken = await shop.adminToken();
    }, 900_000);

    afterAll(async () => {
        await shop?.stop();
    });

    /** An Admin API request on the fr channel, failing on GraphQL errors. */
    async function admin<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
        const { body } = await shop.adminQuery<T>(query, variables, adminToken, 'fr');
        expect(body.errors).toBeUndefined();
        return body.data;
    }

    /** A product's id and its variants (id, name, sku), from the Admin API. */
    async function productBySlug(slug: string) {
        const { product } = await admin<{
            product: { id: string; name: string; variants: { id: string; name: string; sku: string }[] };
        }>('query ($slug: String!) { product(slug: $slug) { id name variants { id name sku } } }', { slug });
        return product;
    }

    /**
     * GETs a page as a cookie-less visitor until an answer comes from the cache. A change purges
     * twice: at once, and again when the worker has re-indexed the product (a job), so the page
     * re-rendered after the first purge may be purged once more; this waits for that (at most 10 s).
     */
    async function warm(pathname: string): Promise<void> {
        const deadline = Date.now() + 10_000;
        let last: string | null = null;
        while (Date.now() < deadline) {
            const response = await fetch(shop.storefront + pathname);
            await response.text();
            last = status(response);
            if (last === 'HIT') return;
            await new Promise(resolve => setTimeout(resolve, 100));
        }
        expect(last).toBe('HIT');
    }

    /**
     * Polls `pathname` (no cookie) until its HTML satisfies `fresh`, for at most 2 s after `since`
     * (the Admin API's answer); resolves to the time it took (ms).
     */
    async function freshWithin2s(pathname: string, fresh: (html: string) => boolean, since: number) {
        for (;;) {
            const html = await (await fetch(shop.storefront + pathname)).text();
            if (fresh(html)) return Date.now() - since;
            if (Date.now() - since > 2000) throw new Error(`${pathname} still stale 2 s after the change`);
            await new Promise(resolve => setTimeout(resolve, 50));
        }
    }

    /** The HTML the storefront sends this browser context for `pathname` (its cookies), with its status. */
    async function rawPage(context: BrowserContext, pathname: string) {
        const response = await context.request.get(shop.storefront + pathname);
        return { status: status(response), html: await response.text(), headers: response.headers() };
    }

    async function addToCart(page: Page, pathname: string): Promise<void> {
        await page.goto(shop.storefront + pathname);
        await page.locator('form[action$="/cart/add"] button[type="submit"]').click();
        await page.waitForURL(/\/cart$/);
    }

    it('serves a shopper with a cart from the cache, with the count from the cookie and nobody’s data in the HTML', async () => {
        await warm(PRODUCT);
        const { context, page } = await shop.newPage();
        try {
            await addToCart(page, PRODUCT);
            await page.goto(shop.storefront + PRODUCT);
            await page.goto(shop.storefront + PRODUCT);
            // The badge is written from the cart cookie by the header's script.
            await expect.poll(() => page.locator('[data-cart-count]').first().innerText()).toBe('1');
            await page.screenshot({ path: path.join(SCREENSHOTS, 'page-cache-product-with-cart.png') });
            const raw = await rawPage(context, PRODUCT);
            expect(raw.status).toBe('HIT');
            // The cached HTML holds no count and no cart drawer: the same bytes for everyone.
            expect(raw.html).toMatch(/data-cart-count[^>]*hidden[^>]*><\/span>/);
            expect(raw.html).not.toContain('id="cart-drawer"');
            expect(raw.headers['set-cookie']).toBeUndefined();
            // The collection, home and search pages too.
            for (const pathname of ['/', '/collections/parfums', '/search?q=parfum']) {
                // Stored once the first answer has been sent: the next ones are hits.
                await expect.poll(async () => (await rawPage(context, pathname)).status).toBe('HIT');
            }
            // A personal page is never cached.
            const cart = await rawPage(context, '/cart');
            expect(cart.status).toBeNull();
            expect(cart.headers['cache-control']).toBe('private, no-store');
        } finally {
            await context.close();
        }
    });

    it('opens each shopper’s own cart drawer on a cached page, fetched without caching', async () => {
        // Not a product the other tests change or watch.
        const other = '/products/diptyque-do-son';
        const alice = await shop.newPage();
        const bob = await shop.newPage({ locale: 'en-GB' });
        const guest = await shop.newPage();
        /** The header's cart link (the drawer, once in the header, has a link to the cart page too). */
        const cartLink = (page: Page) => page.locator('header a[href$="/cart"]').first();
        /** Loads `pathname` until it comes from the page cache (the first visit after a POST may render it). */
        const cachedVisit = async (page: Page, pathname: string) =>
            expect
                .poll(
                    async () =>
                        (await page.goto(shop.storefront + pathname))?.headers()['x-radiant-page-cache'],
                )
                .toBe('HIT');
        try {
            await addToCart(alice.page, PRODUCT);
            await addToCart(bob.page, other);

            // Alice, on the cached product page: the drawer opens in place, with her line, focused.
            await cachedVisit(alice.page, PRODUCT);
            await expect.poll(() => cartLink(alice.page).getAttribute('aria-haspopup')).toBe('dialog');
            await cartLink(alice.page).click();
            const aliceDrawer = alice.page.locator('#cart-drawer');
            await expect.poll(() => aliceDrawer.isVisible()).toBe(true);
            expect(alice.page.url()).toBe(shop.storefront + PRODUCT);
            expect(await aliceDrawer.getAttribute('role')).toBe('dialog');
            expect(await aliceDrawer.locator('#cart-drawer-title').innerText()).toBe('Votre panier');
            expect(await aliceDrawer.locator('li').innerText()).toContain('Elie Saab Le Parfum');
            expect(await aliceDrawer.innerText()).not.toContain('Diptyque');
            expect(await cartLink(alice.page).getAttribute('aria-expanded')).toBe('true');
            expect(
                await alice.page.evaluate<boolean>("!!document.activeElement?.closest('#cart-drawer')"),
            ).toBe(true);
            await alice.page.screenshot({ path: path.join(SCREENSHOTS, 'page-cache-cart-drawer-fr.png') });
            // Escape closes it and gives the focus back to the cart link.
            await alice.page.keyboard.press('Escape');
            await expect.poll(() => aliceDrawer.isVisible()).toBe(false);
            // (the popover's `toggle` event comes a task after it is hidden)
            await expect.poll(() => cartLink(alice.page).getAttribute('aria-expanded')).toBe('false');
            await expect
                .poll(() =>
                    alice.page.evaluate<boolean>("document.activeElement?.hasAttribute('data-cart-link')"),
                )
                .toBe(true);

            // Bob, on the same cached page in English: his own line only.
            await cachedVisit(bob.page, `/en${PRODUCT}`);
            await cartLink(bob.page).click();
            const bobDrawer = bob.page.locator('#cart-drawer');
            await expect.poll(() => bobDrawer.isVisible()).toBe(true);
            expect(await bobDrawer.locator('#cart-drawer-title').innerText()).toBe('Your cart');
            expect(await bobDrawer.locator('li').innerText()).toContain('Diptyque Do Son');
            expect(await bobDrawer.innerText()).not.toContain('Elie Saab');
            expect(await bobDrawer.locator('form[action="/en/cart/update"]').count()).toBe(1);
            await bobDrawer.locator('img').evaluate('img => img.decode()');
            await bob.page.screenshot({ path: path.join(SCREENSHOTS, 'page-cache-cart-drawer-en.png') });

            // The fragment is never cached, and is nobody else's.
            const fragment = await bob.context.request.get(`${shop.storefront}/en/cart/drawer`);
            expect(fragment.headers()['cache-control']).toBe('private, no-store');
            expect(await fragment.text()).not.toContain('Elie Saab');
            // The pages stay hits, without any drawer in their HTML.
            const raw = await rawPage(alice.context, PRODUCT);
            expect(raw.status).toBe('HIT');
            expect(raw.html).not.toContain('id="cart-drawer"');

            // A visitor without a cart: the link leads to the cart page.
            await cachedVisit(guest.page, PRODUCT);
            expect(await cartLink(guest.page).getAttribute('aria-haspopup')).toBeNull();
            await cartLink(guest.page).click();
            await guest.page.waitForURL(`${shop.storefront}/cart`);
            const empty = await guest.context.request.get(`${shop.storefront}/cart/drawer`);
            expect(empty.status()).toBe(204);
        } finally {
            await alice.context.close();
            await bob.context.close();
            await guest.context.close();
        }
    });

    it('keeps a VIP’s page and a guest’s apart, and neither shows the VIP’s name', async () => {
        const vip = await shop.newPage();
        const guest = await shop.newPage();
        try {
            await vip.page.goto(`${shop.storefront}/compte/connexion`);
            await vip.page.locator('input[name="emailAddress"]').fill(VIP.email);
            await vip.page.locator('input[name="password"]').fill(VIP.password);
            await vip.page.locator('main form button[type="submit"]').first().click();
            await vip.page.waitForURL(/\/compte$/);

            const vipFirst = await rawPage(vip.context, PRODUCT);
            await expect.poll(async () => (await rawPage(vip.context, PRODUCT)).status).toBe('HIT');
            const vipAgain = await rawPage(vip.context, PRODUCT);
            expect(vipAgain.html).toContain('99,00');
            // A VIP page is kept by the storefront only, never by a shared cache.
            expect(vipAgain.headers['cache-control']).toBe('private, no-cache');

            const guestPage = await rawPage(guest.context, PRODUCT);
            expect(guestPage.status).toBe('HIT');
            expect(guestPage.html).toContain('120,00');
            expect(guestPage.html).not.toContain('99,00');
            expect(guestPage.headers['cache-control']).toContain('public');
            for (const html of [vipFirst.html, vipAgain.html, guestPage.html]) {
                expect(html).not.toContain(VIP.email);
                expect(html).not.toContain(VIP.lastName);
            }
            // A guest presenting the VIP's pricing cookie with its own session gets nothing from it.
            const stolen = (await vip.context.cookies()).find(c => c.name === 'radiant_price_fr');
            expect(stolen?.value).toBeTruthy();
            await guest.context.addCookies([{ ...stolen!, value: stolen!.value }]);
            const withStolen = await rawPage(guest.context, PRODUCT);
            expect(withStolen.html).not.toContain('99,00');
        } finally {
            await vip.context.close();
            await guest.context.close();
        }
    });

    it('shows a rename, a price change and a stock change within 2 s', async () => {
        const product = await productBySlug('elie-saab-le-parfum');

        await warm(PRODUCT);
        const renamed = 'Le Parfum Édition Cache';
        let since: number;
        await admin('mutation ($input: UpdateProductInput!) { updateProduct(input: $input) { id } }', {
            input: { id: product.id, translations: [{ languageCode: 'fr', name: `Elie Saab ${renamed}` }] },
        });
        since = Date.now();
        await freshWithin2s(PRODUCT, html => html.includes(renamed), since);

        await warm(PRODUCT);
        const variant = product.variants[0];
        await admin(
            'mutation ($input: [UpdateProductVariantInput!]!) { updateProductVariants(input: $input) { id } }',
            {
                input: [{ id: variant.id, price: 12345 }],
            },
        );
        since = Date.now();
        await freshWithin2s(PRODUCT, html => html.includes('123,45'), since);

        // Stock: the page shows the variant sold out.
        await warm(PRODUCT);
        await admin(
            'mutation ($input: [UpdateProductVariantInput!]!) { updateProductVariants(input: $input) { id } }',
            {
                input: [{ id: variant.id, stockOnHand: 0 }],
            },
        );
        since = Date.now();
        await freshWithin2s(
            PRODUCT,
            html => new RegExp(`value="${variant.id}"[^>]*disabled`).test(html),
            since,
        );
    });

    it('keeps the pages of other products cached after a stock-only change', async () => {
        // A product the worker has not re-indexed since it started (its fingerprints unknown there:
        // the seed indexed it in another process), and a page of another collection, whose
        // related-products answer carries the `lists` key.
        const product = await productBySlug('guerlain-mon-guerlain');
        const other = '/products/clarins-double-serum';
        await warm(other);
        await admin(
            'mutation ($input: [UpdateProductVariantInput!]!) { updateProductVariants(input: $input) { id } }',
            { input: [{ id: product.variants[0].id, stockOnHand: 7 }] },
        );
        // The worker re-indexes the product (a job); its purge must leave the lists alone.
        for (let i = 0; i < 150; i++) {
            const { jobs } = await admin<{ jobs: { totalItems: number } }>(
                '{ jobs(options: { filter: { isSettled: { eq: false } } }) { totalItems } }',
            );
            if (jobs.totalItems === 0) break;
            await new Promise(resolve => setTimeout(resolve, 100));
        }
        await new Promise(resolve => setTimeout(resolve, 500));
        const again = await fetch(shop.storefront + other);
        await again.text();
        expect(status(again)).toBe('HIT');
    });

    it('never puts in the cart what a page showed in stock once it is sold out', async () => {
        const product = await productBySlug('guerlain-shalimar');
        const variant = product.variants[0];
        const { context, page } = await shop.newPage();
        try {
            await page.goto(`${shop.storefront}/products/guerlain-shalimar`);
            await page.locator(`input[name="variantId"][value="${variant.id}"]`).check();
            // Sold out while the shopper looks at the page.
            await admin(
                'mutation ($input: [UpdateProductVariantInput!]!) { updateProductVariants(input: $input) { id } }',
                {
                    input: [{ id: variant.id, stockOnHand: 0 }],
                },
            );
            await page.locator('form[action$="/cart/add"] button[type="submit"]').click();
            await page.waitForLoadState();
            await expect.poll(() => page.locator('[role="alert"]').count()).toBeGreaterThan(0);
            const cart = await rawPage(context, '/cart');
            expect(cart.html).not.toContain(variant.sku);
            expect((await context.cookies()).find(c => c.name === 'radiant_cart_fr')?.value ?? '0').toBe('0');
        } finally {
            await context.close();
        }
    });

    it('is off with CATALOGUE_CACHE=off', async () => {
        const port = await freePort();
        let storefront: Running | undefined;
        try {
            storefront = await startNode(
                'storefront-nocache',
                'dist/server/entry.mjs',
                {
                    HOST: '127.0.0.1',
                    PORT: String(port),
                    VENDURE_SHOP_API_URL: `${shop.api}/shop-api`,
                    ASTRO_TELEMETRY_DISABLED: '1',
                    CATALOGUE_CACHE: 'off',
                },
                `http://127.0.0.1:${port}/robots.txt`,
                { cwd: path.join(ROOT, 'storefront') },
            );
            for (let i = 0; i < 2; i++) {
                const response = await fetch(`http://127.0.0.1:${port}${PRODUCT}`);
                await response.text();
                expect(status(response)).toBeNull();
                expect(response.headers.get('surrogate-key')).toBeNull();
            }
        } finally {
            await storefront?.stop();
        }
    });
});
