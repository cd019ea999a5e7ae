/**
 * Stripe on the real storefront: Radiant's compiled server, worker and storefront, seeded with the
 * STRIPE_* keys (so the seed creates `stripe-fr`), the server's SDK pointed at the local fake of the
 * Stripe API, and Chromium. Stripe.js cannot load here (no internet; requests to js.stripe.com are
 * aborted), so the Payment Element itself is not exercised: this checks what our code does around it —
 * the Stripe method offered, the intent created server-side, Stripe.js requested only on that page, and
 * the return page following the server's payment state (waiting → confirmation; failure → retry).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrowserShop, recordCspViolations, startBrowserShop } from '../../../test/support/browser-shop';
import { FakeStripe } from '../testing/fake-stripe';

const KEYS = {
    STRIPE_SECRET_KEY: 'sk_test_browser0123456789',
    STRIPE_PUBLISHABLE_KEY: 'pk_test_browser0123456789',
    STRIPE_WEBHOOK_SECRET: 'whsec_browser_secret',
};

describe('Stripe on the storefront in Chromium', () => {
    const fake = new FakeStripe();
    let shop: BrowserShop;
    let browser: BrowserShop['browser'];
    let storefront: string;
    let api: string;

    beforeAll(async () => {
        const stripeUrl = await fake.start();
        shop = await startBrowserShop({ ...KEYS, STRIPE_API_URL: stripeUrl });
        ({ browser, storefront, api } = shop);
    });

    afterAll(async () => {
        await shop?.stop();
        await fake.stop();
    });

    it('offers Stripe, creates the intent, loads Stripe.js only there, and confirms only after the webhook', async () => {
        const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'fr-FR' });
        const stripeJs: string[] = [];
        await context.route('https://js.stripe.com/**', route => {
            stripeJs.push(route.request().frame().url());
            return route.abort();
        });
        const page = await context.newPage();
        // The Content-Security-Policy lets the payment page load Stripe.js (aborted here, after the check).
        const cspViolations = await recordCspViolations(page);
        await page.goto(`${storefront}/products/elie-saab-le-parfum`);
        await page.locator('label', { hasText: '90 ml' }).click();
        await page.getByRole('button', { name: 'Ajouter au panier' }).click();
        await page.waitForURL('**/cart');
        await page.getByRole('link', { name: 'Commander' }).click();
        await page.waitForURL('**/checkout/contact');
        await page.getByLabel('Adresse e-mail').fill('lea.stripe@example.com');
        await page.getByLabel('Prénom').fill('Léa');
        await page.getByLabel('Nom', { exact: true }).fill('Durand');
        await page.getByRole('button', { name: /Continuer vers l.adresse/ }).click();
        await page.waitForURL('**/checkout/shipping');
        await page.locator('[name="fullName"]').fill('Léa Durand');
        await page.locator('[name="streetLine1"]').fill('3 quai Voltaire');
        await page.locator('[name="postalCode"]').fill('75007');
        await page.locator('[name="city"]').fill('Paris');
        await page.locator('[name="countryCode"]').selectOption('FR');
        await page.locator('[name="phoneNumber"]').fill('+33 6 11 22 33 44');
        await page.getByRole('button', { name: 'Continuer vers la livraison' }).click();
        await page.waitForURL('**/checkout/delivery');
        await page.locator('label', { hasText: 'Colissimo' }).click();
        await page.getByRole('button', { name: 'Continuer vers le paiement' }).click();
        await page.waitForURL('**/checkout/payment');
        expect(stripeJs).toEqual([]);
        await page.locator('label', { hasText: 'Carte bancaire' }).click();
        await page.getByRole('button', { name: 'Vérifier ma commande' }).click();
        await page.waitForURL(/\/checkout\/review\?method=stripe-fr$/);
        await page.getByRole('button', { name: 'Payer la commande' }).click();

        await page.waitForURL('**/checkout/stripe');
        const form = page.locator('stripe-payment-form');
        expect(await form.getAttribute('data-publishable-key')).toBe(KEYS.STRIPE_PUBLISHABLE_KEY);
        const clientSecret = (await form.getAttribute('data-client-secret'))!;
        const intentId = clientSecret.split('_secret_')[0];
        expect(fake.intents.get(intentId)).toMatchObject({ amount: expect.any(Number), currency: 'eur' });
        const returnPath = (await form.getAttribute('data-return-path'))!;
        expect(returnPath).toMatch(/^\/checkout\/stripe\/return\/[A-Z0-9]{16}$/);
        const returnUrl = `${storefront}${returnPath}`;
        await page.locator('stripe-payment-form [data-error]').waitFor({ state: 'visible', timeout: 20_000 });
        expect(await page.locator('stripe-payment-form [data-error]').innerText()).toContain(
            'momentanément indisponible',
        );
        expect(stripeJs.length).toBeGreaterThan(0);
        expect(stripeJs.every(url => url.endsWith('/checkout/stripe'))).toBe(true);

        // Back from Stripe before the webhook: waiting page (refreshes itself), whatever Stripe's redirect_status says.
        const waiting = await page.goto(`${returnUrl}?payment_intent=${intentId}&redirect_status=succeeded`);
        expect(waiting!.headers()['refresh']).toMatch(
            /^2; url=\/checkout\/stripe\/return\/[A-Z0-9]{16}\?n=1$/,
        );
        expect(await page.locator('[data-stripe-return]').getAttribute('data-stripe-return')).toBe('pending');

        // A declined attempt: the return page says so and offers a retry.
        const failed = await FakeStripe.deliver(
            `${api}/payments/stripe`,
            fake.event('payment_intent.payment_failed', fake.fail(intentId)),
            KEYS.STRIPE_WEBHOOK_SECRET,
        );
        expect(failed.status).toBe(200);
        await page.goto(returnUrl);
        expect(await page.locator('[data-stripe-return]').getAttribute('data-stripe-return')).toBe('failed');
        expect(await page.getByRole('link', { name: 'Réessayer le paiement' }).isVisible()).toBe(true);

        // The shopper retries (same intent, error cleared), pays; the webhook settles; the return page confirms.
        await page.goto(`${storefront}/checkout/stripe`);
        expect(await page.locator('stripe-payment-form').getAttribute('data-client-secret')).toBe(
            clientSecret,
        );
        const paid = await FakeStripe.deliver(
            `${api}/payments/stripe`,
            fake.event('payment_intent.succeeded', fake.succeed(intentId)),
            KEYS.STRIPE_WEBHOOK_SECRET,
        );
        expect(paid).toEqual({ status: 200, text: 'OK' });
        await page.goto(returnUrl);
        await page.waitForURL('**/checkout/confirmation/**');
        expect((await page.locator('[data-order-code]').first().innerText()).trim()).toBe(
            returnUrl.split('/').pop(),
        );
        expect(cspViolations).toEqual([]);
        await context.close();
    });
});
