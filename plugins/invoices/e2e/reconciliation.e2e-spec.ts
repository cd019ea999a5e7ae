/**
 * Work lost when a process dies (issue 13, item 16), on sql.js and PostgreSQL: documents whose job
 * was never queued or never finished are completed by the `invoices-reconcile` task
 * (InvoiceReconciliationService), and jobs a killed worker left RUNNING are re-queued by the
 * `requeue-stale-jobs` task (plugins/shared/stale-jobs.ts).
 */
import { JobState } from '@vendure/common/lib/generated-types';
import { ConfigService, Order, Refund, TransactionalConnection } from '@vendure/core';
import { JobRecord } from '@vendure/core/dist/plugin/default-job-queue-plugin/job-record.entity';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitForJobQueue } from '../../../src/tooling/job-queue';
import { assertSuccess } from '../../../test/support/graphql-results';
import { TEST_DATABASES } from '../../../test/support/plugin-test-env';
import { checkout } from '../../../test/support/shop-checkout';
import { requeueStaleJobs } from '../../shared/stale-jobs';
import { RENDER_QUEUE } from '../constants';
import { CreditNoteService, Invoice, InvoiceReconciliationService } from '../index';
import { CANCEL, GET_ORDER_PAYMENTS, REFUND, SETTLE_REFUND } from './graphql/admin-definitions';
import { invoicesTestEnvironment } from './test-config';

