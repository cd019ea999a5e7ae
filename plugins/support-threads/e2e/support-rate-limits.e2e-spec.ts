/**
 * The support threads' rate limits (plugins/rate-limit rules `support-*`) end to end, on sql.js
 * and PostgreSQL, over real HTTP: the default limit of threads opened per account, then the reply
 * and download rules with fewer points (the same rules, so the same wiring, in fewer calls).
 */
import { print } from 'graphql';
import type { SimpleGraphQLClient } from '@vendure/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TransactionalConnection } from '@vendure/core';
import { TEST_DATABASES } from '../../../test/support/plugin-test-env';
import { assertSuccess } from '../../../test/support/graphql-results';
import { shopClient } from '../../../test/support/shop-checkout';
import { DEFAULT_GRAPHQL_RULES, DEFAULT_REST_RULES } from '../../rate-limit';
import { SupportThread } from '../index';
import { CUSTOMERS } from './graphql/admin-definitions';
import { LOG_IN, OPEN_THREAD, REPLY } from './graphql/shop-definitions';
import { supportTestEnvironment } from './test-config';

const SUPPORT_GRAPHQL_RULES = DEFAULT_GRAPHQL_RULES.filter(rule => rule.name.startsWith('support-'));
const SUPPORT_REST_RULES = DEFAULT_REST_RULES.filter(rule => rule.name.startsWith('support-'));

for (const db of TEST_DATABASES) {
    describe(`support threads' rate limits on ${db}`, () => {
        let t: Awaited<ReturnType<typeof supportTestEnvironment>>;
        let alice: SimpleGraphQLClient;
        let bruno: SimpleGraphQLClient;

        /** A raw Shop API call (the test client throws on GraphQL errors; the refusal is one). */
        const raw = async (client: SimpleGraphQLClient, query: string, variables: object) => {
            const response = await fetch(`http://localhost:${t.port}/shop-api`, {
                method: 'POST',
                headers: {
                    'content-type': 'application/json',
                    authorization: `Bearer ${client.getAuthToken()}`,
                    'vendure-token': 'fr',
                },
                body: JSON.stringify({ query, variables }),
            });
            const json = (await response.json()) as {
                errors?: { extensions?: { code?: string; retryAfter?: number } }[];
            };
            return { json, retryAfter: response.headers.get('retry-after') };
        };
        const threadCount = () =>
            t.server.app.get(TransactionalConnection).rawConnection.getRepository(SupportThread).count();

        beforeAll(async () => {
            t = await supportTestEnvironment(db, {
                graphqlRules: SUPPORT_GRAPHQL_RULES.map(rule =>
                    rule.name === 'support-reply-account' ? { ...rule, points: 3 } : rule,
                ),
                restRules: SUPPORT_REST_RULES.map(rule => ({ ...rule, points: 3 })),
            });
            await t.adminClient.asSuperAdmin();
            const { customers } = await t.adminClient.query(CUSTOMERS);
            alice = shopClient(t.port, 'fr', 'en');
            bruno = shopClient(t.port, 'fr', 'fr');
            await alice.query(LOG_IN, { username: customers.items[0].emailAddress, password: 'test' });
            await bruno.query(LOG_IN, { username: customers.items[1].emailAddress, password: 'test' });
        });

        afterAll(async () => {
            await t?.server.destroy();
            t?.cleanup();
        });

        it('refuses an 11th thread within the hour from one account with TOO_MANY_REQUESTS', async () => {
            expect(SUPPORT_GRAPHQL_RULES.find(r => r.name === 'support-open-account')?.points).toBe(10);
            for (let i = 0; i < 10; i++) {
                const opened = await alice.query(OPEN_THREAD, {
                    input: { subject: `Q${i}`, body: 'Bonjour' },
                });
                assertSuccess(opened.openSupportThread, 'id');
            }
            const refused = await raw(alice, print(OPEN_THREAD), {
                input: { subject: 'Q10', body: 'Bonjour' },
            });
            const error = refused.json.errors?.[0];
            expect(error?.extensions?.code).toBe('TOO_MANY_REQUESTS');
            expect(error?.extensions?.retryAfter).toBeGreaterThan(3500);
            expect(refused.retryAfter).toBe(String(error?.extensions?.retryAfter));
            expect(await threadCount()).toBe(10);
            // Per account: another customer still opens one.
            assertSuccess(
                (await bruno.query(OPEN_THREAD, { input: { subject: 'Moi', body: 'Bonjour' } }))
                    .openSupportThread,
                'id',
            );
        });

        it('counts replies per account', async () => {
            const opened = (await bruno.query(OPEN_THREAD, { input: { subject: 'Suite', body: 'Un' } }))
                .openSupportThread;
            assertSuccess(opened, 'id');
            const input = { threadId: opened.id, body: 'Encore' };
            for (let i = 0; i < 3; i++)
                assertSuccess((await bruno.query(REPLY, { input })).replyToSupportThread, 'id');
            const refused = await raw(bruno, print(REPLY), { input });
            expect(refused.json.errors?.[0]?.extensions?.code).toBe('TOO_MANY_REQUESTS');
        });

        it('answers 429 with Retry-After on the attachment route past its limit per IP', async () => {
            const get = () =>
                fetch(`http://localhost:${t.port}/support-threads/attachments/T_1?vendure-token=fr`, {
                    headers: { authorization: `Bearer ${bruno.getAuthToken()}` },
                });
            for (let i = 0; i < 3; i++) expect((await get()).status).toBe(404);
            const refused = await get();
            expect(refused.status).toBe(429);
            expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
        });
    });
}
