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
    Refund,
    RefundStateTransitionEvent,
    RequestContext,
    TransactionalConnection,
    UserInputError,
} from '@vendure/core';
import { filter } from 'rxjs/operators';
import { CREDIT_NOTE_QUEUE, loggerCtx } from '../constants';
import { Invoice } from '../entities/invoice.entity';
import { creditAmounts } from '../helpers/credit-note';
import { InvoiceDraftService } from './invoice-draft.service';
import { InvoiceIssueService } from './invoice-issue.service';
import { InvoiceNumberingService } from './invoice-numbering.service';
import { InvoiceService } from './invoice.service';
import { sellerKeyOf } from '../helpers/numbering';
import { errorMessage } from '../../shared/error-message';

/** Thrown inside the issuing transaction to roll it back (and free the reserved number). */
class NothingToCredit extends Error {}

/** What a credit note is for. */
export interface CreditRequest {
    /** Idempotency key, e.g. `refund:<refundId>` or `cancel:<orderId>`. */
    dedupeKey: string;
    /**
     * Amount incl. VAT to credit at most, in minor units (a refund's total); `'balance'` for a
     * cancellation. Either way the credit notes of an invoice never exceed what the order owes back
     * (see {@link CreditNoteService}).
     */
    amount: number | 'balance';
    /** The settled refund this credit note is for (counted in what is owed even before it is read back). */
    refundId?: ID;
    /** Why: labels the line of a partial credit ("Remboursement partiel" / "Partial refund"…). */
    reason: 'refund' | 'cancellation';
    /** Date money was returned, when it was. */
    paymentDate: Date | null;
    /** Refund method code, when money was returned (printed by its name). */
    paymentMethod: string | null;
}

/** A credit note job: the request (dates as ISO strings) and the context to rebuild in the worker. */
interface CreditNoteJobData {
    orderId: ID;
    channelToken: string;
    languageCode: string;
    request: Omit<CreditRequest, 'paymentDate'> & { paymentDate: string | null };
}

const PARTIAL_LABELS: Record<'fr' | 'en', Record<CreditRequest['reason'], string>> = {
    fr: {
        refund: 'Remboursement partiel de la facture n°',
        cancellation: 'Annulation partielle de la facture n°',
    },
    en: { refund: 'Partial refund of invoice no.', cancellation: 'Partial cancellation of invoice no.' },
};

/**
 * Issues credit notes (avoirs): one on each settled refund (partial included) and one on
 * cancellation, each referencing the order's invoice.
 *
 * The credit notes of an invoice add up to what the order owes back, never more: the larger of
 * what was cancelled (the invoice total less the order's total now, so shipping that was not
 * cancelled stays invoiced) and what was refunded (the order's settled refunds). A refund and a
 * cancellation of the same money, in either order, are credited once; a refund of goods whose
 * cancellation was already credited issues nothing more.
 */
@Injectable()
export class CreditNoteService implements OnApplicationBootstrap {
    private queue: JobQueue<CreditNoteJobData>;

    constructor(
        private readonly connection: TransactionalConnection,
        private readonly eventBus: EventBus,
        private readonly jobQueueService: JobQueueService,
        private readonly invoiceService: InvoiceService,
        private readonly issueService: InvoiceIssueService,
        private readonly numbering: InvoiceNumberingService,
        private readonly drafts: InvoiceDraftService,
    ) {}

    /**
     * Creates the credit note queue and subscribes to settled refunds and cancellations: the
     * server only enqueues a job; the worker issues the credit note.
     */
    async onApplicationBootstrap(): Promise<void> {
        this.queue = await this.jobQueueService.createQueue<CreditNoteJobData>({
            name: CREDIT_NOTE_QUEUE,
            process: async job => {
                const { orderId, channelToken, languageCode, request } = job.data;
                const ctx = await this.issueService.contextFor(channelToken, languageCode);
                const note = await this.issueCreditNote(ctx, orderId, {
                    ...request,
                    paymentDate: request.paymentDate ? new Date(request.paymentDate) : null,
                });
                return note ? { number: note.number } : { skipped: true };
            },
        });
        // The credit note is issued in the order's seller channel, not the request's (the
        // Dashboard refunds and cancels from the default channel), so it takes its seller's series.
        const enqueue = (ctx: RequestContext, orderId: ID, request: CreditNoteJobData['request']) =>
            this.numbering
                .sellerChannel(orderId)
                .then(seller =>
                    this.queue.add(
                        { orderId, channelToken: seller.token, languageCode: ctx.languageCode, request },
                        { retries: 10 },
                    ),
                )
                .catch((err: unknown) =>
                    Logger.error(
                        `Could not queue the credit note ${request.dedupeKey}: ${errorMessage(err)}`,
                        loggerCtx,
                    ),
                );
        this.eventBus
            .ofType(RefundStateTransitionEvent)
            .pipe(filter(e => e.toState === 'Settled'))
            .subscribe(e => {
                void enqueue(e.ctx, e.order.id, {
                    dedupeKey: `refund:${e.refund.id}`,
                    refundId: e.refund.id,
                    amount: e.refund.total,
                    reason: 'refund',
                    paymentDate: new Date().toISOString(),
                    paymentMethod: e.refund.method,
                });
            });
        this.eventBus
            .ofType(OrderStateTransitionEvent)
            .pipe(filter(e => e.toState === 'Cancelled'))
            .subscribe(e => {
                void enqueue(e.ctx, e.order.id, {
                    dedupeKey: `cancel:${e.order.id}`,
                    amount: 'balance',
                    reason: 'cancellation',
                    paymentDate: null,
                    paymentMethod: null,
                });
            });
    }

