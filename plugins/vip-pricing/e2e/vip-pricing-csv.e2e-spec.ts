/**
 * CSV export and import of VIP prices (Admin API `exportVipPrices`, `importVipPrices`) and the
 * `vipTier` query, on the plugin's own test config (e2e/test-config.ts), sql.js and PostgreSQL: a
 * good file on `fr` (EUR, 2 decimals) and `ci` (XOF, whole francs in steps of 5), each kind of bad
 * row named by row and column with nothing half-imported, dry run, round trip, formula escaping,
 * upload, `;` files, and the VipPricing permissions.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertErrorResult, assertSuccess } from '../../../test/support/graphql-results';
import { TEST_DATABASES } from '../../../test/support/plugin-test-env';
import {
    CREATE_VIP_ADMIN,
    CREATE_VIP_ROLE,
    EXPORT_PRICES,
    GET_TIER,
    IMPORT_PRICES,
    IMPORT_PRICES_FILE,
    VARIANT_SKUS,
    VARIANT_VIP_PRICES,
} from './graphql/admin-csv-definitions';
import { CREATE_TIER } from './graphql/admin-definitions';
import type { ImportVipPricesFileMutation, Permission } from './graphql/generated-admin-types';
import { vipPricingTestEnvironment } from './test-config';

const HEADER = 'sku,product,tier,price,currency,startsAt,endsAt';

/** A CSV file of `lines` (header added). */
const csv = (...lines: string[]) => [HEADER, ...lines].join('\n') + '\n';

