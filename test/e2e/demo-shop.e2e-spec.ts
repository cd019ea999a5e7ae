/**
 * The demo shop, seeded by src/seed into Radiant's real configuration, on sql.js and PostgreSQL:
 * catalogue, channels and prices, search, a full checkout on each channel with the test payment
 * method, the demo VIP client's VIP prices down to the invoice, idempotent seeding (stripe-fr from
 * the STRIPE_* keys included).
 */
import gql from 'graphql-tag';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoShop, seedIfEmpty } from '../../src/seed/seed';
import { waitForJobQueue } from '../../src/tooling/job-queue';
import { radiantTestEnvironment, RADIANT_INITIAL_DATA, TEST_DATABASES } from '../support/radiant-test-env';
import { payWithTestMethod, prepareOrder, shopClient } from '../support/shop-checkout';
import { DEMO_VIP_CUSTOMER } from '../../plugins/vip-pricing';
import { Invoice } from '../../plugins/invoices/entities/invoice.entity';
import { TransactionalConnection } from '@vendure/core';

const ELIGIBLE_PAYMENT_METHODS = gql`
    query EligiblePaymentMethods {
        eligiblePaymentMethods {
            code
            isEligible
        }
    }
`;

const SEARCH = gql`
    query Search($input: SearchInput!) {
        search(input: $input) {
            totalItems
            items {
                slug
                productName
                priceWithTax {
                    ... on PriceRange {
                        min
                        max
                    }
                }
            }
            facetValues {
                count
                facetValue {
                    code
                    facet {
                        code
                    }
                }
            }
        }
    }
`;

const SEARCH_STOCK = gql`
    query SearchStock($input: SearchInput!) {
        search(input: $input) {
            items {
                slug
                inStock
            }
        }
    }
`;

const UPDATE_STOCK = gql`
    mutation UpdateStock($input: [UpdateProductVariantInput!]!) {
        updateProductVariants(input: $input) {
            id
            stockOnHand
        }
    }
`;

const VARIANT_STOCK = gql`
    query VariantStock($ids: [String!]!) {
        productVariants(options: { filter: { id: { in: $ids } }, take: 50 }) {
            items {
                id
                stockOnHand
            }
        }
    }
`;

const PRODUCT = gql`
    query Product($slug: String!) {
        product(slug: $slug) {
            id
            name
            slug
            translations {
                languageCode
                name
            }
            featuredAsset {
                preview
            }
            variants {
                id
                sku
                name
                priceWithTax
                currencyCode
                stockLevel
            }
        }
    }
`;

const ACTIVE_CHANNEL = gql`
    query {
        activeChannel {
            code
            token
            currencyCode
            pricesIncludeTax
        }
        collections {
            items {
                slug
                name
            }
        }
        availableCountries {
            code
        }
    }
`;

const ORDER_FIELDS = gql`
    fragment OrderFields on Order {
        id
        code
        state
        currencyCode
        totalWithTax
        shippingWithTax
        payments {
            state
            method
            amount
        }
    }
`;

const ADD_ITEM = gql`
    mutation Add($id: ID!, $qty: Int!) {
        addItemToOrder(productVariantId: $id, quantity: $qty) {
            ...OrderFields
            ... on ErrorResult {
                errorCode
                message
            }
        }
    }
    ${ORDER_FIELDS}
`;

const SET_CUSTOMER = gql`
    mutation SetCustomer($input: CreateCustomerInput!) {
        setCustomerForOrder(input: $input) {
            ... on Order {
                id
            }
            ... on ErrorResult {
                errorCode
                message
            }
        }
    }
`;

const SET_ADDRESS = gql`
    mutation SetAddress($input: CreateAddressInput!) {
        setOrderShippingAddress(input: $input) {
            ... on Order {
                id
            }
            ... on ErrorResult {
                errorCode
                message
            }
        }
    }
`;

