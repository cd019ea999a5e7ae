/**
 * CinetPay end to end, over real HTTP: the plugin alone (e2e/test-config.ts), on sql.js and PostgreSQL,
 * pointed at the in-process CinetPay simulator; the simulator calls the server's notify URL.
 */
import crypto from 'node:crypto';
import { ConfigService, EventBus, TransactionalConnection, VendureLogger } from '@vendure/core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { TEST_DATABASES } from '../../../test/support/plugin-test-env';
import { simulateDatabaseConflict } from '../../../test/support/database-conflict';
import { assertSuccess } from '../../../test/support/graphql-results';
import { prepareOrder } from '../../../test/support/shop-checkout';
import { CinetPayNotification } from '../entities/cinetpay-notification.entity';
import { CinetPayTransaction } from '../entities/cinetpay-transaction.entity';
import { computeXToken } from '../helpers/x-token';
import { CinetPayTransactionEvent } from '../events/cinetpay-transaction-event';
import { CinetPayNotificationService } from '../services/cinetpay-notification.service';
import { CinetPaySettlementService } from '../services/cinetpay-settlement.service';
import { CinetPaySimulator } from '../simulator/cinetpay-simulator';
import {
    ADMIN_ATTEMPTS,
    ADMIN_ORDER,
    CANCEL_ORDER,
    ORDER_NOTES,
    SEEDED_METHOD,
    UPDATE_METHOD,
} from './graphql/admin-definitions';
import {
    ACTIVE_LINES,
    ADJUST_LINE,
    APPLY_COUPON,
    BACK_TO_CART,
    CREATE_CINETPAY_PAYMENT,
    ELIGIBLE_METHODS,
    PAYMENT_STATUS,
    SCHEMA_FIELDS,
    SHOP_ADD_PAYMENT,
    TYPE_FIELDS,
} from './graphql/shop-definitions';
import { cinetpayTestEnvironment } from './test-config';

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
    setDefaultContext?(): void {}
}

const MERCHANT = {
    siteId: '445160',
    apikey: 'e2e-apikey-0123456789',
    secretKey: 'e2e-secret-key-0123456789',
};

/** A field's type in an introspection answer: a named type, or a wrapper (list, non-null) of one. */
type TypeRef = { name?: string | null; ofType?: TypeRef | null };
const namedType = (type: TypeRef | null | undefined): string | undefined =>
    type ? (type.name ?? namedType(type.ofType)) : undefined;

