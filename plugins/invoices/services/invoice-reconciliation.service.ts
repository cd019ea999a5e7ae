/**
 * Reconciliation of the documents a dead process may have left undone (issue 13, item 16): the
 * server enqueues a job after each commit (settlement, refund, cancellation) and the worker issues
 * and renders; a crash between the commit and the enqueue, or a worker killed mid-job, loses that
 * work. Run by the `invoices-reconcile` scheduled task, next to `invoices-issue-missing` (invoices of
 * settled orders), this service finds:
 * - issued invoices and credit notes whose PDF was never stored (`pdfKey` null) → rendered and
 *   stored now (emailed as the job would have, once);
 * - settled refunds with no credit note (`dedupeKey` `refund:<refundId>`) → issued now;
 * - cancelled orders with an invoice and no cancellation credit note (`cancel:<orderId>`) → issued now.
 * Every step is idempotent (dedupe keys, PDF stored once), so it may race with a late job.
 */
import { Injectable } from '@nestjs/common';
import { ID, Logger, Order, Payment, Refund, TransactionalConnection } from '@vendure/core';
import { IsNull, LessThan } from 'typeorm';
import { errorMessage } from '../../shared/error-message';
import { loggerCtx } from '../constants';
import { Invoice } from '../entities/invoice.entity';
import { CreditNoteService } from './credit-note.service';
import { InvoiceIssueService } from './invoice-issue.service';
import { InvoiceNumberingService } from './invoice-numbering.service';
import { InvoicePdfService } from './invoice-pdf.service';

/** Windows of {@link InvoiceReconciliationService.reconcile}, in milliseconds. */
export interface ReconcileOptions {
    /** Leave alone what changed less than this ago: its job may still be on its way (default 10 min). */
    graceMs?: number;
    /**
     * Look back this far for refunds and cancellations (default 7 days): one with nothing left to
     * credit is not retried for ever.
     */
    maxAgeMs?: number;
    /** At most this many documents of each kind per run (default 100). */
    limit?: number;
}

/** What one run did: invoice/credit-note numbers rendered or issued. */
export interface ReconcileResult {
    pdfsStored: string[];
    refundCreditNotes: string[];
    cancellationCreditNotes: string[];
}

/** See the module documentation. */
@Injectable()
export class InvoiceReconciliationService {
    constructor(
        private readonly connection: TransactionalConnection,
        private readonly pdfs: InvoicePdfService,
        private readonly issueService: InvoiceIssueService,
        private readonly numbering: InvoiceNumberingService,
        private readonly creditNoteService: CreditNoteService,
    ) {}

    /** Runs the three reconciliations (see the module documentation); never throws for one document. */
    async reconcile(options: ReconcileOptions = {}): Promise<ReconcileResult> {
        const now = Date.now();
        const before = new Date(now - (options.graceMs ?? 10 * 60_000));
        const since = new Date(now - (options.maxAgeMs ?? 7 * 24 * 3600_000));
        const limit = options.limit ?? 100;
        const result: ReconcileResult = {
            pdfsStored: await this.storeMissingPdfs(before, limit),
            refundCreditNotes: await this.creditSettledRefunds(before, since, limit),
            cancellationCreditNotes: await this.creditCancellations(before, since, limit),
        };
        const done = Object.values(result).flat().length;
        if (done) Logger.warn(`Reconciliation: ${JSON.stringify(result)}`, loggerCtx);
        return result;
    }

    /** Renders and stores the PDF of documents issued before `before` that still have none. */
    private async storeMissingPdfs(before: Date, limit: number): Promise<string[]> {
        const missing = await this.connection.rawConnection.getRepository(Invoice).find({
            where: { pdfKey: IsNull(), createdAt: LessThan(before) },
            select: { id: true, number: true },
            order: { id: 'ASC' },
            take: limit,
        });
        return this.each(missing, async doc => {
            const stored = await this.pdfs.renderAndStore(doc.id);
            return stored?.pdfKey ? doc.number : undefined;
        });
    }

    /** Issues the credit note of refunds settled between `since` and `before` that have none. */
    private async creditSettledRefunds(before: Date, since: Date, limit: number): Promise<string[]> {
        const refunds: Array<{ id: ID; total: number; method: string | null; settledAt: Date; orderId: ID }> =
            await this.connection.rawConnection
                .getRepository(Refund)
                .createQueryBuilder('r')
                .select('r.id', 'id')
                .addSelect('r.total', 'total')
                .addSelect('r.method', 'method')
                .addSelect('r.updatedAt', 'settledAt')
                .addSelect('p.orderId', 'orderId')
                .innerJoin(Payment, 'p', 'p.id = r.paymentId')
                .leftJoin(Invoice, 'note', "note.dedupeKey = ('refund:' || r.id)")
                .where('r.state = :settled', { settled: 'Settled' })
                .andWhere('note.id IS NULL')
                .andWhere('r.updatedAt < :before', { before })
                .andWhere('r.updatedAt >= :since', { since })
                .orderBy('r.id', 'ASC')
                .limit(limit)
                .getRawMany();
        return this.each(refunds, async refund => {
            const ctx = await this.sellerContext(refund.orderId);
            const note = await this.creditNoteService.issueCreditNote(ctx, refund.orderId, {
                dedupeKey: `refund:${refund.id}`,
                refundId: refund.id,
                amount: Number(refund.total),
                reason: 'refund',
                paymentDate: new Date(refund.settledAt),
                paymentMethod: refund.method,
            });
            return note?.number;
        });
    }

    /** Issues the balance credit note of orders cancelled between `since` and `before` with an invoice. */
    private async creditCancellations(before: Date, since: Date, limit: number): Promise<string[]> {
        const orders: Array<{ id: ID }> = await this.connection.rawConnection
            .getRepository(Order)
            .createQueryBuilder('o')
            .select('o.id', 'id')
            .innerJoin(Invoice, 'inv', "inv.orderId = o.id AND inv.type = 'invoice'")
            .leftJoin(Invoice, 'note', "note.dedupeKey = ('cancel:' || o.id)")
            .where('o.state = :cancelled', { cancelled: 'Cancelled' })
            .andWhere('note.id IS NULL')
            .andWhere('o.updatedAt < :before', { before })
            .andWhere('o.updatedAt >= :since', { since })
            .groupBy('o.id')
            .orderBy('o.id', 'ASC')
            .limit(limit)
            .getRawMany();
        return this.each(orders, async ({ id }) => {
            const ctx = await this.sellerContext(id);
            const note = await this.creditNoteService.issueCreditNote(ctx, id, {
                dedupeKey: `cancel:${id}`,
                amount: 'balance',
                reason: 'cancellation',
                paymentDate: null,
                paymentMethod: null,
            });
            return note?.number;
        });
    }

    /** An admin context of the order's seller channel, in its default language. */
    private async sellerContext(orderId: ID) {
        const channel = await this.numbering.sellerChannel(orderId);
        return this.issueService.contextFor(channel.token, channel.defaultLanguageCode);
    }

    /** Runs `step` on each item, one after the other; logs failures and goes on. */
    private async each<T>(items: T[], step: (item: T) => Promise<string | undefined>): Promise<string[]> {
        const done: string[] = [];
        for (const item of items) {
            try {
                const number = await step(item);
                if (number) done.push(number);
            } catch (err) {
                Logger.error(`Reconciliation step failed: ${errorMessage(err)}`, loggerCtx);
            }
        }
        return done;
    }
}