const SHIPPING_METHODS = gql`
    query {
        eligibleShippingMethods {
            id
            code
            priceWithTax
        }
        eligiblePaymentMethods {
            code
            isEligible
        }
    }
`;

const SET_SHIPPING = gql`
    mutation SetShipping($id: [ID!]!) {
        setOrderShippingMethod(shippingMethodId: $id) {
            ...OrderFields
            ... on ErrorResult {
                errorCode
                message
            }
        }
    }
    ${ORDER_FIELDS}
`;

const TO_ARRANGING_PAYMENT = gql`
    mutation {
        transitionOrderToState(state: "ArrangingPayment") {
            ... on Order {
                state
            }
            ... on ErrorResult {
                errorCode
                message
            }
        }
    }
`;

const ADD_PAYMENT = gql`
    mutation Pay($method: String!) {
        addPaymentToOrder(input: { method: $method, metadata: {} }) {
            ...OrderFields
            ... on ErrorResult {
                errorCode
                message
            }
        }
    }
    ${ORDER_FIELDS}
`;

const ADMIN_ORDER = gql`
    query Order($id: ID!) {
        order(id: $id) {
            code
            state
            totalWithTax
            currencyCode
            customer {
                emailAddress
            }
            channels {
                token
            }
        }
    }
`;

const LOGIN = gql`
    mutation Login($username: String!, $password: String!) {
        login(username: $username, password: $password) {
            ... on ErrorResult {
                errorCode
                message
            }
        }
    }
`;

const VIP_PRODUCT = gql`
    query VipProduct($slug: String!) {
        product(slug: $slug) {
            variants {
                sku
                priceWithTax
                originalPriceWithTax
            }
        }
    }
`;

