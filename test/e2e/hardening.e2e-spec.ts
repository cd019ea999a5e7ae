/**
 * Security hardening of the whole shop (Radiant's real configuration, demo shop seeded), on sql.js
 * and PostgreSQL: account rules (password chosen at verification, length, token lifetime), malformed
 * ids at the plugins' REST and GraphQL entries, rate limits, the GraphQL cost limit, preset-only
 * image transforms and CORS.
 */
import { NativeAuthenticationMethod, TransactionalConnection } from '@vendure/core';
import gql from 'graphql-tag';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { print } from 'graphql';
import { SHOP_API_MAX_QUERY_COMPLEXITY } from '../../src/config/harden';
import { seedDemoShop } from '../../src/seed/seed';
import { HomeDocument } from '../../storefront/src/lib/gql/graphql';
import { waitForJobQueue } from '../../src/tooling/job-queue';
import { PASSWORD_AT_VERIFICATION_MESSAGE } from '../../src/config/registration';
import { checkout, shopClient } from '../support/shop-checkout';
import { radiantTestEnvironment, RADIANT_INITIAL_DATA, TEST_DATABASES } from '../support/radiant-test-env';

const REGISTER = gql`
    mutation Register($input: RegisterCustomerInput!) {
        registerCustomerAccount(input: $input) {
            __typename
            ... on ErrorResult {
                errorCode
                message
            }
            ... on PasswordValidationError {
                validationErrorMessage
            }
        }
    }
`;

const VERIFY = gql`
    mutation Verify($token: String!, $password: String) {
        verifyCustomerAccount(token: $token, password: $password) {
            __typename
            ... on ErrorResult {
                errorCode
            }
        }
    }
`;

/** A verification token in Vendure's default format (base64 of the issue date, `_`, random id), issued `ageMs` ago. */
function tokenIssued(ageMs: number): string {
    return `${Buffer.from(new Date(Date.now() - ageMs).toJSON()).toString('base64')}_hardening${ageMs}`;
}

const LOGIN = gql`
    mutation Login($username: String!, $password: String!) {
        login(username: $username, password: $password) {
            __typename
            ... on ErrorResult {
                errorCode
            }
        }
    }
`;

const MY_ORDERS = gql`
    query MyOrders {
        activeCustomer {
            orders {
                items {
                    code
                }
            }
        }
    }
`;

const HOUR = 3_600_000;

