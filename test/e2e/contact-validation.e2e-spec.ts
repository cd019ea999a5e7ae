/**
 * Address and customer inputs are limited at the Shop API (src/config/contact-validation.ts), over
 * real HTTP on sql.js and PostgreSQL: too long, badly formed postal codes, phones and emails are
 * refused with a field error and nothing is written; ordinary French and Ivorian addresses pass.
 */
import gql from 'graphql-tag';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ContactValidationPlugin } from '../../src/config/contact-validation';
import { keepIdleConnections, pluginTestEnvironment, TEST_DATABASES } from '../support/plugin-test-env';
import { prepareOrder, shopClient } from '../support/shop-checkout';
import {
    SAMPLE_PRODUCTS_CSV,
    seedTestShop,
    TEST_SHOP_INITIAL_DATA,
    testShopConfig,
} from '../support/test-shop';

const SET_ADDRESS = gql`
    mutation ($input: CreateAddressInput!) {
        setOrderShippingAddress(input: $input) {
            ... on Order {
                shippingAddress {
                    fullName
                    postalCode
                }
            }
            ... on ErrorResult {
                errorCode
            }
        }
    }
`;

const REGISTER = gql`
    mutation ($input: RegisterCustomerInput!) {
        registerCustomerAccount(input: $input) {
            ... on Success {
                success
            }
            ... on ErrorResult {
                errorCode
            }
        }
    }
`;

const ADDRESS = {
    fullName: 'Awa Diallo',
    streetLine1: '12 rue des Lilas',
    city: 'Paris',
    postalCode: '75011',
    countryCode: 'FR',
};

/** The GraphQL error a refused mutation answers with, as `{ code, field, reason, maxLength }`. */
async function refusal(run: () => Promise<unknown>) {
    try {
        await run();
    } catch (err) {
        const extensions = (
            err as { response?: { errors?: Array<{ extensions?: Record<string, unknown> }> } }
        ).response?.errors?.[0]?.extensions;
        return (
            extensions && {
                code: extensions.code,
                field: extensions.field,
                reason: extensions.reason,
                maxLength: extensions.maxLength,
            }
        );
    }
    throw new Error('The mutation was accepted');
}

for (const db of TEST_DATABASES) {
    describe(`contact field limits on ${db}`, () => {
        let t: Awaited<ReturnType<typeof pluginTestEnvironment>>;

        beforeAll(async () => {
            t = await pluginTestEnvironment(db, () => ({
                ...testShopConfig,
                plugins: [ContactValidationPlugin],
            }));
            await t.server.init({ initialData: TEST_SHOP_INITIAL_DATA, customerCount: 0 });
            keepIdleConnections(t.server.app);
            await seedTestShop(t.server.app, SAMPLE_PRODUCTS_CSV);
        }, 240_000);

        afterAll(async () => {
            await t?.server.destroy();
            t?.cleanup();
        });

        it('accepts ordinary French and Ivorian addresses', async () => {
            await prepareOrder(shopClient(t.port, 'fr'), { email: `fr.${db}@example.com`, shipping: false });
            await prepareOrder(shopClient(t.port, 'ci'), {
                channel: 'ci',
                email: `ci.${db}@example.com`,
                shipping: false,
            });
        });

        it('refuses a 5 000-character name or street with the field and its limit, and keeps the old address', async () => {
            const client = shopClient(t.port, 'fr');
            await prepareOrder(client, { email: `long.${db}@example.com`, shipping: false });
            expect(
                await refusal(() =>
                    client.query(SET_ADDRESS, { input: { ...ADDRESS, fullName: 'A'.repeat(5000) } }),
                ),
            ).toEqual({ code: 'USER_INPUT_ERROR', field: 'fullName', reason: 'tooLong', maxLength: 100 });
            expect(
                await refusal(() =>
                    client.query(SET_ADDRESS, { input: { ...ADDRESS, streetLine1: 'rue '.repeat(1250) } }),
                ),
            ).toEqual({ code: 'USER_INPUT_ERROR', field: 'streetLine1', reason: 'tooLong', maxLength: 100 });
            const { activeOrder } = await client.query(gql`
                query {
                    activeOrder {
                        shippingAddress {
                            fullName
                        }
                    }
                }
            `);
            expect(activeOrder.shippingAddress.fullName).toBe('Awa Diallo');
        });

        it('refuses a 25-digit French postal code, and a phone with letters', async () => {
            const client = shopClient(t.port, 'fr');
            await prepareOrder(client, { email: `postal.${db}@example.com`, shipping: false });
            expect(
                await refusal(() =>
                    client.query(SET_ADDRESS, {
                        input: { ...ADDRESS, postalCode: '1234567890123456789012345' },
                    }),
                ),
            ).toMatchObject({ field: 'postalCode', reason: 'tooLong' });
            expect(
                await refusal(() =>
                    client.query(SET_ADDRESS, { input: { ...ADDRESS, postalCode: '750011' } }),
                ),
            ).toMatchObject({ field: 'postalCode', reason: 'postalCodeFormat' });
            expect(
                await refusal(() =>
                    client.query(SET_ADDRESS, { input: { ...ADDRESS, phoneNumber: '06<script>' } }),
                ),
            ).toMatchObject({ field: 'phoneNumber', reason: 'phoneFormat' });
        });

        it('refuses x@example.com<script> as an email address at registration', async () => {
            const client = shopClient(t.port, 'fr');
            expect(
                await refusal(() =>
                    client.query(REGISTER, {
                        input: { emailAddress: 'x@example.com<script>', firstName: 'X', lastName: 'Y' },
                    }),
                ),
            ).toMatchObject({ field: 'emailAddress', reason: 'emailFormat' });
        });
    });
}