    /**
     * Issues a credit note against the invoice of an order, once per `dedupeKey`. When the
     * invoice's own job has not run yet, it is issued first (idempotently). Returns undefined when
     * the order has no invoice (never settled) or nothing is left to credit.
     */
    async issueCreditNote(
        ctx: RequestContext,
        orderId: ID,
        request: CreditRequest,
    ): Promise<Invoice | undefined> {
        const raw = this.connection.rawConnection.getRepository(Invoice);
        const existing = await raw.findOne({ where: { dedupeKey: request.dedupeKey } });
        if (existing) return existing;
        const original =
            (await this.invoiceService.currentInvoice(orderId)) ??
            (await this.issueService.issueInvoiceForOrder(ctx, orderId));
        if (!original) return undefined;
        const lang = original.languageCode === 'en' ? 'en' : 'fr';
        const paymentMethod = request.paymentMethod
            ? await this.drafts.paymentMethodNames(ctx, [request.paymentMethod])
            : null;
        let note: Invoice;
        try {
            note = await this.connection.withTransaction(ctx, txCtx =>
                this.insertCreditNote(txCtx, original, request.amount, {
                    dedupeKey: request.dedupeKey,
                    owed: () => this.owed(txCtx, original, request),
                    label: PARTIAL_LABELS[lang][request.reason],
                    paymentDate: request.paymentDate,
                    paymentMethod,
                }),
            );
        } catch (err) {
            if (err instanceof NothingToCredit) return undefined;
            const winner = await raw.findOne({ where: { dedupeKey: request.dedupeKey } });
            if (winner) return winner;
            throw err;
        }
        Logger.info(`Issued credit note ${note.number} for invoice ${original.number}`, loggerCtx);
        await this.issueService.afterIssue(ctx, note);
        return note;
    }

    /**
     * "Regenerate" an invoice: never an edit, but a credit note cancelling it in full and a new
     * invoice of the order (fresh snapshot: current seller identity, customer, addresses), with
     * both numbers reserved and both rows written in one transaction. Only for the order's current
     * invoice, not credited at all yet (after a refund or cancellation, issue documents by those
     * events instead), on an order still in a settled state.
     *
     * @throws UserInputError (a GraphQL error with a message) when any of these does not hold
     */
    async regenerateInvoice(
        ctx: RequestContext,
        invoiceId: ID,
    ): Promise<{ creditNote: Invoice; invoice: Invoice }> {
        const original = await this.invoiceService.findOne(ctx, invoiceId);
        if (!original || original.type !== 'invoice')
            throw new UserInputError('No such invoice in this channel');
        const current = await this.invoiceService.currentInvoice(original.orderId);
        if (String(current?.id) !== String(original.id)) {
            throw new UserInputError(
                `Invoice ${original.number} was replaced already; regenerate the order's current invoice`,
            );
        }
        // In the invoice's own channel (its seller and series), whichever channel the admin acts from.
        const sellerChannel = await this.connection
            .getRepository(ctx, Channel)
            .findOneOrFail({ where: { id: original.channelId } });
        const docCtx = await this.issueService.contextFor(sellerChannel.token, original.languageCode);
        const draft = await this.drafts.invoiceDraft(docCtx, original.orderId);
        if (!draft) throw new UserInputError(`Order ${original.orderCode} is no longer in a settled state`);
        const lang = original.languageCode === 'en' ? 'en' : 'fr';
        let result: { creditNote: Invoice; invoice: Invoice };
        try {
            result = await this.connection.withTransaction(ctx, async txCtx => {
                const creditNote = await this.insertCreditNote(txCtx, original, original.totalInclTax, {
                    dedupeKey: `regenerate:${original.id}`,
                    label: PARTIAL_LABELS[lang].refund,
                    paymentDate: null,
                    paymentMethod: null,
                    exact: true,
                });
                const invoice = await this.issueService.insertInvoice(txCtx, draft, `reissue:${original.id}`);
                return { creditNote, invoice };
            });
        } catch (err) {
            if (err instanceof NothingToCredit) {
                throw new UserInputError(
                    `Invoice ${original.number} is already credited (refund or cancellation)`,
                );
            }
            if (
                await this.connection.rawConnection
                    .getRepository(Invoice)
                    .findOne({ where: { dedupeKey: `reissue:${original.id}` } })
            ) {
                throw new UserInputError(`Invoice ${original.number} was replaced already`);
            }
            throw err;
        }
        Logger.info(
            `Regenerated invoice ${original.number}: credit note ${result.creditNote.number}, new invoice ${result.invoice.number}`,
            loggerCtx,
        );
        await this.issueService.afterIssue(ctx, result.creditNote);
        await this.issueService.afterIssue(ctx, result.invoice);
        return result;
    }

