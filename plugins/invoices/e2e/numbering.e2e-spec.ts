/**
 * Number series per seller (issue 12, items 1 and 2): the invoices plugin alone (e2e/test-config.ts),
 * on sql.js and PostgreSQL. The test shop's two channels sell as one company (one SIREN): fr numbers
 * `RAD-FR-…` and ci `RAD-CI-…`, each series continuous from 1, so no number is issued twice by the
 * seller. Credit notes take the series of their invoice's channel even when the refund is made from
 * the Dashboard's default channel. The database refuses a second document with the same number for
 * the same seller, whatever its channel.
 */
import { Channel, RequestContext, TransactionalConnection } from '@vendure/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DATABASES } from '../../../test/support/plugin-test-env';
import { assertSuccess } from '../../../test/support/graphql-results';
import { checkout, ShopChannel } from '../../../test/support/shop-checkout';
import { Invoice, InvoiceIssueService, InvoiceNumberingService } from '../index';
import {
    GET_ORDER_INVOICES,
    GET_ORDER_PAYMENTS,
    LIST_INVOICES,
    REFUND,
    REGENERATE,
    SETTLE_REFUND,
} from './graphql/admin-definitions';
import { invoicesTestEnvironment, TEST_SELLER } from './test-config';

const YEAR = new Date().getUTCFullYear();

