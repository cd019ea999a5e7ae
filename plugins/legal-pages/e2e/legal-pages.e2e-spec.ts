/**
 * The legal pages plugin over real HTTP, on sql.js and PostgreSQL: both channels get the four
 * default pages in French and English (`ci`, created after start-up, when its pages are first read), the Shop API serves them in the
 * request's language with the invoices' seller identity filled in, falls back to the channel's
 * default language, returns null for an unknown, malformed or disabled slug, and never shows another
 * channel's page; the Admin API creates, updates and deletes pages with typed errors for invalid
 * input and slug conflicts, and refuses administrators without the permissions and anonymous users.
 */
import { DeletionResult, LanguageCode } from '@vendure/common/lib/generated-types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertErrorResult, assertSuccess } from '../../../test/support/graphql-results';
import { TEST_DATABASES } from '../../../test/support/plugin-test-env';
import { TEST_SELLER } from '../../invoices/e2e/test-config';
import {
    CREATE_ADMINISTRATOR,
    CREATE_LEGAL_PAGE,
    CREATE_ROLE,
    CUSTOMERS,
    DELETE_LEGAL_PAGE,
    LEGAL_PAGE,
    LEGAL_PAGE_PLACEHOLDERS,
    LEGAL_PAGES,
    UPDATE_LEGAL_PAGE,
} from './graphql/admin-definitions';
import { SHOP_LEGAL_PAGE, SHOP_LEGAL_PAGES } from './graphql/shop-definitions';
import { legalPagesTestEnvironment, TEST_PUBLISHER } from './test-config';

const SLUGS = ['legal-notice', 'privacy', 'terms-of-sale', 'withdrawal'];

