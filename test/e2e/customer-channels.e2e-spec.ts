/**
 * One customer account across shops (src/config/customer-channels.ts), over real HTTP on sql.js and
 * PostgreSQL: a customer of `fr` who signs in on `ci` is found there, and a signed-in session on one
 * channel opens one on the other (`sessionTransfer`), while guest, administrator and unknown tokens
 * are refused.
 */
import gql from 'graphql-tag';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
    ChannelJoiningNativeAuthenticationStrategy,
    SessionTransferAuthenticationStrategy,
} from '../../src/config/customer-channels';
import { keepIdleConnections, pluginTestEnvironment, TEST_DATABASES } from '../support/plugin-test-env';
import { prepareOrder, shopClient } from '../support/shop-checkout';
import {
    SAMPLE_PRODUCTS_CSV,
    seedTestShop,
    TEST_SHOP_INITIAL_DATA,
    testShopConfig,
} from '../support/test-shop';

const PASSWORD = 'vetiver-de-haiti';

const CREATE_CUSTOMER = gql`
    mutation ($input: CreateCustomerInput!, $password: String!) {
        createCustomer(input: $input, password: $password) {
            ... on Customer {
                id
            }
            ... on ErrorResult {
                errorCode
            }
        }
    }
`;

const LOGIN = gql`
    mutation ($username: String!, $password: String!) {
        login(username: $username, password: $password) {
            __typename
            ... on ErrorResult {
                errorCode
            }
        }
    }
`;

const TRANSFER = gql`
    mutation ($token: String!) {
        authenticate(input: { sessionTransfer: { token: $token } }) {
            __typename
            ... on ErrorResult {
                errorCode
            }
        }
    }
`;

const ACTIVE_CUSTOMER = gql`
    query {
        activeCustomer {
            emailAddress
        }
    }
`;

for (const db of TEST_DATABASES) {
    describe(`customers across channels on ${db}`, () => {
        let t: Awaited<ReturnType<typeof pluginTestEnvironment>>;
        const email = `awa.channels.${db}@example.com`;

        beforeAll(async () => {
            t = await pluginTestEnvironment(db, () => ({
                ...testShopConfig,
                authOptions: {
                    requireVerification: true,
                    shopAuthenticationStrategy: [
                        new ChannelJoiningNativeAuthenticationStrategy(),
                        new SessionTransferAuthenticationStrategy(),
                    ],
                },
            }));
            await t.server.init({ initialData: TEST_SHOP_INITIAL_DATA, customerCount: 0 });
            keepIdleConnections(t.server.app);
            await seedTestShop(t.server.app, SAMPLE_PRODUCTS_CSV);
            await t.adminClient.asSuperAdmin();
            t.adminClient.setChannelToken('fr');
            const created = await t.adminClient.query(CREATE_CUSTOMER, {
                input: { emailAddress: email, firstName: 'Awa', lastName: 'Diallo' },
                password: PASSWORD,
            });
            expect(created.createCustomer.id).toBeDefined();
        }, 240_000);

        afterAll(async () => {
            await t?.server.destroy();
            t?.cleanup();
        });

        it('finds a customer of fr who signs in on ci (Vendure alone answers null there)', async () => {
            const ci = shopClient(t.port, 'ci');
            const login = await ci.query(LOGIN, { username: email, password: PASSWORD });
            expect(login.login.__typename).toBe('CurrentUser');
            expect((await ci.query(ACTIVE_CUSTOMER)).activeCustomer).toEqual({ emailAddress: email });
        });

        it("opens a session on ci for the customer signed in on fr, from the fr session's token", async () => {
            const fr = shopClient(t.port, 'fr');
            expect((await fr.query(LOGIN, { username: email, password: PASSWORD })).login.__typename).toBe(
                'CurrentUser',
            );
            const ci = shopClient(t.port, 'ci');
            const transfer = await ci.query(TRANSFER, { token: fr.getAuthToken() });
            expect(transfer.authenticate.__typename).toBe('CurrentUser');
            expect((await ci.query(ACTIVE_CUSTOMER)).activeCustomer).toEqual({ emailAddress: email });
            // The fr session is still signed in: both shops, one account.
            expect((await fr.query(ACTIVE_CUSTOMER)).activeCustomer).toEqual({ emailAddress: email });
        });

        it("refuses a guest's session, an administrator's and an unknown token", async () => {
            const guest = shopClient(t.port, 'fr');
            await prepareOrder(guest, { email: `guest.${db}@example.com`, shipping: false });
            const tokens = [guest.getAuthToken(), t.adminClient.getAuthToken(), 'not-a-session-token'];
            for (const token of tokens) {
                const ci = shopClient(t.port, 'ci');
                const transfer = await ci.query(TRANSFER, { token });
                expect(transfer.authenticate).toEqual({
                    __typename: 'InvalidCredentialsError',
                    errorCode: 'INVALID_CREDENTIALS_ERROR',
                });
                expect((await ci.query(ACTIVE_CUSTOMER)).activeCustomer).toBeNull();
            }
        });
    });
}