for (const db of TEST_DATABASES) {
    describe(`CinetPay on ${db}`, () => {
        const simulator = new CinetPaySimulator([MERCHANT]);
        const logger = new CapturingLogger();
        const events: Array<{ transactionId: string; type: string; status: string; channel: string }> = [];
        const eventsOf = (transactionId: string) =>
            events
                .filter(e => e.transactionId === transactionId)
                .map(e => `${e.type}:${e.status}:${e.channel}`);
        let t: Awaited<ReturnType<typeof cinetpayTestEnvironment>>;
        let baseUrl: string;

        beforeAll(async () => {
            const simUrl = await simulator.start();
            t = await cinetpayTestEnvironment(db, { apiBaseUrl: simUrl, logger });
            baseUrl = `http://localhost:${t.port}`;
            t.server.app
                .get(EventBus)
                .ofType(CinetPayTransactionEvent)
                .subscribe(e =>
                    events.push({
                        transactionId: e.transaction.transactionId,
                        type: e.type,
                        status: e.transaction.status,
                        channel: e.ctx.channel.token,
                    }),
                );
            await t.adminClient.asSuperAdmin();
            t.adminClient.setChannelToken('ci');
            // The test config created cinetpay-ci (simulator demo merchant, plugins/cinetpay/seed); configure it as an admin would, with this suite's merchant.
            const { paymentMethods } = await t.adminClient.query(SEEDED_METHOD);
            expect(paymentMethods.items).toEqual([
                { id: expect.anything() as unknown, handler: { code: 'cinetpay' } },
            ]);
            const { updatePaymentMethod } = await t.adminClient.query(UPDATE_METHOD, {
                input: {
                    id: paymentMethods.items[0].id,
                    handler: {
                        code: 'cinetpay',
                        arguments: [
                            { name: 'apikey', value: MERCHANT.apikey },
                            { name: 'site_id', value: MERCHANT.siteId },
                            { name: 'secret_key', value: MERCHANT.secretKey },
                            { name: 'channels', value: 'ALL' },
                            { name: 'lang', value: 'fr' },
                        ],
                    },
                },
            });
            expect(updatePaymentMethod.code).toBe('cinetpay-ci');
        });

        afterAll(async () => {
            await t?.server.destroy();
            t?.cleanup();
            await simulator.stop();
        });

        beforeEach(() => simulator.resetKnobs());

        const repo = <T extends object>(entity: new () => T) =>
            t.server.app.get(TransactionalConnection).rawConnection.getRepository<T>(entity);
        const record = (transactionId: string) =>
            repo(CinetPayTransaction).findOneOrFail({ where: { transactionId } });
        const notificationsOf = (transactionId: string) =>
            repo(CinetPayNotification).find({
                where: { transactionId },
                order: { createdAt: 'ASC', id: 'ASC' },
            });
        const adminOrder = async (id: string) => (await t.adminClient.query(ADMIN_ORDER, { id })).order;
        const notifyUrl = () => `${baseUrl}/payments/cinetpay/notify`;

        /** A ci order with shipping chosen (a new anonymous session); returns its id, code and total. */
        async function readyOrder(withShipping = true) {
            await t.shopClient.asAnonymousUser();
            return prepareOrder(t.shopClient, {
                channel: 'ci',
                email: `awa+${Date.now()}@example.ci`,
                lines: [{ slug: 'elie-saab-le-parfum', variant: 0, quantity: 1 }],
                shipping: withShipping,
                arrangePayment: false,
            });
        }

        async function intent() {
            const { createCinetPayPayment } = await t.shopClient.query(CREATE_CINETPAY_PAYMENT);
            expect(createCinetPayPayment.__typename).toBe('CinetPayPaymentIntent');
            return createCinetPayPayment as { paymentUrl: string; transactionId: string };
        }

        it('marks the CinetPay method among the eligible methods (PaymentMethodQuote.isCinetPay)', async () => {
            await readyOrder();
            const { eligiblePaymentMethods } = await t.shopClient.query(ELIGIBLE_METHODS);
            expect(
                eligiblePaymentMethods.filter(m => m.isEligible).sort((a, b) => a.code.localeCompare(b.code)),
            ).toEqual([
                { code: 'cinetpay-ci', isEligible: true, isCinetPay: true },
                { code: 'test-payment-ci', isEligible: true, isCinetPay: false },
            ]);
        });

        it('refuses to start a payment before shipping is chosen', async () => {
            await readyOrder(false);
            const { createCinetPayPayment } = await t.shopClient.query(CREATE_CINETPAY_PAYMENT);
            expect(createCinetPayPayment).toMatchObject({
                __typename: 'CinetPayOrderNotReadyError',
                errorCode: 'CINET_PAY_ORDER_NOT_READY_ERROR',
            });
        });

        it('pays through the hosted page: verified notification settles the order, return URL redirects to the storefront', async () => {
            const order = await readyOrder();
            const { paymentUrl, transactionId } = await intent();
            expect(transactionId).toMatch(/^[A-Za-z0-9]{1,30}$/);
            expect((await adminOrder(order.id)).state).toBe('ArrangingPayment');
            const tx = await record(transactionId);
            expect(tx).toMatchObject({
                status: 'PENDING',
                amount: order.totalWithTax,
                gatewayAmount: order.totalWithTax / 100,
                currencyCode: 'XOF',
                orderCode: order.code,
            });
            expect(simulator.transactions.get(transactionId)).toMatchObject({
                amount: order.totalWithTax / 100,
                currency: 'XOF',
            });

            const page = await fetch(paymentUrl);
            expect(await page.text()).toContain('Accepter');
            const choice = await fetch(`${paymentUrl}/accept`, { method: 'POST', redirect: 'manual' });
            expect(choice.status).toBe(303);
            const returnUrl = choice.headers.get('location')!;
            expect(returnUrl).toContain(
                `${baseUrl}/payments/cinetpay/return?transaction_id=${transactionId}`,
            );

            const settled = await adminOrder(order.id);
            expect(settled.state).toBe('PaymentSettled');
            expect(settled.payments).toEqual([
                expect.objectContaining({
                    state: 'Settled',
                    method: 'cinetpay-ci',
                    amount: order.totalWithTax,
                    transactionId,
                }),
            ]);
            const accepted = await record(transactionId);
            expect(accepted).toMatchObject({ status: 'ACCEPTED', checkCode: '00', settlementNonce: null });
            expect(`T_${accepted.paymentId}`).toBe(settled.payments[0].id);
            expect((await notificationsOf(transactionId)).map(n => [n.result, n.verified])).toEqual([
                ['SETTLED', true],
            ]);
            await new Promise(r => setTimeout(r, 50));
            expect(eventsOf(transactionId)).toEqual(['created:PENDING:ci', 'settled:ACCEPTED:ci']);

            for (const method of ['GET', 'POST'] as const) {
                const back = await fetch(returnUrl, { method, redirect: 'manual' });
                expect(back.status).toBe(303);
                expect(back.headers.get('location')).toBe(
                    `${t.env.storefrontUrl}/checkout/cinetpay/${order.code}?transaction_id=${transactionId}`,
                );
            }
            expect(
                (
                    await fetch(`${baseUrl}/payments/cinetpay/return?transaction_id=NOPE`, {
                        redirect: 'manual',
                    })
                ).status,
            ).toBe(404);
        });

        it('answers 200 to pings (GET and POST without cpm_trans_id)', async () => {
            expect((await fetch(notifyUrl())).status).toBe(200);
            expect((await fetch(notifyUrl(), { method: 'POST' })).status).toBe(200);
            expect(
                (
                    await fetch(notifyUrl(), {
                        method: 'POST',
                        headers: { 'content-type': 'application/json' },
                        body: '{}',
                    })
                ).status,
            ).toBe(200);
        });

        it('rejects missing and forged x-tokens with 401 and changes nothing; a replay is a no-op', async () => {
            const order = await readyOrder();
            const { transactionId } = await intent();
            simulator.transactions.get(transactionId)!.status = 'ACCEPTED';
            const fields = simulator.notificationFields(transactionId);
            const forgedToken = computeXToken(fields, 'not-the-secret');
            expect(await simulator.deliver(notifyUrl(), 'POST', fields, forgedToken)).toMatchObject({
                status: 401,
            });
            const missing = await fetch(notifyUrl(), {
                method: 'POST',
                headers: { 'content-type': 'application/x-www-form-urlencoded' },
                body: new URLSearchParams(fields).toString(),
            });
            expect(missing.status).toBe(401);
            const tampered = { ...fields, cpm_amount: '5' };
            expect(
                await simulator.deliver(notifyUrl(), 'POST', tampered, simulator.sign(fields)),
            ).toMatchObject({ status: 401 });
            expect((await adminOrder(order.id)).state).toBe('ArrangingPayment');
            expect((await adminOrder(order.id)).payments).toEqual([]);
            expect((await record(transactionId)).status).toBe('PENDING');
            expect(
                (await notificationsOf(transactionId)).map(n => [n.result, n.verified, n.responseStatus]),
            ).toEqual([
                ['UNAUTHORIZED', false, 401],
                ['UNAUTHORIZED', false, 401],
                ['UNAUTHORIZED', false, 401],
            ]);

            // JSON bodies are accepted too, and the genuine notification settles; its replay is a no-op.
            const json = await fetch(notifyUrl(), {
                method: 'POST',
                headers: { 'content-type': 'application/json', 'x-token': simulator.sign(fields) },
                body: JSON.stringify(fields),
            });
            expect(json.status).toBe(200);
            expect(await simulator.deliver(notifyUrl(), 'POST', fields)).toMatchObject({ status: 200 });
            const after = await adminOrder(order.id);
            expect(after.state).toBe('PaymentSettled');
            expect(after.payments).toHaveLength(1);
            expect((await notificationsOf(transactionId)).slice(3).map(n => n.result)).toEqual([
                'SETTLED',
                'DUPLICATE',
            ]);
        });

        // Issue 13 item 10: forged or stray requests must not fill the database.
        it('keeps only a sample and a hash of unverified notifications, and prunes old rows by retention', async () => {
            await readyOrder();
            const { transactionId } = await intent();
            const fields = {
                ...simulator.notificationFields(transactionId),
                cpm_designation: 'x'.repeat(5000),
            };
            expect(
                await simulator.deliver(notifyUrl(), 'POST', fields, computeXToken(fields, 'forged')),
            ).toMatchObject({ status: 401 });
            expect(await simulator.deliver(notifyUrl(), 'POST', fields)).toMatchObject({ status: 200 });
            const [forged, genuine] = await notificationsOf(transactionId);
            const sha256 = crypto.createHash('sha256').update(JSON.stringify(fields)).digest('hex');
            expect(forged).toMatchObject({ verified: false, bodySha256: sha256 });
            expect(forged.body).toHaveLength(256);
            expect(genuine).toMatchObject({ verified: true, bodySha256: sha256 });
            expect(JSON.parse(genuine.body)).toEqual(fields);

            const age = (days: number) => new Date(Date.now() - days * 24 * 3600_000);
            await repo(CinetPayNotification).update(forged.id, { createdAt: age(8) });
            await repo(CinetPayNotification).update(genuine.id, { createdAt: age(8) });
            const notifications = t.server.app.get(CinetPayNotificationService);
            expect(await notifications.pruneNotifications()).toMatchObject({ unverified: 1 });
            expect((await notificationsOf(transactionId)).map(n => n.id)).toEqual([genuine.id]);
            await repo(CinetPayNotification).update(genuine.id, { createdAt: age(401) });
            expect(await notifications.pruneNotifications({ verifiedDays: null })).toEqual({
                unverified: 0,
                verified: 0,
            });
            expect(await notifications.pruneNotifications()).toMatchObject({ verified: 1 });
            expect(await notificationsOf(transactionId)).toEqual([]);
            const tasks = t.server.app.get(ConfigService).schedulerOptions.tasks.map(task => task.id);
            expect(tasks).toEqual(expect.arrayContaining(['cinetpay-prune-notifications']));
        });

        // Issue 12 item 10: the English flow stays English through CinetPay.
        it('carries the shopper’s language through CinetPay: its page, the notification and the return URL', async () => {
            const order = await readyOrder();
            const { createCinetPayPayment } = await t.shopClient.query(CREATE_CINETPAY_PAYMENT, undefined, {
                languageCode: 'en',
            });
            const { transactionId } = createCinetPayPayment as { transactionId: string };
            expect(await record(transactionId)).toMatchObject({ languageCode: 'en' });
            expect(simulator.transactions.get(transactionId)).toMatchObject({ lang: 'en' });
            expect(simulator.notificationFields(transactionId)).toMatchObject({ cpm_language: 'en' });
            await simulator.complete(transactionId, 'ACCEPTED');
            const back = await fetch(`${baseUrl}/payments/cinetpay/return?transaction_id=${transactionId}`, {
                redirect: 'manual',
            });
            expect(back.headers.get('location')).toBe(
                `${t.env.storefrontUrl}/en/checkout/cinetpay/${order.code}?transaction_id=${transactionId}`,
            );
        });

        it('settles exactly once under 50 concurrent duplicate notifications', async () => {
            const order = await readyOrder();
            const { transactionId } = await intent();
            simulator.knobs.notificationCopies = 50;
            simulator.knobs.concurrentCopies = true;
            const answers = await simulator.complete(transactionId, 'ACCEPTED');
            expect(answers.every(a => a.status === 200)).toBe(true);
            const settled = await adminOrder(order.id);
            expect(settled.state).toBe('PaymentSettled');
            expect(settled.payments.filter(p => p.state === 'Settled')).toHaveLength(1);
            expect(settled.payments).toHaveLength(1);
            const results = (await notificationsOf(transactionId)).map(n => n.result);
            expect(results.filter(r => r === 'SETTLED')).toHaveLength(1);
            expect(results.filter(r => r === 'DUPLICATE')).toHaveLength(49);
        });

        it('does not settle when the check answers another amount or currency', async () => {
            const order = await readyOrder();
            const first = await intent();
            simulator.knobs.checkAmountDelta = 5;
            await simulator.complete(first.transactionId, 'ACCEPTED');
            expect(await record(first.transactionId)).toMatchObject({ status: 'MISMATCH' });
            expect((await record(first.transactionId)).errorMessage).toContain('expected');
            expect((await notificationsOf(first.transactionId)).map(n => n.result)).toEqual(['MISMATCH']);
            expect(await adminOrder(order.id)).toMatchObject({ state: 'ArrangingPayment', payments: [] });

            simulator.resetKnobs();
            simulator.knobs.checkCurrencyOverride = 'XAF';
            const second = await intent();
            await simulator.complete(second.transactionId, 'ACCEPTED');
            expect(await record(second.transactionId)).toMatchObject({ status: 'MISMATCH' });
            expect(await adminOrder(order.id)).toMatchObject({ state: 'ArrangingPayment', payments: [] });
        });

        it('keeps WAITING_FOR_CUSTOMER pending, then settles on ACCEPTED', async () => {
            const order = await readyOrder();
            const { transactionId } = await intent();
            expect(
                await simulator.deliver(notifyUrl(), 'POST', simulator.notificationFields(transactionId)),
            ).toMatchObject({ status: 200 });
            expect(await record(transactionId)).toMatchObject({
                status: 'WAITING',
                checkStatus: 'WAITING_FOR_CUSTOMER',
            });
            expect((await adminOrder(order.id)).state).toBe('ArrangingPayment');
            simulator.knobs.waitingFirst = true;
            await simulator.complete(transactionId, 'ACCEPTED');
            expect((await notificationsOf(transactionId)).map(n => n.result)).toEqual([
                'PENDING',
                'PENDING',
                'SETTLED',
            ]);
            expect((await adminOrder(order.id)).state).toBe('PaymentSettled');
        });

        it('records a refusal and lets the shopper retry with a new transaction', async () => {
            const order = await readyOrder();
            const first = await intent();
            await simulator.complete(first.transactionId, 'REFUSED');
            expect(await record(first.transactionId)).toMatchObject({ status: 'REFUSED', checkCode: '627' });
            await new Promise(r => setTimeout(r, 50));
            expect(eventsOf(first.transactionId)).toEqual(['created:PENDING:ci', 'refused:REFUSED:ci']);
            expect(await adminOrder(order.id)).toMatchObject({ state: 'ArrangingPayment', payments: [] });

            expect(
                (await t.shopClient.query(PAYMENT_STATUS, { id: first.transactionId })).cinetPayPaymentStatus,
            ).toEqual({
                transactionId: first.transactionId,
                orderCode: order.code,
                status: 'REFUSED',
                amount: order.totalWithTax,
                currencyCode: 'XOF',
                orderState: 'ArrangingPayment',
            });

            const second = await intent();
            expect(second.transactionId).not.toBe(first.transactionId);
            await simulator.complete(second.transactionId, 'ACCEPTED');
            const settled = await adminOrder(order.id);
            expect(settled.state).toBe('PaymentSettled');
            expect(settled.payments).toEqual([
                expect.objectContaining({ state: 'Settled', transactionId: second.transactionId }),
            ]);
            const { cinetPayTransactions } = await t.adminClient.query(ADMIN_ATTEMPTS, { orderId: order.id });
            expect(cinetPayTransactions).toEqual([
                expect.objectContaining({
                    transactionId: second.transactionId,
                    orderId: order.id,
                    status: 'ACCEPTED',
                    checkCode: '00',
                    notifications: [{ verified: true, result: 'SETTLED', responseStatus: 200 }],
                }),
                expect.objectContaining({
                    transactionId: first.transactionId,
                    status: 'REFUSED',
                    amount: order.totalWithTax,
                    gatewayAmount: order.totalWithTax / 100,
                    currencyCode: 'XOF',
                    notifications: [{ verified: true, result: 'REFUSED', responseStatus: 200 }],
                }),
            ]);
            // Placed: readable as Vendure's orderByCode is (guest: for a while after placing).
            expect(
                (await t.shopClient.query(PAYMENT_STATUS, { id: second.transactionId })).cinetPayPaymentStatus
                    .status,
            ).toBe('ACCEPTED');
            // The refused attempt's return page learns that the order is paid (no "try again").
            expect(
                (await t.shopClient.query(PAYMENT_STATUS, { id: first.transactionId })).cinetPayPaymentStatus,
            ).toMatchObject({ status: 'REFUSED', orderState: 'PaymentSettled' });
        });

        it('shows an attempt of an unplaced order only to the session whose active order it is', async () => {
            await readyOrder();
            const { transactionId } = await intent();
            expect(
                (await t.shopClient.query(PAYMENT_STATUS, { id: transactionId })).cinetPayPaymentStatus
                    .status,
            ).toBe('PENDING');
            await t.shopClient.asAnonymousUser();
            expect(
                (await t.shopClient.query(PAYMENT_STATUS, { id: transactionId })).cinetPayPaymentStatus,
            ).toBeNull();
            t.shopClient.setChannelToken('fr');
            expect(
                (await t.shopClient.query(PAYMENT_STATUS, { id: transactionId })).cinetPayPaymentStatus,
            ).toBeNull();
            t.shopClient.setChannelToken('ci');
        });

        it('answers 503 while the check is down and settles when CinetPay notifies again', async () => {
            const order = await readyOrder();
            const { transactionId } = await intent();
            simulator.knobs.checkDown = true;
            const [answer] = (await simulator.complete(transactionId, 'ACCEPTED')).slice(-1);
            expect(answer.status).toBe(503);
            expect((await adminOrder(order.id)).state).toBe('ArrangingPayment');
            simulator.knobs.checkDown = false;
            expect(
                await simulator.deliver(notifyUrl(), 'POST', simulator.notificationFields(transactionId)),
            ).toMatchObject({ status: 200 });
            expect((await adminOrder(order.id)).state).toBe('PaymentSettled');
        });

        it('never lets the Shop API add a CinetPay payment, nor see the handler arguments', async () => {
            const order = await readyOrder();
            const { transactionId } = await intent();
            const forged = await t.shopClient
                .query(SHOP_ADD_PAYMENT, {
                    metadata: { cinetpaySettlement: { transactionId, nonce: 'x'.repeat(48) } },
                })
                .catch((e: unknown) => e);
            expect(String((forged as { message?: string }).message ?? JSON.stringify(forged))).toMatch(
                /CinetPay/,
            );
            expect(await adminOrder(order.id)).toMatchObject({ state: 'ArrangingPayment', payments: [] });
            const { __type } = await t.shopClient.query(TYPE_FIELDS, { name: 'PaymentMethodQuote' });
            expect(__type.fields.map(f => f.name)).not.toContain('handler');
            // The PaymentMethod type (with handler.args) exists in Vendure's shop schema, but no field returns it.
            const { __schema } = await t.shopClient.query(SCHEMA_FIELDS);
            const returning = __schema.types.flatMap(type =>
                (type.fields ?? [])
                    .filter(f => namedType(f.type) === 'PaymentMethod')
                    .map(f => `${type.name}.${f.name}`),
            );
            expect(returning.filter((f: string) => !f.startsWith('PaymentMethod.'))).toEqual([]);
        });

        it('settles once even when concurrent notifications bypass the in-process lock (several servers)', async () => {
            const order = await readyOrder();
            const { transactionId } = await intent();
            simulator.transactions.get(transactionId)!.status = 'ACCEPTED';
            // The settlement step, called as two server processes would (bypassing the in-process lock).
            const service = t.server.app.get(CinetPaySettlementService);
            const tx = await record(transactionId);
            const credentials = {
                apikey: MERCHANT.apikey,
                siteId: MERCHANT.siteId,
                secretKey: MERCHANT.secretKey,
                channels: 'ALL',
                lang: 'fr',
            };
            const answers = await Promise.all(
                Array.from({ length: 10 }, () =>
                    service
                        .processVerified(tx.id, credentials)
                        .catch((e: Error) => ({ result: `THREW ${e.message}` })),
                ),
            );
            const results = answers.map(a => a.result);
            expect(results.sort()).toEqual(['SETTLED', ...Array<string>(9).fill('DUPLICATE')].sort());
            expect(await record(transactionId)).toMatchObject({ status: 'ACCEPTED' });
            const settled = await adminOrder(order.id);
            expect(settled.state).toBe('PaymentSettled');
            expect(settled.payments).toHaveLength(1);
        });

        it('settles an accepted payment whose notifications were lost, from the pending check', async () => {
            const order = await readyOrder();
            const { transactionId } = await intent();
            simulator.transactions.get(transactionId)!.status = 'ACCEPTED';
            const service = t.server.app.get(CinetPayNotificationService);
            const young = await service.checkPendingTransactions();
            expect(young).toEqual({});
            expect((await adminOrder(order.id)).state).toBe('ArrangingPayment');
            const counts = await service.checkPendingTransactions({ olderThanMs: 0 });
            expect(counts.SETTLED).toBe(1);
            expect((await adminOrder(order.id)).state).toBe('PaymentSettled');
            expect(await record(transactionId)).toMatchObject({ status: 'ACCEPTED' });
            expect((await service.checkPendingTransactions({ olderThanMs: 0 })).SETTLED).toBeUndefined();
        });

        it('never logs the apikey or the secret key', () => {
            expect(logger.lines.length).toBeGreaterThan(0);
            expect(logger.lines.some(l => l.includes('CinetPay'))).toBe(true);
            expect(
                logger.lines.filter(l => l.includes(MERCHANT.apikey) || l.includes(MERCHANT.secretKey)),
            ).toEqual([]);
        });

        // The settlement rule (plugins/shared/settlement.ts): transient failure → 503, attempt left open.
        it('answers 503 during a database conflict, leaves the transaction open, and settles once when notified again', async () => {
            const order = await readyOrder();
            const { transactionId } = await intent();
            const release = await simulateDatabaseConflict(
                t.server.app.get(TransactionalConnection).rawConnection,
                db,
                'payment',
            );
            let answers;
            try {
                answers = await simulator.complete(transactionId, 'ACCEPTED');
            } finally {
                await release();
            }
            expect(answers.at(-1)).toMatchObject({ status: 503 });
            expect(await record(transactionId)).toMatchObject({
                status: 'PENDING',
                settlementNonce: null,
                paymentId: null,
            });
            expect(await adminOrder(order.id)).toMatchObject({ state: 'ArrangingPayment', payments: [] });
            // CinetPay's next notification (and a concurrent copy of it) settles it, once.
            const fields = simulator.notificationFields(transactionId);
            const again = await Promise.all([
                simulator.deliver(notifyUrl(), 'POST', fields),
                simulator.deliver(notifyUrl(), 'POST', fields),
            ]);
            expect(again.map(a => a.status)).toEqual([200, 200]);
            const settled = await adminOrder(order.id);
            expect(settled.state).toBe('PaymentSettled');
            expect(settled.payments).toEqual([
                expect.objectContaining({ state: 'Settled', transactionId, amount: order.totalWithTax }),
            ]);
            expect(await record(transactionId)).toMatchObject({ status: 'ACCEPTED', errorMessage: null });
            const results = (await notificationsOf(transactionId)).map(n => [n.result, n.responseStatus]);
            expect(results.at(-3)).toEqual(['SETTLEMENT_RETRY', 503]);
            // The two concurrent copies: one settles, the other is a duplicate, logged in either order.
            expect(
                results
                    .slice(-2)
                    .map(r => r.join(' '))
                    .sort(),
            ).toEqual(['DUPLICATE 200', 'SETTLED 200']);
        });

        // The settlement rule: definitive refusal → recorded with a history note, 200 (no retry helps).
        it('records an accepted payment the order cannot take (cancelled) as SETTLEMENT_FAILED with a note, and answers 200', async () => {
            const order = await readyOrder();
            const { transactionId } = await intent();
            const { cancelOrder } = await t.adminClient.query(CANCEL_ORDER, { orderId: order.id });
            expect(cancelOrder).toEqual({ state: 'Cancelled' });
            const [answer] = (await simulator.complete(transactionId, 'ACCEPTED')).slice(-1);
            expect(answer.status).toBe(200);
            const failed = await record(transactionId);
            expect(failed).toMatchObject({
                status: 'SETTLEMENT_FAILED',
                checkStatus: 'ACCEPTED',
                settlementNonce: null,
                paymentId: null,
            });
            expect(failed.errorMessage).toMatch(/Cancelled/);
            expect(await adminOrder(order.id)).toMatchObject({ state: 'Cancelled', payments: [] });
            const notes = (await t.adminClient.query(ORDER_NOTES, { id: order.id })).order.history.items
                .filter(h => String(h.type) === 'ORDER_NOTE')
                .map(h => (h.data as { note: string }).note);
            expect(notes).toEqual([
                expect.stringContaining(`CinetPay: payment ${transactionId} was accepted`),
            ]);
            expect(notes[0]).toMatch(/an admin must reconcile/);
            // CinetPay notifying again changes nothing.
            expect(
                await simulator.deliver(notifyUrl(), 'POST', simulator.notificationFields(transactionId)),
            ).toMatchObject({ status: 200 });
            expect((await notificationsOf(transactionId)).map(n => n.result)).toEqual([
                'SETTLEMENT_FAILED',
                'DUPLICATE',
            ]);
        });

        // Issue 13 item 14: CinetPay cannot cancel a payment, so the order stays as it was asked to charge.
        it('keeps the order unchanged while a CinetPay payment awaits approval, then settles it', async () => {
            const order = await readyOrder();
            const { transactionId } = await intent();
            const back = (await t.shopClient.query(BACK_TO_CART)).transitionOrderToState;
            expect(back).toMatchObject({ errorCode: 'ORDER_STATE_TRANSITION_ERROR' });
            expect((back as { transitionError: string }).transitionError).toMatch(
                new RegExp(
                    `^CINETPAY_PAYMENT_PENDING — a CinetPay payment \\(${transactionId}\\) is awaiting`,
                ),
            );
            const [line] = (await t.shopClient.query(ACTIVE_LINES)).activeOrder.lines;
            expect(
                (await t.shopClient.query(ADJUST_LINE, { id: line.id, quantity: 2 })).adjustOrderLine,
            ).toMatchObject({
                errorCode: 'ORDER_MODIFICATION_ERROR',
            });
            // Coupon codes and the shipping address change the total without Vendure checking the state.
            await expect(t.shopClient.query(APPLY_COUPON, { code: 'ANY' })).rejects.toThrow(
                /CINETPAY_PAYMENT_PENDING/,
            );
            expect(await adminOrder(order.id)).toMatchObject({
                state: 'ArrangingPayment',
                totalWithTax: order.totalWithTax,
            });
            await simulator.complete(transactionId, 'ACCEPTED');
            expect(await adminOrder(order.id)).toMatchObject({ state: 'PaymentSettled' });
            expect(await record(transactionId)).toMatchObject({ status: 'ACCEPTED' });
        });

        it('frees the order once CinetPay refuses the payment', async () => {
            await readyOrder();
            const { transactionId } = await intent();
            await simulator.complete(transactionId, 'REFUSED');
            expect(await record(transactionId)).toMatchObject({ status: 'REFUSED' });
            expect((await t.shopClient.query(BACK_TO_CART)).transitionOrderToState).toEqual({
                state: 'AddingItems',
            });
        });

        it('refuses for good an accepted payment whose order total changed after the lock ended (200, noted)', async () => {
            const order = await readyOrder();
            const { transactionId } = await intent();
            // The attempt outlived pendingPaymentLockMinutes (30 by default): the order may change again.
            await repo(CinetPayTransaction).update(
                { transactionId },
                { createdAt: new Date(Date.now() - 31 * 60_000) },
            );
            // The shopper goes back to the cart and adds a second bottle while paying the first total.
            expect((await t.shopClient.query(BACK_TO_CART)).transitionOrderToState).toEqual({
                state: 'AddingItems',
            });
            const [line] = (await t.shopClient.query(ACTIVE_LINES)).activeOrder.lines;
            const { adjustOrderLine } = await t.shopClient.query(ADJUST_LINE, { id: line.id, quantity: 2 });
            assertSuccess(adjustOrderLine, 'totalWithTax');
            expect(adjustOrderLine.totalWithTax).toBeGreaterThan(order.totalWithTax);
            const [answer] = (await simulator.complete(transactionId, 'ACCEPTED')).slice(-1);
            expect(answer.status).toBe(200);
            const failed = await record(transactionId);
            expect(failed).toMatchObject({ status: 'SETTLEMENT_FAILED', paymentId: null });
            expect(failed.errorMessage).toContain(`the transaction was for ${order.totalWithTax}`);
            expect(await adminOrder(order.id)).toMatchObject({ state: 'AddingItems', payments: [] });
            const notes = (await t.adminClient.query(ORDER_NOTES, { id: order.id })).order.history.items
                .filter(h => String(h.type) === 'ORDER_NOTE')
                .map(h => (h.data as { note: string }).note);
            expect(notes).toEqual([
                expect.stringContaining(`CinetPay: payment ${transactionId} was accepted`),
            ]);
        });
    });
}
