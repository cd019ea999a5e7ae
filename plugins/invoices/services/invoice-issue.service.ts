/**
 * Issuing invoices, once per settled order: a settlement only queues an issue job; the worker
 * snapshots the order, reserves the number and inserts the invoice in one transaction, then queues
 * the rendering of its PDF. A scheduled reconciliation issues the invoices a crash left missing.
 */
import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { ID } from '@vendure/common/lib/shared-types';
import {
    Channel,
    EventBus,
    JobQueue,
    JobQueueService,
    Logger,
    Order,
    OrderStateTransitionEvent,
    Payment,
    RequestContext,
    RequestContextService,
    TransactionalConnection,
} from '@vendure/core';
import { filter } from 'rxjs/operators';
import { ISSUE_QUEUE, loggerCtx, RENDER_QUEUE } from '../constants';
import { Invoice } from '../entities/invoice.entity';
import { InvoiceIssuedEvent } from '../events';
import { sellerKeyOf } from '../helpers/numbering';
import { SETTLED_ORDER_STATES } from '../helpers/snapshot';
import { errorMessage } from '../../shared/error-message';
import { InvoiceDraft, InvoiceDraftService } from './invoice-draft.service';
import { InvoiceNumberingService } from './invoice-numbering.service';
import { InvoicePdfService } from './invoice-pdf.service';

interface RenderJobData {
    invoiceId: ID;
}

/** What an issue job needs to rebuild the settling request's context in the worker. */
export interface IssueJobData {
    /** The order to invoice. */
    orderId: ID;
    /** Token of the channel (seller) the order was settled in. */
    channelToken: string;
    /**
     * Language of the settling request: the context's; the invoice is written in the order's
     * language (see InvoicesPluginOptions.orderLanguage), this one only when the order has none.
     */
    languageCode: string;
}

/** See the module documentation. */
@Injectable()
export class InvoiceIssueService implements OnApplicationBootstrap {
    private renderQueue: JobQueue<RenderJobData>;
    private issueQueue: JobQueue<IssueJobData>;

    constructor(
        private readonly connection: TransactionalConnection,
        private readonly jobQueueService: JobQueueService,
        private readonly eventBus: EventBus,
        private readonly requestContextService: RequestContextService,
        private readonly numbering: InvoiceNumberingService,
        private readonly drafts: InvoiceDraftService,
        private readonly pdfService: InvoicePdfService,
    ) {}

    /**
     * Creates the issue and render queues and subscribes to settlements: the server only enqueues
     * an issue job; the worker reserves the number, writes the invoice and renders the PDF.
     */
    async onApplicationBootstrap(): Promise<void> {
        this.renderQueue = await this.jobQueueService.createQueue<RenderJobData>({
            name: RENDER_QUEUE,
            process: job => this.pdfService.renderAndStore(job.data.invoiceId),
        });
        this.issueQueue = await this.jobQueueService.createQueue<IssueJobData>({
            name: ISSUE_QUEUE,
            process: async job => {
                const ctx = await this.contextFor(job.data.channelToken, job.data.languageCode);
                const invoice = await this.issueInvoiceForOrder(ctx, job.data.orderId);
                return invoice ? { number: invoice.number } : { skipped: true };
            },
        });
        this.eventBus
            .ofType(OrderStateTransitionEvent)
            .pipe(filter(e => e.toState === 'PaymentSettled'))
            .subscribe(event => {
                this.queueIssue(event.ctx, event.order.id).catch((err: unknown) =>
                    // The reconciliation task (issueMissingInvoices) issues it later.
                    Logger.error(
                        `Could not queue the invoice of order ${event.order.code}: ${errorMessage(err)}`,
                        loggerCtx,
                    ),
                );
            });
    }

    /**
     * Adds a job issuing the invoice of a settled order in the worker (10 retries), in the
     * order's seller channel (see {@link InvoiceNumberingService.sellerChannel}) and the language of `ctx`.
     */
    async queueIssue(ctx: RequestContext, orderId: ID): Promise<void> {
        const seller = await this.numbering.sellerChannel(orderId);
        await this.issueQueue.add(
            { orderId, channelToken: seller.token, languageCode: ctx.languageCode },
            { retries: 10 },
        );
    }

    /** A context of the seller's channel in `languageCode`, for jobs and the scheduled task. */
    async contextFor(channelToken: string, languageCode: string): Promise<RequestContext> {
        return this.requestContextService.create({
            apiType: 'admin',
            channelOrToken: channelToken,
            languageCode: languageCode as RequestContext['languageCode'],
        });
    }