for (const db of TEST_DATABASES) {
    describe(`invoices reconciliation on ${db}`, () => {
        let t: Awaited<ReturnType<typeof invoicesTestEnvironment>>;

        const repo = <T extends object>(entity: new (...args: never[]) => T) =>
            t.server.app.get(TransactionalConnection).rawConnection.getRepository<T>(entity);
        const invoices = () => repo(Invoice);
        const ago = (minutes: number) => new Date(Date.now() - minutes * 60_000);
        const reconcile = () => t.server.app.get(InvoiceReconciliationService).reconcile();

        /** A settled order and its invoice, with the PDF stored and every job done. */
        async function invoicedOrder(email: string) {
            const order = await checkout(t.port, email);
            // The invoice is issued by an EventBus subscriber after the settlement commits.
            const deadline = Date.now() + 30_000;
            let invoice = await invoices().findOne({ where: { orderCode: order.code } });
            while (!invoice?.pdfKey && Date.now() < deadline) {
                await new Promise(r => setTimeout(r, 100));
                invoice = await invoices().findOne({ where: { orderCode: order.code } });
            }
            await waitForJobQueue(t.server.app);
            expect(invoice?.pdfKey).toBeTruthy();
            return { order, invoice: invoice! };
        }

        /** Runs `action` while the credit note queue refuses jobs (the process "dies" before enqueueing). */
        async function withCreditNoteQueueDown(action: () => Promise<void>) {
            const creditNotes: CreditNoteService = t.server.app.get(CreditNoteService);
            const service = creditNotes as unknown as {
                queue: { add: (...args: unknown[]) => Promise<unknown> };
            };
            const add = service.queue.add;
            service.queue.add = () => Promise.reject(new Error('process died'));
            try {
                await action();
                await new Promise(r => setTimeout(r, 300));
            } finally {
                service.queue.add = add;
            }
        }

        beforeAll(async () => {
            t = await invoicesTestEnvironment(db);
            await t.adminClient.asSuperAdmin();
            t.adminClient.setChannelToken('fr');
        });

        afterAll(async () => {
            await t?.server.destroy();
            t?.cleanup();
        });

        it('is scheduled in the worker', () => {
            const tasks = t.server.app.get(ConfigService).schedulerOptions.tasks ?? [];
            expect(tasks.map(task => task.id)).toContain('invoices-reconcile');
        });

        it('stores the PDF of an invoice whose render never happened', async () => {
            const { invoice } = await invoicedOrder('reco.pdf@example.com');
            await invoices().update(invoice.id, { pdfKey: null, pdfSha256: null });
            // Too recent: its job may still be on its way.
            expect((await reconcile()).pdfsStored).toEqual([]);
            await invoices().update(invoice.id, { createdAt: ago(20) });
            expect((await reconcile()).pdfsStored).toEqual([invoice.number]);
            const stored = await invoices().findOneOrFail({ where: { id: invoice.id } });
            expect(stored.pdfSha256).toMatch(/^[0-9a-f]{64}$/);
            expect((await reconcile()).pdfsStored).toEqual([]);
        });

        it('issues the credit note of a settled refund and of a cancellation whose jobs were never queued', async () => {
            const { order, invoice } = await invoicedOrder('reco.refund@example.com');
            const { order: admin } = await t.adminClient.query(GET_ORDER_PAYMENTS, { id: order.id });
            let refundId = '';
            await withCreditNoteQueueDown(async () => {
                const { refundOrder } = await t.adminClient.query(REFUND, {
                    input: {
                        paymentId: admin.payments[0].id,
                        amount: 2000,
                        shipping: 0,
                        adjustment: 0,
                        lines: [],
                        reason: 'reconciliation',
                    },
                });
                assertSuccess(refundOrder, 'id');
                refundId = refundOrder.id.replace(/^T_/, '');
                const { settleRefund } = await t.adminClient.query(SETTLE_REFUND, {
                    input: { id: refundOrder.id, transactionId: 'reco-1' },
                });
                assertSuccess(settleRefund, 'state');
                const { cancelOrder } = await t.adminClient.query(CANCEL, {
                    input: { orderId: order.id, cancelShipping: true },
                });
                assertSuccess(cancelOrder, 'state');
            });
            const creditNotes = () =>
                invoices().find({ where: { orderCode: order.code, type: 'creditNote' } });
            expect(await creditNotes()).toEqual([]);
            // The refund and the order changed a moment ago: left to their jobs for now.
            expect(await reconcile()).toMatchObject({ refundCreditNotes: [], cancellationCreditNotes: [] });
            await repo(Refund).update(refundId, { updatedAt: ago(20) });
            await repo(Order).update(invoice.orderId, { updatedAt: ago(20) });
            const done = await reconcile();
            expect(done.refundCreditNotes).toHaveLength(1);
            expect(done.cancellationCreditNotes).toHaveLength(1);
            const notes = await creditNotes();
            expect(notes.map(n => [n.dedupeKey, n.totalInclTax]).sort()).toEqual(
                [
                    [`refund:${refundId}`, 2000],
                    [`cancel:${invoice.orderId}`, invoice.totalInclTax - 2000],
                ].sort(),
            );
            // Idempotent.
            expect(await reconcile()).toMatchObject({ refundCreditNotes: [], cancellationCreditNotes: [] });
        });

        it('re-queues a job a killed worker left RUNNING, and the job then completes', async () => {
            const { invoice } = await invoicedOrder('reco.job@example.com');
            await invoices().update(invoice.id, { pdfKey: null, pdfSha256: null });
            // What a worker killed during the render leaves behind.
            // What a worker killed during the render leaves behind (and a job still running for real).
            const runningRender = (startedAt: Date) =>
                repo(JobRecord).save(
                    Object.assign(new JobRecord({}), {
                        queueName: RENDER_QUEUE,
                        data: { invoiceId: invoice.id },
                        state: JobState.RUNNING,
                        progress: 0,
                        startedAt,
                        isSettled: false,
                        retries: 10,
                        attempts: 1,
                    }),
                );
            const stale = await runningRender(ago(120));
            const recent = await runningRender(ago(5));
            const config = t.server.app.get(ConfigService);
            expect(await requeueStaleJobs(config)).toEqual([String(stale.id)]);
            // (waitForJobQueue would wait for the other RUNNING row too.)
            const deadline = Date.now() + 60_000;
            let job = await repo(JobRecord).findOneOrFail({ where: { id: stale.id } });
            while (String(job.state) !== 'COMPLETED' && Date.now() < deadline) {
                await new Promise(r => setTimeout(r, 100));
                job = await repo(JobRecord).findOneOrFail({ where: { id: stale.id } });
            }
            expect(job).toMatchObject({ state: 'COMPLETED' });
            expect((await invoices().findOneOrFail({ where: { id: invoice.id } })).pdfSha256).toMatch(
                /^[0-9a-f]{64}$/,
            );
            // A job running for a shorter time is left to its worker.
            expect(await repo(JobRecord).findOneOrFail({ where: { id: recent.id } })).toMatchObject({
                state: 'RUNNING',
            });
            await repo(JobRecord).delete(recent.id);
        });
    });
}
