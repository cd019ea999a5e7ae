/**
 * The Shop API response cache against a real server (sql.js and PostgreSQL): catalogue reads are
 * answered from the cache (header `x-radiant-cache`), private ones never are; keys separate
 * languages and pricing variants; a merchant's change (name, price, stock, a new product in search)
 * reaches the next answer within 2 s; a stock change purges only its product.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { CacheService } from '@vendure/core';
import gql from 'graphql-tag';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DATABASES } from '../../../test/support/plugin-test-env';
import { checkout } from '../../../test/support/shop-checkout';
import { CACHE_STATUS_HEADER, PURGE_KEYS_HEADER } from '../index';
import { catalogueCacheTestEnvironment, PURGE_TOKEN, VIP_TAG } from './test-config';

type Env = Awaited<ReturnType<typeof catalogueCacheTestEnvironment>>;

const PRODUCT = /* GraphQL */ `
    query Product($slug: String!) {
        product(slug: $slug) {
            id
            name
            variants {
                id
                sku
                price
                priceWithTax
                stockLevel
            }
        }
    }
`;

const SEARCH = /* GraphQL */ `
    query Search($term: String!) {
        search(input: { term: $term, groupByProduct: true }) {
            totalItems
            items {
                productName
                slug
            }
        }
    }
`;

interface Answer<T = Record<string, unknown>> {
    status: string | null;
    data: T;
    errors?: unknown[];
    authToken: string | null;
}

