/**
 * The Dashboard's channel switcher names the shops (issue 12, item 18): the compiled server and
 * Dashboard on a freshly seeded database, in Chromium. The switcher and its menu read the channels'
 * `displayName` ("Radiant France (EUR)", "Radiant Côte d'Ivoire (XOF)") instead of the codes
 * `fr` and `ci`; a channel without a name still shows its code, and a rename in the Admin API shows
 * after a reload.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrowserShop, SCREENSHOTS, startBrowserShop } from '../support/browser-shop';
import { DEMO_CHANNEL_DISPLAY_NAMES } from '../../src/config/channels';

describe('Dashboard channel names', () => {
    let shop: BrowserShop;

    beforeAll(async () => {
        shop = await startBrowserShop();
    });

    afterAll(async () => {
        await shop?.stop();
    });

    it('shows the shops by name in the channel switcher', async () => {
        const token = await shop.adminToken();
        const before = await shop.adminQuery<{
            channels: { items: Array<{ code: string; customFields: { displayName: string | null } }> };
        }>('{ channels { items { code customFields { displayName } } } }', {}, token);
        const names = Object.fromEntries(
            before.body.data.channels.items.map(c => [c.code, c.customFields.displayName]),
        );
        expect(names.fr).toBe(DEMO_CHANNEL_DISPLAY_NAMES.fr);
        expect(names.ci).toBe(DEMO_CHANNEL_DISPLAY_NAMES.ci);

        // The `ci` channel loses its name: the switcher falls back to the code.
        const ci = await shop.adminQuery<{ channels: { items: Array<{ id: string; code: string }> } }>(
            '{ channels { items { id code } } }',
            {},
            token,
        );
        const ciId = ci.body.data.channels.items.find(c => c.code === 'ci')?.id;
        const rename = await shop.adminQuery<{ updateChannel: { __typename: string } }>(
            'mutation ($id: ID!) { updateChannel(input: { id: $id, customFields: { displayName: "" } }) { __typename } }',
            { id: ciId },
            token,
        );
        expect(rename.body.data.updateChannel.__typename).toBe('Channel');

        const { context, page } = await shop.newPage({ locale: 'en-GB' });
        try {
            await page.goto(`${shop.api}/dashboard/`);
            await page.locator('input[name="username"]').fill('superadmin');
            await page.locator('input[name="password"]').fill('superadmin');
            await page.locator('button[type="submit"]').click();
            await page.waitForURL(url => !url.pathname.includes('login'), { timeout: 60_000 });
            const switcher = page.locator('[data-sidebar="menu-button"]', { hasText: 'Language:' }).first();
            await switcher.waitFor({ timeout: 60_000 });
            await switcher.click();
            const menu = page.getByRole('menu');
            await menu.getByText(DEMO_CHANNEL_DISPLAY_NAMES.fr).waitFor({ timeout: 30_000 });
            // Each item reads the channel's initials, then its label.
            const labels = (await menu.getByRole('menuitem').allInnerTexts()).flatMap(text =>
                text.split('\n').map(line => line.trim()),
            );
            expect(labels).toContain(DEMO_CHANNEL_DISPLAY_NAMES.fr);
            expect(labels).toContain('Default channel');
            expect(labels).not.toContain('fr');
            // No name: the code, as before.
            expect(labels).toContain('ci');
            await page.screenshot({ path: path.join(SCREENSHOTS, 'dashboard-channel-switcher.png') });

            // Switching to the French shop: the switcher itself reads its name.
            await menu.getByText(DEMO_CHANNEL_DISPLAY_NAMES.fr).click();
            await switcher.getByText(DEMO_CHANNEL_DISPLAY_NAMES.fr).waitFor({ timeout: 30_000 });
        } finally {
            await context.close();
        }
    });
});
