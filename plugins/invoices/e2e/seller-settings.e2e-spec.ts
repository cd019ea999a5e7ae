/**
 * Per-channel seller settings of the invoices plugin (Vendure's settings store, key
 * `invoices.seller`), on sql.js and PostgreSQL: settings saved for channel ci are used by ci's next
 * invoice and not by fr's; invalid SIREN/SIRET/VAT number give a typed error and save nothing;
 * an administrator without UpdateInvoiceSettings can neither read nor write them (typed API nor
 * raw settings store); an issued invoice keeps its snapshot. The seller name has XML special
 * characters: the PDF still opens and its Factur-X XML parses.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { TransactionalConnection } from '@vendure/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitForJobQueue } from '../../../src/tooling/job-queue';
import { checkout } from '../../../test/support/shop-checkout';
import { TEST_DATABASES } from '../../../test/support/plugin-test-env';
import {
    CREATE_ADMINISTRATOR,
    CREATE_ROLE,
    GET_SETTINGS,
    RAW_GET,
    RAW_SET,
    UPDATE_SETTINGS,
} from './graphql/admin-definitions';
import type { InvoiceSellerSettingsInput } from './graphql/generated-admin-types';
import { assertErrorResult, assertSuccess } from '../../../test/support/graphql-results';
import { invoicesTestEnvironment, TEST_SELLER as DEMO_SELLER } from './test-config';
import { Invoice } from '../index';

/** The Ivorian subsidiary's identity as typed in the form (spaces, lower case), valid. */
const CI_SELLER = {
    legalName: 'Maison & Fils "Ô" <CI>',
    address: {
        streetLine1: '5 boulevard Lagunaire',
        postalCode: '01 BP 99',
        city: 'Abidjan',
        countryCode: 'ci',
        country: "Côte d'Ivoire",
    },
    siren: '404 833 048',
    siret: '404 833 048 00022',
    legalForm: 'SARL',
    shareCapital: 500_000,
    shareCapitalCurrency: 'eur',
    rcsCity: 'Lyon',
    vatNumber: 'FR 83 404833048',
    email: 'compta@maison.example',
};

