/**
 * The rate-limit plugin alone on Vendure's test harness, on sql.js and PostgreSQL, with its default
 * rules, over real HTTP: the "storefront" at 127.0.0.1 is the only trusted proxy (its
 * `X-Forwarded-For` names the shopper), other loopback addresses (127.0.0.N) are untrusted clients.
 * Then the same limits counted in a real `redis-server`.
 */
import { testConfig } from '@vendure/testing';
import gql from 'graphql-tag';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
    keepIdleConnections,
    pluginTestEnvironment,
    TEST_DATABASES,
} from '../../../test/support/plugin-test-env';
import { graphqlFrom, HttpAnswer, httpFrom } from '../../../test/support/http-from';
import { TEST_SHOP_INITIAL_DATA } from '../../../test/support/test-shop';
import { startThrowawayRedis, ThrowawayRedis } from '../../../test/support/throwaway-redis';
import { CINETPAY_NOTIFY_PATH, RateLimitPlugin, STRIPE_WEBHOOK_PATH, TRACKING_WEBHOOK_PATH } from '../index';

const STOREFRONT = '127.0.0.1';
const LOGIN = `mutation Login($username: String!, $password: String!) {
    login(username: $username, password: $password) { __typename ... on ErrorResult { errorCode } }
}`;
const REGISTER = `mutation Register($email: String!) {
    registerCustomerAccount(input: { emailAddress: $email }) { __typename ... on ErrorResult { errorCode } }
}`;
const RESET = `mutation Reset($email: String!) {
    requestPasswordReset(emailAddress: $email) { __typename ... on ErrorResult { errorCode } }
}`;

interface GraphQLBody {
    data?: Record<string, { __typename: string; errorCode?: string } | null> | null;
    errors?: { message: string; extensions?: { code?: string; retryAfter?: number } }[];
}

const body = (answer: HttpAnswer) => answer.json as GraphQLBody;
/** The field's `__typename`, or the error code when the call was refused. */
function outcome(answer: HttpAnswer, field: string): string {
    const { data, errors } = body(answer);
    if (errors?.length) return errors[0].extensions?.code ?? errors[0].message;
    const result = data?.[field];
    return result?.errorCode ?? result?.__typename ?? 'null';
}

async function startShop(db: (typeof TEST_DATABASES)[number], redisUrl?: string) {
    const t = await pluginTestEnvironment(db, ({ port }) => ({
        apiOptions: { ...testConfig.apiOptions, port, trustProxy: [STOREFRONT] },
        plugins: [RateLimitPlugin.init({ redisUrl })],
    }));
    await t.server.init({ initialData: TEST_SHOP_INITIAL_DATA, customerCount: 1 });
    keepIdleConnections(t.server.app);
    await t.adminClient.asSuperAdmin();
    const { customers } = await t.adminClient.query<{ customers: { items: { emailAddress: string }[] } }>(gql`
        {
            customers {
                items {
                    emailAddress
                }
            }
        }
    `);
    const base = `http://127.0.0.1:${t.port}`;
    return { t, base, shopApi: `${base}/shop-api`, customerEmail: customers.items[0].emailAddress };
}

