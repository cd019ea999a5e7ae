/**
 * An intra-EU VAT number only applies to an address in the EU VAT area (issue 12, item 11), on
 * sql.js and PostgreSQL: on the `ci` shop (Côte d'Ivoire) the Shop API refuses a VAT number with a
 * clear field message in the shopper's language, an empty one still clears the field; on `fr` a
 * French address takes it. (The invoice ignoring a number whose buyer address left the EU is
 * helpers/snapshot.spec.ts.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DATABASES } from '../../../test/support/plugin-test-env';
import { assertSuccess } from '../../../test/support/graphql-results';
import { prepareOrder, shopClient } from '../../../test/support/shop-checkout';
import { SET_BUYER } from './graphql/shop-definitions';
import { invoicesTestEnvironment } from './test-config';

for (const db of TEST_DATABASES) {
    describe(`buyer VAT number outside the EU on ${db}`, () => {
        let t: Awaited<ReturnType<typeof invoicesTestEnvironment>>;

        beforeAll(async () => {
            t = await invoicesTestEnvironment(db);
        });

        afterAll(async () => {
            await t?.server.destroy();
            t?.cleanup();
        });

        it('refuses a VAT number for an Ivorian address, in French and in English; an empty one clears it', async () => {
            const client = shopClient(t.port, 'ci');
            await prepareOrder(client, {
                channel: 'ci',
                email: 'kouadio@example.com',
                arrangePayment: false,
            });
            await expect(
                client.query(SET_BUYER, { input: { customFields: { buyerVatNumber: 'FR40303265045' } } }),
            ).rejects.toThrow(
                /ne s’applique qu’à une adresse dans l’Union européenne \(adresse de livraison : CI\)/,
            );
            await expect(
                client.query(
                    SET_BUYER,
                    { input: { customFields: { buyerVatNumber: 'FR40303265045' } } },
                    { languageCode: 'en' },
                ),
            ).rejects.toThrow(/An EU VAT number only applies to an address in the European Union/);
            const cleared = await client.query(SET_BUYER, {
                input: { customFields: { buyerVatNumber: '' } },
            });
            assertSuccess(cleared.setOrderCustomFields, 'customFields');
        });

        it('takes it for a French address', async () => {
            const client = shopClient(t.port, 'fr');
            await prepareOrder(client, { email: 'awa.fr@example.com', arrangePayment: false });
            const set = await client.query(SET_BUYER, {
                input: { customFields: { buyerVatNumber: 'FR40303265045' } },
            });
            assertSuccess(set.setOrderCustomFields, 'customFields');
            expect(set.setOrderCustomFields.customFields).toMatchObject({ buyerVatNumber: 'FR40303265045' });
        });
    });
}
