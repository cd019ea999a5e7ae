/**
 * Stripe end to end, over real HTTP: the plugin alone (e2e/test-config.ts), on sql.js and PostgreSQL, with its SDK
 * pointed at the local fake of the Stripe API (plugins/stripe/testing/fake-stripe.ts), which records
 * every request; webhooks are signed with the SDK's generateTestHeaderString and POSTed to the server.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PaymentMethod, TransactionalConnection, VendureLogger } from '@vendure/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitForJobQueue } from '../../../src/tooling/job-queue';
import { TEST_DATABASES } from '../../../test/support/plugin-test-env';
import { simulateDatabaseConflict } from '../../../test/support/database-conflict';
import { prepareOrder, shopClient, type ShopChannel } from '../../../test/support/shop-checkout';
import { STRIPE_API_VERSION } from '../constants';
import { StripePaymentIntent } from '../entities/stripe-payment-intent.entity';
import { StripeWebhookEvent } from '../entities/stripe-webhook-event.entity';
import { StripeSettlementService } from '../services/stripe-settlement.service';
import type Stripe from 'stripe';
import { FakeEvent, FakeStripe } from '../testing/fake-stripe';
import { ADMIN_ORDER, CANCEL_ORDER, CREATE_METHOD, REFUND } from './graphql/admin-definitions';
import type { OrderQuery } from './graphql/generated-admin-types';
import {
    ACTIVE,
    ADJUST,
    CONFIGURATIONS,
    CREATE_INTENT,
    ELIGIBLE,
    SET_SHIPPING,
    SHIPPING,
    SHOP_ADD_PAYMENT,
    STATUS,
    TO_ARRANGING,
} from './graphql/shop-definitions';
import { stripeTestEnvironment } from './test-config';
import { assertErrorResult, assertSuccess } from '../../../test/support/graphql-results';

/** Keeps every log line (all levels) to prove no secret is ever logged. */
class CapturingLogger implements VendureLogger {
    readonly lines: string[] = [];
    private keep = (message: string, context?: string) => void this.lines.push(`${context ?? ''} ${message}`);
    error = (message: string, context?: string, trace?: string) =>
        this.keep(`${message} ${trace ?? ''}`, context);
    warn = this.keep;
    info = this.keep;
    verbose = this.keep;
    debug = this.keep;
}

const KEYS = {
    fr: {
        apiKey: 'sk_test_e2eFr0123456789',
        webhookSecret: 'whsec_e2e_fr_secret',
        publishableKey: 'pk_test_e2eFr0123456789',
    },
    ci: {
        apiKey: 'sk_test_e2eCi0123456789',
        webhookSecret: 'whsec_e2e_ci_secret',
        publishableKey: 'pk_test_e2eCi0123456789',
    },
};
const MERCHANT = 'boutique@radiant.example';

