/**
 * Stripe on the real storefront: Radiant's compiled server, worker and storefront, seeded with the
 * STRIPE_* keys (so the seed creates `stripe-fr`), the server's SDK pointed at the local fake of the
 * Stripe API, and Chromium. Stripe.js cannot load here (no internet; requests to js.stripe.com are
 * aborted), so the Payment Element itself is not exercised: this checks what our code does around it —
 * the Stripe method offered, the intent created server-side, Stripe.js requested only on that page, and
 * the return page following the server's payment state (waiting → confirmation; failure → retry).
 */
import fs from 'node:fs';
import path from 'node:path';
import { Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { instance, ROOT, Running, runNode, startNode } from '../../../test/support/processes';
import { FakeStripe } from '../testing/fake-stripe';

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];
const KEYS = { STRIPE_SECRET_KEY: 'sk_test_browser0123456789', STRIPE_PUBLISHABLE_KEY: 'pk_test_browser0123456789', STRIPE_WEBHOOK_SECRET: 'whsec_browser_secret' };

describe('Stripe on the storefront in Chromium', () => {
    const fake = new FakeStripe();
    const processes: Running[] = [];
    let i: Awaited<ReturnType<typeof instance>>;
    let browser: Browser;
    let storefront: string;
    let api: string;

    beforeAll(async () => {
        if (!fs.existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}`);
        const stripeUrl = await fake.start();
        i = await instance();
        api = `http://127.0.0.1:${i.port}`;
        storefront = `http://127.0.0.1:${i.storefrontPort}`;
        const env = { ...i.env, ...KEYS, STRIPE_API_URL: stripeUrl };
        const seeded = await runNode('dist/src/cli/seed.js', [], env, 300_000);
        expect(seeded.code, seeded.stdout + seeded.stderr).toBe(0);
        processes.push(await startNode('server', 'dist/src/index.js', { ...env, SEED_ON_START: 'false' }, `${api}/health`));
        processes.push(await startNode('worker', 'dist/src/index-worker.js', { ...env, SEED_ON_START: 'false' }, `http://127.0.0.1:${i.workerPort}/health`));
        processes.push(
            await startNode('storefront', 'dist/server/entry.mjs', { HOST: '127.0.0.1', PORT: String(i.storefrontPort), VENDURE_SHOP_API_URL: `${api}/shop-api`, ASTRO_TELEMETRY_DISABLED: '1' }, `${storefront}/`, {
                cwd: path.join(ROOT, 'storefront'),
            }),
        );
        browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    });

    afterAll(async () => {
        await browser?.close();
        for (const p of processes.reverse()) await p.stop();
        i?.cleanup();
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
        expect(await page.locator('stripe-payment-form [data-error]').innerText()).toContain('momentanément indisponible');
        expect(stripeJs.length).toBeGreaterThan(0);
        expect(stripeJs.every(url => url.endsWith('/checkout/stripe'))).toBe(true);

        // Back from Stripe before the webhook: waiting page (refreshes itself), whatever Stripe's redirect_status says.
        const waiting = await page.goto(`${returnUrl}?payment_intent=${intentId}&redirect_status=succeeded`);
        expect(waiting!.headers()['refresh']).toMatch(/^2; url=\/checkout\/stripe\/return\/[A-Z0-9]{16}\?n=1$/);
        expect(await page.locator('[data-stripe-return]').getAttribute('data-stripe-return')).toBe('pending');

        // A declined attempt: the return page says so and offers a retry.
        const failed = await FakeStripe.deliver(`${api}/payments/stripe`, fake.event('payment_intent.payment_failed', fake.fail(intentId)), KEYS.STRIPE_WEBHOOK_SECRET);
        expect(failed.status).toBe(200);
        await page.goto(returnUrl);
        expect(await page.locator('[data-stripe-return]').getAttribute('data-stripe-return')).toBe('failed');
        expect(await page.getByRole('link', { name: 'Réessayer le paiement' }).isVisible()).toBe(true);

        // The shopper retries (same intent, error cleared), pays; the webhook settles; the return page confirms.
        await page.goto(`${storefront}/checkout/stripe`);
        expect(await page.locator('stripe-payment-form').getAttribute('data-client-secret')).toBe(clientSecret);
        const paid = await FakeStripe.deliver(`${api}/payments/stripe`, fake.event('payment_intent.succeeded', fake.succeed(intentId)), KEYS.STRIPE_WEBHOOK_SECRET);
        expect(paid).toEqual({ status: 200, text: 'OK' });
        await page.goto(returnUrl);
        await page.waitForURL('**/checkout/confirmation/**');
        expect((await page.locator('[data-order-code]').first().innerText()).trim()).toBe(returnUrl.split('/').pop());
        await context.close();
    });
});
