/**
 * Refunding a CinetPay payment (issue 12, item 3): the CinetPay plugin (e2e/test-config.ts) with the
 * invoices plugin (its credit notes follow refunds), on sql.js and PostgreSQL with the in-process
 * CinetPay simulator. CinetPay has no refund API, so a refund is Vendure's two-step flow: the Admin
 * API `refundOrder` records it `Pending` with instructions in its metadata (never `Failed` for an
 * ordinary reason, never a silent success); the merchant sends the money back outside Vendure, then
 * `settleRefund` with that transfer's reference moves it to `Settled`. The invoices plugin issues the
 * credit note only then, in the order's channel series. A reason `MANUAL: <reference>` still settles
 * at once.
 */
import { TransactionalConnection } from '@vendure/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitForJobQueue } from '../../../src/tooling/job-queue';
import { assertSuccess } from '../../../test/support/graphql-results';
import { TEST_DATABASES } from '../../../test/support/plugin-test-env';
import { prepareOrder } from '../../../test/support/shop-checkout';
import { invoicesTestPlugin } from '../../invoices/e2e/test-config';
import { Invoice } from '../../invoices';
import { CinetPaySimulator } from '../simulator/cinetpay-simulator';
import {
    ORDER_REFUNDS,
    REFUND_ORDER,
    SEEDED_METHOD,
    SETTLE_REFUND,
    UPDATE_METHOD,
} from './graphql/admin-definitions';
import { CREATE_CINETPAY_PAYMENT } from './graphql/shop-definitions';
import { cinetpayTestEnvironment } from './test-config';

const MERCHANT = {
    siteId: '445161',
    apikey: 'e2e-refund-apikey-0123456789',
    secretKey: 'e2e-refund-secret-key-0123456789',
};

const YEAR = new Date().getUTCFullYear();

for (const db of TEST_DATABASES) {
    describe(`CinetPay refunds on ${db}`, () => {
        const simulator = new CinetPaySimulator([MERCHANT]);
        let t: Awaited<ReturnType<typeof cinetpayTestEnvironment>>;
        const invoices = () => t.server.app.get(TransactionalConnection).rawConnection.getRepository(Invoice);
        const documentsOf = (orderCode: string, type: Invoice['type']) =>
            invoices().find({ where: { orderCode, type }, order: { id: 'ASC' } });
        const waitForDocuments = async (orderCode: string, type: Invoice['type'], n: number) => {
            const deadline = Date.now() + 30_000;
            let found: Invoice[] = [];
            while (Date.now() < deadline) {
                found = await documentsOf(orderCode, type);
                if (found.length >= n) return found;
                await new Promise(r => setTimeout(r, 100));
            }
            throw new Error(`Expected ${n} ${type} for ${orderCode}, found ${found.length}`);
        };

        beforeAll(async () => {
            const simUrl = await simulator.start();
            t = await cinetpayTestEnvironment(db, {
                apiBaseUrl: simUrl,
                plugins: ({ dataDir }) => [invoicesTestPlugin(dataDir)],
            });
            await t.adminClient.asSuperAdmin();
            t.adminClient.setChannelToken('ci');
            const { paymentMethods } = await t.adminClient.query(SEEDED_METHOD);
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
            // The Dashboard works in the default channel (fr), whatever the order's channel.
            t.adminClient.setChannelToken('fr');
        });

        afterAll(async () => {
            await t?.server.destroy();
            t?.cleanup();
            await simulator.stop();
        });

        /** A ci order paid through CinetPay (simulator), with its invoice issued. */
        async function paidOrder() {
            await t.shopClient.asAnonymousUser();
            const order = await prepareOrder(t.shopClient, {
                channel: 'ci',
                email: `refund+${Date.now()}@example.ci`,
                lines: [{ slug: 'elie-saab-le-parfum', variant: 0, quantity: 1 }],
                arrangePayment: false,
            });
            const { createCinetPayPayment } = await t.shopClient.query(CREATE_CINETPAY_PAYMENT);
            assertSuccess(createCinetPayPayment, 'transactionId');
            await simulator.complete(createCinetPayPayment.transactionId, 'ACCEPTED');
            const { order: admin } = await t.adminClient.query(ORDER_REFUNDS, { id: order.id });
            expect(admin.state).toBe('PaymentSettled');
            await waitForDocuments(order.code, 'invoice', 1);
            return {
                ...order,
                paymentId: admin.payments[0].id,
                cinetpayTransactionId: createCinetPayPayment.transactionId,
            };
        }

        const refundInput = (paymentId: string, amount: number, reason: string) => ({
            input: { paymentId, amount, shipping: 0, adjustment: 0, lines: [], reason },
        });

        it('records a refund Pending with instructions, then settles it with the transfer reference and issues the credit note', async () => {
            const order = await paidOrder();
            const { refundOrder } = await t.adminClient.query(
                REFUND_ORDER,
                refundInput(order.paymentId, 20_000_00, 'Client insatisfait'),
            );
            assertSuccess(refundOrder, 'id');
            expect(refundOrder).toMatchObject({
                __typename: 'Refund',
                state: 'Pending',
                total: 20_000_00,
                transactionId: '', // Vendure stores no transaction id as ''
                metadata: {
                    manual: true,
                    cinetpayTransactionId: order.cinetpayTransactionId,
                    amountToReturn: '20 000 XOF',
                    amount: 20_000_00,
                    currencyCode: 'XOF',
                },
            });
            const { instructions } = refundOrder.metadata as { instructions: string };
            expect(instructions).toContain('20 000 XOF');
            expect(instructions).toContain('Settle refund');
            expect(instructions).toContain(order.cinetpayTransactionId);

            // Pending: the payment lists it as such, and no credit note is issued yet.
            const { order: pending } = await t.adminClient.query(ORDER_REFUNDS, { id: order.id });
            expect(pending.payments[0].refunds).toEqual([
                expect.objectContaining({ id: refundOrder.id, state: 'Pending' }) as unknown,
            ]);
            await waitForJobQueue(t.server.app);
            expect(await documentsOf(order.code, 'creditNote')).toEqual([]);

            // The merchant sent the money back (e.g. an Orange Money transfer) and settles the refund.
            const { settleRefund } = await t.adminClient.query(SETTLE_REFUND, {
                input: { id: refundOrder.id, transactionId: 'OM-TRF-20261202-42' },
            });
            expect(settleRefund).toMatchObject({
                __typename: 'Refund',
                state: 'Settled',
                transactionId: 'OM-TRF-20261202-42',
            });
            const [note] = await waitForDocuments(order.code, 'creditNote', 1);
            expect(note).toMatchObject({
                totalInclTax: 20_000_00,
                currencyCode: 'XOF',
                dedupeKey: `refund:${String(refundOrder.id).replace(/^T_/, '')}`,
            });
            expect(note.number).toMatch(new RegExp(`^RAD-AV-CI-${YEAR}-\\d{6}$`));
        });

        it('still settles at once a refund whose reason is "MANUAL: <reference>" (transfer already made)', async () => {
            const order = await paidOrder();
            const { refundOrder } = await t.adminClient.query(
                REFUND_ORDER,
                refundInput(order.paymentId, 5_000_00, 'MANUAL: WAVE-7781 returned goods'),
            );
            expect(refundOrder).toMatchObject({
                state: 'Settled',
                transactionId: 'WAVE-7781',
                metadata: { manualRefundReference: 'WAVE-7781' },
            });
            const [note] = await waitForDocuments(order.code, 'creditNote', 1);
            expect(note.totalInclTax).toBe(5_000_00);
        });
    });
}