for (const db of TEST_DATABASES) {
    describe(`Stripe on ${db}`, () => {
        const fake = new FakeStripe();
        const logger = new CapturingLogger();
        let t: Awaited<ReturnType<typeof stripeTestEnvironment>>;
        let webhookUrl: string;

        beforeAll(async () => {
            const apiUrl = await fake.start();
            t = await stripeTestEnvironment(db, { apiUrl, merchantEmail: MERCHANT, logger });
            webhookUrl = `http://localhost:${t.port}/payments/stripe`;
            // Without keys there is no Stripe method: nothing to show, Stripe.js never loaded.
            const { client: before } = await cart();
            expect((await before.query(CONFIGURATIONS)).stripePaymentConfigurations).toEqual([]);
            const { eligiblePaymentMethods } = await before.query(ELIGIBLE);
            expect(eligiblePaymentMethods.filter(m => m.isEligible).map(m => m.code)).toEqual([
                'test-payment-fr',
            ]);
            // An administrator creates the Stripe methods (the demo seed's stripe-fr is tested in test/e2e/demo-shop).
            await t.adminClient.asSuperAdmin();
            for (const [channel, currency] of [
                ['fr', 'EUR'],
                ['ci', 'XOF'],
            ] as const) {
                t.adminClient.setChannelToken(channel);
                const keys = KEYS[channel];
                const { createPaymentMethod } = await t.adminClient.query(CREATE_METHOD, {
                    input: {
                        code: `stripe-${channel}`,
                        enabled: true,
                        handler: {
                            code: 'stripe',
                            arguments: [
                                { name: 'apiKey', value: keys.apiKey },
                                { name: 'webhookSecret', value: keys.webhookSecret },
                                { name: 'publishableKey', value: keys.publishableKey },
                            ],
                        },
                        checker: {
                            code: 'currency-payment-eligibility-checker',
                            arguments: [{ name: 'currencyCode', value: currency }],
                        },
                        translations: [{ languageCode: 'fr', name: 'Carte bancaire' }],
                    },
                });
                expect(createPaymentMethod.code).toBe(`stripe-${channel}`);
            }
            t.adminClient.setChannelToken('fr');
            const eligibleNow = (await before.query(ELIGIBLE)).eligiblePaymentMethods.filter(
                m => m.isEligible,
            );
            expect(eligibleNow.map(m => m.code).sort()).toEqual(['stripe-fr', 'test-payment-fr']);
        });

        afterAll(async () => {
            await t?.server.destroy();
            t?.cleanup();
            await fake.stop();
        });

        const repo = <T extends object>(entity: new () => T) =>
            t.server.app.get(TransactionalConnection).rawConnection.getRepository<T>(entity);
        const adminOrder = async (id: string, channel: ShopChannel = 'fr') => {
            t.adminClient.setChannelToken(channel);
            const { order } = await t.adminClient.query(ADMIN_ORDER, { id });
            t.adminClient.setChannelToken('fr');
            return order;
        };
        const notes = (order: Pick<NonNullable<OrderQuery['order']>, 'history'>): string[] =>
            order.history.items
                .filter(h => h.type === 'ORDER_NOTE')
                .map(h => (h.data as { note: string }).note);
        const deliver = (event: FakeEvent, channel: ShopChannel = 'fr') =>
            FakeStripe.deliver(webhookUrl, event, KEYS[channel].webhookSecret);

        /** A new shopper with a filled cart on `channel`; shipping chosen unless told otherwise. */
        async function cart(channel: ShopChannel = 'fr', shipping = true) {
            const client = shopClient(t.port, channel);
            const order = await prepareOrder(client, {
                channel,
                email: `stripe+${Date.now()}${Math.random().toString(36).slice(2, 6)}@example.com`,
                lines: [{ slug: 'elie-saab-le-parfum', variant: 0, quantity: 1 }],
                shipping,
                arrangePayment: false,
            });
            return { client, order };
        }
        async function intentOf(client: ReturnType<typeof shopClient>) {
            const { createStripePaymentIntent } = await client.query(CREATE_INTENT);
            const id = String(createStripePaymentIntent).split('_secret_')[0];
            expect(fake.intents.has(id)).toBe(true);
            return { clientSecret: createStripePaymentIntent, id };
        }

        it('pays like a standard Vendure storefront: createStripePaymentIntent, then payment_intent.succeeded settles', async () => {
            const { client, order } = await cart();
            const before = fake.requests.length;
            const { clientSecret, id } = await intentOf(client);
            expect(clientSecret).toMatch(/^pi_\w+_secret_\w+$/);
            const [create] = fake.requests
                .slice(before)
                .filter(r => r.method === 'POST' && r.path === '/v1/payment_intents');
            expect(create).toMatchObject({
                authorization: `Bearer ${KEYS.fr.apiKey}`,
                stripeVersion: STRIPE_API_VERSION,
                params: {
                    amount: String(order.totalWithTax),
                    currency: 'eur',
                    automatic_payment_methods: { enabled: 'true' },
                    metadata: {
                        channelToken: 'fr',
                        orderId: String(order.id).replace(/^T_/, ''),
                        orderCode: order.code,
                        languageCode: 'fr',
                    },
                },
            });
            expect(create.idempotencyKey).toMatch(new RegExp(`^radiant-pi-create-fr-${order.code}-a1-`));
            expect((await client.query(STATUS, { code: order.code })).stripePaymentStatus).toEqual({
                orderCode: order.code,
                orderState: 'AddingItems',
                paid: false,
                amountMismatchRefunded: false,
                paymentIntentStatus: 'requires_payment_method',
                lastPaymentError: null,
            });
            // Another visitor cannot read an unplaced order's status.
            expect(
                (await shopClient(t.port).query(STATUS, { code: order.code })).stripePaymentStatus,
            ).toBeNull();
            // The storefront moves the order on, Stripe.js confirms, Stripe calls the webhook.
            const arranging = (await client.query(TO_ARRANGING)).transitionOrderToState;
            assertSuccess(arranging, 'state');
            expect(arranging.state).toBe('ArrangingPayment');
            const answer = await deliver(fake.event('payment_intent.succeeded', fake.succeed(id)));
            expect(answer).toEqual({ status: 200, text: 'OK' });
            const paid = await adminOrder(order.id);
            expect(paid.state).toBe('PaymentSettled');
            expect(paid.payments).toEqual([
                expect.objectContaining({
                    state: 'Settled',
                    method: 'stripe-fr',
                    amount: order.totalWithTax,
                    transactionId: id,
                }) as unknown,
            ]);
            expect((await client.query(STATUS, { code: order.code })).stripePaymentStatus).toMatchObject({
                orderState: 'PaymentSettled',
                paid: true,
                paymentIntentStatus: 'succeeded',
            });
        });

        it('settles an order still in AddingItems (storefront skipped ArrangingPayment), as Vendure’s plugin does', async () => {
            const { client, order } = await cart();
            const { id } = await intentOf(client);
            await deliver(fake.event('payment_intent.succeeded', fake.succeed(id)));
            expect((await adminOrder(order.id)).state).toBe('PaymentSettled');
        });

        it('exposes the publishable key through the Shop API, never the secrets, and refuses Shop API payments', async () => {
            // With a cart, only the methods eligible for it (the default channel holds ci's method too).
            const { client: shopper, order } = await cart();
            expect((await shopper.query(CONFIGURATIONS)).stripePaymentConfigurations).toEqual([
                { paymentMethodCode: 'stripe-fr', publishableKey: KEYS.fr.publishableKey },
            ]);
            const { client: ciShopper } = await cart('ci');
            expect((await ciShopper.query(CONFIGURATIONS)).stripePaymentConfigurations).toEqual([
                { paymentMethodCode: 'stripe-ci', publishableKey: KEYS.ci.publishableKey },
            ]);
            const everything = JSON.stringify(await shopper.query(CONFIGURATIONS));
            for (const keys of Object.values(KEYS)) {
                expect(everything).not.toContain(keys.apiKey);
                expect(everything).not.toContain(keys.webhookSecret);
            }
            const { id } = await intentOf(shopper);
            await shopper.query(TO_ARRANGING);
            const forged = await shopper
                .query(SHOP_ADD_PAYMENT, {
                    method: 'stripe-fr',
                    metadata: { stripeSettlement: { paymentIntentId: id, nonce: 'x'.repeat(48), amount: 1 } },
                })
                .catch((e: Error) => e);
            expect(String(forged instanceof Error ? forged.message : JSON.stringify(forged))).toMatch(
                /Stripe/,
            );
            expect(await adminOrder(order.id)).toMatchObject({ state: 'ArrangingPayment', payments: [] });
        });

        it('refuses unsigned, forged and stale webhooks with 400 and changes nothing', async () => {
            const { client, order } = await cart();
            const { id } = await intentOf(client);
            const event = fake.event('payment_intent.succeeded', fake.succeed(id));
            const payload = JSON.stringify(event);
            const post = (headers: Record<string, string>, body = payload) =>
                fetch(webhookUrl, {
                    method: 'POST',
                    headers: { 'content-type': 'application/json', ...headers },
                    body,
                });
            expect((await post({})).status).toBe(400);
            expect(
                (await post({ 'stripe-signature': FakeStripe.sign(payload, 'whsec_not_ours') })).status,
            ).toBe(400);
            const tampered = payload.replace(
                `"amount_received":${order.totalWithTax}`,
                '"amount_received":1',
            );
            expect(tampered).not.toBe(payload);
            expect(
                (
                    await post(
                        { 'stripe-signature': FakeStripe.sign(payload, KEYS.fr.webhookSecret) },
                        tampered,
                    )
                ).status,
            ).toBe(400);
            const stale = FakeStripe.sign(
                payload,
                KEYS.fr.webhookSecret,
                Math.floor(Date.now() / 1000) - 3600,
            );
            expect((await post({ 'stripe-signature': stale })).status).toBe(400);
            // Re-serialised JSON (what a JSON body parser would give) no longer matches: the raw body is used.
            expect(
                (
                    await post(
                        { 'stripe-signature': FakeStripe.sign(payload, KEYS.fr.webhookSecret) },
                        JSON.stringify(JSON.parse(payload), null, 2),
                    )
                ).status,
            ).toBe(400);
            expect(await adminOrder(order.id)).toMatchObject({ state: 'AddingItems', payments: [] });
            expect(await repo(StripeWebhookEvent).count({ where: { eventId: event.id } })).toBe(0);
            expect((await deliver(event)).status).toBe(200);
            expect((await adminOrder(order.id)).state).toBe('PaymentSettled');
        });

        it('follows the order total after the intent is created, with idempotency keys that never collide (vendure#3903)', async () => {
            const { client, order } = await cart('fr', false);
            const first = await intentOf(client);
            const subtotal = fake.intents.get(first.id)!.amount;
            expect(subtotal).toBeGreaterThan(0);
            const { eligibleShippingMethods } = await client.query(SHIPPING);
            const shipped = (await client.query(SET_SHIPPING, { id: [eligibleShippingMethods[0].id] }))
                .setOrderShippingMethod;
            assertSuccess(shipped, 'totalWithTax');
            const withShipping = shipped.totalWithTax;
            expect(withShipping).toBeGreaterThan(subtotal);
            const second = await intentOf(client);
            expect(second.id).toBe(first.id);
            expect(fake.intents.get(first.id)!.amount).toBe(withShipping);
            const { activeOrder } = await client.query(ACTIVE);
            const adjusted = (await client.query(ADJUST, { id: activeOrder.lines[0].id, qty: 2 }))
                .adjustOrderLine;
            assertSuccess(adjusted, 'totalWithTax');
            const bigger = adjusted.totalWithTax;
            await intentOf(client);
            expect(fake.intents.get(first.id)!.amount).toBe(bigger);
            await client.query(ADJUST, { id: activeOrder.lines[0].id, qty: 1 });
            await intentOf(client);
            expect(fake.intents.get(first.id)!.amount).toBe(withShipping);
            const unchanged = fake.requests.length;
            await intentOf(client);
            expect(fake.requests.slice(unchanged).map(r => r.method)).toEqual(['GET']);
            const calls = fake.requests.filter(
                r => r.method === 'POST' && r.path.startsWith(`/v1/payment_intents/${first.id}`),
            );
            expect(calls.map(r => r.params.amount)).toEqual([
                String(withShipping),
                String(bigger),
                String(withShipping),
            ]);
            expect(new Set(calls.map(r => r.idempotencyKey)).size).toBe(3);
            expect(calls.every(r => r.status === 200)).toBe(true);
            expect(fake.requests.some(r => r.status === 400 && r.idempotencyKey)).toBe(false);
            await deliver(fake.event('payment_intent.succeeded', fake.succeed(first.id)));
            const paid = await adminOrder(order.id);
            expect(paid).toMatchObject({ state: 'PaymentSettled', totalWithTax: withShipping });
            expect(paid.payments[0].amount).toBe(withShipping);
        });

        // Issue 13 item 15: an intent confirmed in an old tab after the cart grew.
        it('refunds an intent paid for an old amount instead of adding a partial payment; the order is paid again', async () => {
            const { client, order } = await cart();
            const stale = await intentOf(client);
            const { activeOrder } = await client.query(ACTIVE);
            const grown = (await client.query(ADJUST, { id: activeOrder.lines[0].id, qty: 2 }))
                .adjustOrderLine;
            assertSuccess(grown, 'totalWithTax');
            expect(grown.totalWithTax).toBeGreaterThan(order.totalWithTax);
            // The old tab confirms the intent, still set to the first total.
            const event = fake.event('payment_intent.succeeded', fake.succeed(stale.id));
            expect(await deliver(event)).toMatchObject({ status: 200 });
            expect(
                await repo(StripeWebhookEvent).findOneOrFail({ where: { eventId: event.id } }),
            ).toMatchObject({ result: 'AMOUNT_MISMATCH_REFUNDED' });
            const refunds = [...fake.refunds.values()].filter(r => r.payment_intent === stale.id);
            expect(refunds).toEqual([
                expect.objectContaining({
                    amount: order.totalWithTax,
                    status: 'succeeded',
                    metadata: { radiant_origin: 'amount-mismatch', orderCode: order.code },
                }),
            ]);
            const [call] = fake
                .requestsTo('POST', '/v1/refunds')
                .filter(r => r.params.payment_intent === stale.id);
            expect(call.idempotencyKey).toBe(`radiant-refund-mismatch-${stale.id}`);
            const row = await repo(StripePaymentIntent).findOneOrFail({
                where: { paymentIntentId: stale.id },
            });
            expect(row).toMatchObject({
                mismatchRefundId: refunds[0].id,
                paymentId: null,
                settlementNonce: null,
            });
            const unpaid = await adminOrder(order.id);
            expect(unpaid).toMatchObject({ state: 'AddingItems', payments: [] });
            expect(notes(unpaid)).toEqual([
                expect.stringMatching(
                    new RegExp(`^Stripe: payment ${stale.id} received .* refunded in full`),
                ),
            ]);
            expect((await client.query(STATUS, { code: order.code })).stripePaymentStatus).toMatchObject({
                paid: false,
                amountMismatchRefunded: true,
                orderState: 'AddingItems',
            });
            // Stripe's events about that refund are acknowledged, not retried forever.
            expect(await deliver(fake.event('charge.refunded', fake.chargeOf(stale.id)))).toMatchObject({
                status: 200,
            });
            expect(await deliver(fake.event('refund.created', refunds[0]))).toMatchObject({ status: 200 });
            expect(await deliver(event)).toEqual({ status: 200, text: 'OK (already processed)' });
            // The shopper pays the new total with a new intent.
            const fresh = await intentOf(client);
            expect(fresh.id).not.toBe(stale.id);
            expect(fake.intents.get(fresh.id)!.amount).toBe(grown.totalWithTax);
            expect((await client.query(STATUS, { code: order.code })).stripePaymentStatus).toMatchObject({
                paid: false,
                amountMismatchRefunded: false,
            });
            await deliver(fake.event('payment_intent.succeeded', fake.succeed(fresh.id)));
            expect(await adminOrder(order.id)).toMatchObject({ state: 'PaymentSettled' });
            expect((await client.query(STATUS, { code: order.code })).stripePaymentStatus).toMatchObject({
                paid: true,
                amountMismatchRefunded: false,
            });
        });

        it('settles once for duplicate and out-of-order events', async () => {
            const { client, order } = await cart();
            const { id } = await intentOf(client);
            const failedEarlier = fake.event(
                'payment_intent.payment_failed',
                fake.fail(id, 'Your card was declined.'),
            );
            const succeeded = fake.event('payment_intent.succeeded', fake.succeed(id));
            expect(await deliver(succeeded)).toEqual({ status: 200, text: 'OK' });
            expect(await deliver(succeeded)).toEqual({ status: 200, text: 'OK (already processed)' });
            // The same intent in another event (Stripe may resend with a new id): no second payment.
            expect(
                (await deliver(fake.event('payment_intent.succeeded', fake.intents.get(id)!))).status,
            ).toBe(200);
            // An older failure arriving late changes nothing.
            expect((await deliver(failedEarlier)).text).toMatch(/ignored/);
            const paid = await adminOrder(order.id);
            expect(paid.state).toBe('PaymentSettled');
            expect(paid.payments).toHaveLength(1);
            expect(notes(paid).filter(n => n.includes('failed'))).toEqual([]);
            expect(
                await repo(StripePaymentIntent).findOneOrFail({ where: { paymentIntentId: id } }),
            ).toMatchObject({ status: 'succeeded', lastError: null });
        });

        it('settles exactly once under 50 concurrent duplicate payment_intent.succeeded deliveries', async () => {
            const { client, order } = await cart();
            const { id } = await intentOf(client);
            const event = fake.event('payment_intent.succeeded', fake.succeed(id));
            const answers = await Promise.all(Array.from({ length: 50 }, () => deliver(event)));
            expect(answers.every(a => a.status === 200)).toBe(true);
            expect(answers.filter(a => a.text === 'OK')).toHaveLength(1);
            const paid = await adminOrder(order.id);
            expect(paid.state).toBe('PaymentSettled');
            expect(paid.payments).toHaveLength(1);
            expect(await repo(StripeWebhookEvent).count({ where: { eventId: event.id } })).toBe(1);
        });

        it('settles once when concurrent deliveries bypass the in-process lock (several server processes)', async () => {
            const { client, order } = await cart();
            const { id } = await intentOf(client);
            const intent = fake.succeed(id);
            const service = t.server.app.get(StripeSettlementService);
            const record = await repo(StripePaymentIntent).findOneOrFail({ where: { paymentIntentId: id } });
            const method = await repo(PaymentMethod).findOneOrFail({ where: { code: 'stripe-fr' } });
            const same = fake.event('payment_intent.succeeded', intent);
            // Five copies of one event and five distinct events about the same intent, straight to the settlement step.
            const events = [
                ...Array.from({ length: 5 }, () => same),
                ...Array.from({ length: 5 }, () => fake.event('payment_intent.succeeded', intent)),
            ];
            // The fake's wire objects carry every field the plugin reads, not all of the SDK's types.
            const answers: Array<{ result?: string; status?: number }> = await Promise.all(
                events.map(e =>
                    service
                        .settle(
                            e as unknown as Stripe.Event,
                            e.data.object as unknown as Stripe.PaymentIntent,
                            record,
                            method,
                        )
                        .catch((err: Error) => ({ result: `THREW ${err.message}` })),
                ),
            );
            const results = answers.map(a => a.result);
            // At most one settles; the others are duplicates, or (a conflict inside the database) 503 so Stripe retries.
            expect(results.filter(r => r === 'SETTLED').length).toBeLessThanOrEqual(1);
            expect(
                answers
                    .filter(a => a.result !== 'SETTLED')
                    .every(
                        a =>
                            a.result === 'DUPLICATE_INTENT' ||
                            a.result === 'DUPLICATE_EVENT' ||
                            a.status === 503,
                    ),
            ).toBe(true);
            expect(
                await repo(StripePaymentIntent).findOneOrFail({ where: { paymentIntentId: id } }),
            ).toMatchObject({ lastError: null });
            // Stripe's redelivery settles what is not settled yet, and only that.
            expect((await deliver(fake.event('payment_intent.succeeded', intent))).status).toBe(200);
            const paid = await adminOrder(order.id);
            expect(paid.state).toBe('PaymentSettled');
            expect(paid.payments).toHaveLength(1);
        });

        it('records failures and cancellations in the order history and leaves the order payable', async () => {
            const { client, order } = await cart();
            const first = await intentOf(client);
            await client.query(TO_ARRANGING);
            expect(
                (
                    await deliver(
                        fake.event(
                            'payment_intent.payment_failed',
                            fake.fail(first.id, 'Your card has insufficient funds.'),
                        ),
                    )
                ).status,
            ).toBe(200);
            let current = await adminOrder(order.id);
            expect(current.state).toBe('ArrangingPayment');
            expect(notes(current)).toEqual([
                expect.stringContaining('Your card has insufficient funds. (insufficient_funds)') as unknown,
            ]);
            expect((await client.query(STATUS, { code: order.code })).stripePaymentStatus).toMatchObject({
                paid: false,
                paymentIntentStatus: 'requires_payment_method',
                lastPaymentError: expect.stringContaining('insufficient funds') as unknown,
            });
            // Retrying reuses the intent; a canceled intent is replaced by a new one.
            expect((await intentOf(client)).id).toBe(first.id);
            expect((await deliver(fake.event('payment_intent.canceled', fake.cancel(first.id)))).status).toBe(
                200,
            );
            current = await adminOrder(order.id);
            expect(current.state).toBe('ArrangingPayment');
            expect(notes(current)).toHaveLength(2);
            const second = await intentOf(client);
            expect(second.id).not.toBe(first.id);
            await deliver(fake.event('payment_intent.succeeded', fake.succeed(second.id)));
            expect((await adminOrder(order.id)).payments).toEqual([
                expect.objectContaining({ state: 'Settled', transactionId: second.id }) as unknown,
            ]);
        });

        it('refunds from the Dashboard through the Refunds API: partial, idempotency key, reason; its webhook adds nothing', async () => {
            const { client, order } = await cart();
            const { id } = await intentOf(client);
            await deliver(fake.event('payment_intent.succeeded', fake.succeed(id)));
            const payment = (await adminOrder(order.id)).payments[0];
            const before = fake.requests.length;
            const refund = async (amount: number, reason: string) =>
                (
                    await t.adminClient.query(REFUND, {
                        input: {
                            paymentId: payment.id,
                            amount,
                            reason,
                            lines: [],
                            shipping: 0,
                            adjustment: 0,
                        },
                    })
                ).refundOrder;
            const first = await refund(2_000, 'Flacon abîmé');
            assertSuccess(first, 'transactionId');
            expect(first).toMatchObject({
                state: 'Settled',
                total: 2_000,
                transactionId: expect.stringMatching(/^re_/) as unknown,
            });
            const second = await refund(1_000, 'Fraud suspected');
            expect(second).toMatchObject({ state: 'Settled', total: 1_000 });
            const calls = fake.requests
                .slice(before)
                .filter(r => r.method === 'POST' && r.path === '/v1/refunds');
            expect(calls.map(r => r.params)).toEqual([
                expect.objectContaining({
                    payment_intent: id,
                    amount: '2000',
                    reason: 'requested_by_customer',
                    metadata: expect.objectContaining({
                        reason: 'Flacon abîmé',
                        radiant_origin: 'vendure',
                    }) as unknown,
                }) as unknown,
                expect.objectContaining({
                    payment_intent: id,
                    amount: '1000',
                    reason: 'fraudulent',
                }) as unknown,
            ]);
            expect(calls.every(r => r.idempotencyKey?.startsWith('radiant-refund-'))).toBe(true);
            expect(new Set(calls.map(r => r.idempotencyKey)).size).toBe(2);
            // Stripe then notifies these refunds: nothing more is created.
            expect((await deliver(fake.event('charge.refunded', fake.chargeOf(id)))).status).toBe(200);
            expect(
                (await deliver(fake.event('refund.created', fake.refunds.get(first.transactionId)!))).status,
            ).toBe(200);
            const after = await adminOrder(order.id);
            expect(after.payments[0].refunds.map(r => r.total).sort()).toEqual([1_000, 2_000]);
            // More than what is left is refused by Vendure before Stripe is called.
            const tooMuch = await refund(order.totalWithTax, 'all');
            assertErrorResult(tooMuch);
            expect(tooMuch.errorCode).toBe('REFUND_AMOUNT_ERROR');
        });

        it('records a refund Stripe still has pending as a Pending Vendure refund, not an error', async () => {
            const { client, order } = await cart();
            const { id } = await intentOf(client);
            await deliver(fake.event('payment_intent.succeeded', fake.succeed(id)));
            const payment = (await adminOrder(order.id)).payments[0];
            fake.refundStatus = 'pending';
            try {
                const { refundOrder } = await t.adminClient.query(REFUND, {
                    input: {
                        paymentId: payment.id,
                        amount: 1_500,
                        reason: 'Flacon abîmé',
                        lines: [],
                        shipping: 0,
                        adjustment: 0,
                    },
                });
                assertSuccess(refundOrder, 'transactionId');
                expect(refundOrder).toMatchObject({
                    state: 'Pending',
                    total: 1_500,
                    transactionId: expect.stringMatching(/^re_/) as unknown,
                });
            } finally {
                fake.refundStatus = 'succeeded';
            }
        });

        it('records refunds made in Stripe (charge.refunded, refund.updated) as Vendure refunds, once', async () => {
            const { client, order } = await cart();
            const { id } = await intentOf(client);
            const refundCallsBefore = fake.requestsTo('POST', '/v1/refunds').length;
            // Before the payment is settled (events out of order): 503, so Stripe retries later.
            fake.succeed(id);
            const early = fake.refundInDashboard(id, 1_500);
            expect((await deliver(fake.event('refund.created', early))).status).toBe(503);
            await deliver(fake.event('payment_intent.succeeded', fake.intents.get(id)!));
            expect((await deliver(fake.event('charge.refunded', fake.chargeOf(id)))).status).toBe(200);
            const partial = await adminOrder(order.id);
            expect(partial.payments[0].refunds).toEqual([
                expect.objectContaining({
                    state: 'Settled',
                    total: 1_500,
                    transactionId: early.id,
                    metadata: expect.objectContaining({ madeInStripe: true }) as unknown,
                }) as unknown,
            ]);
            expect(partial.payments[0].refunds[0].reason).toContain(early.id);
            // Redeliveries and other events about the same refund add nothing; a second refund is added.
            expect((await deliver(fake.event('charge.refunded', fake.chargeOf(id)))).status).toBe(200);
            expect((await deliver(fake.event('refund.updated', early))).status).toBe(200);
            const rest = fake.refundInDashboard(id);
            expect((await deliver(fake.event('refund.updated', rest))).status).toBe(200);
            const full = await adminOrder(order.id);
            expect(full.payments[0].refunds.map(r => r.total).sort((a, b) => a - b)).toEqual([
                1_500,
                order.totalWithTax - 1_500,
            ]);
            // Recording them never called Stripe's Refunds API.
            expect(fake.requestsTo('POST', '/v1/refunds')).toHaveLength(refundCallsBefore);
        });

        it('acknowledges and ignores PaymentIntents without our metadata', async () => {
            const foreign = {
                id: 'pi_foreign123',
                object: 'payment_intent',
                amount: 5000,
                amount_received: 5000,
                currency: 'eur',
                status: 'succeeded',
                metadata: {},
            };
            const event = fake.event('payment_intent.succeeded', foreign);
            const answer = await deliver(event);
            expect(answer.status).toBe(200);
            expect(answer.text).toContain('not a Radiant PaymentIntent');
            expect(
                await repo(StripeWebhookEvent).findOneOrFail({ where: { eventId: event.id } }),
            ).toMatchObject({ result: 'IGNORED', orderId: null });
            expect(
                (await deliver(fake.event('customer.created', { id: 'cus_1', object: 'customer' }))).status,
            ).toBe(200);
        });

        it('resolves orders of another channel by their channel token, in a zero-decimal currency (XOF)', async () => {
            const { client, order } = await cart('ci');
            const { id } = await intentOf(client);
            expect(fake.intents.get(id)).toMatchObject({
                amount: order.totalWithTax / 100,
                currency: 'xof',
                metadata: expect.objectContaining({ channelToken: 'ci' }) as unknown,
            });
            // Signed with the ci method's secret; the fr secret would not verify.
            const event = fake.event('payment_intent.succeeded', fake.succeed(id));
            expect((await deliver(event, 'ci')).status).toBe(200);
            const paid = await adminOrder(order.id, 'ci');
            expect(paid.state).toBe('PaymentSettled');
            expect(paid.payments).toEqual([
                expect.objectContaining({ method: 'stripe-ci', amount: order.totalWithTax }) as unknown,
            ]);
        });

        it('records a dispute in the order history and emails the merchant', async () => {
            const { client, order } = await cart();
            const { id } = await intentOf(client);
            await deliver(fake.event('payment_intent.succeeded', fake.succeed(id)));
            const dispute = fake.disputeOf(id);
            expect((await deliver(fake.event('charge.dispute.created', dispute))).status).toBe(200);
            expect(notes(await adminOrder(order.id))).toEqual([
                expect.stringContaining(`dispute ${dispute.id} opened (fraudulent`),
            ]) as unknown;
            await waitForJobQueue(t.server.app);
            const dir = path.join(t.env.dataDir, 'emails');
            let mail: string | undefined;
            for (let i = 0; i < 40 && !mail; i++) {
                const files = fs.existsSync(dir) ? fs.readdirSync(dir) : [];
                mail = files
                    .map(f => fs.readFileSync(path.join(dir, f), 'utf8'))
                    .find(c => c.includes(dispute.id));
                if (!mail) await new Promise(r => setTimeout(r, 250));
            }
            expect(mail).toBeDefined();
            expect(mail).toContain(MERCHANT);
            expect(mail).toContain(`Litige Stripe sur la commande ${order.code}`);
        });

        // The settlement rule (plugins/shared/settlement.ts): transient failure → 503, intent left unclaimed.
        it('answers 503 during a database conflict and settles once when Stripe delivers the event again', async () => {
            const { client, order } = await cart();
            const { id } = await intentOf(client);
            const event = fake.event('payment_intent.succeeded', fake.succeed(id));
            const release = await simulateDatabaseConflict(
                t.server.app.get(TransactionalConnection).rawConnection,
                db,
                'payment',
            );
            try {
                expect(await deliver(event)).toEqual({
                    status: 503,
                    text: 'could not settle now, retry later',
                });
            } finally {
                await release();
            }
            expect(
                await repo(StripePaymentIntent).findOneOrFail({ where: { paymentIntentId: id } }),
            ).toMatchObject({ settlementNonce: null, paymentId: null, lastError: null });
            expect(await repo(StripeWebhookEvent).count({ where: { eventId: event.id } })).toBe(0);
            expect((await adminOrder(order.id)).payments).toEqual([]);
            const again = await Promise.all([deliver(event), deliver(event)]);
            expect(again.map(a => a.status)).toEqual([200, 200]);
            const paid = await adminOrder(order.id);
            expect(paid.state).toBe('PaymentSettled');
            expect(paid.payments).toEqual([
                expect.objectContaining({ state: 'Settled', transactionId: id }) as unknown,
            ]);
            expect(notes(paid)).toEqual([]);
        });

        // The settlement rule: definitive refusal → recorded with a history note, 200 (no retry helps).
        it('records a succeeded payment the order cannot take (cancelled) as SETTLEMENT_FAILED with a note, and answers 200', async () => {
            const { client, order } = await cart();
            const { id } = await intentOf(client);
            const { cancelOrder } = await t.adminClient.query(CANCEL_ORDER, { orderId: order.id });
            expect(cancelOrder).toEqual({ state: 'Cancelled' });
            const event = fake.event('payment_intent.succeeded', fake.succeed(id));
            expect((await deliver(event)).status).toBe(200);
            expect(
                await repo(StripeWebhookEvent).findOneOrFail({ where: { eventId: event.id } }),
            ).toMatchObject({ result: 'SETTLEMENT_FAILED' });
            const intent = await repo(StripePaymentIntent).findOneOrFail({ where: { paymentIntentId: id } });
            expect(intent).toMatchObject({ status: 'succeeded', settlementNonce: null, paymentId: null });
            expect(intent.lastError).toMatch(/Cancelled/);
            const refused = await adminOrder(order.id);
            expect(refused).toMatchObject({ state: 'Cancelled', payments: [] });
            expect(notes(refused)).toEqual([
                expect.stringContaining(`Stripe: payment ${id} was accepted`) as unknown,
            ]);
            expect(notes(refused)[0]).toMatch(/an admin must reconcile/);
            expect(await deliver(event)).toEqual({ status: 200, text: 'OK (already processed)' });
        });

        it('never logs a secret key or a webhook secret', () => {
            expect(logger.lines.some(l => l.includes('StripePlugin'))).toBe(true);
            const secrets = Object.values(KEYS).flatMap(k => [k.apiKey, k.webhookSecret]);
            expect(logger.lines.filter(l => secrets.some(secret => l.includes(secret)))).toEqual([]);
        });
    });
}
