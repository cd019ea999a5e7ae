/**
 * The customer account, the cart and the checkout on the real storefront (real server, worker and
 * storefront processes, Chromium): register (name and e-mail) → choose the password from the
 * verification e-mail → sign in with a guest cart that merges into the customer's cart → check
 * out → the order, its invoice PDF and its address in the account; password reset through the mailbox; promo codes (a promotion created
 * through the Admin API); and axe-core finds no accessibility violation on the pages visited.
 */
import AxeBuilder from '@axe-core/playwright';
import path from 'node:path';
import { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { BrowserShop, guestCheckout, SCREENSHOTS, startBrowserShop } from '../support/browser-shop';

const PASSWORD = 'rose-de-mai-2026';
const EMAIL = 'ines.diallo@example.com';

describe('account, cart and checkout in Chromium', () => {
    let shop: BrowserShop;
    let storefront: string;
    /** Pages checked by axe in the running test, with their violations, for one final assertion. */
    let violations: Record<string, string[]> = {};
    /** The first test's order and its invoice link, for the ownership checks of the last test. */
    let ines: { code: string; invoiceHref: string } | undefined;

    beforeAll(async () => {
        shop = await startBrowserShop();
        storefront = shop.storefront;
    });

    afterAll(async () => {
        await shop?.stop();
    });

    beforeEach(() => {
        violations = {};
    });

    /**
     * axe-core (WCAG 2.x A/AA rules) on the current page, plus a full-page screenshot. The site
     * header and footer (shared layout, tested with the catalogue pages) are left out; the cart
     * drawer, which lives in the header, is checked on its own.
     */
    async function check(page: Page, name: string): Promise<void> {
        await page.screenshot({ path: path.join(SCREENSHOTS, `account-${name}.png`), fullPage: true });
        const drawerOpen = await page.locator('[data-cart-drawer]:popover-open').count();
        const axe = new AxeBuilder({ page: page as never }).withTags([
            'wcag2a',
            'wcag2aa',
            'wcag21a',
            'wcag21aa',
        ]);
        const result = await (
            drawerOpen
                ? axe.include('[data-cart-drawer]')
                : axe.exclude('body > header').exclude('body > footer')
        ).analyze();
        const found = result.violations.map(
            v => `${v.id} (${v.impact}): ${v.nodes.map(n => n.target.join(' ')).join(', ')}`,
        );
        if (found.length > 0) violations[name] = found;
    }

    async function withPage(
        run: (page: Page, context: BrowserContext) => Promise<void>,
        failureShot: string,
    ): Promise<void> {
        const { context, page } = await shop.newPage();
        try {
            await run(page, context);
        } catch (error) {
            await page
                .screenshot({
                    path: path.join(SCREENSHOTS, `account-${failureShot}-failure.png`),
                    fullPage: true,
                })
                .catch(() => undefined);
            throw error;
        } finally {
            await context.close();
        }
    }

    async function addToCart(page: Page, slug: string, size: string): Promise<void> {
        await page.goto(`${storefront}/products/${slug}`);
        await page.locator('label', { hasText: size }).click();
        await page.getByRole('button', { name: 'Ajouter au panier' }).click();
        await page.waitForURL('**/cart');
    }

    async function cartCount(page: Page): Promise<string> {
        return (await page.locator('[data-cart-count]').first().innerText()).trim();
    }

    /** The storefront link of a dev-mailbox e-mail (rewritten to the host the browser uses). */
    function linkIn(mail: { body: string }, pathPrefix: string): string {
        const match = mail.body.match(
            new RegExp(`href="(https?://[^"]*${pathPrefix.replace(/\//g, '\\/')}\\?token=[^"]+)"`),
        );
        expect(match, `no ${pathPrefix} link in the e-mail`).not.toBeNull();
        const url = new URL(match![1]!.replace(/&amp;/g, '&'));
        return `${storefront}${url.pathname}${url.search}`;
    }

    async function signIn(page: Page, email: string, password: string): Promise<void> {
        await page.goto(`${storefront}/compte/connexion`);
        await page.getByLabel('Adresse e-mail').fill(email);
        await page.getByLabel('Mot de passe').fill(password);
        await page.getByRole('button', { name: 'Se connecter' }).click();
        await page.waitForURL(`${storefront}/compte`);
    }

    it('keeps a signed-in customer signed in when they switch to the other shop', async () => {
        const created = await shop.adminQuery<{ createCustomer: { id?: string; errorCode?: string } }>(
            `mutation ($input: CreateCustomerInput!, $password: String!) { createCustomer(input: $input, password: $password) { ... on Customer { id } ... on ErrorResult { errorCode message } } }`,
            {
                input: { emailAddress: 'moussa.traore@example.com', firstName: 'Moussa', lastName: 'Traoré' },
                password: 'baobab-abidjan-2026',
            },
            await shop.adminToken(),
            'fr',
        );
        expect(created.body.data.createCustomer.id, JSON.stringify(created.body)).toBeTruthy();
        await withPage(async page => {
            await signIn(page, 'moussa.traore@example.com', 'baobab-abidjan-2026');
            // The header's shop switch posts to /channel and comes back to the account page.
            await page.locator('form[action$="/channel"] button[value="ci"]').first().click();
            await page.waitForURL(`${storefront}/compte`);
            expect(
                await page
                    .locator('form[action$="/channel"] button[value="ci"]')
                    .first()
                    .getAttribute('aria-pressed'),
            ).toBe('true');
            await page.locator('form[action$="/channel"] button[value="fr"]').first().click();
            await page.waitForURL(`${storefront}/compte`);
        }, 'channel-switch');
    });

    it('registers, verifies by e-mail, merges the guest cart at sign-in, checks out; order, invoice and address are in the account', async () => {
        // Device A: register and verify; the customer's cart gets Elie Saab Le Parfum 90 ml.
        const { context: deviceA, page: a } = await shop.newPage();
        try {
            await a.goto(`${storefront}/compte/inscription`);
            await check(a, 'register');
            // Every field says what is wrong.
            await a.getByRole('button', { name: 'Créer mon compte' }).click();
            await expect.poll(() => a.locator('[aria-invalid="true"]').count()).toBe(3);
            // No password at registration: the owner of the address chooses it at verification.
            expect(await a.locator('input[type="password"]').count()).toBe(0);
            expect(await a.locator('#emailAddress').getAttribute('aria-describedby')).toBe(
                'emailAddress-error',
            );
            await check(a, 'register-errors');
            await a.getByLabel('Prénom').fill('Inès');
            await a.getByLabel('Nom', { exact: true }).fill('Diallo');
            await a.getByLabel('Adresse e-mail').fill(EMAIL);
            await a.getByRole('button', { name: 'Créer mon compte' }).click();
            await expect.poll(() => a.getByRole('status').first().innerText()).toContain(EMAIL);

            const verification = await shop.waitForEmail('Confirmez votre adresse e-mail', EMAIL);
            await a.goto(linkIn(verification, '/compte/verification'));
            await check(a, 'verify');
            await a.getByLabel('Mot de passe').fill('short');
            await a.getByRole('button', { name: 'Activer mon compte' }).click();
            await a.locator('#password-error').waitFor();
            expect(await a.locator('#password').getAttribute('aria-invalid')).toBe('true');
            await a.getByLabel('Mot de passe').fill(PASSWORD);
            await a.getByRole('button', { name: 'Activer mon compte' }).click();
            await a.waitForURL(`${storefront}/compte`);
            expect(await a.locator('h1').innerText()).toBe('Bonjour Inès');
            await check(a, 'overview-empty');
            await addToCart(a, 'elie-saab-le-parfum', '90 ml');
            expect(await cartCount(a)).toBe('1');
        } finally {
            await deviceA.close();
        }

        await withPage(async (page, context) => {
            // Device B: a guest cart (Girl of Now 30 ml), then sign in: both carts merge.
            await addToCart(page, 'elie-saab-girl-of-now', '30 ml');
            expect(await cartCount(page)).toBe('1');
            await page.goto(`${storefront}/compte`);
            await page.waitForURL(/\/compte\/connexion\?retour=%2Fcompte$/);
            await check(page, 'login');
            await page.getByLabel('Adresse e-mail').fill(EMAIL);
            await page.getByLabel('Mot de passe').fill('not-the-password');
            await page.getByRole('button', { name: 'Se connecter' }).click();
            expect(await page.locator('#password-error').innerText()).toContain('incorrect');
            expect(await page.locator('#password').getAttribute('aria-invalid')).toBe('true');
            await check(page, 'login-error');
            await page.getByLabel('Mot de passe').fill(PASSWORD);
            await page.getByRole('button', { name: 'Se connecter' }).click();
            await page.waitForURL(`${storefront}/compte`);
            await page.goto(`${storefront}/cart`);
            expect(await cartCount(page)).toBe('2');
            const names = await page.locator('main h3').allInnerTexts();
            expect(names.sort()).toEqual(['Elie Saab Girl of Now', 'Elie Saab Le Parfum']);
            await check(page, 'cart');

            // The drawer (popover) opens from the header's cart link on pages that are not cached
            // (catalogue pages come from the page cache, the same for everyone: no drawer there).
            await page.goto(`${storefront}/compte`);
            await page.locator('header a[href="/cart"][aria-haspopup="dialog"]').click();
            await expect.poll(() => page.locator('[data-cart-drawer]').isVisible()).toBe(true);
            expect(page.url()).toBe(`${storefront}/compte`);
            await check(page, 'cart-drawer');
            await page.getByRole('link', { name: 'Commander' }).click();

            // Checkout as the signed-in customer.
            await page.waitForURL('**/checkout/contact');
            expect(await page.locator('[data-signed-in]').innerText()).toContain(EMAIL);
            await check(page, 'checkout-contact');
            await page.getByRole('button', { name: /Continuer vers l.adresse/ }).click();
            await page.waitForURL('**/checkout/shipping');
            await page.locator('[name="streetLine1"]').fill('');
            await page.getByRole('button', { name: 'Continuer vers la livraison' }).click();
            await page.locator('#streetLine1-error').waitFor();
            expect(await page.locator('#streetLine1').getAttribute('aria-invalid')).toBe('true');
            await check(page, 'checkout-shipping-errors');
            await page.locator('[name="fullName"]').fill('Inès Diallo');
            await page.locator('[name="streetLine1"]').fill('12 rue du Bac');
            await page.locator('[name="postalCode"]').fill('75007');
            await page.locator('[name="city"]').fill('Paris');
            await page.locator('[name="countryCode"]').selectOption('FR');
            await page.locator('[name="phoneNumber"]').fill('+33 6 98 76 54 32');
            await page.getByRole('button', { name: 'Continuer vers la livraison' }).click();
            await page.waitForURL('**/checkout/delivery');
            await check(page, 'checkout-delivery');
            await page.locator('label', { hasText: 'Colissimo' }).click();
            await page.getByRole('button', { name: 'Continuer vers le paiement' }).click();
            await page.waitForURL('**/checkout/payment');
            await check(page, 'checkout-payment');
            await page.locator('label', { hasText: 'Paiement de test' }).click();
            await page.getByRole('button', { name: 'Vérifier ma commande' }).click();
            await page.waitForURL(/\/checkout\/review\?method=test-payment-fr$/);
            await check(page, 'checkout-review');
            expect(await page.getByText('12 rue du Bac').first().isVisible()).toBe(true);
            expect(await page.getByText('Paiement de test').first().isVisible()).toBe(true);
            await page.getByRole('button', { name: 'Payer la commande' }).click();
            await page.waitForURL('**/checkout/confirmation/**');
            const code = (await page.locator('[data-order-code]').first().innerText()).trim();
            // Signed in: no "create your account" offer.
            expect(await page.locator('[data-create-account]').count()).toBe(0);

            // The order is in the history, with its detail and invoice.
            await page.goto(`${storefront}/compte/commandes`);
            await check(page, 'orders');
            await page.locator(`[data-order-row="${code}"] a`).click();
            await page.waitForURL(`**/compte/commandes/${code}`);
            const invoiceLink = page.locator('[data-invoice] a');
            const deadline = Date.now() + 90_000;
            while ((await invoiceLink.count()) === 0 && Date.now() < deadline) {
                await page.waitForTimeout(1000);
                await page.reload();
            }
            expect(await invoiceLink.count(), 'the invoice was not issued in time').toBe(1);
            await check(page, 'order-detail');
            const href = (await invoiceLink.getAttribute('href'))!;
            expect(href).toMatch(new RegExp(`^/compte/commandes/${code}/factures/[^/]+\\.pdf$`));
            const pdf = await context.request.get(`${storefront}${href}`);
            expect(pdf.status()).toBe(200);
            expect(pdf.headers()['content-type']).toBe('application/pdf');
            expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
            // The English order page links the same (language-neutral) proxy.
            const englishPage = await (
                await context.request.get(`${storefront}/en/compte/commandes/${code}`)
            ).text();
            expect(englishPage).toContain(`href="${href}"`);
            ines = { code, invoiceHref: href };

            // Issue 12 item 18: after a partial refund (10,00 € settled by the merchant) the order
            // page shows the money returned, not only the credit note, in French and in English.
            const token = await shop.adminToken();
            const found = await shop.adminQuery<{ orders: { items: { payments: { id: string }[] }[] } }>(
                `query ($code: String!) { orders(options: { filter: { code: { eq: $code } } }) { items { payments { id } } } }`,
                { code },
                token,
                'fr',
            );
            const refund = await shop.adminQuery<{ refundOrder: { id?: string; errorCode?: string } }>(
                `mutation ($input: RefundOrderInput!) { refundOrder(input: $input) { ... on Refund { id } ... on ErrorResult { errorCode message } } }`,
                {
                    input: {
                        paymentId: found.body.data.orders.items[0]!.payments[0]!.id,
                        amount: 1000,
                        shipping: 0,
                        adjustment: 0,
                        lines: [],
                        reason: 'Flacon abîmé',
                    },
                },
                token,
                'fr',
            );
            expect(refund.body.data.refundOrder.id, JSON.stringify(refund.body)).toBeTruthy();
            const settled = await shop.adminQuery<{ settleRefund: { state?: string } }>(
                `mutation ($input: SettleRefundInput!) { settleRefund(input: $input) { ... on Refund { state } ... on ErrorResult { errorCode message } } }`,
                { input: { id: refund.body.data.refundOrder.id, transactionId: 'VIR-2026-0042' } },
                token,
                'fr',
            );
            expect(settled.body.data.settleRefund.state, JSON.stringify(settled.body)).toBe('Settled');
            const creditNote = page.locator('[data-invoice]', { hasText: 'Avoir' });
            const noteDeadline = Date.now() + 90_000;
            await page.reload();
            while ((await creditNote.count()) === 0 && Date.now() < noteDeadline) {
                await page.waitForTimeout(1000);
                await page.reload();
            }
            expect(await creditNote.count(), 'the credit note was not issued in time').toBe(1);
            expect((await page.locator('[data-refunded]').innerText()).replace(/\s+/g, ' ')).toBe(
                'Remboursé · 10,00 €',
            );
            await check(page, 'order-detail-refunded');
            await page.goto(`${storefront}/en/compte/commandes/${code}`);
            expect((await page.locator('[data-refunded]').innerText()).replace(/\s+/g, ' ')).toBe(
                'Refunded · €10.00',
            );
            expect(await page.locator('[data-invoice]', { hasText: 'Credit note' }).count()).toBe(1);
            await check(page, 'order-detail-refunded-en');

            // Someone else gets a friendly error page, not the PDF.
            await withPage(async stranger => {
                const response = await stranger.goto(`${storefront}${href}`);
                expect(response?.status()).toBe(403);
                expect(await stranger.locator('h1').innerText()).toBe('Facture indisponible');
            }, 'invoice-stranger');

            // Vendure added the order's address to the address book; it is offered at the next checkout.
            await page.goto(`${storefront}/compte/adresses`);
            expect(await page.locator('[data-address]').count()).toBe(1);
            expect(await page.locator('[data-address]').innerText()).toContain('12 rue du Bac');
            await check(page, 'addresses');
            await page
                .getByRole('link', { name: /Modifier/ })
                .first()
                .click();
            await page.waitForURL(/\/compte\/adresses\/[^/]+$/);
            await check(page, 'address-edit');
            await page.locator('[name="streetLine2"]').fill('Escalier B');
            await page.getByRole('button', { name: 'Enregistrer l’adresse' }).click();
            await page.waitForURL('**/compte/adresses');
            expect(await page.locator('[data-address]').innerText()).toContain('Escalier B');

            await page.getByRole('button', { name: 'Se déconnecter' }).click();
            await page.waitForURL(`${storefront}/`);
            await page.goto(`${storefront}/compte`);
            await page.waitForURL(/\/compte\/connexion\?retour=%2Fcompte$/);
        }, 'merge-checkout');

        expect(violations).toEqual({});
    }, 300_000);

    it('resets a forgotten password through the e-mailed link, changes the password and the e-mail address', async () => {
        await withPage(async page => {
            await page.goto(`${storefront}/compte/mot-de-passe-oublie`);
            await check(page, 'forgot-password');
            await page.getByLabel('Adresse e-mail').fill(EMAIL);
            await page.getByRole('button', { name: 'Recevoir le lien' }).click();
            await expect.poll(() => page.getByRole('status').first().innerText()).toContain(EMAIL);
            const mail = await shop.waitForEmail('Réinitialisation de votre mot de passe', EMAIL);
            await page.goto(linkIn(mail, '/compte/reinitialiser-mot-de-passe'));
            await check(page, 'reset-password');
            await page.getByLabel('Nouveau mot de passe').fill('jasmin-sambac-2026');
            await page.getByLabel('Confirmez le mot de passe').fill('jasmin-sambac-2025');
            await page.getByRole('button', { name: 'Enregistrer le mot de passe' }).click();
            expect(await page.locator('#confirmation-error').innerText()).toContain('ne correspondent pas');
            await page.getByLabel('Nouveau mot de passe').fill('jasmin-sambac-2026');
            await page.getByLabel('Confirmez le mot de passe').fill('jasmin-sambac-2026');
            await page.getByRole('button', { name: 'Enregistrer le mot de passe' }).click();
            await page.waitForURL(`${storefront}/compte`);
            await page.getByRole('button', { name: 'Se déconnecter' }).click();
            await page.waitForURL(`${storefront}/`);
            await signIn(page, EMAIL, 'jasmin-sambac-2026');
            await check(page, 'overview');

            // Change the password, then the e-mail address (confirmed from the new mailbox).
            await page.goto(`${storefront}/compte/mot-de-passe`);
            await page.getByLabel('Mot de passe actuel').fill('wrong-password');
            await page.getByLabel('Nouveau mot de passe', { exact: true }).fill('fleur-oranger-2026');
            await page.getByLabel('Confirmez le nouveau mot de passe').fill('fleur-oranger-2026');
            await page.getByRole('button', { name: 'Changer le mot de passe' }).click();
            await page.locator('#currentPassword-error').waitFor();
            // The signed-in customer only typed a password: the message is about that one.
            expect(await page.locator('#currentPassword-error').innerText()).toContain(
                'Mot de passe actuel incorrect',
            );
            await check(page, 'password-error');
            await page.getByLabel('Mot de passe actuel').fill('jasmin-sambac-2026');
            await page.getByLabel('Nouveau mot de passe', { exact: true }).fill('fleur-oranger-2026');
            await page.getByLabel('Confirmez le nouveau mot de passe').fill('fleur-oranger-2026');
            await page.getByRole('button', { name: 'Changer le mot de passe' }).click();
            await expect
                .poll(() => page.getByRole('status').first().innerText())
                .toContain('mot de passe a été changé');

            await page.goto(`${storefront}/compte/email`);
            await check(page, 'email');
            await page.getByLabel('Nouvelle adresse e-mail').fill('ines.diallo@exemple.fr');
            await page.getByLabel('Mot de passe').fill('fleur-oranger-2026');
            await page.getByRole('button', { name: 'Changer d’adresse' }).click();
            await expect
                .poll(() => page.getByRole('status').first().innerText())
                .toContain('ines.diallo@exemple.fr');
            const change = await shop.waitForEmail(
                'Confirmez votre nouvelle adresse e-mail',
                'ines.diallo@exemple.fr',
            );
            await page.goto(linkIn(change, '/compte/email/confirmer'));
            await page.getByRole('button', { name: 'Confirmer la nouvelle adresse' }).click();
            await page.waitForURL(`${storefront}/compte`);
            expect(await page.locator('[data-customer-email]').innerText()).toBe('ines.diallo@exemple.fr');
            await page.getByRole('button', { name: 'Se déconnecter' }).click();
            await page.waitForURL(`${storefront}/`);
            await signIn(page, 'ines.diallo@exemple.fr', 'fleur-oranger-2026');
        }, 'reset');
        expect(violations).toEqual({});
    });

    it('applies and removes a promo code created through the Admin API; unknown codes get a clear error', async () => {
        const token = await shop.adminToken();
        const created = await shop.adminQuery<{ createPromotion: { id?: string; errorCode?: string } }>(
            `mutation ($input: CreatePromotionInput!) { createPromotion(input: $input) { ... on Promotion { id } ... on ErrorResult { errorCode message } } }`,
            {
                input: {
                    enabled: true,
                    couponCode: 'BIENVENUE10',
                    conditions: [],
                    actions: [
                        { code: 'order_percentage_discount', arguments: [{ name: 'discount', value: '10' }] },
                    ],
                    translations: [{ languageCode: 'fr', name: 'Bienvenue −10 %' }],
                },
            },
            token,
            // A promotion of the fr shop (created in the default channel it would sell nowhere).
            'fr',
        );
        expect(created.body.errors, JSON.stringify(created.body.errors)).toBeUndefined();
        expect(created.body.data.createPromotion.id).toBeTruthy();

        await withPage(async page => {
            await addToCart(page, 'elie-saab-le-parfum', '90 ml');
            await page.getByLabel('Code promotionnel').fill('NOPE2026');
            await page.getByRole('button', { name: 'Appliquer' }).click();
            expect(await page.locator('#couponCode-error').innerText()).toContain('n’existe pas');
            expect(await page.locator('#couponCode').getAttribute('aria-invalid')).toBe('true');
            await check(page, 'cart-coupon-error');

            await page.getByLabel('Code promotionnel').fill('BIENVENUE10');
            await page.getByRole('button', { name: 'Appliquer' }).click();
            expect(await page.locator('[data-coupon]').innerText()).toBe('BIENVENUE10');
            expect(await page.locator('[data-discount]').innerText()).toContain('Bienvenue');
            expect(await page.locator('main').innerText()).toContain('108,00'); // 120,00 € − 10 %
            await check(page, 'cart-coupon');
            await page.getByRole('button', { name: 'Retirer BIENVENUE10' }).click();
            await expect.poll(() => page.locator('[data-coupon]').count()).toBe(0);
            expect(await page.locator('[data-discount]').count()).toBe(0);

            // With the code, every summary shows the same rows: subtotal before the discount, the
            // discount, shipping (the chosen method's, from the Delivery step on) and the total.
            await page.getByLabel('Code promotionnel').fill('BIENVENUE10');
            await page.getByRole('button', { name: 'Appliquer' }).click();
            await page.locator('[data-coupon]').waitFor();
            // The text of the first match, its no-break spaces as plain spaces.
            const text = async (selector: string) =>
                (await page.locator(selector).first().innerText()).replace(/\s+/g, ' ').trim();
            expect(await text('[data-subtotal]')).toBe('120,00 €');
            expect(await text('[data-discount]')).toContain('-12,00 €');
            // The same figures in English, in the cart and the checkout's summary (issue 12, item 18).
            for (const summary of ['/en/cart', '/en/checkout/contact']) {
                await page.goto(`${storefront}${summary}`);
                expect(await text('main [data-subtotal]'), summary).toBe('€120.00');
                expect(await text('main [data-discount]'), summary).toMatch(/-€12\.00$/);
                await check(page, `coupon-summary${summary.replace(/\//g, '-')}`);
            }
            await page.goto(`${storefront}/cart`);
            await guestCheckout(
                page,
                { email: 'noa.promo@example.com', first: 'Noa', last: 'Petit' },
                async step => {
                    if (step === 'contact')
                        expect(await text('aside [data-shipping]')).toBe('À l’étape Livraison');
                    if (!['delivery', 'payment', 'review', 'confirmation'].includes(step)) return;
                    expect(await text('[data-subtotal]'), step).toBe('120,00 €');
                    expect(await text('[data-discount]'), step).toContain('-12,00 €');
                    expect(await text('[data-shipping]'), step).toBe('5,90 €');
                    expect(await text('[data-total]'), step).toBe('113,90 €');
                },
            );
        }, 'coupon');
        expect(violations).toEqual({});
    });

    it('lets a guest create an account from the order confirmation', async () => {
        await withPage(async page => {
            await addToCart(page, 'elie-saab-le-parfum', '30 ml');
            await page.goto(`${storefront}/checkout/contact`);
            await page.getByLabel('Adresse e-mail').fill('awa.kone@example.com');
            await page.getByLabel('Prénom').fill('Awa');
            await page.getByLabel('Nom', { exact: true }).fill('Koné');
            await page.getByRole('button', { name: /Continuer vers l.adresse/ }).click();
            await page.waitForURL('**/checkout/shipping');
            await page.locator('[name="streetLine1"]').fill('3 quai Voltaire');
            await page.locator('[name="postalCode"]').fill('75007');
            await page.locator('[name="city"]').fill('Paris');
            await page.locator('[name="phoneNumber"]').fill('+33 6 11 22 33 44');
            await page.getByRole('button', { name: 'Continuer vers la livraison' }).click();
            await page.waitForURL('**/checkout/delivery');
            await page.getByRole('button', { name: 'Continuer vers le paiement' }).click();
            await page.waitForURL('**/checkout/payment');
            await page.getByRole('button', { name: 'Vérifier ma commande' }).click();
            await page.waitForURL(/\/checkout\/review\?method=/);
            await page.getByRole('button', { name: 'Payer la commande' }).click();
            await page.waitForURL('**/checkout/confirmation/**');
            await check(page, 'confirmation-guest');
            // No password here: it is chosen from the verification e-mail.
            expect(await page.locator('[data-create-account] input[type="password"]').count()).toBe(0);
            await page.getByRole('button', { name: 'Créer mon compte' }).click();
            await expect
                .poll(() => page.locator('[data-create-account]').innerText())
                .toContain('awa.kone@example.com');
            const mail = await shop.waitForEmail('Confirmez votre adresse e-mail', 'awa.kone@example.com');
            await page.goto(linkIn(mail, '/compte/verification'));
            await page.getByLabel('Mot de passe').fill('quai-voltaire-75');
            await page.getByRole('button', { name: 'Activer mon compte' }).click();
            await page.waitForURL(`${storefront}/compte`);
            // The guest order now belongs to the account.
            expect(await page.locator('[data-order-row]').count()).toBe(1);
            // Another customer's order and invoice stay out of reach.
            expect(ines).toBeDefined();
            expect((await page.goto(`${storefront}/compte/commandes/${ines!.code}`))?.status()).toBe(404);
            expect((await page.goto(`${storefront}${ines!.invoiceHref}`))?.status()).toBe(404);
        }, 'guest-account');
        expect(violations).toEqual({});
    });
});