for (const db of TEST_DATABASES) {
    describe(`rate limits on ${db}`, () => {
        let shop: Awaited<ReturnType<typeof startShop>>;

        beforeAll(async () => {
            shop = await startShop(db);
        });

        afterAll(async () => {
            await shop?.t.server.destroy();
            shop?.t.cleanup();
        });

        const login = (shopper: string, username: string, password: string) =>
            graphqlFrom(
                shop.shopApi,
                LOGIN,
                { username, password },
                { from: STOREFRONT, forwardedFor: shopper },
            );

        it('refuses the 11th login after 10 wrong passwords from one IP, even with the right password', async () => {
            for (let i = 0; i < 10; i++) {
                expect(
                    outcome(await login('203.0.113.1', shop.customerEmail, 'wrong-password'), 'login'),
                ).toBe('INVALID_CREDENTIALS_ERROR');
            }
            const refused = await login('203.0.113.1', shop.customerEmail, 'test');
            expect(outcome(refused, 'login')).toBe('TOO_MANY_REQUESTS');
            const error = body(refused).errors![0];
            expect(error.extensions?.retryAfter).toBeGreaterThan(3500);
            expect(error.extensions?.retryAfter).toBeLessThanOrEqual(3600);
            expect(refused.headers['retry-after']).toBe(String(error.extensions?.retryAfter));
            expect(error.message).toMatch(/try again in \d+ seconds|réessayez dans \d+ secondes/);

            // The owner, from another IP, still signs in (the IP+account pair is what is blocked).
            expect(outcome(await login('203.0.113.2', shop.customerEmail, 'test'), 'login')).toBe(
                'CurrentUser',
            );
        });

        it('counts consecutive failures only: a successful login starts them afresh', async () => {
            for (let round = 0; round < 2; round++) {
                for (let i = 0; i < 9; i++) {
                    expect(
                        outcome(await login('203.0.113.3', shop.customerEmail, 'nope-nope'), 'login'),
                    ).toBe('INVALID_CREDENTIALS_ERROR');
                }
                expect(outcome(await login('203.0.113.3', shop.customerEmail, 'test'), 'login')).toBe(
                    'CurrentUser',
                );
            }
        });

        it('limits password-reset emails per address across IPs (3 an hour)', async () => {
            const email = `reset.${db}@example.com`;
            for (const shopper of ['198.51.100.1', '198.51.100.2', '198.51.100.3']) {
                const answer = await graphqlFrom(
                    shop.shopApi,
                    RESET,
                    { email },
                    { from: STOREFRONT, forwardedFor: shopper },
                );
                expect(outcome(answer, 'requestPasswordReset')).toBe('Success');
            }
            const refused = await graphqlFrom(
                shop.shopApi,
                RESET,
                { email: email.toUpperCase() },
                { from: STOREFRONT, forwardedFor: '198.51.100.4' },
            );
            expect(outcome(refused, 'requestPasswordReset')).toBe('TOO_MANY_REQUESTS');
            expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
            // Another address is not affected.
            const other = await graphqlFrom(
                shop.shopApi,
                RESET,
                { email: `other.${db}@example.com` },
                { from: STOREFRONT, forwardedFor: '198.51.100.4' },
            );
            expect(outcome(other, 'requestPasswordReset')).toBe('Success');
        });

        const register = (email: string, from: string, forwardedFor: string) =>
            graphqlFrom(shop.shopApi, REGISTER, { email }, { from, forwardedFor }).then(answer =>
                outcome(answer, 'registerCustomerAccount'),
            );

        it("believes the trusted storefront's X-Forwarded-For: registrations count per shopper (10 an hour)", async () => {
            for (let i = 0; i < 10; i++) {
                expect(await register(`shopper${i}.${db}@example.com`, STOREFRONT, '192.0.2.50')).toBe(
                    'Success',
                );
            }
            expect(await register(`shopper-last.${db}@example.com`, STOREFRONT, '192.0.2.50')).toBe(
                'TOO_MANY_REQUESTS',
            );
            expect(await register(`neighbour.${db}@example.com`, STOREFRONT, '192.0.2.51')).toBe('Success');
        });

        it('ignores X-Forwarded-For from an untrusted peer: its registrations count against the peer', async () => {
            for (let i = 0; i < 10; i++) {
                expect(await register(`spoof${i}.${db}@example.com`, '127.0.0.3', `192.0.2.${i + 10}`)).toBe(
                    'Success',
                );
            }
            expect(await register(`spoof-last.${db}@example.com`, '127.0.0.3', '192.0.2.99')).toBe(
                'TOO_MANY_REQUESTS',
            );
        });

        it('answers 429 with Retry-After on the CinetPay notification after 20 for one transaction', async () => {
            const notify = (from: string, transaction: string) =>
                httpFrom(`${shop.base}${CINETPAY_NOTIFY_PATH}`, {
                    from,
                    method: 'POST',
                    headers: { 'content-type': 'application/x-www-form-urlencoded' },
                    body: `cpm_site_id=1&cpm_trans_id=${transaction}`,
                });
            // No CinetPay plugin here: a request the limits let through reaches no route (404).
            for (let i = 0; i < 20; i++) {
                expect((await notify(`127.0.0.${10 + i}`, `T-${db}`)).status).toBe(404);
            }
            const refused = await notify('127.0.0.40', `T-${db}`);
            expect(refused.status).toBe(429);
            expect(Number(refused.headers['retry-after'])).toBeGreaterThan(3500);
            expect(refused.text).toMatch(/Too many requests/);
            expect((await notify('127.0.0.40', `U-${db}`)).status).toBe(404);
        });

        it('answers 429 on the Stripe webhook after 600 requests a minute from one IP', async () => {
            const post = (from: string) =>
                httpFrom(`${shop.base}${STRIPE_WEBHOOK_PATH}`, { from, method: 'POST', body: '{}' });
            for (let batch = 0; batch < 20; batch++) {
                const answers = await Promise.all(Array.from({ length: 30 }, () => post('127.0.0.50')));
                expect(answers.every(a => a.status === 404)).toBe(true);
            }
            const refused = await post('127.0.0.50');
            expect(refused.status).toBe(429);
            expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
            expect((await post('127.0.0.51')).status).toBe(404);
        });

        it('limits the carriers webhook path pattern per IP (600 a minute), every channel and source together', async () => {
            const post = (from: string, path: string) =>
                httpFrom(`${shop.base}${path}`, { from, method: 'POST', body: '{}' });
            // No delivery-tracking plugin here: a request the limit lets through reaches no route (404).
            for (let batch = 0; batch < 20; batch++) {
                const answers = await Promise.all(
                    Array.from({ length: 30 }, (_, i) =>
                        post(
                            '127.0.0.60',
                            `/tracking/webhook/${i % 2 ? 'fr' : 'ci'}/${batch % 2 ? 'generic' : 'aftership'}`,
                        ),
                    ),
                );
                expect(answers.every(a => a.status === 404)).toBe(true);
            }
            const refused = await post('127.0.0.60', '/tracking/webhook/fr/generic');
            expect(refused.status).toBe(429);
            expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
            expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(60);
            // Another IP, and paths outside the pattern from the same IP, are not limited by it.
            expect((await post('127.0.0.61', '/tracking/webhook/fr/generic')).status).toBe(404);
            expect((await post('127.0.0.60', '/tracking/webhook/fr')).status).toBe(404);
            expect((await post('127.0.0.60', '/tracking/webhook/fr/generic/extra')).status).toBe(404);
            expect((await post('127.0.0.60', TRACKING_WEBHOOK_PATH.replace(/:\w+/g, 'x'))).status).toBe(429);
        });
    });
}

