/**
 * The legal pages on the real storefront (compiled server, worker and storefront on a freshly
 * seeded database, Chromium): the footer links the four pages in French and English; the terms of
 * sale, legal notice (with the invoices' seller identity) and withdrawal page (with the model
 * form) render in each language; a merchant's edit in the Admin API shows at once, without a
 * deploy; an unknown page is a 404; the `ci` shop has its own pages; the Dashboard's "Legal pages"
 * screens say in the default channel that pages belong to a shop, list a shop channel’s pages and
 * create one with the rich-text editor, which that shop then shows.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrowserShop, SCREENSHOTS, startBrowserShop } from '../../../test/support/browser-shop';
import { DEMO_SELLER } from '../../../src/config/invoices';

describe('legal pages on the storefront', () => {
    let shop: BrowserShop;

    beforeAll(async () => {
        shop = await startBrowserShop();
    });

    afterAll(async () => {
        await shop?.stop();
    });

    it('links the French pages from the footer; the legal notice names the invoices’ seller', async () => {
        const { context, page } = await shop.newPage();
        try {
            await page.goto(`${shop.storefront}/`);
            const links = page.locator('footer [data-legal-links] a');
            // textContent: the footer is laid out only near the viewport (`content-visibility: auto`).
            expect((await links.allTextContents()).map(text => text.trim())).toEqual([
                'Conditions générales de vente',
                'Rétractation et retours',
                'Confidentialité',
                'Mentions légales',
            ]);
            await page.locator('footer a', { hasText: 'Mentions légales' }).click();
            await page.waitForURL('**/legal/legal-notice');
            expect(await page.locator('h1').innerText()).toBe('Mentions légales');
            const text = await page.locator('[data-legal-page]').innerText();
            expect(text).toContain(`Dénomination sociale : ${DEMO_SELLER.legalName}`);
            expect(text).toContain(`RCS ${DEMO_SELLER.rcsCity} ${DEMO_SELLER.siren}`);
            expect(text).toContain(DEMO_SELLER.vatNumber);
            expect(text).toContain('Hébergeur');
            expect(text).not.toContain('{{');
            await page.screenshot({ path: path.join(SCREENSHOTS, 'legal-notice-fr.png'), fullPage: true });

            await page.locator('footer a', { hasText: 'Rétractation et retours' }).click();
            await page.waitForURL('**/legal/withdrawal');
            expect(await page.locator('[data-legal-page]').innerText()).toContain(
                'Modèle de formulaire de rétractation',
            );
        } finally {
            await context.close();
        }
    });

    it('serves the English pages under /en from the English footer', async () => {
        const { context, page } = await shop.newPage({ locale: 'en-GB' });
        try {
            await page.goto(`${shop.storefront}/en`);
            await page.locator('footer a', { hasText: 'Terms of sale' }).click();
            await page.waitForURL('**/en/legal/terms-of-sale');
            expect(await page.locator('h1').innerText()).toBe('General terms of sale');
            const text = await page.locator('[data-legal-page]').innerText();
            expect(text).toContain(`Products are sold by ${DEMO_SELLER.legalName}`);
            expect(text).toContain('fourteen days');
            expect(await page.locator('html').getAttribute('lang')).toMatch(/^en/);
        } finally {
            await context.close();
        }
    });

    it('shows a merchant’s edit at once, without a deploy; an unknown page is a 404', async () => {
        const token = await shop.adminToken();
        const list = await shop.adminQuery<{ legalPages: { items: Array<{ id: string; slug: string }> } }>(
            '{ legalPages { items { id slug } } }',
            {},
            token,
            'fr',
        );
        const privacy = list.body.data.legalPages.items.find(p => p.slug === 'privacy');
        expect(privacy).toBeDefined();
        const updated = await shop.adminQuery<{ updateLegalPage: { title?: string } }>(
            `mutation ($input: UpdateLegalPageInput!) { updateLegalPage(input: $input) { ... on LegalPage { title } } }`,
            {
                input: {
                    id: privacy?.id,
                    translations: [
                        {
                            languageCode: 'fr',
                            title: 'Vos données personnelles',
                            body: '<p>Texte revu.</p><script>alert(1)</script><p onclick="x()">Sans script.</p>',
                        },
                    ],
                },
            },
            token,
            'fr',
        );
        expect(updated.body.data.updateLegalPage.title).toBe('Vos données personnelles');

        const { context, page } = await shop.newPage();
        try {
            await page.goto(`${shop.storefront}/legal/privacy`);
            expect(await page.locator('h1').innerText()).toBe('Vos données personnelles');
            const html = await page.locator('[data-legal-page]').innerHTML();
            expect(html).toContain('<p>Texte revu.</p>');
            expect(html).not.toContain('<script');
            expect(html).not.toContain('onclick');
            // The English text is untouched.
            await page.goto(`${shop.storefront}/en/legal/privacy`);
            expect(await page.locator('h1').innerText()).toBe('Privacy policy');

            const missing = await page.goto(`${shop.storefront}/legal/nope`);
            expect(missing?.status()).toBe(404);
        } finally {
            await context.close();
        }
    });

    it('gives the ci shop its own pages', async () => {
        const { context, page } = await shop.newPage();
        try {
            await context.addCookies([{ name: 'radiant_channel', value: 'ci', url: shop.storefront }]);
            await page.goto(`${shop.storefront}/legal/privacy`);
            // fr's edit above does not reach ci.
            expect(await page.locator('h1').innerText()).toBe('Politique de confidentialité');
        } finally {
            await context.close();
        }
    });

    it('creates a page in the Dashboard in a shop’s channel: list, rich-text editor, shown in that shop', async () => {
        const { context, page } = await shop.newPage();
        try {
            // The Dashboard (dist/dashboard, built by `npm run build`), in Vendure's default channel:
            // no shop's pages there, and no "New page" that no storefront would show.
            await page.goto(`${shop.api}/dashboard/legal-pages`);
            await page.locator('input[name="username"]').fill('superadmin');
            await page.locator('input[name="password"]').fill('superadmin');
            await page.locator('button[type="submit"]').click();
            await page.waitForURL(url => !url.pathname.includes('login'), { timeout: 60_000 });
            await page.goto(`${shop.api}/dashboard/legal-pages`);
            await page.locator('[data-legal-pages-default-channel]').waitFor({ timeout: 60_000 });
            expect(await page.getByRole('link', { name: 'New page' }).count()).toBe(0);
            await page.screenshot({
                path: path.join(SCREENSHOTS, 'legal-pages-dashboard-default-channel.png'),
                fullPage: true,
            });
            // The merchant picks the French shop in the channel menu: its four pages.
            await page.getByText('Default channel').first().click();
            await page.getByRole('menuitem', { name: /Radiant France/ }).click();
            await page.locator('[data-legal-page="terms-of-sale"]').waitFor({ timeout: 60_000 });
            await page.getByRole('link', { name: 'New page' }).click();
            await page.waitForURL(url => url.pathname.endsWith('/legal-pages/new'));
            await page.locator('#legal-page-slug').fill('livraison');
            await page.locator('#legal-page-title-fr').fill('Livraison');
            const editor = page.locator('[data-legal-page-language="fr"] [contenteditable="true"]');
            await editor.click();
            await page.keyboard.type('Livraison en 48 heures.');
            await page.locator('[data-legal-page-save]').click();
            await page.waitForURL(url => /\/legal-pages\/\d+$/.test(url.pathname), { timeout: 60_000 });
            await page.goto(`${shop.api}/dashboard/legal-pages`);
            await page.locator('[data-legal-page="livraison"]').waitFor({ timeout: 60_000 });
            await page.screenshot({
                path: path.join(SCREENSHOTS, 'legal-pages-dashboard.png'),
                fullPage: true,
            });
        } finally {
            await context.close();
        }
        const token = await shop.adminToken();
        const saved = await shop.adminQuery<{
            legalPages: {
                items: Array<{
                    slug: string;
                    enabled: boolean;
                    translations: Array<{ title: string; body: string }>;
                }>;
            };
        }>('{ legalPages { items { slug enabled translations { title body } } } }', {}, token, 'fr');
        const livraison = saved.body.data.legalPages.items.find(p => p.slug === 'livraison');
        expect(livraison?.enabled).toBe(true);
        expect(livraison?.translations[0].title).toBe('Livraison');
        expect(livraison?.translations[0].body).toContain('Livraison en 48 heures.');
        // The French shop shows it at once.
        const { context: shopper, page: shopperPage } = await shop.newPage();
        try {
            const response = await shopperPage.goto(`${shop.storefront}/legal/livraison`);
            expect(response?.status()).toBe(200);
            expect(await shopperPage.locator('h1').innerText()).toBe('Livraison');
        } finally {
            await shopper.close();
        }
    });
});