    /**
     * What the credit notes of `original` must add up to now (minor units incl. VAT): the larger of
     * the cancelled amount (the invoice total less the order's current total, which keeps shipping
     * that was not cancelled) and the order's settled refunds, `request`'s own refund counted once
     * even when the worker reads before it is visible.
     */
    private async owed(txCtx: RequestContext, original: Invoice, request: CreditRequest): Promise<number> {
        const order = await this.connection.getRepository(txCtx, Order).findOne({
            where: { id: original.orderId },
            select: { id: true, subTotalWithTax: true, shippingWithTax: true },
        });
        const remaining = order ? order.subTotalWithTax + order.shippingWithTax : original.totalInclTax;
        const cancelled = Math.max(0, original.totalInclTax - remaining);
        const refunds = await this.connection
            .getRepository(txCtx, Refund)
            .createQueryBuilder('refund')
            .select(['refund.id', 'refund.total'])
            .innerJoin(Payment, 'payment', 'payment.id = refund.paymentId')
            .where('payment.orderId = :orderId', { orderId: original.orderId })
            .andWhere('refund.state = :settled', { settled: 'Settled' })
            .getMany();
        const own = request.refundId != null ? String(request.refundId) : undefined;
        let refunded = refunds.filter(r => String(r.id) !== own).reduce((sum, r) => sum + r.total, 0);
        if (request.reason === 'refund' && typeof request.amount === 'number') refunded += request.amount;
        return Math.max(cancelled, refunded);
    }

    /**
     * Inserts a credit note against `original` in the caller's transaction. Reserving the number
     * first locks the channel's credit-note counter, so concurrent credit notes are serialised and
     * the balance read next is current. Credits `amount` (at most the balance), or the balance,
     * and with `owed` at most what is still owed back less what is credited already; with `exact`,
     * exactly `amount` or nothing.
     *
     * @throws NothingToCredit when the balance is zero, or below `amount` with `exact` (rolls the
     *   transaction and its number back)
     */
    private async insertCreditNote(
        txCtx: RequestContext,
        original: Invoice,
        amount: number | 'balance',
        fields: {
            dedupeKey: string;
            label: string;
            paymentDate: Date | null;
            paymentMethod: string | null;
            exact?: boolean;
            owed?: () => Promise<number>;
        },
    ): Promise<Invoice> {
        const repo = this.connection.getRepository(txCtx, Invoice);
        const issuedAt = new Date();
        // The credit note belongs to its invoice's seller channel and takes that channel's series.
        const channel = await this.connection
            .getRepository(txCtx, Channel)
            .findOneOrFail({ where: { id: original.channelId } });
        const pattern = this.numbering.patternsFor(channel.code).creditNotePattern;
        const reserved = await this.numbering.reserveNumber(
            txCtx,
            original.channelId,
            'creditNote',
            pattern,
            issuedAt,
        );
        const credited = (
            await repo.find({ where: { originalInvoiceId: original.id, type: 'creditNote' } })
        ).reduce((sum, n) => sum + n.totalInclTax, 0);
        const balance = original.totalInclTax - credited;
        let credit = amount === 'balance' ? balance : Math.min(amount, balance);
        if (fields.owed) credit = Math.min(credit, (await fields.owed()) - credited);
        if (credit <= 0 || (fields.exact && credit !== amount)) throw new NothingToCredit();
        return this.numbering.saveNumbered(
            txCtx,
            new Invoice({
                channelId: original.channelId,
                dedupeKey: fields.dedupeKey,
                sellerKey: sellerKeyOf(original.seller, original.channelId),
                number: reserved.number,
                series: 'creditNote',
                sequenceValue: reserved.value,
                type: 'creditNote',
                originalInvoiceId: original.id,
                originalInvoiceNumber: original.number,
                orderId: original.orderId,
                orderCode: original.orderCode,
                seller: original.seller,
                customer: original.customer,
                ...creditAmounts(original, credit, fields.label),
                currencyCode: original.currencyCode,
                issuedAt,
                saleDate: original.saleDate,
                paymentDate: fields.paymentDate,
                paymentMethod: fields.paymentMethod,
                languageCode: original.languageCode,
                pdfKey: null,
                pdfSha256: null,
            }),
        );
    }
}
