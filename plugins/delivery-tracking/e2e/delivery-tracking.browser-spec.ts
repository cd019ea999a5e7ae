/**
 * Delivery tracking on the real shop (compiled server, worker and storefront on a freshly seeded
 * demo database, Chromium): a demo order shipped as two Colissimo parcels with events; the public
 * "Suivre ma commande / Track my order" page shows their timelines in French and English with no
 * axe-core (WCAG 2.1 AA) violation, and a parcel the merchant shipped before any carrier scan reads
 * "Expédié / Shipped", not "En préparation"; the Dashboard's Parcels block adds a manual event that then
 * shows in the timeline and resends the shipped email after a confirmation. The shipped,
 * parcel-status and parcel-problem emails of the dev mailbox are rendered to PNG beside the
 * screenshots, to be looked at.
 */
import AxeBuilder from '@axe-core/playwright';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrowserShop, DevMail, SCREENSHOTS, startBrowserShop } from '../../../test/support/browser-shop';
import { checkout } from '../../../test/support/shop-checkout';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const MERCHANT = 'logistique@radiant.example';
const EMAIL = 'suivi.navigateur@example.com';
const NUMBERS = ['6A90000000001', '6A90000000002'];

describe('delivery tracking in the browser', () => {
    let shop: BrowserShop;
    let token: string;
    let order: { id: string; code: string };

    const admin = async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
        const { body } = await shop.adminQuery<T>(query, variables, token);
        expect(body.errors).toBeUndefined();
        return body.data;
    };
    /** Adds a manual event `hoursAgo` hours ago (at most a day: not before the parcel existed). */
    const addEvent = async (
        parcelId: string,
        status: string,
        message: string,
        location: string,
        hoursAgo: number,
    ) => {
        const { addParcelEvent } = await admin<{ addParcelEvent: { status?: string; message?: string } }>(
            `mutation ($input: AddParcelEventInput!) { addParcelEvent(input: $input) { ... on Parcel { status } ... on ErrorResult { message } } }`,
            {
                input: {
                    parcelId,
                    status,
                    message,
                    location,
                    occurredAt: new Date(Date.now() - hoursAgo * 3600_000).toISOString(),
                },
            },
        );
        expect(addParcelEvent.message).toBeUndefined();
    };
    /** Fulfils every line of an order as Colissimo parcels with these tracking numbers. */
    const fulfil = async (orderId: string, numbers: string[]) => {
        const { order: o } = await admin<{ order: { lines: { id: string; quantity: number }[] } }>(
            'query ($id: ID!) { order(id: $id) { lines { id quantity } } }',
            { id: orderId },
        );
        const { addFulfillmentToOrder: fulfillment } = await admin<{
            addFulfillmentToOrder: { id?: string; parcels?: { id: string }[]; message?: string };
        }>(
            `mutation ($input: FulfillOrderInput!) { addFulfillmentToOrder(input: $input) {
                ... on Fulfillment { id parcels { id } } ... on ErrorResult { message } } }`,
            {
                input: {
                    lines: o.lines.map(l => ({ orderLineId: l.id, quantity: l.quantity })),
                    handler: {
                        code: 'tracked-parcels',
                        arguments: [
                            { name: 'carrier', value: 'colissimo' },
                            { name: 'trackingNumbers', value: JSON.stringify(numbers) },
                        ],
                    },
                },
            },
        );
        expect(fulfillment.message).toBeUndefined();
        return fulfillment as { id: string; parcels: { id: string }[] };
    };
    /** Every dev-mailbox e-mail whose subject contains `subject`. */
    const mails = (subject: string): DevMail[] => {
        const dir = path.join(shop.dataDir, 'emails');
        return (fs.existsSync(dir) ? fs.readdirSync(dir).sort() : [])
            .map(file => JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as DevMail)
            .filter(mail => mail.subject.includes(subject));
    };
    /** Renders an e-mail's stored HTML body to `<name>.png` (and `.html`) in the screenshot folder. */
    const renderMail = async (mail: DevMail, name: string) => {
        fs.writeFileSync(path.join(SCREENSHOTS, `${name}.html`), mail.body);
        const { context, page } = await shop.newPage({ viewport: { width: 700, height: 900 } });
        try {
            await page.setContent(mail.body, { waitUntil: 'load' });
            await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
        } finally {
            await context.close();
        }
    };
    const expectNoViolations = async (page: Page, label: string) => {
        const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
        const report = results.violations.map(
            v => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map(n => n.target.join(' ')).join(', ')}`,
        );
        expect(report, `${label}:\n${report.join('\n')}`).toEqual([]);
    };

    beforeAll(async () => {
        shop = await startBrowserShop({ MERCHANT_EMAIL: MERCHANT });
        token = await shop.adminToken();
        const paid = await checkout(Number(new URL(shop.api).port), EMAIL, 'fr');
        order = { id: paid.id, code: paid.code };
        const shipped = await fulfil(order.id, NUMBERS);
        const [first, second] = shipped.parcels;
        await addEvent(first.id, 'InTransit', 'Votre colis est pris en charge par La Poste', 'Roissy', 20);
        await addEvent(first.id, 'OutForDelivery', 'Votre colis est en cours de livraison', 'Paris 11', 2);
        await addEvent(second.id, 'InTransit', 'Votre colis est en transit', 'Roissy', 19);
        await addEvent(
            second.id,
            'AttemptFail',
            'Destinataire absent, avis de passage déposé',
            'Paris 11',
            1,
        );
    }, 600_000);

    afterAll(async () => {
        await shop?.stop();
    });

    it('shows the timeline on the public tracking page in French and English, accessible', async () => {
        for (const lang of ['fr', 'en'] as const) {
            const { context, page } = await shop.newPage(lang === 'en' ? { locale: 'en-GB' } : {});
            try {
                await page.goto(
                    `${shop.storefront}${lang === 'en' ? '/en' : ''}/suivi?commande=${order.code}`,
                );
                expect(await page.locator('[name="orderCode"]').inputValue()).toBe(order.code);
                await page.locator('[name="contact"]').fill(EMAIL.toUpperCase());
                await page.locator('main form button[type="submit"]').click();
                const result = page.locator('[data-tracking-result]');
                await result.waitFor();
                const text = await result.innerText();
                for (const number of NUMBERS) expect(text).toContain(number);
                // Each language's punctuation: "Tracking number: …" in English, "N° de suivi : …" in French.
                expect(text).toContain(
                    lang === 'en' ? `Tracking number: ${NUMBERS[0]}` : `N° de suivi : ${NUMBERS[0]}`,
                );
                expect(text).toContain('Votre colis est en cours de livraison');
                expect(text).toContain('Destinataire absent, avis de passage déposé');
                // The whole timeline: the first movements too.
                expect(text).toContain('Votre colis est pris en charge par La Poste');
                expect(text).toContain('Votre colis est en transit');
                expect(text).not.toContain('Diallo');
                expect(await page.locator('html').getAttribute('lang')).toBe(lang);
                await expectNoViolations(page, `tracking page ${lang}`);
                await page.screenshot({
                    path: path.join(SCREENSHOTS, `tracking-page-${lang}.png`),
                    fullPage: true,
                });
            } finally {
                await context.close();
            }
        }
    });

    it('says "Shipped" for a parcel shipped by the merchant that the carrier has not scanned yet', async () => {
        const email = 'suivi.remis@example.com';
        const paid = await checkout(Number(new URL(shop.api).port), email, 'fr');
        const fulfillment = await fulfil(paid.id, ['6A90000000009']);
        const trackingText = async (lang: 'fr' | 'en') => {
            const { context, page } = await shop.newPage(lang === 'en' ? { locale: 'en-GB' } : {});
            try {
                await page.goto(
                    `${shop.storefront}${lang === 'en' ? '/en' : ''}/suivi?commande=${paid.code}`,
                );
                await page.locator('[name="contact"]').fill(email);
                await page.locator('main form button[type="submit"]').click();
                const result = page.locator('[data-tracking-result]');
                await result.waitFor();
                if (lang === 'fr') {
                    await page.screenshot({
                        path: path.join(SCREENSHOTS, 'tracking-page-handed-over.png'),
                        fullPage: true,
                    });
                }
                return await result.innerText();
            } finally {
                await context.close();
            }
        };
        // Not shipped yet: being prepared.
        expect(await trackingText('fr')).toContain('En préparation');
        const { transitionFulfillmentToState: shipped } = await admin<{
            transitionFulfillmentToState: { state?: string; message?: string };
        }>(
            `mutation ($id: ID!) { transitionFulfillmentToState(id: $id, state: "Shipped") {
                ... on Fulfillment { state } ... on ErrorResult { message } } }`,
            { id: fulfillment.id },
        );
        expect(shipped.message).toBeUndefined();
        const fr = await trackingText('fr');
        expect(fr).toContain('Expédié');
        expect(fr).toContain('Remis au transporteur, qui ne l’a pas encore scanné.');
        expect(fr).not.toContain('En préparation');
        expect(fr).not.toContain('Le transporteur n’a pas encore pris le colis en charge.');
        const en = await trackingText('en');
        expect(en).toContain('Shipped');
        expect(en).toContain('Handed to the carrier, who has not scanned it yet.');
        expect(en).not.toContain('Being prepared');
    });

    it('adds a manual event from the Dashboard’s Parcels block and resends the shipped email', async () => {
        await shop.waitForEmail('expédiée', EMAIL);
        const { context, page } = await shop.newPage();
        page.on('console', message => {
            if (message.type() === 'error') console.error(`dashboard: ${message.text()}`);
        });
        try {
            await page.goto(`${shop.api}/dashboard/orders/${order.id}`);
            await page.locator('input[name="username"]').fill('superadmin');
            await page.locator('input[name="password"]').fill('superadmin');
            await page.locator('button[type="submit"]').click();
            await page.waitForURL(url => !url.pathname.includes('login'), { timeout: 60_000 });
            await page.goto(`${shop.api}/dashboard/orders/${order.id}`);
            const parcel = page.locator(`[data-parcel="${NUMBERS[1]}"]`);
            await parcel.waitFor({ timeout: 120_000 });
            await parcel.getByLabel('Status').selectOption('AvailableForPickup');
            await parcel.getByLabel('Message').fill('Colis disponible au bureau de poste');
            await parcel.getByLabel('Location').fill('Paris Voltaire');
            await parcel.getByRole('button', { name: 'Add event' }).click();
            await parcel
                .locator('li', { hasText: 'Colis disponible au bureau de poste' })
                .waitFor()
                .catch(async (error: unknown) => {
                    await page.screenshot({
                        path: path.join(SCREENSHOTS, 'dashboard-parcels-failed.png'),
                        fullPage: true,
                    });
                    throw error;
                });
            // Statuses in words, not the API's enum names.
            expect(await parcel.locator('li').first().innerText()).toContain('Available for pickup');
            expect(await parcel.locator('li').first().innerText()).not.toContain('AvailableForPickup');
            expect(await parcel.getByLabel('Status').locator('option:checked').innerText()).toBe(
                'Available for pickup',
            );
            await page.screenshot({ path: path.join(SCREENSHOTS, 'dashboard-parcels.png'), fullPage: true });

            await page.getByRole('button', { name: 'Resend shipped email' }).click();
            await page.getByRole('alertdialog').getByRole('button', { name: 'Resend' }).click();
            await page.getByText('The shipped email is on its way to the customer again').waitFor();
        } finally {
            await context.close();
        }
        const ours = () => mails('expédiée').filter(m => m.recipient === EMAIL);
        for (let i = 0; i < 120 && ours().length < 2; i++) await new Promise(r => setTimeout(r, 500));
        expect(ours()).toHaveLength(2);
    });

    it('stores readable shipped, parcel-status and parcel-problem emails (rendered for a look)', async () => {
        const shipped = await shop.waitForEmail('expédiée', EMAIL);
        for (const number of NUMBERS) expect(shipped.body).toContain(number);
        expect(shipped.body).toContain('Suivre sur le site de Colissimo');
        await renderMail(shipped, 'email-order-shipped');
        const status = await shop.waitForEmail('arrive aujourd’hui', EMAIL);
        expect(status.body).toContain(NUMBERS[0]);
        // Guests have no account page: the link is the public tracking page.
        expect(status.body.replace(/&#x3D;/g, '=')).toContain(`/suivi?commande=${order.code}`);
        await renderMail(status, 'email-parcel-status');
        const pickup = await shop.waitForEmail('vous attend', EMAIL);
        await renderMail(pickup, 'email-parcel-pickup');
        const problem = await shop.waitForEmail('Problème de livraison', MERCHANT);
        expect(problem.body).toContain(order.code);
        expect(problem.body).toContain(NUMBERS[1]);
        await renderMail(problem, 'email-parcel-problem');
    });
});
