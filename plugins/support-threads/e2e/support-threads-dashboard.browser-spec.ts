/**
 * The support screens of the Dashboard on the real shop (compiled server, worker and Dashboard on a
 * freshly seeded database, Chromium), from the default channel: a customer of `fr` opens two
 * threads through the Shop API and the staff adds an internal note to one; the merchant opens the
 * inbox, filters it (free text, channel, status), opens the thread, sees the note marked, replies,
 * adds an internal note, assigns the thread to themself and resolves it; a customer message posted
 * through the Shop API then appears in the open thread view without a reload (the staff's live
 * stream, authenticated by the Dashboard's session cookie). Then the same screens in French.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrowserShop, SCREENSHOTS, startBrowserShop } from '../../../test/support/browser-shop';

const CUSTOMER = { emailAddress: 'aminata.diallo@example.com', password: 'karite-bamako-2026' };

describe('Support threads in the Dashboard', () => {
    let shop: BrowserShop;
    let customerToken: string;
    let damagedId: string;

    /** One Shop API request of the customer on channel `fr`. */
    async function shopQuery<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
        const res = await fetch(`${shop.api}/shop-api`, {
            method: 'POST',
            headers: {
                'content-type': 'application/json',
                'vendure-token': 'fr',
                ...(customerToken ? { authorization: `Bearer ${customerToken}` } : {}),
            },
            body: JSON.stringify({ query, variables }),
        });
        customerToken = res.headers.get('vendure-auth-token') ?? customerToken;
        const body = (await res.json()) as { data: T; errors?: unknown[] };
        expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
        return body.data;
    }

    /** Opens a thread as the customer; returns its id. */
    async function openThread(subject: string, body: string): Promise<string> {
        const data = await shopQuery<{ openSupportThread: { id?: string; message?: string } }>(
            `mutation ($input: OpenSupportThreadInput!) { openSupportThread(input: $input) {
                ... on SupportThread { id } ... on ErrorResult { message } } }`,
            { input: { subject, body } },
        );
        expect(data.openSupportThread.id, data.openSupportThread.message).toBeTruthy();
        return data.openSupportThread.id!;
    }

    /** Signs in as superadmin (default channel) in `language` ('en' or 'fr'). */
    async function signIn(page: Page, language: 'en' | 'fr') {
        await page.goto(`${shop.api}/dashboard/support`);
        await page.locator('input[name="username"]').fill('superadmin');
        await page.locator('input[name="password"]').fill('superadmin');
        await page.locator('button[type="submit"]').click();
        await page.waitForURL(url => !url.pathname.includes('login'), { timeout: 60_000 });
        await page.evaluate(`(() => {
            const settings = JSON.parse(localStorage.getItem('vendure-user-settings') ?? '{}');
            localStorage.setItem('vendure-user-settings', JSON.stringify({ ...settings, displayLanguage: '${language}' }));
        })()`);
    }

    const shot = (page: Page, name: string) =>
        page.screenshot({ path: path.join(SCREENSHOTS, `support-${name}.png`), fullPage: true });

    beforeAll(async () => {
        shop = await startBrowserShop();
        const token = await shop.adminToken();
        const created = await shop.adminQuery<{ createCustomer: { id?: string } }>(
            `mutation ($input: CreateCustomerInput!, $password: String!) { createCustomer(input: $input, password: $password) { ... on Customer { id } ... on ErrorResult { errorCode message } } }`,
            {
                input: { emailAddress: CUSTOMER.emailAddress, firstName: 'Aminata', lastName: 'Diallo' },
                password: CUSTOMER.password,
            },
            token,
            'fr',
        );
        expect(created.body.data.createCustomer.id, JSON.stringify(created.body)).toBeTruthy();
        await shopQuery(
            `mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { __typename } }`,
            { u: CUSTOMER.emailAddress, p: CUSTOMER.password },
        );
        damagedId = await openThread(
            'Colis abîmé à la livraison',
            'Bonjour,\nle flacon est arrivé cassé.\nPhoto : https://example.com/photo <b>urgent</b>',
        );
        await openThread('Question sur la taille', 'Le sérum existe-t-il en 50 ml ?');
        const note = await shop.adminQuery<{ replyToSupportThread: { __typename: string } }>(
            `mutation ($input: ReplyToSupportThreadInput!) { replyToSupportThread(input: $input) { __typename } }`,
            {
                input: {
                    threadId: damagedId,
                    body: 'Cliente fidèle : geste commercial possible.',
                    internal: true,
                },
            },
            token,
        );
        expect(note.body.data.replyToSupportThread.__typename).toBe('SupportThread');
        // Seeding and starting three processes: slow on a loaded machine.
    }, 900_000);

    afterAll(async () => {
        await shop?.stop();
    });

    it(
        'filters the inbox, answers, notes, assigns, resolves and shows a customer message live',
        { timeout: 600_000 },
        async () => {
            const { context, page } = await shop.newPage({
                locale: 'en-GB',
                viewport: { width: 1440, height: 1000 },
            });
            try {
                await signIn(page, 'en');
                await page.goto(`${shop.api}/dashboard/support`);
                const rows = page.locator('[data-support-thread]');
                await rows.first().waitFor({ timeout: 60_000 });
                expect(await rows.count()).toBe(2);
                // The API's order: both wait, the longest wait first.
                expect(await page.locator('[data-support-subject]').allInnerTexts()).toEqual([
                    'Colis abîmé à la livraison',
                    'Question sur la taille',
                ]);
                expect(await rows.first().locator('[data-support-unread]').innerText()).toBe('1');
                await shot(page, 'inbox-en');

                await page.locator('[data-support-search]').fill('cassé');
                await expect.poll(() => rows.count(), { timeout: 30_000 }).toBe(1);
                await page.locator('[data-support-search]').fill('');
                await page.locator('[data-support-filter="channel"]').selectOption({ label: 'fr' });
                await page.locator('[data-support-filter="status"]').selectOption('open');
                await page.locator('[data-support-filter-unread]').check();
                await expect.poll(() => rows.count(), { timeout: 30_000 }).toBe(2);
                await page.locator('[data-support-filter="assignee"]').selectOption('me');
                await page.locator('[data-support-threads="0"]').waitFor();
                await page.locator('[data-support-filter="assignee"]').selectOption('unassigned');
                await rows.first().waitFor();
                await shot(page, 'inbox-filtered-en');

                await page.locator(`[data-support-thread="${damagedId}"] [data-support-subject]`).click();
                await page.locator('[data-support-messages]').waitFor({ timeout: 30_000 });
                const note = page.locator('[data-support-message][data-internal="true"]');
                expect(await note.locator('[data-support-note-label]').innerText()).toMatch(/internal note/i);
                // Shown as typed: the tag is text, the address a safe link, the line breaks kept.
                const first = page
                    .locator('[data-support-message][data-author="customer"] [data-support-body]')
                    .first();
                expect(await first.innerText()).toContain('<b>urgent</b>');
                expect(await first.locator('a').getAttribute('href')).toBe('https://example.com/photo');
                expect(await first.locator('a').getAttribute('rel')).toContain('noopener');
                expect(await first.getAttribute('class')).toContain('whitespace-pre-line');
                await page.locator('[data-support-live="true"]').waitFor({ timeout: 30_000 });

                await page
                    .locator('[data-support-reply-body]')
                    .fill('Bonjour, nous vous envoyons un nouveau flacon.');
                await page.locator('[data-support-send]').click();
                await page
                    .locator('[data-support-message][data-author="administrator"][data-internal="false"]')
                    .waitFor();
                await page.locator('[data-support-status="pending"]').first().waitFor();

                await page.locator('[data-support-internal]').check();
                await page.locator('[data-support-reply-body]').fill('Renvoi fait par Colissimo.');
                await page.locator('[data-support-send]').click();
                await expect.poll(() => note.count(), { timeout: 30_000 }).toBe(2);

                const me = await page.locator('[data-support-assign] option').nth(1).getAttribute('value');
                await page.locator('[data-support-assign]').selectOption(me!);
                await expect
                    .poll(() => page.locator('[data-support-assign]').inputValue(), { timeout: 30_000 })
                    .toBe(me);
                await page.locator('[data-support-priority-select]').selectOption('high');
                await page.locator('[data-support-priority="high"]').first().waitFor();
                await page.locator('[data-support-tags-input]').fill('Casse, livraison');
                await page.locator('[data-support-tags-save]').click();
                await page.locator('[data-support-tags="casse,livraison"]').waitFor();
                // Pending may move to open, resolved or closed, never to pending again.
                expect(
                    await page
                        .locator('[data-support-move]')
                        .evaluateAll(bs => bs.map(b => b.getAttribute('data-support-move'))),
                ).toEqual(['open', 'resolved', 'closed']);
                await page.locator('[data-support-move="resolved"]').click();
                await page.locator('[data-support-status="resolved"]').first().waitFor();
                expect(
                    await page
                        .locator('[data-support-move]')
                        .evaluateAll(bs => bs.map(b => b.getAttribute('data-support-move'))),
                ).toEqual(['open', 'closed']);
                await shot(page, 'thread-en');

                // The customer answers through the Shop API: the open view shows it without a reload.
                await shopQuery(
                    `mutation ($input: ReplyToSupportThreadInput!) { replyToSupportThread(input: $input) { __typename } }`,
                    { input: { threadId: damagedId, body: 'Merci, bien reçu le nouveau flacon !' } },
                );
                await page
                    .locator('[data-support-message][data-author="customer"]', {
                        hasText: 'bien reçu le nouveau flacon',
                    })
                    .waitFor({ timeout: 30_000 });
                // The reply reopened the thread.
                await page.locator('[data-support-status="open"]').first().waitFor({ timeout: 30_000 });
                await shot(page, 'thread-live-en');
            } finally {
                await context.close();
            }
            const { body } = await shop.adminQuery<{
                supportThread: {
                    status: string;
                    priority: string;
                    tags: string[];
                    assignee: { id: string } | null;
                    messages: Array<{ internal: boolean; authorType: string }>;
                };
            }>(
                'query ($id: ID!) { supportThread(id: $id) { status priority tags assignee { id } messages { internal authorType } } }',
                { id: damagedId },
                await shop.adminToken(),
            );
            expect(body.data.supportThread).toMatchObject({
                status: 'open',
                priority: 'high',
                tags: ['casse', 'livraison'],
            });
            expect(body.data.supportThread.assignee).not.toBeNull();
            expect(body.data.supportThread.messages.map(m => [m.authorType, m.internal])).toEqual([
                ['customer', false],
                ['administrator', true],
                ['administrator', false],
                ['administrator', true],
                ['customer', false],
            ]);
        },
    );

    it('shows the inbox, the thread and the customer’s block in French', { timeout: 600_000 }, async () => {
        const { context, page } = await shop.newPage({ viewport: { width: 1440, height: 1000 } });
        try {
            await signIn(page, 'fr');
            await page.goto(`${shop.api}/dashboard/support`);
            await page.locator('[data-support-thread]').first().waitFor({ timeout: 60_000 });
            expect(await page.locator('h1').first().innerText()).toContain('Demandes clients');
            await shot(page, 'inbox-fr');
            await page.goto(`${shop.api}/dashboard/support/${damagedId}`);
            const note = page.locator(
                '[data-support-message][data-internal="true"] [data-support-note-label]',
            );
            await note.first().waitFor({ timeout: 30_000 });
            expect(await note.first().innerText()).toMatch(/note interne/i);
            await shot(page, 'thread-fr');
            const customerLink = page.locator('a[href*="/customers/"]').first();
            await customerLink.click();
            const block = page.locator('[data-support-block]');
            await block.waitFor({ timeout: 30_000 });
            expect(await block.getAttribute('data-support-block')).toBe('2');
            await shot(page, 'customer-block-fr');
        } finally {
            await context.close();
        }
    });
});