describe('rate limits counted in Redis', () => {
    let redis: ThrowawayRedis | undefined;
    let shop: Awaited<ReturnType<typeof startShop>> | undefined;
    let client: Redis | undefined;

    beforeAll(async () => {
        redis = await startThrowawayRedis();
        if (!redis) return;
        shop = await startShop('sqljs', redis.url);
        client = new Redis(redis.url);
    });

    afterAll(async () => {
        client?.disconnect();
        await shop?.t.server.destroy();
        shop?.t.cleanup();
        redis?.stop();
    });

    it('keeps the counters in Redis, shared by every server process', async ({ skip }) => {
        if (!redis || !shop || !client) return skip('redis-server is not installed');
        const email = 'redis.reset@example.com';
        const reset = (shopper: string) =>
            graphqlFrom(shop!.shopApi, RESET, { email }, { from: STOREFRONT, forwardedFor: shopper });
        for (const shopper of ['198.51.100.1', '198.51.100.2', '198.51.100.3']) {
            expect(outcome(await reset(shopper), 'requestPasswordReset')).toBe('Success');
        }
        expect(await client.get(`radiant-rl:password-reset-email:${email}`)).toBe('3');
        expect(outcome(await reset('198.51.100.4'), 'requestPasswordReset')).toBe('TOO_MANY_REQUESTS');

        // Another process (here: this client) clearing the shared counter lets the address through again.
        await client.del(`radiant-rl:password-reset-email:${email}`);
        expect(outcome(await reset('198.51.100.5'), 'requestPasswordReset')).toBe('Success');
    });
});