for (const db of TEST_DATABASES) {
    describe(`demo shop on ${db}`, () => {
        let t: Awaited<ReturnType<typeof radiantTestEnvironment>>;

        beforeAll(async () => {
            t = await radiantTestEnvironment(db);
            await t.server.init({ initialData: RADIANT_INITIAL_DATA, customerCount: 1 });
            const result = await seedDemoShop(t.server.app, t.env);
            expect(result.errors).toEqual([]);
            await waitForJobQueue(t.server.app);
            await t.adminClient.asSuperAdmin();
        });

        afterAll(async () => {
            await t?.server.destroy();
            t?.cleanup();
        });

        it('has the fr shop (EUR) and the ci shop (XOF), each a channel of its own', async () => {
            t.shopClient.setChannelToken('fr');
            const fr = await t.shopClient.query(ACTIVE_CHANNEL);
            expect(fr.activeChannel).toMatchObject({
                token: 'fr',
                currencyCode: 'EUR',
                pricesIncludeTax: true,
            });
            expect(fr.collections.items.map((c: { slug: string }) => c.slug).sort()).toEqual([
                'corps',
                'parfums',
                'soins-visage',
            ]);
            expect(fr.availableCountries.map((c: { code: string }) => c.code).sort()).toEqual([
                'CI',
                'FR',
                'MC',
                'SN',
            ]);

            t.shopClient.setChannelToken('ci');
            const ci = await t.shopClient.query(ACTIVE_CHANNEL);
            expect(ci.activeChannel).toMatchObject({ code: 'ci', token: 'ci', currencyCode: 'XOF' });
            expect(ci.collections.items).toHaveLength(3);
        });

        it('indexes at least 40 products, with brand, category and range facets', async () => {
            t.shopClient.setChannelToken('fr');
            const { search } = await t.shopClient.query(SEARCH, {
                input: { groupByProduct: true, take: 100 },
            });
            expect(search.totalItems).toBeGreaterThanOrEqual(40);
            const facetCodes = new Set(search.facetValues.map((f: any) => f.facetValue.facet.code));
            expect([...facetCodes].sort()).toEqual(['brand', 'category', 'range']);

            t.shopClient.setChannelToken('ci');
            const ci = await t.shopClient.query(SEARCH, { input: { groupByProduct: true, take: 100 } });
            expect(ci.search.totalItems).toBe(search.totalItems);
            expect(new Set(ci.search.facetValues.map((f: any) => f.facetValue.facet.code))).toEqual(
                facetCodes,
            );
            t.shopClient.setChannelToken('fr');

            const perfumes = await t.shopClient.query(SEARCH, {
                input: { collectionSlug: 'parfums', groupByProduct: true, take: 100 },
            });
            expect(perfumes.search.totalItems).toBeGreaterThanOrEqual(10);
            expect(perfumes.search.totalItems).toBeLessThan(search.totalItems);
        });

        it('sells Elie Saab Le Parfum 90 ml at 120.00 € on fr and 78 500 XOF on ci, in French and English', async () => {
            t.shopClient.setChannelToken('fr');
            const { product } = await t.shopClient.query(PRODUCT, { slug: 'elie-saab-le-parfum' });
            expect(product.featuredAsset.preview).toMatch(/\/assets\//);
            expect(product.translations.map((tr: any) => tr.languageCode).sort()).toEqual(['en', 'fr']);
            const ninety = product.variants.find((v: any) => v.name.includes('90'));
            expect(ninety).toMatchObject({
                priceWithTax: 12000,
                currencyCode: 'EUR',
                stockLevel: 'IN_STOCK',
            });
            expect(product.variants.length).toBeGreaterThanOrEqual(3);

            t.shopClient.setChannelToken('ci');
            const ci = await t.shopClient.query(PRODUCT, { slug: 'elie-saab-le-parfum' });
            const ninetyXof = ci.product.variants.find((v: any) => v.sku === ninety.sku);
            expect(ninetyXof).toMatchObject({ priceWithTax: 7_850_000, currencyCode: 'XOF' });
        });

        it("opens a product's variants with their options in each shop channel's Admin API", async () => {
            // The ci shop got its variants without their option groups: ProductOption.group failed there.
            for (const channel of ['fr', 'ci']) {
                await t.adminClient.asSuperAdmin();
                t.adminClient.setChannelToken(channel);
                const { product } = await t.adminClient.query(gql`
                    query {
                        product(slug: "elie-saab-le-parfum") {
                            optionGroups {
                                code
                            }
                            variants {
                                options {
                                    code
                                    group {
                                        code
                                    }
                                }
                            }
                        }
                    }
                `);
                expect(product.optionGroups.length).toBeGreaterThan(0);
                expect(product.variants[0].options[0].group.code).toBe(product.optionGroups[0].code);
            }
            t.adminClient.setChannelToken('default');
        });

        it('shows the demo VIP client the VIP Prestige prices on both shops, a guest the regular ones', async () => {
            const prices = async (channel: 'fr' | 'ci', signedIn: boolean) => {
                const client = shopClient(t.port, channel);
                if (signedIn) {
                    const { login } = await client.query(LOGIN, {
                        username: DEMO_VIP_CUSTOMER.emailAddress,
                        password: DEMO_VIP_CUSTOMER.password,
                    });
                    expect(login.errorCode).toBeUndefined();
                }
                const { product } = await client.query(VIP_PRODUCT, { slug: 'elie-saab-le-parfum' });
                return product.variants.map((v: any) => [v.sku, v.priceWithTax, v.originalPriceWithTax]);
            };
            // 90 ml: the absolute VIP Prestige price; 30 ml: −15 % (62 € → 52.70 €; 40 500 XOF → 34 425 XOF).
            expect(await prices('fr', true)).toEqual(
                expect.arrayContaining([
                    ['ES-LP-90', 9900, 12000],
                    ['ES-LP-30', 5270, 6200],
                ]),
            );
            expect(await prices('ci', true)).toEqual(
                expect.arrayContaining([['ES-LP-90', 6_500_000, 7_850_000]]),
            );
            expect(await prices('fr', false)).toEqual(expect.arrayContaining([['ES-LP-90', 12000, 12000]]));
        });

        it('invoices the demo VIP client at the VIP price they were shown and charged', async () => {
            const client = shopClient(t.port, 'fr');
            const { login } = await client.query(LOGIN, {
                username: DEMO_VIP_CUSTOMER.emailAddress,
                password: DEMO_VIP_CUSTOMER.password,
            });
            expect(login.errorCode).toBeUndefined();
            const { product } = await client.query(VIP_PRODUCT, { slug: 'elie-saab-le-parfum' });
            const skus: string[] = product.variants.map((v: any) => v.sku);
            // 90 ml at its absolute VIP Prestige price (99 € instead of 120 €), 30 ml at −15 % (52.70 €).
            await prepareOrder(client, {
                lines: [
                    { slug: 'elie-saab-le-parfum', variant: skus.indexOf('ES-LP-90'), quantity: 1 },
                    { slug: 'elie-saab-le-parfum', variant: skus.indexOf('ES-LP-30'), quantity: 2 },
                ],
            });
            const order = await payWithTestMethod(client);
            await waitForJobQueue(t.server.app);
            const invoices = t.server.app.get(TransactionalConnection).rawConnection.getRepository(Invoice);
            let invoice: Invoice | null = null;
            for (let i = 0; i < 60 && !invoice; i++) {
                invoice = await invoices.findOneBy({ orderCode: order.code, type: 'invoice' });
                if (!invoice) await new Promise(resolve => setTimeout(resolve, 500));
            }
            expect(invoice).not.toBeNull();
            const line = (sku: string) => invoice!.lines.find(l => l.sku === sku);
            // Unit prices without VAT (20 %): 99 € → 82.50 €, 52.70 € → 43.92 €.
            expect(line('ES-LP-90')).toMatchObject({
                quantity: 1,
                unitPrice: 8250,
                discount: 0,
                totalInclTax: 9900,
            });
            expect(line('ES-LP-30')).toMatchObject({
                quantity: 2,
                unitPrice: 4392,
                discount: 0,
                totalInclTax: 10540,
            });
            expect(invoice!.totalInclTax).toBe(order.totalWithTax);
        });

        it('sorts grouped search results by the "from" price a card shows, in both directions', async () => {
            t.shopClient.setChannelToken('fr');
            for (const direction of ['ASC', 'DESC'] as const) {
                const { search } = await t.shopClient.query(SEARCH, {
                    input: { groupByProduct: true, take: 100, sort: { price: direction } },
                });
                const fromPrices: number[] = search.items.map(
                    (i: { priceWithTax: { min: number } }) => i.priceWithTax.min,
                );
                const sorted = [...fromPrices].sort((a, b) => (direction === 'ASC' ? a - b : b - a));
                expect(fromPrices).toEqual(sorted);
                expect(new Set(fromPrices).size).toBeGreaterThan(5);
            }
        });

        it('shows a product in stock while any of its sizes is, sold out only when all are', async () => {
            t.shopClient.setChannelToken('fr');
            const { product } = await t.shopClient.query(PRODUCT, { slug: 'elie-saab-le-parfum' });
            const ids: string[] = product.variants.map((v: { id: string }) => v.id);
            // The index is updated by a job queued after the mutation's response: read until it has run.
            const POLL = { timeout: 60_000, interval: 250 };
            const stockOf = async () => {
                await waitForJobQueue(t.server.app);
                const { search } = await t.shopClient.query(SEARCH_STOCK, {
                    input: { groupByProduct: true, term: 'Elie Saab Le Parfum', take: 10 },
                });
                return search.items.find((i: { slug: string }) => i.slug === 'elie-saab-le-parfum')?.inStock;
            };
            const setStock = (variantIds: string[], stockOnHand: number) =>
                t.adminClient.query(UPDATE_STOCK, { input: variantIds.map(id => ({ id, stockOnHand })) });
            const { productVariants } = await t.adminClient.query(VARIANT_STOCK, { ids });
            const before = new Map<string, number>(
                productVariants.items.map((v: { id: string; stockOnHand: number }) => [v.id, v.stockOnHand]),
            );
            try {
                // Each size in turn is the only one left: the product stays in stock.
                for (const id of ids) {
                    await setStock(ids, 0);
                    await expect.poll(stockOf, POLL).toBe(false);
                    await setStock([id], 5);
                    await expect.poll(stockOf, POLL).toBe(true);
                }
            } finally {
                for (const id of ids) await setStock([id], before.get(id) ?? 100);
            }
            await expect.poll(stockOf, POLL).toBe(true);
        });

        it('answers null for an unknown product slug', async () => {
            t.shopClient.setChannelToken('fr');
            const { product } = await t.shopClient.query(PRODUCT, { slug: 'no-such-perfume' });
            expect(product).toBeNull();
        });

        async function checkout(token: 'fr' | 'ci', countryCode: string, email: string) {
            t.shopClient.setChannelToken(token);
            await t.shopClient.asAnonymousUser();
            const { product } = await t.shopClient.query(PRODUCT, { slug: 'elie-saab-le-parfum' });
            const variant = product.variants.find((v: any) => v.name.includes('90'));
            const added = await t.shopClient.query(ADD_ITEM, { id: variant.id, qty: 2 });
            expect(added.addItemToOrder.errorCode).toBeUndefined();
            expect(added.addItemToOrder.totalWithTax).toBe(variant.priceWithTax * 2);
            const customer = await t.shopClient.query(SET_CUSTOMER, {
                input: { emailAddress: email, firstName: 'Awa', lastName: 'Diallo' },
            });
            expect(customer.setCustomerForOrder.errorCode).toBeUndefined();
            const address = await t.shopClient.query(SET_ADDRESS, {
                input: {
                    fullName: 'Awa Diallo',
                    streetLine1: '12 rue des Lilas',
                    city: token === 'fr' ? 'Paris' : 'Abidjan',
                    postalCode: token === 'fr' ? '75011' : '01 BP 1234',
                    countryCode,
                },
            });
            expect(address.setOrderShippingAddress.errorCode).toBeUndefined();
            const eligible = await t.shopClient.query(SHIPPING_METHODS);
            // Only the channel's own methods, all of them eligible: each shop is a channel of its own, so a
            // standard storefront that lists every method (eligible or not) never offers another shop's.
            expect(eligible.eligibleShippingMethods.map((m: any) => m.code).sort()).toEqual(
                token === 'fr' ? ['chronopost', 'colissimo'] : ['coursier-local'],
            );
            // ci also has the demo CinetPay method (simulator credentials).
            expect(eligible.eligiblePaymentMethods.map((m: any) => m.code).sort()).toEqual(
                token === 'fr' ? ['test-payment-fr'] : ['cinetpay-ci', 'test-payment-ci'],
            );
            expect(eligible.eligiblePaymentMethods.every((m: any) => m.isEligible)).toBe(true);
            const shipping = eligible.eligibleShippingMethods[0];
            const withShipping = await t.shopClient.query(SET_SHIPPING, { id: [shipping.id] });
            expect(withShipping.setOrderShippingMethod.shippingWithTax).toBe(shipping.priceWithTax);
            const method = `test-payment-${token}`;
            expect(eligible.eligiblePaymentMethods).toContainEqual({ code: method, isEligible: true });
            const arranging = await t.shopClient.query(TO_ARRANGING_PAYMENT);
            expect(arranging.transitionOrderToState.state).toBe('ArrangingPayment');
            const paid = await t.shopClient.query(ADD_PAYMENT, { method });
            expect(paid.addPaymentToOrder.errorCode).toBeUndefined();
            expect(paid.addPaymentToOrder.state).toBe('PaymentSettled');
            expect(paid.addPaymentToOrder.payments).toEqual([
                { state: 'Settled', method, amount: paid.addPaymentToOrder.totalWithTax },
            ]);
            return { order: paid.addPaymentToOrder, variant, shipping };
        }

        it('checks out on fr with Colissimo and the test method; the order is in the Admin API', async () => {
            const { order, variant, shipping } = await checkout('fr', 'FR', 'awa.fr@example.com');
            expect(order.currencyCode).toBe('EUR');
            expect(order.totalWithTax).toBe(variant.priceWithTax * 2 + shipping.priceWithTax);
            const admin = await t.adminClient.query(ADMIN_ORDER, { id: order.id });
            expect(admin.order).toMatchObject({
                code: order.code,
                state: 'PaymentSettled',
                currencyCode: 'EUR',
                customer: { emailAddress: 'awa.fr@example.com' },
            });
        });

        it('checks out on ci in XOF with the local courier', async () => {
            const { order, shipping } = await checkout('ci', 'CI', 'awa.ci@example.com');
            expect(order.currencyCode).toBe('XOF');
            expect(shipping.code).toBe('coursier-local');
            expect(shipping.priceWithTax).toBe(2500_00);
            t.adminClient.setChannelToken('ci');
            const admin = await t.adminClient.query(ADMIN_ORDER, { id: order.id });
            t.adminClient.setChannelToken('fr');
            expect(admin.order).toMatchObject({ state: 'PaymentSettled', currencyCode: 'XOF' });
            expect(admin.order.channels.map((c: any) => c.token)).toContain('ci');
        });

        it("never adds francs to euros in the Insights: each channel counts its currency's orders", async () => {
            const today = new Date().toISOString();
            // From yesterday: on SQLite, Vendure compares its 'YYYY-MM-DD HH:MM:SS' dates with ISO strings
            // ('…T…'), so a range starting today finds nothing (upstream, unrelated to the currency filter).
            const yesterday = new Date(Date.now() - 86_400_000).toISOString();
            const totals = async (token: string) => {
                t.adminClient.setChannelToken(token);
                const { orders } = await t.adminClient.query(gql`
                    query {
                        orders(options: { take: 100 }) {
                            items {
                                currencyCode
                                totalWithTax
                                orderPlacedAt
                            }
                        }
                    }
                `);
                const dashboard = await t.adminClient.query(
                    gql`
                        query ($input: DashboardMetricSummaryInput!) {
                            dashboardMetricSummary(input: $input) {
                                type
                                entries {
                                    value
                                }
                            }
                        }
                    `,
                    { input: { types: ['OrderTotal'], refresh: true, startDate: yesterday, endDate: today } },
                );
                const classic = await t.adminClient.query(gql`
                    query {
                        metricSummary(input: { interval: Daily, types: [OrderTotal], refresh: true }) {
                            entries {
                                value
                            }
                        }
                    }
                `);
                const sum = (entries: Array<{ value: number }>) => entries.reduce((a, e) => a + e.value, 0);
                return {
                    placed: orders.items.filter((o: any) => o.orderPlacedAt) as Array<{
                        currencyCode: string;
                        totalWithTax: number;
                    }>,
                    dashboard: sum(dashboard.dashboardMetricSummary[0].entries),
                    classic: sum(classic.metricSummary[0].entries),
                };
            };
            const byCurrency = (
                orders: Array<{ currencyCode: string; totalWithTax: number }>,
                currency: string,
            ) => orders.filter(o => o.currencyCode === currency).reduce((a, o) => a + o.totalWithTax, 0);
            const all = await totals('default');
            // The default channel holds both shops' orders, in EUR and in XOF…
            expect(new Set(all.placed.map(o => o.currencyCode))).toEqual(new Set(['EUR', 'XOF']));
            // …and its Insights count only the EUR ones (its currency); ci's count the XOF ones.
            const eur = byCurrency(all.placed, 'EUR');
            expect(all.dashboard).toBe(eur);
            expect(all.classic).toBe(eur);
            const ci = await totals('ci');
            expect(ci.dashboard).toBe(byCurrency(all.placed, 'XOF'));
            expect(ci.classic).toBe(byCurrency(all.placed, 'XOF'));
            t.adminClient.setChannelToken('fr');
        });

        it('labels the fulfillment form: carrier and tracking number, not raw argument names', async () => {
            const { fulfillmentHandlers } = await t.adminClient.query(gql`
                query {
                    fulfillmentHandlers {
                        code
                        args {
                            name
                            label
                        }
                    }
                }
            `);
            expect(fulfillmentHandlers).toEqual([
                {
                    code: 'manual-fulfillment',
                    args: [
                        { name: 'method', label: 'Transporteur' },
                        { name: 'trackingCode', label: 'Numéro de suivi' },
                    ],
                },
                // plugins/delivery-tracking: what the demo's shipping methods use.
                {
                    code: 'tracked-parcels',
                    args: [
                        { name: 'carrier', label: 'Code du transporteur' },
                        { name: 'trackingNumbers', label: 'Numéros de suivi (un par colis)' },
                        { name: 'labelUrl', label: "URL de l'étiquette (facultatif)" },
                    ],
                },
            ]);
        });

        it('seeds idempotently: a second run creates nothing', async () => {
            const again = await seedIfEmpty(t.server.app, t.env);
            expect(again.seeded).toBe(false);
            const before = await t.shopClient.query(SEARCH, { input: { groupByProduct: true, take: 1 } });
            const forced = await seedDemoShop(t.server.app, t.env);
            expect(forced.products).toBe(0);
            await waitForJobQueue(t.server.app);
            t.shopClient.setChannelToken('fr');
            const after = await t.shopClient.query(SEARCH, { input: { groupByProduct: true, take: 1 } });
            expect(after.search.totalItems).toBe(before.search.totalItems);
            // The default channel: the merchant's view of every shop's methods.
            t.adminClient.setChannelToken('default');
            const channels = await t.adminClient.query(gql`
                query {
                    channels {
                        items {
                            token
                        }
                    }
                    shippingMethods {
                        totalItems
                    }
                    paymentMethods(options: { filter: { code: { eq: "cinetpay-ci" } } }) {
                        items {
                            code
                            handler {
                                code
                                args {
                                    name
                                    value
                                }
                            }
                            checker {
                                args {
                                    value
                                }
                            }
                        }
                    }
                }
            `);
            expect(channels.channels.items.map((c: any) => c.token).sort()).toEqual(['ci', 'default', 'fr']);
            // One demo CinetPay method, with the simulator's demo merchant, for XOF.
            expect(channels.paymentMethods.items).toHaveLength(1);
            const cinetpay = channels.paymentMethods.items[0];
            expect(cinetpay.handler.code).toBe('cinetpay');
            expect(cinetpay.handler.args).toContainEqual({ name: 'site_id', value: '445160' });
            expect(cinetpay.checker.args).toEqual([{ value: 'XOF' }]);
        });

        it('creates stripe-fr from the STRIPE_* keys, once (a second run adds nothing)', async () => {
            const client = shopClient(t.port, 'fr');
            await prepareOrder(client, {
                email: `stripe.seed.${db}@example.com`,
                lines: [{ slug: 'elie-saab-le-parfum', variant: 0, quantity: 1 }],
                arrangePayment: false,
            });
            const eligible = async () =>
                (await client.query(ELIGIBLE_PAYMENT_METHODS)).eligiblePaymentMethods
                    .filter((m: any) => m.isEligible)
                    .map((m: any) => m.code)
                    .sort();
            // Without keys there is no Stripe method.
            expect(await eligible()).toEqual(['test-payment-fr']);
            const keyed = {
                ...t.env,
                stripeKeys: {
                    secretKey: 'sk_test_seed0123456789',
                    publishableKey: 'pk_test_seed0123456789',
                    webhookSecret: 'whsec_seed_secret',
                },
            };
            await seedDemoShop(t.server.app, keyed, { catalogue: false });
            await seedDemoShop(t.server.app, keyed, { catalogue: false });
            expect(await eligible()).toEqual(['stripe-fr', 'test-payment-fr']);
        });
    });
}