    /**
     * Reconciliation (run by the `invoices-issue-missing` scheduled task in the worker): issues the
     * invoice of every settled order that has none, last updated more than `olderThanMs` ago.
     * Closes the gap when a process died between the settlement's commit and the issue job.
     * Idempotent: an invoice issued meanwhile by its job is returned, not duplicated.
     *
     * @returns the numbers issued (or found) for those orders
     */
    async issueMissingInvoices(olderThanMs = 5 * 60_000): Promise<string[]> {
        const before = new Date(Date.now() - olderThanMs);
        const rows: Array<{ id: ID }> = await this.connection.rawConnection
            .getRepository(Order)
            .createQueryBuilder('o')
            .select('o.id', 'id')
            .innerJoin(Payment, 'p', 'p.orderId = o.id AND p.state = :settled', { settled: 'Settled' })
            .leftJoin(Invoice, 'inv', "inv.orderId = o.id AND inv.type = 'invoice'")
            .where('inv.id IS NULL')
            .andWhere('o.state IN (:...states)', { states: SETTLED_ORDER_STATES })
            .andWhere('o.updatedAt < :before', { before })
            .groupBy('o.id')
            .orderBy('o.id', 'ASC')
            .limit(200)
            .getRawMany();
        if (!rows.length) return [];
        const issued: string[] = [];
        for (const { id } of rows) {
            try {
                const channel = await this.numbering.sellerChannel(id);
                const ctx = await this.contextFor(channel.token, channel.defaultLanguageCode);
                const invoice = await this.issueInvoiceForOrder(ctx, id);
                if (invoice) {
                    Logger.warn(
                        `Reconciliation issued invoice ${invoice.number} for order ${invoice.orderCode}`,
                        loggerCtx,
                    );
                    issued.push(invoice.number);
                }
            } catch (err) {
                Logger.error(
                    `Reconciliation could not issue the invoice of order ${id}: ${errorMessage(err)}`,
                    loggerCtx,
                );
            }
        }
        return issued;
    }

    /**
     * Issues the invoice of an order, once: a second call (or a concurrent one) returns the
     * existing invoice. The number is reserved and the row inserted in one transaction; the PDF
     * is rendered afterwards by a job. Returns undefined (and issues nothing) for an order that is
     * not in a settled state (e.g. cancelled before the job ran: its totals are zero by then).
     *
     * @throws Error when the order is not found in the channel of `ctx`
     */
    async issueInvoiceForOrder(ctx: RequestContext, orderId: ID): Promise<Invoice | undefined> {
        const dedupeKey = `invoice:${orderId}`;
        const existing = await this.findByDedupeKey(dedupeKey);
        if (existing) return existing;
        const draft = await this.drafts.invoiceDraft(ctx, orderId);
        if (!draft) return undefined;
        let invoice: Invoice;
        try {
            invoice = await this.connection.withTransaction(ctx, async txCtx => {
                const again = await this.connection
                    .getRepository(txCtx, Invoice)
                    .findOne({ where: { dedupeKey } });
                return again ?? this.insertInvoice(txCtx, draft, dedupeKey);
            });
        } catch (err) {
            // A concurrent issue for the same order won the unique dedupe key: its transaction
            // (and number) stands, ours rolled back entirely.
            const winner = await this.findByDedupeKey(dedupeKey);
            if (winner) return winner;
            throw err;
        }
        Logger.info(`Issued invoice ${invoice.number} for order ${draft.orderCode}`, loggerCtx);
        await this.afterIssue(ctx, invoice);
        return invoice;
    }

    /**
     * Inserts an invoice in the caller's transaction, with the next number of the invoice series
     * of the draft's channel (see {@link InvoiceNumberingService.reserveNumber}); issued now.
     *
     * @throws Error when the number was already issued by the same seller (see {@link InvoiceNumberingService.saveNumbered})
     */
    async insertInvoice(txCtx: RequestContext, draft: InvoiceDraft, dedupeKey: string): Promise<Invoice> {
        const issuedAt = new Date();
        const channel = await this.connection
            .getRepository(txCtx, Channel)
            .findOneOrFail({ where: { id: draft.channelId } });
        const pattern = this.numbering.patternsFor(channel.code).numberPattern;
        const reserved = await this.numbering.reserveNumber(
            txCtx,
            draft.channelId,
            'invoice',
            pattern,
            issuedAt,
        );
        return this.numbering.saveNumbered(
            txCtx,
            new Invoice({
                ...draft,
                dedupeKey,
                sellerKey: sellerKeyOf(draft.seller, draft.channelId),
                number: reserved.number,
                series: 'invoice',
                sequenceValue: reserved.value,
                issuedAt,
                pdfKey: null,
                pdfSha256: null,
            }),
        );
    }

    /** After an invoice or credit note row committed: queues its PDF and publishes {@link InvoiceIssuedEvent}. */
    async afterIssue(ctx: RequestContext, invoice: Invoice): Promise<void> {
        await this.queueRender(invoice.id);
        await this.eventBus.publish(new InvoiceIssuedEvent(ctx, invoice));
    }

    /** Adds a job rendering and storing the PDF of an issued invoice or credit note (10 retries). */
    async queueRender(invoiceId: ID): Promise<void> {
        await this.renderQueue.add({ invoiceId }, { retries: 10 });
    }

    private findByDedupeKey(dedupeKey: string) {
        return this.connection.rawConnection.getRepository(Invoice).findOne({ where: { dedupeKey } });
    }
}