for (const db of TEST_DATABASES) {
    describe(`security hardening on ${db}`, () => {
        let t: Awaited<ReturnType<typeof radiantTestEnvironment>>;
        let api: string;

        beforeAll(async () => {
            t = await radiantTestEnvironment(db);
            await t.server.init({ initialData: RADIANT_INITIAL_DATA, customerCount: 1 });
            const result = await seedDemoShop(t.server.app, t.env);
            expect(result.errors).toEqual([]);
            await waitForJobQueue(t.server.app);
            await t.adminClient.asSuperAdmin();
            api = `http://localhost:${t.port}`;
        });

        afterAll(async () => {
            await t?.server.destroy();
            t?.cleanup();
        });

        describe('accounts', () => {
            /** The verification token Vendure stored for `email` (the link of the verification email). */
            async function verificationTokenOf(email: string): Promise<string> {
                const method = await t.server.app
                    .get(TransactionalConnection)
                    .rawConnection.getRepository(NativeAuthenticationMethod)
                    .findOneOrFail({ where: { identifier: email } });
                return method.verificationToken!;
            }

            it('takes the password at verification only, 8 characters at least', async () => {
                t.shopClient.setChannelToken('fr');
                await t.shopClient.asAnonymousUser();
                const email = `eight.${db}@example.com`;
                const withPassword = await t.shopClient.query(REGISTER, {
                    input: { emailAddress: email, password: 'a-long-password' },
                });
                expect(withPassword.registerCustomerAccount).toMatchObject({
                    errorCode: 'PASSWORD_VALIDATION_ERROR',
                    validationErrorMessage: PASSWORD_AT_VERIFICATION_MESSAGE,
                });
                const registered = await t.shopClient.query(REGISTER, { input: { emailAddress: email } });
                expect(registered.registerCustomerAccount).toEqual({ __typename: 'Success' });
                const token = await verificationTokenOf(email);
                for (const password of ['abcd', 'test', '1234567']) {
                    const { verifyCustomerAccount } = await t.shopClient.query(VERIFY, { token, password });
                    expect(verifyCustomerAccount).toMatchObject({ errorCode: 'PASSWORD_VALIDATION_ERROR' });
                }
                const { verifyCustomerAccount } = await t.shopClient.query(VERIFY, {
                    token,
                    password: '12345678',
                });
                expect(verifyCustomerAccount).toMatchObject({ __typename: 'CurrentUser' });
            });

            it("keeps a shopper's guest orders from whoever registers their address first", async () => {
                const email = `owner.${db}@example.com`;
                const guestOrder = await checkout(t.port, email);

                // The attacker registers the owner's address: no password of theirs is accepted.
                const attacker = shopClient(t.port);
                const refused = await attacker.query(REGISTER, {
                    input: { emailAddress: email, password: 'attacker-password' },
                });
                expect(refused.registerCustomerAccount).toMatchObject({
                    errorCode: 'PASSWORD_VALIDATION_ERROR',
                });
                const registered = await attacker.query(REGISTER, { input: { emailAddress: email } });
                expect(registered.registerCustomerAccount).toEqual({ __typename: 'Success' });

                // The owner follows the emailed link and chooses the password.
                const owner = shopClient(t.port);
                const verified = await owner.query(VERIFY, {
                    token: await verificationTokenOf(email),
                    password: 'owner-password',
                });
                expect(verified.verifyCustomerAccount).toMatchObject({ __typename: 'CurrentUser' });
                const { activeCustomer } = await owner.query(MY_ORDERS);
                expect(activeCustomer.orders.items.map((o: { code: string }) => o.code)).toEqual([
                    guestOrder.code,
                ]);

                const attackerLogin = await attacker.query(LOGIN, {
                    username: email,
                    password: 'attacker-password',
                });
                expect(attackerLogin.login).toMatchObject({ errorCode: 'INVALID_CREDENTIALS_ERROR' });
                const ownerLogin = await shopClient(t.port).query(LOGIN, {
                    username: email,
                    password: 'owner-password',
                });
                expect(ownerLogin.login).toMatchObject({ __typename: 'CurrentUser' });
            });

            it('lets verification tokens live one day, not seven', async () => {
                const email = `verify.${db}@example.com`;
                await t.shopClient.asAnonymousUser();
                await t.shopClient.query(REGISTER, { input: { emailAddress: email } });
                const methods = t.server.app
                    .get(TransactionalConnection)
                    .rawConnection.getRepository(NativeAuthenticationMethod);

                const stale = tokenIssued(25 * HOUR);
                await methods.update({ identifier: email }, { verificationToken: stale });
                const expired = await t.shopClient.query(VERIFY, {
                    token: stale,
                    password: 'a-long-password',
                });
                expect(expired.verifyCustomerAccount).toMatchObject({
                    errorCode: 'VERIFICATION_TOKEN_EXPIRED_ERROR',
                });

                const fresh = tokenIssued(23 * HOUR);
                await methods.update({ identifier: email }, { verificationToken: fresh });
                const verified = await t.shopClient.query(VERIFY, {
                    token: fresh,
                    password: 'a-long-password',
                });
                expect(verified.verifyCustomerAccount).toMatchObject({ __typename: 'CurrentUser' });
            });
        });

        describe('malformed ids', () => {
            it.each(['abc', '1.5', '-1', '99999999999', '1%20OR%201=1'])(
                'GET /invoices/%s/pdf is a 400, signed or not',
                async id => {
                    for (const query of ['', '?expires=9999999999&signature=00']) {
                        const res = await fetch(`${api}/invoices/${id}/pdf${query}`, {
                            headers: { 'vendure-token': 'fr' },
                        });
                        expect(res.status).toBe(400);
                        expect(await res.text()).toContain('Invalid id');
                    }
                },
            );

            it('still answers 404 for a well-formed unknown invoice', async () => {
                const res = await fetch(`${api}/invoices/424242/pdf`, {
                    headers: {
                        'vendure-token': 'fr',
                        authorization: `Bearer ${t.adminClient.getAuthToken()}`,
                    },
                });
                expect(res.status).toBe(404);
            });

            it.each([
                ['regenerateInvoice', 'mutation { regenerateInvoice(id: "abc") { __typename } }'],
                ['regenerateInvoice', 'mutation { regenerateInvoice(id: "99999999999") { __typename } }'],
                [
                    'cinetPayTransactions',
                    '{ cinetPayTransactions(orderId: "99999999999") { transactionId } }',
                ],
                ['cinetPayTransactions', '{ cinetPayTransactions(orderId: "abc") { transactionId } }'],
            ])('%s refuses a malformed id with USER_INPUT_ERROR', async (_name, query) => {
                const res = await fetch(`${api}/admin-api`, {
                    method: 'POST',
                    headers: {
                        'content-type': 'application/json',
                        'vendure-token': 'fr',
                        authorization: `Bearer ${t.adminClient.getAuthToken()}`,
                    },
                    body: JSON.stringify({ query }),
                });
                const body = (await res.json()) as {
                    errors?: { message: string; extensions?: { code?: string } }[];
                };
                expect(body).toMatchObject({
                    errors: [
                        {
                            message: expect.stringMatching(/^Invalid (id|orderId)/),
                            extensions: { code: 'USER_INPUT_ERROR' },
                        },
                    ],
                });
            });
        });

        describe('rate limits (plugins/rate-limit, default rules)', () => {
            it('refuses an 11th login after 10 wrong passwords for one account from one IP', async () => {
                const client = shopClient(t.port);
                const username = `guessed.${db}@example.com`;
                for (let i = 0; i < 10; i++) {
                    const { login } = await client.query(LOGIN, { username, password: 'wrong-password' });
                    expect(login).toMatchObject({ errorCode: 'INVALID_CREDENTIALS_ERROR' });
                }
                const res = await fetch(`${api}/shop-api`, {
                    method: 'POST',
                    headers: { 'content-type': 'application/json', 'vendure-token': 'fr' },
                    body: JSON.stringify({
                        query: print(LOGIN),
                        variables: { username, password: 'the-right-one-maybe' },
                    }),
                });
                const body = (await res.json()) as {
                    errors?: { extensions?: { code?: string; retryAfter?: number } }[];
                };
                expect(body.errors?.[0].extensions).toMatchObject({ code: 'TOO_MANY_REQUESTS' });
                expect(res.headers.get('retry-after')).toBe(String(body.errors?.[0].extensions?.retryAfter));
            });

            it('answers 429 with Retry-After to the 21st CinetPay notification of one transaction', async () => {
                const notify = () =>
                    fetch(`${api}/payments/cinetpay/notify`, {
                        method: 'POST',
                        headers: { 'content-type': 'application/x-www-form-urlencoded' },
                        body: `cpm_site_id=1&cpm_trans_id=RL-${db}`,
                    });
                for (let i = 0; i < 20; i++) expect((await notify()).status).toBe(401);
                const refused = await notify();
                expect(refused.status).toBe(429);
                expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
            });
        });

        describe('GraphQL cost limit (HardenPlugin)', () => {
            const shopApi = (query: string, variables: Record<string, unknown> = {}) =>
                fetch(`${api}/shop-api`, {
                    method: 'POST',
                    headers: { 'content-type': 'application/json', 'vendure-token': 'fr' },
                    body: JSON.stringify({ query, variables }),
                }).then(
                    async res =>
                        ({ status: res.status, ...((await res.json()) as object) }) as {
                            status: number;
                            data?: Record<string, unknown> | null;
                            errors?: { message: string }[];
                        },
                );

            it(`refuses a query of 20 aliased nested lists (limit ${SHOP_API_MAX_QUERY_COMPLEXITY})`, async () => {
                const aliases = Array.from(
                    { length: 20 },
                    (_, i) =>
                        `p${i}: products(options: { take: 100 }) { items { id variants { id options { id group { options { id } } } } } }`,
                ).join('\n');
                const body = await shopApi(`{ ${aliases} }`);
                expect(body.errors?.[0]?.message).toBe('Query is too complex');
                expect(body.data ?? null).toBeNull();
            });

            it('scores an operation again whenever a variable its score reads differs, remembering only what passed', async () => {
                const aliases = Array.from(
                    { length: 5 },
                    (_, i) =>
                        `p${i}: products(options: { take: $take }) { items { id variants { id options { id group { options { id } } } } } }`,
                ).join('\n');
                const query = `query Lists($take: Int) { ${aliases} }`;
                for (const take of [1, 1, 1000, 1000, 1]) {
                    const body = await shopApi(query, { take });
                    if (take === 1) expect(body.errors).toBeUndefined();
                    else expect(body.errors?.[0]?.message).toBe('Query is too complex');
                }
                // The same with the whole options object as a variable, and a variable the score
                // does not read ($lang) changing alongside.
                const withOptions = `query ListsOpt($o: ProductListOptions, $lang: String) { ${aliases.replaceAll(
                    '{ take: $take }',
                    '$o',
                )} x: product(slug: $lang) { id } }`;
                for (const [take, lang] of [
                    [1, 'a'],
                    [1, 'b'],
                    [1000, 'a'],
                    [1, 'c'],
                ] as const) {
                    const body = await shopApi(withOptions, { o: { take }, lang });
                    if (take === 1) expect(body.errors).toBeUndefined();
                    else expect(body.errors?.[0]?.message).toBe('Query is too complex');
                }
            });

            it("lets the storefront's heaviest query (the home page) through", async () => {
                const body = await shopApi(print(HomeDocument), { take: 100 });
                expect(body.errors).toBeUndefined();
                expect((body.data?.search as { items: unknown[] }).items.length).toBeGreaterThan(0);
            });
        });

        describe('image transforms (presets only)', () => {
            let preview: string;

            beforeAll(async () => {
                t.shopClient.setChannelToken('fr');
                const { search } = await t.shopClient.query(gql`
                    {
                        search(input: { take: 1, groupByProduct: true }) {
                            items {
                                productAsset {
                                    preview
                                }
                            }
                        }
                    }
                `);
                preview = search.items[0].productAsset.preview;
                expect(preview).toMatch(/^http:\/\/localhost:\d+\/assets\//);
            });

            it('refuses an arbitrary size or an unknown preset with 400', async () => {
                for (const query of ['w=5000&h=5000&format=png', 'w=601&h=750', 'preset=huge']) {
                    const res = await fetch(`${preview}?${query}`);
                    expect(res.status, query).toBe(400);
                }
            });

            it("renders the storefront's sizes and the Dashboard's widths", async () => {
                for (const query of [
                    'preset=600x750&format=webp',
                    'preset=1600x1333&format=webp',
                    'w=320&mode=resize',
                    'preset=thumb',
                ]) {
                    const res = await fetch(`${preview}?${query}`);
                    expect(res.status, query).toBe(200);
                    expect(res.headers.get('content-type'), query).toMatch(/^image\//);
                }
            });
        });

        describe('CORS', () => {
            const preflight = (path: string, origin: string) =>
                fetch(`${api}${path}`, {
                    method: 'OPTIONS',
                    headers: {
                        origin,
                        'access-control-request-method': 'POST',
                        'access-control-request-headers': 'content-type,authorization',
                    },
                });
            const post = (path: string, origin: string, query: string) =>
                fetch(`${api}${path}`, {
                    method: 'POST',
                    headers: { origin, 'content-type': 'application/json', 'vendure-token': 'fr' },
                    body: JSON.stringify({ query }),
                });

            it('gives no origin CORS access to the Admin API, allowlisted ones included', async () => {
                for (const origin of ['http://evil.example', t.env.corsOrigins[0]]) {
                    const pre = await preflight('/admin-api', origin);
                    expect(pre.headers.get('access-control-allow-origin'), origin).toBeNull();
                    expect(pre.headers.get('access-control-allow-credentials'), origin).toBeNull();
                    const res = await post('/admin-api', origin, '{ me { id } }');
                    expect(res.headers.get('access-control-allow-origin'), origin).toBeNull();
                }
            });

            it('still answers same-origin Admin API calls (the Dashboard and the classic admin)', async () => {
                const res = await post(
                    '/admin-api',
                    api,
                    'mutation { login(username: "superadmin", password: "superadmin") { ... on CurrentUser { id } } }',
                );
                expect(res.status).toBe(200);
                expect(
                    ((await res.json()) as { data: { login: { id: string } } }).data.login.id,
                ).toBeTruthy();
            });

            it('lets the allowlisted origins, and only them, call the Shop API with credentials', async () => {
                const allowed = t.env.corsOrigins[0];
                const pre = await preflight('/shop-api', allowed);
                expect(pre.headers.get('access-control-allow-origin')).toBe(allowed);
                expect(pre.headers.get('access-control-allow-credentials')).toBe('true');
                const res = await post('/shop-api', allowed, '{ activeChannel { code } }');
                expect(res.headers.get('access-control-allow-origin')).toBe(allowed);
                expect(res.headers.get('access-control-expose-headers')).toContain('vendure-auth-token');

                const evil = await preflight('/shop-api', 'http://evil.example');
                expect(evil.headers.get('access-control-allow-origin')).toBeNull();
            });
        });
    });
}