for (const db of TEST_DATABASES) {
    describe(`invoice seller settings on ${db}`, () => {
        let t: Awaited<ReturnType<typeof invoicesTestEnvironment>>;
        const invoices = () => t.server.app.get(TransactionalConnection).rawConnection.getRepository(Invoice);
        const waitForInvoice = async (orderCode: string) => {
            const deadline = Date.now() + 30_000;
            while (Date.now() < deadline) {
                const found = await invoices().findOne({ where: { orderCode } });
                if (found?.pdfSha256) return found;
                await new Promise(r => setTimeout(r, 100));
            }
            throw new Error(`No rendered invoice for order ${orderCode}`);
        };
        const asSuperAdmin = async (channel: 'fr' | 'ci') => {
            await t.adminClient.asSuperAdmin();
            t.adminClient.setChannelToken(channel);
        };

        beforeAll(async () => {
            t = await invoicesTestEnvironment(db);
        });

        afterAll(async () => {
            await t?.server.destroy();
            t?.cleanup();
        });

        it("uses ci's saved settings for ci's next invoice, not for fr's; issued invoices keep their snapshot", async () => {
            await asSuperAdmin('ci');
            const before = await t.adminClient.query(GET_SETTINGS);
            expect(before.invoiceSellerSettings).toMatchObject({
                legalName: DEMO_SELLER.legalName,
                siren: DEMO_SELLER.siren,
                stored: false,
            });
            const earlier = await waitForInvoice(
                (await checkout(t.port, 'ci.before@example.com', 'ci')).code,
            );
            expect(earlier.seller).toEqual(DEMO_SELLER);

            const { updateInvoiceSellerSettings: saved } = await t.adminClient.query(UPDATE_SETTINGS, {
                input: CI_SELLER,
            });
            expect(saved).toMatchObject({
                __typename: 'InvoiceSellerSettings',
                legalName: 'Maison & Fils "Ô" <CI>',
                siren: '404833048',
                siret: '40483304800022',
                vatNumber: 'FR83404833048',
                shareCapitalCurrency: 'EUR',
                address: { countryCode: 'CI', streetLine2: null },
                stored: true,
            });
            expect((await t.adminClient.query(GET_SETTINGS)).invoiceSellerSettings).toEqual(
                Object.fromEntries(Object.entries(saved).filter(([k]) => k !== '__typename')),
            );

            const ci = await checkout(t.port, 'ci.after@example.com', 'ci');
            const fr = await checkout(t.port, 'fr.after@example.com', 'fr');
            const ciInvoice = await waitForInvoice(ci.code);
            const frInvoice = await waitForInvoice(fr.code);
            expect(ciInvoice.seller).toMatchObject({
                legalName: 'Maison & Fils "Ô" <CI>',
                siren: '404833048',
                vatNumber: 'FR83404833048',
            });
            expect(frInvoice.seller).toEqual(DEMO_SELLER);
            await asSuperAdmin('fr');
            expect((await t.adminClient.query(GET_SETTINGS)).invoiceSellerSettings.stored).toBe(false);

            // The invoice issued before the change is untouched.
            expect((await invoices().findOneOrFail({ where: { id: earlier.id } })).seller).toEqual(
                DEMO_SELLER,
            );
            // …and after another change, the ci invoice keeps the identity it was issued with.
            await asSuperAdmin('ci');
            const renamed = await t.adminClient.query(UPDATE_SETTINGS, {
                input: { ...CI_SELLER, legalName: 'Maison Renamed' },
            });
            assertSuccess(renamed.updateInvoiceSellerSettings, 'legalName');
            expect(renamed.updateInvoiceSellerSettings.legalName).toBe('Maison Renamed');
            expect((await invoices().findOneOrFail({ where: { id: ciInvoice.id } })).seller.legalName).toBe(
                'Maison & Fils "Ô" <CI>',
            );

            // The name with &, quotes, < > and Ô: the PDF opens, its XMP and Factur-X XML parse.
            await waitForJobQueue(t.server.app);
            const file = path.join(t.env.dataDir, 'invoices', ciInvoice.pdfKey!);
            const info = execFileSync('pdfinfo', [file]).toString();
            expect(info).toMatch(/Author:\s+Maison & Fils "Ô" <CI>/);
            expect(execFileSync('pdftotext', ['-raw', file, '-']).toString()).toContain(
                'Maison & Fils "Ô" <CI>',
            );
            const xmp = execFileSync('pdfinfo', ['-meta', file]).toString();
            const xmlFile = path.join(t.env.dataDir, 'ci-factur-x.xml');
            execFileSync('pdfdetach', ['-save', '1', '-o', xmlFile, file]);
            const parse =
                'import sys, xml.etree.ElementTree as ET; ' +
                'ET.fromstring(sys.argv[1].strip().encode()); ' +
                'r = ET.parse(sys.argv[2]).getroot(); ' +
                'print(r.find(".//{urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100}SellerTradeParty/{urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100}Name").text)';
            expect(
                execFileSync('python3', ['-c', parse, xmp.replace(/^[^<]*/, ''), xmlFile])
                    .toString()
                    .trim(),
            ).toBe('Maison & Fils "Ô" <CI>');
            if (db === 'sqljs') fs.copyFileSync(file, '/tmp/radiant-invoice-ci-seller-sample.pdf');
        });

        it('refuses an invalid SIREN, SIRET or VAT number with a typed error and saves nothing', async () => {
            await asSuperAdmin('ci');
            const current = (await t.adminClient.query(GET_SETTINGS)).invoiceSellerSettings;
            const update = async (input: InvoiceSellerSettingsInput) => {
                const result = (await t.adminClient.query(UPDATE_SETTINGS, { input }))
                    .updateInvoiceSellerSettings;
                assertErrorResult(result);
                return result;
            };
            const badSiren = await update({ ...CI_SELLER, siren: '123456789' });
            expect(badSiren).toMatchObject({
                __typename: 'InvalidInvoiceSellerSettingsError',
                errorCode: 'INVALID_INVOICE_SELLER_SETTINGS_ERROR',
                fieldErrors: [
                    { field: 'siren', message: 'SIREN is not valid (check digit)' },
                    { field: 'siret', message: 'SIRET must start with the SIREN' },
                ],
            });
            expect(badSiren.message).toContain('siren: SIREN is not valid (check digit)');
            expect((await update({ ...CI_SELLER, siret: '40483304800023' })).fieldErrors).toEqual([
                { field: 'siret', message: 'SIRET is not valid (check digit)' },
            ]);
            expect((await update({ ...CI_SELLER, vatNumber: 'FR84404833048' })).fieldErrors).toEqual([
                { field: 'vatNumber', message: 'VAT number key is wrong (FR83404833048 expected)' },
            ]);
            expect(
                (await update({ ...CI_SELLER, legalName: ' ', rcsCity: '' })).fieldErrors.map(e => e.field),
            ).toEqual(['legalName', 'rcsCity']);
            // The raw settings store API runs the same validation.
            const { setSettingsStoreValue } = await t.adminClient.query(RAW_SET, {
                value: { ...CI_SELLER, siren: '404833049' },
            });
            expect(setSettingsStoreValue.result).toBe(false);
            expect(setSettingsStoreValue.error).toContain('siren: SIREN is not valid (check digit)');
            expect((await t.adminClient.query(GET_SETTINGS)).invoiceSellerSettings).toEqual(current);
        });

        it('refuses to read or update the settings without UpdateInvoiceSettings', async () => {
            await asSuperAdmin('ci');
            const { createRole } = await t.adminClient.query(CREATE_ROLE, {
                input: {
                    code: `invoice-reader-${db}`,
                    description: 'Reads invoices',
                    permissions: ['ReadInvoice'],
                },
            });
            const email = `reader.${db}@example.com`;
            await t.adminClient.query(CREATE_ADMINISTRATOR, {
                input: {
                    firstName: 'Ina',
                    lastName: 'Reader',
                    emailAddress: email,
                    password: 'reader-password',
                    roleIds: [createRole.id],
                },
            });
            const current = (await t.adminClient.query(GET_SETTINGS)).invoiceSellerSettings;
            await t.adminClient.asUserWithCredentials(email, 'reader-password');
            t.adminClient.setChannelToken('ci');
            await expect(t.adminClient.query(GET_SETTINGS)).rejects.toThrow(/not currently authorized/);
            await expect(t.adminClient.query(UPDATE_SETTINGS, { input: CI_SELLER })).rejects.toThrow(
                /not currently authorized/,
            );
            expect((await t.adminClient.query(RAW_GET)).getSettingsStoreValue).toBeNull();
            const { setSettingsStoreValue } = await t.adminClient.query(RAW_SET, {
                value: { ...CI_SELLER, legalName: 'Hijacked' },
            });
            expect(setSettingsStoreValue).toEqual({
                result: false,
                error: 'Insufficient permissions to set settings store value',
            });
            await asSuperAdmin('ci');
            expect((await t.adminClient.query(GET_SETTINGS)).invoiceSellerSettings).toEqual(current);
        });
    });
}
