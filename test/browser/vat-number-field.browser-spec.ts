/**
 * The buyer's intra-EU VAT number field at the checkout's shipping step (issue 12, item 11) on the
 * real storefront, in Chromium: the French shop offers it for a French address; the Ivorian and
 * Senegalese shop (`ci`) never asks for it.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrowserShop, startBrowserShop } from '../support/browser-shop';

describe('EU VAT number field at checkout', () => {
    let shop: BrowserShop;

    beforeAll(async () => {
        shop = await startBrowserShop();
    });

    afterAll(async () => {
        await shop?.stop();
    });

    /** Puts Elie Saab Le Parfum in the cart and fills the contact step (a French page). */
    async function toShippingStep(page: Page): Promise<void> {
        await page.goto(`${shop.storefront}/products/elie-saab-le-parfum`);
        await page.getByRole('button', { name: 'Ajouter au panier' }).click();
        await page.waitForURL('**/cart');
        await page.locator('main a[href$="/checkout/contact"]').first().click();
        await page.waitForURL('**/checkout/contact');
        await page.locator('[name="emailAddress"]').fill('vat.field@example.com');
        await page.locator('[name="firstName"]').fill('Aya');
        await page.locator('[name="lastName"]').fill('Koné');
        await page.locator('main form button[type="submit"].btn-primary').click();
        await page.waitForURL('**/checkout/shipping');
    }

    it('shows the field for a French address on the fr shop', async () => {
        const { context, page } = await shop.newPage();
        try {
            await toShippingStep(page);
            await page.locator('[name="countryCode"]').selectOption('FR');
            const vat = page.locator('[name="buyerVatNumber"]');
            expect(await vat.isVisible()).toBe(true);
            // A shop delivering to a country outside the EU too: CSS hides the field while that
            // country is selected (the demo fr shop has none, so one is added to the page).
            await page
                .locator('[name="countryCode"]')
                .evaluate(select =>
                    select.insertAdjacentHTML('beforeend', '<option value="CH">Suisse</option>'),
                );
            await page.locator('[name="countryCode"]').selectOption('CH');
            expect(await vat.isVisible()).toBe(false);
            await page.locator('[name="countryCode"]').selectOption('FR');
            expect(await vat.isVisible()).toBe(true);
        } finally {
            await context.close();
        }
    });

    it('never asks an Ivorian or Senegalese shopper for it on the ci shop', async () => {
        const { context, page } = await shop.newPage();
        try {
            await context.addCookies([{ name: 'radiant_channel', value: 'ci', url: shop.storefront }]);
            await toShippingStep(page);
            for (const country of ['CI', 'SN']) {
                await page.locator('[name="countryCode"]').selectOption(country);
                expect(await page.locator('[name="buyerVatNumber"]').count(), country).toBe(0);
            }
            expect(await page.locator('main').innerText()).not.toContain('TVA intracommunautaire');
        } finally {
            await context.close();
        }
    });
});