for (const db of TEST_DATABASES) {
    describe(`legal pages on ${db}`, () => {
        let t: Awaited<ReturnType<typeof legalPagesTestEnvironment>>;
        const asSuperAdmin = async (channel: 'fr' | 'ci') => {
            await t.adminClient.asSuperAdmin();
            t.adminClient.setChannelToken(channel);
        };
        const shop = (channel: 'fr' | 'ci', languageCode?: LanguageCode) => {
            t.shopClient.setChannelToken(channel);
            return <R, V extends Record<string, unknown>>(
                doc: Parameters<typeof t.shopClient.query<R, V>>[0],
                vars?: V,
            ) => t.shopClient.query<R, V>(doc, vars, languageCode ? { languageCode } : undefined);
        };

        beforeAll(async () => {
            t = await legalPagesTestEnvironment(db);
        });

        afterAll(async () => {
            await t?.server.destroy();
            t?.cleanup();
        });

        it('gives each channel the four default pages in French and English', async () => {
            for (const channel of ['fr', 'ci'] as const) {
                await asSuperAdmin(channel);
                // ci is created after start-up: its pages are seeded by this first read.
                let list = await t.adminClient.query(LEGAL_PAGES, { options: { sort: { slug: 'ASC' } } });
                for (let i = 0; i < 100 && list.legalPages.totalItems < 4; i++) {
                    await new Promise(r => setTimeout(r, 100));
                    list = await t.adminClient.query(LEGAL_PAGES, { options: { sort: { slug: 'ASC' } } });
                }
                expect(list.legalPages.items.map(p => p.slug)).toEqual(SLUGS);
                for (const page of list.legalPages.items) {
                    expect(page.translations.map(tr => tr.languageCode).sort()).toEqual(['en', 'fr']);
                }
            }
        });

        it("serves the legal notice in the request's language with the invoices' seller identity", async () => {
            const fr = await shop('fr', LanguageCode.fr)(SHOP_LEGAL_PAGE, { slug: 'legal-notice' });
            expect(fr.legalPage).toMatchObject({
                slug: 'legal-notice',
                languageCode: 'fr',
                title: 'Mentions légales',
            });
            const body = fr.legalPage?.body ?? '';
            expect(body).toContain(TEST_SELLER.legalName);
            expect(body).toContain(`RCS ${TEST_SELLER.rcsCity} ${TEST_SELLER.siren}`);
            expect(body).toContain(TEST_SELLER.vatNumber);
            expect(body).toContain('10 rue de la Paix<br>75002 Paris<br>France');
            expect(body).toMatch(/au capital de 10\s000,00\s€/);
            expect(body).toContain(TEST_PUBLISHER.host.name);
            expect(body).not.toContain('{{');

            const en = await shop('fr', LanguageCode.en)(SHOP_LEGAL_PAGE, { slug: 'legal-notice' });
            expect(en.legalPage).toMatchObject({ languageCode: 'en', title: 'Legal notice' });
            expect(en.legalPage?.body).toContain('share capital €10,000.00');
        });

        it('lists the enabled pages of the shop', async () => {
            const { legalPages } = await shop('ci', LanguageCode.en)(SHOP_LEGAL_PAGES);
            expect(legalPages.map(p => p.slug)).toEqual(SLUGS);
            expect(legalPages.find(p => p.slug === 'withdrawal')?.title).toBe(
                'Right of withdrawal and returns',
            );
        });

        it('returns null for an unknown or malformed slug', async () => {
            for (const slug of ['nope', '../etc', '', 'A'.repeat(300)]) {
                const { legalPage } = await shop('fr')(SHOP_LEGAL_PAGE, { slug });
                expect(legalPage, slug).toBeNull();
            }
        });

        let pageId: string;

        it("creates a page in ci only, in French; the shop falls back to the channel's default language", async () => {
            await asSuperAdmin('ci');
            const { createLegalPage } = await t.adminClient.query(CREATE_LEGAL_PAGE, {
                input: {
                    slug: 'livraison',
                    translations: [
                        {
                            languageCode: LanguageCode.fr,
                            title: '  Livraison  ',
                            body: '<p>Livré par {{seller.legalName}} {{unknown.name}}</p>',
                        },
                    ],
                },
            });
            assertSuccess(createLegalPage, 'translations');
            expect(createLegalPage).toMatchObject({ slug: 'livraison', enabled: true, title: 'Livraison' });
            // The Admin API shows the body as written.
            expect(createLegalPage.body).toBe('<p>Livré par {{seller.legalName}} {{unknown.name}}</p>');
            pageId = createLegalPage.id;

            const en = await shop('ci', LanguageCode.en)(SHOP_LEGAL_PAGE, { slug: 'livraison' });
            expect(en.legalPage).toMatchObject({ languageCode: 'fr', title: 'Livraison' });
            expect(en.legalPage?.body).toBe(`<p>Livré par ${TEST_SELLER.legalName} {{unknown.name}}</p>`);

            const other = await shop('fr', LanguageCode.fr)(SHOP_LEGAL_PAGE, { slug: 'livraison' });
            expect(other.legalPage).toBeNull();
            await asSuperAdmin('fr');
            expect((await t.adminClient.query(LEGAL_PAGE, { id: pageId })).legalPage).toBeNull();
            await expect(
                t.adminClient.query(UPDATE_LEGAL_PAGE, { input: { id: pageId, enabled: false } }),
            ).rejects.toThrow(/could be found/);
        }, 60_000);

        it('adds English, keeps French, disables the page and deletes it', async () => {
            await asSuperAdmin('ci');
            const { updateLegalPage } = await t.adminClient.query(UPDATE_LEGAL_PAGE, {
                input: {
                    id: pageId,
                    translations: [
                        { languageCode: LanguageCode.en, title: 'Delivery', body: '<p>Shipped</p>' },
                    ],
                },
            });
            assertSuccess(updateLegalPage, 'translations');
            expect(updateLegalPage.translations.map(tr => [tr.languageCode, tr.title]).sort()).toEqual([
                ['en', 'Delivery'],
                ['fr', 'Livraison'],
            ]);
            const en = await shop('ci', LanguageCode.en)(SHOP_LEGAL_PAGE, { slug: 'livraison' });
            expect(en.legalPage).toMatchObject({
                languageCode: 'en',
                title: 'Delivery',
                body: '<p>Shipped</p>',
            });

            await t.adminClient.query(UPDATE_LEGAL_PAGE, { input: { id: pageId, enabled: false } });
            expect((await shop('ci')(SHOP_LEGAL_PAGE, { slug: 'livraison' })).legalPage).toBeNull();

            const { deleteLegalPage } = await t.adminClient.query(DELETE_LEGAL_PAGE, { id: pageId });
            expect(deleteLegalPage.result).toBe(DeletionResult.DELETED);
            expect((await t.adminClient.query(LEGAL_PAGE, { id: pageId })).legalPage).toBeNull();
            const again = await t.adminClient.query(DELETE_LEGAL_PAGE, { id: pageId });
            expect(again.deleteLegalPage.result).toBe(DeletionResult.NOT_DELETED);
        });

        it('refuses an invalid slug, a missing title and a slug already used, saving nothing', async () => {
            await asSuperAdmin('fr');
            const bad = await t.adminClient.query(CREATE_LEGAL_PAGE, {
                input: {
                    slug: 'Conditions Générales',
                    translations: [{ languageCode: LanguageCode.fr, title: 'x' }],
                },
            });
            assertErrorResult(bad.createLegalPage);
            expect(bad.createLegalPage).toMatchObject({
                errorCode: 'INVALID_LEGAL_PAGE_INPUT_ERROR',
                field: 'slug',
            });

            const noTitle = await t.adminClient.query(CREATE_LEGAL_PAGE, {
                input: { slug: 'faq', translations: [{ languageCode: LanguageCode.fr, body: '<p>x</p>' }] },
            });
            expect(noTitle.createLegalPage).toMatchObject({ field: 'translations.fr.title' });

            const taken = await t.adminClient.query(CREATE_LEGAL_PAGE, {
                input: {
                    slug: 'privacy',
                    translations: [{ languageCode: LanguageCode.fr, title: 'Doublon' }],
                },
            });
            expect(taken.createLegalPage).toMatchObject({
                errorCode: 'LEGAL_PAGE_SLUG_CONFLICT_ERROR',
                slug: 'privacy',
            });

            const { legalPages } = await t.adminClient.query(LEGAL_PAGES, { options: {} });
            expect(legalPages.items.map(p => p.slug).sort()).toEqual(SLUGS);
            const privacy = legalPages.items.find(p => p.slug === 'privacy');
            const renamed = await t.adminClient.query(UPDATE_LEGAL_PAGE, {
                input: { id: privacy?.id ?? '', slug: 'withdrawal' },
            });
            expect(renamed.updateLegalPage).toMatchObject({ errorCode: 'LEGAL_PAGE_SLUG_CONFLICT_ERROR' });
        });

        it('shows the placeholder values to the merchant', async () => {
            await asSuperAdmin('fr');
            const { legalPagePlaceholders } = await t.adminClient.query(LEGAL_PAGE_PLACEHOLDERS);
            expect(legalPagePlaceholders).toContainEqual({ name: 'seller.siren', value: TEST_SELLER.siren });
            expect(legalPagePlaceholders).toContainEqual({
                name: 'host.name',
                value: TEST_PUBLISHER.host.name,
            });
        });

        it('refuses writes to an administrator with ReadLegalPage only, and everything to anonymous users', async () => {
            await asSuperAdmin('fr');
            const { createRole } = await t.adminClient.query(CREATE_ROLE, {
                input: {
                    code: 'legal-reader',
                    description: 'Reads legal pages',
                    permissions: ['ReadLegalPage' as never],
                },
            });
            await t.adminClient.query(CREATE_ADMINISTRATOR, {
                input: {
                    firstName: 'Rea',
                    lastName: 'Der',
                    emailAddress: 'reader@radiant.test',
                    password: 'reader-password',
                    roleIds: [createRole.id],
                },
            });
            await t.adminClient.asUserWithCredentials('reader@radiant.test', 'reader-password');
            t.adminClient.setChannelToken('fr');
            const { legalPages } = await t.adminClient.query(LEGAL_PAGES, { options: {} });
            expect(legalPages.totalItems).toBe(4);
            await expect(
                t.adminClient.query(CREATE_LEGAL_PAGE, {
                    input: { slug: 'x', translations: [{ languageCode: LanguageCode.fr, title: 'x' }] },
                }),
            ).rejects.toThrow(/not currently authorized/);
            await expect(
                t.adminClient.query(DELETE_LEGAL_PAGE, { id: legalPages.items[0].id }),
            ).rejects.toThrow(/not currently authorized/);

            await t.adminClient.asAnonymousUser();
            await expect(t.adminClient.query(LEGAL_PAGES, { options: {} })).rejects.toThrow(
                /not currently authorized/,
            );
        });

        it('refuses the Admin API to a signed-in customer', async () => {
            await t.adminClient.asSuperAdmin();
            const { customers } = await t.adminClient.query(CUSTOMERS);
            t.shopClient.setChannelToken('fr');
            await t.shopClient.asUserWithCredentials(customers.items[0].emailAddress, 'test');
            t.adminClient.setAuthToken(t.shopClient.getAuthToken());
            await expect(t.adminClient.query(LEGAL_PAGES, { options: {} })).rejects.toThrow(
                /not currently authorized/,
            );
            await expect(
                t.adminClient.query(CREATE_LEGAL_PAGE, {
                    input: { slug: 'x', translations: [{ languageCode: LanguageCode.fr, title: 'x' }] },
                }),
            ).rejects.toThrow(/not currently authorized/);
        });
    });
}