for (const db of TEST_DATABASES) {
    describe(`VIP price CSV on ${db}`, () => {
        let t: Awaited<ReturnType<typeof vipPricingTestEnvironment>>;
        const tiers: Record<string, string> = {};
        const variantIds: Record<string, string> = {};

        const admin = (channel: 'fr' | 'ci' = 'fr') => {
            t.adminClient.setChannelToken(channel);
            return t.adminClient;
        };
        const importCsv = async (text: string, channel: 'fr' | 'ci' = 'fr', dryRun = false) =>
            (await admin(channel).query(IMPORT_PRICES, { csv: text, dryRun })).importVipPrices;
        const exported = async (channel: 'fr' | 'ci' = 'fr') =>
            (await admin(channel).query(EXPORT_PRICES)).exportVipPrices;
        const pricesOf = async (sku: string, channel: 'fr' | 'ci' = 'fr') =>
            (await admin(channel).query(VARIANT_VIP_PRICES, { productVariantId: variantIds[sku] })).vipPrices;

        beforeAll(async () => {
            t = await vipPricingTestEnvironment(db);
            await t.adminClient.asSuperAdmin();
            for (const [channel, key, name, rank, joinSpend] of [
                ['fr', 'frVip', 'VIP', 1, 100_00],
                ['fr', 'frPrestige', 'VIP Prestige', 2, 500_00],
                ['fr', 'frFormula', '=HYPERLINK("http://x.example")', 3, 900_00],
                ['ci', 'ciVip', 'VIP', 1, 65_000_00],
            ] as const) {
                const { createVipTier } = await admin(channel).query(CREATE_TIER, {
                    input: { name, rank, discountPercent: 10, joinSpend },
                });
                assertSuccess(createVipTier, 'id');
                tiers[key] = createVipTier.id;
            }
            const { productVariants } = await admin().query(VARIANT_SKUS);
            for (const v of productVariants.items) variantIds[v.sku] = v.id;
        });

        afterAll(async () => {
            await t?.server.destroy();
            t?.cleanup();
        });

        it('reads a tier of the channel, and no tier of another channel', async () => {
            const { vipTier } = await admin().query(GET_TIER, { id: tiers.frPrestige });
            expect(vipTier).toMatchObject({
                name: 'VIP Prestige',
                rank: 2,
                joinSpend: 500_00,
                currencyCode: 'EUR',
            });
            expect((await admin().query(GET_TIER, { id: tiers.ciVip })).vipTier).toBeNull();
        });

        it('imports a good EUR file: prices in euros with 2 decimals, open or dated windows', async () => {
            const result = await importCsv(
                csv(
                    'ES-LP-30,Elie Saab 30 ml,VIP,55.00,EUR,,',
                    'ES-LP-30,,VIP Prestige,49.9,EUR,2026-01-01,2027-01-01T00:00:00Z',
                    'ES-LP-50,,vip prestige,"79,50",eur,,',
                ),
            );
            expect(result).toEqual({
                __typename: 'VipPriceImportSummary',
                dryRun: false,
                created: 3,
                updated: 0,
                unchanged: 0,
            });
            const prices = await pricesOf('ES-LP-30');
            expect(
                prices.map(p => [
                    p.tier.name,
                    p.price,
                    p.currencyCode,
                    p.startsAt as unknown,
                    p.endsAt as unknown,
                ]),
            ).toEqual([
                ['VIP', 5500, 'EUR', null, null],
                ['VIP Prestige', 4990, 'EUR', '2026-01-01T00:00:00.000Z', '2027-01-01T00:00:00.000Z'],
            ]);
            expect((await pricesOf('ES-LP-50')).map(p => p.price)).toEqual([7950]);
        });

        it('exports the channel prices in major units, as people write them', async () => {
            const lines = (await exported()).trimEnd().split('\r\n');
            expect(lines[0]).toBe(HEADER);
            expect(lines.slice(1)).toEqual([
                'ES-LP-30,Elie Saab Le Parfum 30 ml,VIP,55.00,EUR,,',
                'ES-LP-30,Elie Saab Le Parfum 30 ml,VIP Prestige,49.90,EUR,2026-01-01T00:00:00.000Z,2027-01-01T00:00:00.000Z',
                'ES-LP-50,Elie Saab Le Parfum 50 ml,VIP Prestige,79.50,EUR,,',
            ]);
        });

        it('imports XOF in whole francs, in steps of 5 francs (roundingUnits XOF 500)', async () => {
            const refused = await importCsv(
                csv('ES-LP-30,,VIP,40000.50,XOF,,', 'ES-LP-50,,VIP,40001,XOF,,'),
                'ci',
            );
            assertErrorResult(refused);
            expect(refused.rowErrors.map(e => [e.row, e.field])).toEqual([
                [2, 'price'],
                [3, 'price'],
            ]);
            expect(refused.rowErrors[0].message).toContain('whole units');
            const result = await importCsv(
                csv('ES-LP-30,,VIP,40 000,XOF,,', 'ES-LP-50,,VIP,52005,XOF,,'),
                'ci',
            );
            assertSuccess(result, 'created');
            expect(result.created).toBe(2);
            expect((await pricesOf('ES-LP-30', 'ci')).map(p => [p.price, p.currencyCode])).toEqual([
                [40_000_00, 'XOF'],
            ]);
            expect(await exported('ci')).toContain('ES-LP-50,Elie Saab Le Parfum 50 ml,VIP,52005,XOF,,');
            // The fr prices are not the ci prices.
            expect(await exported('fr')).not.toContain('XOF');
        });

        it('names the row and column of every bad row, and imports none of the file', async () => {
            const before = await exported();
            const result = await importCsv(
                csv(
                    'EDT-01,,VIP,30.00,EUR,,', // good
                    'NO-SUCH-SKU,,VIP,30.00,EUR,,',
                    'EDT-02,,VIP,30.00,XOF,,',
                    'EDT-03,,VIP,-5.00,EUR,,',
                    'EDT-04,,VIP,0,EUR,,',
                    'EDT-05,,VIP,abc,EUR,,',
                    'EDT-06,,VIP,30.00,EUR,2026-02-30,',
                    'EDT-07,,VIP,30.00,EUR,2026-03-01,2026-02-01',
                    'EDT-08,,Gold,30.00,EUR,,',
                    'EDT-09,,VIP,30.00,EUR,2026-01-01,2026-06-01',
                    'EDT-09,,VIP,29.00,EUR,2026-05-01,', // overlaps the row above
                    'ES-LP-30,,VIP Prestige,45.00,EUR,2026-06-01,', // overlaps the existing dated price
                    'EDT-10,,VIP,30.001,EUR,,',
                    ',,,,,,',
                ),
            );
            assertErrorResult(result);
            expect(result.errorCode).toBe('VIP_PRICE_IMPORT_ERROR');
            expect(result.message).toContain('Nothing was imported');
            expect(result.rowErrors.map(e => `${e.row}:${e.field}`)).toEqual([
                '3:sku',
                '4:currency',
                '5:price',
                '6:price',
                '7:price',
                '8:startsAt',
                '9:endsAt',
                '10:tier',
                '12:startsAt',
                '13:startsAt',
                '14:price',
                '15:sku',
                '15:tier',
                '15:currency',
                '15:price',
            ]);
            const message = (row: number) => result.rowErrors.find(e => e.row === row)?.message;
            expect(message(3)).toContain('NO-SUCH-SKU');
            expect(message(4)).toContain('XOF is not this channel');
            expect(message(12)).toContain('row 11');
            expect(message(13)).toContain('existing VIP price');
            // Nothing half-imported: the good row 2 was not saved either.
            expect(await exported()).toBe(before);
            expect(await pricesOf('EDT-01')).toEqual([]);
        });

        it('refuses a file without the needed columns, or that is not CSV', async () => {
            const noColumns = await importCsv('sku;price\nEDT-01;30\n');
            assertErrorResult(noColumns);
            expect(noColumns.rowErrors.map(e => [e.row, e.field])).toEqual([[1, 'file']]);
            expect(noColumns.rowErrors[0].message).toContain('tier, currency');
            const badQuotes = await importCsv(csv('EDT-01,,"VIP,30.00,EUR,,'));
            assertErrorResult(badQuotes);
            expect(badQuotes.rowErrors[0].field).toBe('file');
            const nothing = await admin().query(IMPORT_PRICES, { csv: '', dryRun: false });
            assertErrorResult(nothing.importVipPrices);
        });

        it('checks and counts without saving in a dry run', async () => {
            const before = await exported();
            const result = await importCsv(
                csv('EDT-01,,VIP,30.00,EUR,,', 'ES-LP-30,,VIP,54.00,EUR,,'),
                'fr',
                true,
            );
            expect(result).toEqual({
                __typename: 'VipPriceImportSummary',
                dryRun: true,
                created: 1,
                updated: 1,
                unchanged: 0,
            });
            expect(await exported()).toBe(before);
        });

        it('round-trips: the export imports unchanged, an edited amount updates that price', async () => {
            const file = await exported();
            const same = await importCsv(file);
            expect(same).toMatchObject({ created: 0, updated: 0, unchanged: 3 });
            const edited = file.replace('VIP,55.00,EUR', 'VIP,52.00,EUR');
            expect(await importCsv(edited)).toMatchObject({ created: 0, updated: 1, unchanged: 2 });
            expect((await pricesOf('ES-LP-30')).map(p => p.price)).toEqual([5200, 4990]);
            expect(await exported()).toBe(edited);
        });

        it('escapes cells that a spreadsheet would run as formulas, and reads them back', async () => {
            const result = await importCsv(csv('EDT-11,,"=HYPERLINK(""http://x.example"")",31.00,EUR,,'));
            expect(result).toMatchObject({ created: 1 });
            const file = await exported();
            const line = file.split('\r\n').find(l => l.startsWith('EDT-11'));
            expect(line).toBe('EDT-11,Eau de test 11,"\'=HYPERLINK(""http://x.example"")",31.00,EUR,,');
            expect(await importCsv(file)).toMatchObject({ created: 0, updated: 0, unchanged: 4 });
        });

        it('imports an uploaded file, with ; as the delimiter and a byte order mark', async () => {
            const file = path.join(t.env.dataDir, 'vip-prices.csv');
            fs.writeFileSync(
                file,
                '\uFEFFsku;tier;price;currency;startsAt;endsAt\r\nEDT-12;VIP Prestige;28,00;EUR;;\r\n',
            );
            const result = (await admin().fileUploadMutation({
                mutation: IMPORT_PRICES_FILE,
                filePaths: [file],
                mapVariables: () => ({ file: null }),
            })) as ImportVipPricesFileMutation;
            expect(result.importVipPrices).toMatchObject({ __typename: 'VipPriceImportSummary', created: 1 });
            expect((await pricesOf('EDT-12')).map(p => [p.tier.name, p.price])).toEqual([
                ['VIP Prestige', 2800],
            ]);
        });

        it('exports with ReadVipPricing, imports only with UpdateVipPricing', async () => {
            const role = async (code: string, permissions: Permission[]) => {
                const { createRole } = await admin().query(CREATE_VIP_ROLE, {
                    input: { code: `${code}-${db}`, description: code, permissions },
                });
                const email = `${code}.${db}@example.com`;
                await admin().query(CREATE_VIP_ADMIN, {
                    input: {
                        firstName: 'Vip',
                        lastName: code,
                        emailAddress: email,
                        password: 'vip-password',
                        roleIds: [createRole.id],
                    },
                });
                return email;
            };
            const reader = await role('vip-reader', ['ReadVipPricing', 'ReadCatalog']);
            const stranger = await role('vip-stranger', ['ReadCatalog']);
            const before = await exported();
            try {
                await t.adminClient.asUserWithCredentials(reader, 'vip-password');
                expect(await exported()).toBe(before);
                await expect(importCsv(csv('EDT-13,,VIP,30.00,EUR,,'))).rejects.toThrow(
                    /not currently authorized/,
                );
                await t.adminClient.asUserWithCredentials(stranger, 'vip-password');
                await expect(exported()).rejects.toThrow(/not currently authorized/);
                await expect(admin().query(GET_TIER, { id: tiers.frVip })).rejects.toThrow(
                    /not currently authorized/,
                );
            } finally {
                await t.adminClient.asSuperAdmin();
            }
            expect(await exported()).toBe(before);
        });
    });
}