for (const db of TEST_DATABASES) {
    describe(`catalogue cache on ${db}`, () => {
        let t: Env;
        /** A page cache standing in for the storefront's: the surrogate keys of each PURGE it got. */
        const purges: string[][] = [];
        const pageCache = http.createServer((req, res) => {
            if (req.method === 'PURGE') purges.push(String(req.headers[PURGE_KEYS_HEADER] ?? '').split(' '));
            res.writeHead(200).end();
        });

        /** A raw Shop API request, to read the cache header. */
        const shop = async <T = Record<string, unknown>>(
            query: string,
            variables: Record<string, unknown> = {},
            options: { token?: string; languageCode?: string; channel?: string } = {},
        ): Promise<Answer<T>> => {
            const url = new URL(`http://localhost:${t.port}/shop-api`);
            if (options.languageCode) url.searchParams.set('languageCode', options.languageCode);
            const response = await fetch(url, {
                method: 'POST',
                headers: {
                    'content-type': 'application/json',
                    'vendure-token': options.channel ?? 'fr',
                    ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
                },
                body: JSON.stringify({ query, variables }),
            });
            const body = (await response.json()) as { data: T; errors?: unknown[] };
            return {
                status: response.headers.get(CACHE_STATUS_HEADER),
                data: body.data,
                errors: body.errors,
                authToken: response.headers.get('vendure-auth-token'),
            };
        };

        const login = async (email: string): Promise<string> => {
            const answer = await shop(
                `mutation ($u: String!) { login(username: $u, password: "test") { __typename } }`,
                { u: email },
            );
            expect(answer.authToken).toBeTruthy();
            return answer.authToken!;
        };

        /** Polls `check` every 100 ms for up to 2 s (the purge bound the cache promises). */
        let last: unknown;
        const within2s = async (check: () => Promise<boolean>): Promise<void> => {
            const deadline = Date.now() + 2000;
            for (;;) {
                if (await check()) return;
                if (Date.now() > deadline) throw new Error(`not fresh within 2 s: ${JSON.stringify(last)}`);
                await new Promise(resolve => setTimeout(resolve, 100));
            }
        };

        /** Waits until the harness's job queue (Vendure's in-memory one) has no unsettled job. */
        const jobsSettled = async (): Promise<void> => {
            const client = await admin();
            for (let i = 0; i < 300; i++) {
                const { jobs } = await client.query<{ jobs: { totalItems: number } }>(gql`
                    {
                        jobs(options: { filter: { isSettled: { eq: false } } }) {
                            totalItems
                        }
                    }
                `);
                if (jobs.totalItems === 0) return;
                await new Promise(resolve => setTimeout(resolve, 100));
            }
        };

        const admin = async (channel = 'fr') => {
            await t.adminClient.asSuperAdmin();
            t.adminClient.setChannelToken(channel);
            return t.adminClient;
        };

        beforeAll(async () => {
            await new Promise<void>(resolve => pageCache.listen(0, '127.0.0.1', resolve));
            const { port } = pageCache.address() as AddressInfo;
            t = await catalogueCacheTestEnvironment(db, `http://127.0.0.1:${port}/_radiant/purge`);
            const client = await admin();
            await client.query(gql`
                mutation {
                    reindex {
                        id
                    }
                }
            `);
            // The seed's index jobs and the reindex run on: a row they write later purges its product.
            await jobsSettled();
            await t.server.app.get(CacheService).invalidateTags(['catalogue-cache:all']);
        }, 240_000);

        afterAll(async () => {
            await t?.server.destroy();
            t?.cleanup();
            pageCache.close();
        });

        it('answers a catalogue query from the cache the second time, identically', async () => {
            const first = await shop(PRODUCT, { slug: 'elie-saab-le-parfum' });
            const second = await shop(PRODUCT, { slug: 'elie-saab-le-parfum' });
            expect(first.status).toBe('MISS');
            expect(second.status).toBe('HIT');
            expect(second.data).toEqual(first.data);
            // Another language is another entry.
            const english = await shop(PRODUCT, { slug: 'elie-saab-le-parfum' }, { languageCode: 'en' });
            expect(english.status).toBe('MISS');
        });

        it('answers the operation a request names, from one document with several', async () => {
            const document = `
                query Names($slug: String!) { product(slug: $slug) { name } }
                query Ids($slug: String!) { product(slug: $slug) { id } }
            `;
            const ask = async (operationName: string | undefined) => {
                const response = await fetch(`http://localhost:${t.port}/shop-api`, {
                    method: 'POST',
                    headers: { 'content-type': 'application/json', 'vendure-token': 'fr' },
                    body: JSON.stringify({
                        query: document,
                        operationName,
                        variables: { slug: 'creme-mains' },
                    }),
                });
                return {
                    status: response.headers.get(CACHE_STATUS_HEADER),
                    surrogateKey: response.headers.get('surrogate-key'),
                    body: (await response.json()) as {
                        data?: { product: Record<string, unknown> };
                        errors?: unknown[];
                    },
                };
            };
            expect((await ask('Ids')).status).toBe('MISS');
            const ids = await ask('Ids');
            expect(ids.status).toBe('HIT');
            expect(Object.keys(ids.body.data!.product)).toEqual(['id']);
            expect(ids.surrogateKey).toContain(
                `Product:${String(ids.body.data!.product.id).replace(/^T_/, '')}`,
            );
            const names = await ask('Names');
            expect(names.status).toBe('MISS');
            expect(Object.keys(names.body.data!.product)).toEqual(['name']);
            // No operation named: GraphQL's error, never a cached answer.
            for (const operationName of [undefined, 'Nope']) {
                const unnamed = await ask(operationName);
                expect(unnamed.status).not.toBe('HIT');
                expect(unnamed.body.errors?.length).toBeGreaterThan(0);
            }
        });

        it("purges this process's answers by surrogate key from another process of the machine", async () => {
            const cream = await shop<{ product: { id: string } }>(PRODUCT, { slug: 'creme-mains' });
            expect((await shop(PRODUCT, { slug: 'creme-mains' })).status).toBe('HIT');
            const purge = (headers: Record<string, string>, method = 'PURGE') =>
                fetch(`http://127.0.0.1:${t.port}/catalogue-cache/purge`, { method, headers });
            const key = `Product:${cream.data.product.id.replace(/^T_/, '')}`;
            expect((await purge({ 'xkey-purge': key })).status).toBe(401);
            expect((await purge({ 'xkey-purge': key, authorization: 'Bearer nope' })).status).toBe(401);
            expect((await purge({ authorization: `Bearer ${PURGE_TOKEN}` })).status).toBe(400);
            expect((await purge({ authorization: `Bearer ${PURGE_TOKEN}` }, 'GET')).status).toBe(405);
            expect((await shop(PRODUCT, { slug: 'creme-mains' })).status).toBe('HIT');
            const purged = await purge({
                'xkey-purge': `${key} unknown:key`,
                authorization: `Bearer ${PURGE_TOKEN}`,
            });
            expect(purged.status).toBe(200);
            expect((await shop(PRODUCT, { slug: 'creme-mains' })).status).toBe('MISS');
        });

        it('leaves what it does not read itself to the usual parsers and their errors', async () => {
            const post = (body: string, contentType: string) =>
                fetch(`http://localhost:${t.port}/shop-api`, {
                    method: 'POST',
                    headers: { 'content-type': contentType, 'vendure-token': 'fr' },
                    body,
                });
            // Broken JSON: the JSON parser's 400, as without the cache.
            expect((await post('{"query": ', 'application/json')).status).toBe(400);
            // A cached query sent as text/plain: Apollo's CSRF prevention still refuses it.
            const query = JSON.stringify({ query: PRODUCT, variables: { slug: 'creme-mains' } });
            await post(query, 'application/json');
            const plain = await post(query, 'text/plain');
            expect(plain.status).toBe(400);
            expect(plain.headers.get(CACHE_STATUS_HEADER)).toBeNull();
        });

        it('never caches private data, alone or beside catalogue fields', async () => {
            const token = await login((await customers())[0]);
            for (let i = 0; i < 2; i++) {
                const me = await shop(`{ activeCustomer { emailAddress } }`, {}, { token });
                expect(me.status).toBe('BYPASS');
                const mixed = await shop(
                    `{ product(slug: "elie-saab-le-parfum") { name } activeOrder { code } }`,
                    {},
                    { token },
                );
                expect(mixed.status).toBe('BYPASS');
                const mutation = await shop(`mutation { setOrderCustomFields(input: {}) { __typename } }`);
                expect(mutation.status).toBe('BYPASS');
            }
        });

        it('shares answers between a guest and a customer of the same pricing, never with a VIP', async () => {
            const [regular] = await customers();
            const vipEmail = await makeVip();
            await shop(PRODUCT, { slug: 'creme-mains' });
            const asCustomer = await shop(PRODUCT, { slug: 'creme-mains' }, { token: await login(regular) });
            expect(asCustomer.status).toBe('HIT');
            const vipToken = await login(vipEmail);
            const asVip = await shop(PRODUCT, { slug: 'creme-mains' }, { token: vipToken });
            expect(asVip.status).toBe('MISS');
            expect((await shop(PRODUCT, { slug: 'creme-mains' }, { token: vipToken })).status).toBe('HIT');
            // The pricing variant's own tag purges its answers only, and the pages rendered from them
            // (relayed to the page cache whoever invalidates it through Vendure's CacheService).
            purges.length = 0;
            await t.server.app.get(CacheService).invalidateTags([VIP_TAG]);
            expect((await shop(PRODUCT, { slug: 'creme-mains' }, { token: vipToken })).status).toBe('MISS');
            expect((await shop(PRODUCT, { slug: 'creme-mains' })).status).toBe('HIT');
            await within2s(() => Promise.resolve(purges.some(keys => keys.includes(VIP_TAG))));
        });

        it('shows a renamed product and a new price within 2 s', async () => {
            const before = await shop<{ product: { id: string; variants: Array<{ id: string }> } }>(PRODUCT, {
                slug: 'elie-saab-le-parfum',
            });
            const client = await admin();
            await client.query(
                gql`
                    mutation ($id: ID!) {
                        updateProduct(
                            input: {
                                id: $id
                                translations: [{ languageCode: fr, name: "Elie Saab Le Parfum Intense" }]
                            }
                        ) {
                            id
                        }
                    }
                `,
                { id: before.data.product.id },
            );
            await within2s(async () => {
                const answer = await shop<{ product: { name: string } }>(PRODUCT, {
                    slug: 'elie-saab-le-parfum',
                });
                return answer.data.product.name === 'Elie Saab Le Parfum Intense';
            });
            await client.query(
                gql`
                    mutation ($id: ID!) {
                        updateProductVariants(input: [{ id: $id, price: 6500 }]) {
                            id
                        }
                    }
                `,
                { id: before.data.product.variants[0].id },
            );
            await within2s(async () => {
                const answer = await shop<{
                    product: { variants: Array<{ price: number; priceWithTax: number }> };
                }>(PRODUCT, { slug: 'elie-saab-le-parfum' });
                last = answer;
                // 65.00 € as entered: with tax when the channel's prices include it, without otherwise.
                const [variant] = answer.data.product.variants;
                return variant.priceWithTax === 6500 || variant.price === 6500;
            });
        });

        it('purges only the product whose stock moved', async () => {
            // The index updates of the test before are done (they purge what they change).
            await jobsSettled();
            const cream = await shop<{ product: { variants: Array<{ id: string; stockLevel: string }> } }>(
                PRODUCT,
                { slug: 'creme-mains' },
            );
            await shop(PRODUCT, { slug: 'elie-saab-le-parfum' });
            expect((await shop(PRODUCT, { slug: 'elie-saab-le-parfum' })).status).toBe('HIT');
            const client = await admin();
            await client.query(
                gql`
                    mutation ($id: ID!) {
                        updateProductVariants(input: [{ id: $id, stockOnHand: 0 }]) {
                            id
                        }
                    }
                `,
                { id: cream.data.product.variants[0].id },
            );
            await within2s(async () => {
                const answer = await shop<{ product: { variants: Array<{ stockLevel: string }> } }>(PRODUCT, {
                    slug: 'creme-mains',
                });
                return answer.data.product.variants[0].stockLevel === 'OUT_OF_STOCK';
            });
            // The stock change's own index update purges the cream again, not the perfume.
            await jobsSettled();
            expect((await shop(PRODUCT, { slug: 'elie-saab-le-parfum' })).status).toBe('HIT');
        });

        it('purges a sold variant only when the stock level shoppers see changes', async () => {
            const perfume = await shop<{ product: { variants: Array<{ id: string }> } }>(PRODUCT, {
                slug: 'elie-saab-le-parfum',
            });
            // The checkout buys 2 × the first size and 1 × the second.
            const [first, second] = perfume.data.product.variants.map(v => v.id);
            const setStock = async (id: string, stockOnHand: number) => {
                const client = await admin();
                await client.query(
                    gql`
                        mutation ($id: ID!, $stock: Int!) {
                            updateProductVariants(input: [{ id: $id, stockOnHand: $stock }]) {
                                id
                            }
                        }
                    `,
                    { id, stock: stockOnHand },
                );
                await jobsSettled();
            };
            const stockLevel = async () => {
                const answer = await shop<{
                    product: { variants: Array<{ id: string; stockLevel: string }> };
                }>(PRODUCT, { slug: 'elie-saab-le-parfum' });
                last = answer;
                return {
                    status: answer.status,
                    level: answer.data.product.variants.find(v => v.id === first)?.stockLevel,
                };
            };
            await setStock(first, 100);
            await setStock(second, 100);
            await shop(PRODUCT, { slug: 'elie-saab-le-parfum' });
            await shop(SEARCH, { term: 'Elie' });
            purges.length = 0;
            // A sale that leaves both sizes in stock purges nothing.
            await checkout(t.port, 'stock-buyer-1@example.com');
            await jobsSettled();
            await new Promise(resolve => setTimeout(resolve, 300));
            expect(await stockLevel()).toEqual({ status: 'HIT', level: 'IN_STOCK' });
            expect((await shop(SEARCH, { term: 'Elie' })).status).toBe('HIT');
            expect(purges.flat()).not.toContain(`ProductVariant:${first.replace(/^T_/, '')}`);
            // A sale that leaves 2 of the first size makes it "low stock": purged within 2 s.
            const { productVariant } = await (
                await admin()
            ).query<{ productVariant: { stockAllocated: number } }>(
                gql`
                    query ($id: ID!) {
                        productVariant(id: $id) {
                            stockAllocated
                        }
                    }
                `,
                { id: first },
            );
            await setStock(first, productVariant.stockAllocated + 4);
            expect((await stockLevel()).level).toBe('IN_STOCK');
            await checkout(t.port, 'stock-buyer-2@example.com');
            await within2s(async () => (await stockLevel()).level === 'LOW_STOCK');
            await setStock(first, 100);
        });

        it('finds a new product in a cached search within 2 s of its indexing', async () => {
            await jobsSettled();
            const before = await shop<{ search: { totalItems: number } }>(SEARCH, { term: '' });
            expect((await shop(SEARCH, { term: '' })).status).toBe('HIT');
            const client = await admin();
            const created = await client.query<{ createProduct: { id: string } }>(gql`
                mutation {
                    createProduct(
                        input: {
                            translations: [
                                {
                                    languageCode: fr
                                    name: "Sérum Éclat"
                                    slug: "serum-eclat"
                                    description: ""
                                }
                            ]
                        }
                    ) {
                        id
                    }
                }
            `);
            await client.query(
                gql`
                    mutation ($p: ID!) {
                        createProductVariants(
                            input: [
                                {
                                    productId: $p
                                    sku: "SE-30"
                                    price: 4500
                                    stockOnHand: 10
                                    translations: [{ languageCode: fr, name: "Sérum Éclat" }]
                                }
                            ]
                        ) {
                            id
                        }
                    }
                `,
                { p: created.createProduct.id },
            );
            // The search index is Vendure's job: the bound starts once it has the product.
            await jobsSettled();
            await within2s(async () => {
                const answer = await shop<{ search: { totalItems: number } }>(SEARCH, { term: '' });
                last = answer;
                return answer.data.search.totalItems === before.data.search.totalItems + 1;
            });
        });

        /** The emails of the harness's customers. */
        it('shows a renamed facet value and collection, and purges on a promotion or channel change, within 2 s', async () => {
            const client = await admin();
            const { createFacet } = await client.query<{
                createFacet: { id: string; values: Array<{ id: string }> };
            }>(gql`
                mutation {
                    createFacet(
                        input: {
                            code: "famille"
                            isPrivate: false
                            translations: [{ languageCode: fr, name: "Famille" }]
                            values: [{ code: "floral", translations: [{ languageCode: fr, name: "Floral" }] }]
                        }
                    ) {
                        id
                        values {
                            id
                        }
                    }
                }
            `);
            const perfume = await shop<{ product: { id: string } }>(PRODUCT, { slug: 'elie-saab-le-parfum' });
            await client.query(
                gql`
                    mutation ($id: ID!, $fv: [ID!]!) {
                        updateProduct(input: { id: $id, facetValueIds: $fv }) {
                            id
                        }
                    }
                `,
                { id: perfume.data.product.id, fv: [createFacet.values[0].id] },
            );
            const { createCollection } = await client.query<{ createCollection: { id: string } }>(gql`
                mutation {
                    createCollection(
                        input: {
                            filters: []
                            translations: [
                                { languageCode: fr, name: "Parfums", slug: "parfums", description: "" }
                            ]
                        }
                    ) {
                        id
                    }
                }
            `);
            await jobsSettled();
            const FACETS = `query ($slug: String!) { product(slug: $slug) { facetValues { name } } }`;
            const COLLECTION = `query { collection(slug: "parfums") { name } }`;
            const cached = async (query: string, variables: Record<string, unknown> = {}) => {
                await shop(query, variables);
                expect((await shop(query, variables)).status).toBe('HIT');
            };
            await cached(FACETS, { slug: 'elie-saab-le-parfum' });
            await cached(COLLECTION);

            // A facet value renamed: the products showing it.
            await client.query(
                gql`
                    mutation ($id: ID!) {
                        updateFacetValues(
                            input: [{ id: $id, translations: [{ languageCode: fr, name: "Floral boisé" }] }]
                        ) {
                            id
                        }
                    }
                `,
                { id: createFacet.values[0].id },
            );
            await within2s(async () => {
                const answer = await shop<{ product: { facetValues: Array<{ name: string }> } }>(FACETS, {
                    slug: 'elie-saab-le-parfum',
                });
                last = answer;
                return answer.data.product.facetValues[0]?.name === 'Floral boisé';
            });

            // A collection renamed.
            await client.query(
                gql`
                    mutation ($id: ID!) {
                        updateCollection(
                            input: { id: $id, translations: [{ languageCode: fr, name: "Eaux de parfum" }] }
                        ) {
                            id
                        }
                    }
                `,
                { id: createCollection.id },
            );
            await within2s(async () => {
                const answer = await shop<{ collection: { name: string } }>(COLLECTION);
                last = answer;
                return answer.data.collection.name === 'Eaux de parfum';
            });

            // A promotion (it may change any price shown) and a channel setting purge everything.
            await cached(PRODUCT, { slug: 'creme-mains' });
            await client.query(gql`
                mutation {
                    createPromotion(
                        input: {
                            enabled: true
                            couponCode: "MAINS10"
                            conditions: []
                            actions: [
                                {
                                    code: "order_percentage_discount"
                                    arguments: [{ name: "discount", value: "10" }]
                                }
                            ]
                            translations: [{ languageCode: fr, name: "Mains -10 %" }]
                        }
                    ) {
                        ... on Promotion {
                            id
                        }
                    }
                }
            `);
            await within2s(async () => (await shop(PRODUCT, { slug: 'creme-mains' })).status === 'MISS');
            expect((await shop(PRODUCT, { slug: 'creme-mains' })).status).toBe('HIT');
            const { activeChannel } = await client.query<{
                activeChannel: { id: string; outOfStockThreshold: number };
            }>(gql`
                {
                    activeChannel {
                        id
                        outOfStockThreshold
                    }
                }
            `);
            await client.query(
                gql`
                    mutation ($id: ID!, $t: Int!) {
                        updateChannel(input: { id: $id, outOfStockThreshold: $t }) {
                            ... on Channel {
                                id
                            }
                        }
                    }
                `,
                { id: activeChannel.id, t: activeChannel.outOfStockThreshold },
            );
            await within2s(async () => (await shop(PRODUCT, { slug: 'creme-mains' })).status === 'MISS');
        });

        it("shows an asset's change on the products showing it within 2 s", async () => {
            // A 1×1 PNG, stored by the test harness's asset storage.
            const file = path.join(os.tmpdir(), `catalogue-cache-${db}-${Date.now()}.png`);
            fs.writeFileSync(
                file,
                Buffer.from(
                    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
                    'base64',
                ),
            );
            const client = await admin();
            const uploaded = (await client.fileUploadMutation({
                mutation: gql`
                    mutation CreateAssets($input: [CreateAssetInput!]!) {
                        createAssets(input: $input) {
                            ... on Asset {
                                id
                            }
                        }
                    }
                `,
                filePaths: [file],
                mapVariables: () => ({ input: [{ file: null }] }),
            })) as { createAssets: Array<{ id: string }> };
            const assetId = uploaded.createAssets[0].id;
            const cream = await shop<{ product: { id: string } }>(PRODUCT, { slug: 'creme-mains' });
            await client.query(
                gql`
                    mutation ($id: ID!, $asset: ID!) {
                        updateProduct(input: { id: $id, featuredAssetId: $asset, assetIds: [$asset] }) {
                            id
                        }
                    }
                `,
                { id: cream.data.product.id, asset: assetId },
            );
            const ASSET = `query ($slug: String!) { product(slug: $slug) { featuredAsset { id name focalPoint { x y } } } }`;
            await within2s(async () => {
                const answer = await shop<{ product: { featuredAsset: { id: string } | null } }>(ASSET, {
                    slug: 'creme-mains',
                });
                return answer.data.product.featuredAsset?.id === assetId;
            });
            expect((await shop(ASSET, { slug: 'creme-mains' })).status).toBe('HIT');
            await client.query(
                gql`
                    mutation ($id: ID!) {
                        updateAsset(
                            input: { id: $id, name: "creme-mains.png", focalPoint: { x: 0.3, y: 0.6 } }
                        ) {
                            id
                        }
                    }
                `,
                { id: assetId },
            );
            await within2s(async () => {
                const answer = await shop<{
                    product: { featuredAsset: { name: string; focalPoint: { x: number } | null } };
                }>(ASSET, { slug: 'creme-mains' });
                last = answer;
                return answer.data.product.featuredAsset.name === 'creme-mains.png';
            });
            fs.rmSync(file, { force: true });
        });

        async function customers(): Promise<string[]> {
            const client = await admin();
            const { customers: list } = await client.query<{
                customers: { items: Array<{ emailAddress: string }> };
            }>(gql`
                {
                    customers(options: { sort: { id: ASC } }) {
                        items {
                            emailAddress
                        }
                    }
                }
            `);
            return list.items.map(c => c.emailAddress).filter(e => !e.startsWith('vip'));
        }

        /** Turns the harness's second customer into a `vip…` one (the stand-in pricing variant). */
        async function makeVip(): Promise<string> {
            const client = await admin();
            const { customers: list } = await client.query<{
                customers: { items: Array<{ id: string; emailAddress: string; user: { id: string } }> };
            }>(gql`
                {
                    customers(options: { sort: { id: ASC } }) {
                        items {
                            id
                            emailAddress
                        }
                    }
                }
            `);
            const second = list.items[1];
            if (second.emailAddress.startsWith('vip')) return second.emailAddress;
            const email = `vip.${second.emailAddress}`;
            await client.query(
                gql`
                    mutation ($id: ID!, $e: String!) {
                        updateCustomer(input: { id: $id, emailAddress: $e }) {
                            __typename
                        }
                    }
                `,
                { id: second.id, e: email },
            );
            return email;
        }
    });
}