for (const db of TEST_DATABASES) {
    describe(`invoice number series per seller on ${db}`, () => {
        let t: Awaited<ReturnType<typeof invoicesTestEnvironment>>;
        const invoices = () => t.server.app.get(TransactionalConnection).rawConnection.getRepository(Invoice);
        const waitFor = async (where: Partial<Pick<Invoice, 'orderCode' | 'type'>>, n = 1) => {
            const deadline = Date.now() + 30_000;
            let found: Invoice[] = [];
            while (Date.now() < deadline) {
                found = await invoices().find({ where, order: { id: 'ASC' } });
                if (found.length >= n) return found;
                await new Promise(r => setTimeout(r, 100));
            }
            throw new Error(`Expected ${n} documents for ${JSON.stringify(where)}, found ${found.length}`);
        };
        const orders: Record<ShopChannel, Array<{ id: string; code: string }>> = { fr: [], ci: [] };

        beforeAll(async () => {
            t = await invoicesTestEnvironment(db);
        });

        afterAll(async () => {
            await t?.server.destroy();
            t?.cleanup();
        });

        it('numbers each channel of one seller in its own continuous series, never reusing a number', async () => {
            for (const channel of ['fr', 'ci', 'ci', 'fr'] as const) {
                orders[channel].push(await checkout(t.port, `series.${channel}@example.com`, channel));
            }
            const issued = async (channel: ShopChannel) => {
                const docs: Invoice[] = [];
                for (const o of orders[channel]) docs.push(...(await waitFor({ orderCode: o.code })));
                return docs;
            };
            const fr = await issued('fr');
            const ci = await issued('ci');
            expect(fr.map(i => i.number)).toEqual([`RAD-FR-${YEAR}-000001`, `RAD-FR-${YEAR}-000002`]);
            expect(ci.map(i => i.number)).toEqual([`RAD-CI-${YEAR}-000001`, `RAD-CI-${YEAR}-000002`]);
            expect(new Set([...fr, ...ci].map(i => i.seller.siren))).toEqual(new Set([TEST_SELLER.siren]));
            expect(new Set([...fr, ...ci].map(i => i.sellerKey))).toEqual(new Set([TEST_SELLER.siren]));
            expect(ci.map(i => i.currencyCode)).toEqual(['XOF', 'XOF']);
        });

        it("issues each credit note in its invoice's channel series, also when refunded from the default channel", async () => {
            // The Dashboard acts in the default channel (fr), as here, whatever the order's channel.
            await t.adminClient.asSuperAdmin();
            t.adminClient.setChannelToken('fr');
            const refund = async (order: { id: string }, amount: number) => {
                const { order: admin } = await t.adminClient.query(GET_ORDER_PAYMENTS, { id: order.id });
                const { refundOrder } = await t.adminClient.query(REFUND, {
                    input: {
                        paymentId: admin.payments[0].id,
                        amount,
                        shipping: 0,
                        adjustment: 0,
                        lines: [],
                        reason: 'series test',
                    },
                });
                assertSuccess(refundOrder, 'id');
                const { settleRefund } = await t.adminClient.query(SETTLE_REFUND, {
                    input: { id: refundOrder.id, transactionId: `series-${refundOrder.id}` },
                });
                assertSuccess(settleRefund, 'state');
                expect(settleRefund.state).toBe('Settled');
            };
            await refund(orders.ci[0], 1000_00);
            await refund(orders.fr[0], 500);
            await refund(orders.ci[1], 2000_00);
            await refund(orders.ci[0], 500_00);
            const ciNotes = [
                ...(await waitFor({ orderCode: orders.ci[0].code, type: 'creditNote' }, 2)),
                ...(await waitFor({ orderCode: orders.ci[1].code, type: 'creditNote' })),
            ].sort((a, b) => a.sequenceValue - b.sequenceValue);
            const frNotes = await waitFor({ orderCode: orders.fr[0].code, type: 'creditNote' });
            expect(ciNotes.map(n => n.number)).toEqual([
                `RAD-AV-CI-${YEAR}-000001`,
                `RAD-AV-CI-${YEAR}-000002`,
                `RAD-AV-CI-${YEAR}-000003`,
            ]);
            expect(ciNotes.map(n => n.totalInclTax)).toEqual([1000_00, 2000_00, 500_00]);
            expect(frNotes.map(n => n.number)).toEqual([`RAD-AV-FR-${YEAR}-000001`]);
            const ciInvoice = (await waitFor({ orderCode: orders.ci[0].code, type: 'invoice' }))[0];
            for (const note of ciNotes) {
                expect(String(note.channelId)).toBe(String(ciInvoice.channelId));
                expect(note.sellerKey).toBe(TEST_SELLER.siren);
                expect(note.currencyCode).toBe('XOF');
            }
        });

        it('refuses a second document with the same number for the same seller, in any channel', async () => {
            const frInvoice = (await waitFor({ orderCode: orders.fr[0].code, type: 'invoice' }))[0];
            const ci = await t.server.app
                .get(TransactionalConnection)
                .rawConnection.getRepository(Channel)
                .findOneOrFail({ where: { code: 'ci' } });
            const {
                id: _id,
                createdAt: _c,
                updatedAt: _u,
                customerName: _n,
                customerEmail: _e,
                ...content
            } = frInvoice;
            // As if channel ci had been configured with fr's pattern: same seller, same number.
            const duplicate = () =>
                new Invoice({ ...content, channelId: ci.id, dedupeKey: `duplicate:${frInvoice.id}` });
            // The database's unique index on (sellerKey, number), with no check before it.
            await expect(invoices().save(duplicate())).rejects.toThrow();
            // The service's check says why.
            const service = t.server.app.get(InvoiceNumberingService);
            const ctx = await t.server.app.get(InvoiceIssueService).contextFor('ci', 'fr');
            await expect(
                t.server.app
                    .get(TransactionalConnection)
                    .withTransaction(ctx, (tx: RequestContext) => service.saveNumbered(tx, duplicate())),
            ).rejects.toThrow(`Number ${frInvoice.number} was already issued by seller ${TEST_SELLER.siren}`);
            expect(await invoices().count({ where: { number: frInvoice.number } })).toBe(1);
        });

        it("shows a ci order's documents from the default channel and regenerates them in the ci series", async () => {
            const order = await checkout(t.port, 'series.regenerate@example.com', 'ci');
            const [issued] = await waitFor({ orderCode: order.code, type: 'invoice' });
            expect(issued.number).toBe(`RAD-CI-${YEAR}-000003`);
            // The default channel (fr in this test shop) holds every channel's orders: their documents too.
            await t.adminClient.asSuperAdmin();
            t.adminClient.setChannelToken('fr');
            const { order: admin } = await t.adminClient.query(GET_ORDER_INVOICES, { id: order.id });
            expect(admin?.invoices.map(i => i.number)).toEqual([`RAD-CI-${YEAR}-000003`]);
            const { invoices: all } = await t.adminClient.query(LIST_INVOICES);
            expect(all.items.map(i => i.number)).toEqual(
                expect.arrayContaining([`RAD-CI-${YEAR}-000003`, `RAD-FR-${YEAR}-000001`]),
            );
            const { regenerateInvoice } = await t.adminClient.query(REGENERATE, {
                id: admin.invoices[0].id,
            });
            expect(regenerateInvoice.creditNote.number).toBe(`RAD-AV-CI-${YEAR}-000004`);
            expect(regenerateInvoice.invoice.number).toBe(`RAD-CI-${YEAR}-000004`);
            // A shop channel sees only its own documents.
            t.adminClient.setChannelToken('ci');
            const { invoices: ci } = await t.adminClient.query(LIST_INVOICES);
            expect(ci.items.length).toBeGreaterThan(0);
            expect(ci.items.every(i => i.number.startsWith('RAD-CI-'))).toBe(true);
            t.adminClient.setChannelToken('fr');
        });
    });
}
