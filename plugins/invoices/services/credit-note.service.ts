import { Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { ID } from '@vendure/common/lib/shared-types';
import {
    EventBus,
    Logger,
    OrderStateTransitionEvent,
    RefundStateTransitionEvent,
    RequestContext,
    TransactionalConnection,
} from '@vendure/core';
import { filter } from 'rxjs/operators';
import { INVOICES_PLUGIN_OPTIONS, loggerCtx } from '../constants';
import { Invoice } from '../entities/invoice.entity';
import { InvoiceIssuedEvent } from '../events';
import type { InvoicesPluginOptions } from '../types';
import { creditAmounts } from './credit-note';
import { DEFAULT_CREDIT_NOTE_PATTERN, InvoiceService } from './invoice.service';

/** Thrown inside the issuing transaction to roll it back (and free the reserved number). */
class NothingToCredit extends Error {}

/** What a credit note is for. */
export interface CreditRequest {
    /** Idempotency key, e.g. `refund:<refundId>` or `cancel:<orderId>`. */
    dedupeKey: string;
    /** Amount incl. VAT to credit, in minor units; `'balance'` credits everything not yet credited. */
    amount: number | 'balance';
    /** Line label when the credit is partial, e.g. "Remboursement partiel". */
    label: string;
    /** Date money was returned, when it was. */
    paymentDate: Date | null;
    /** Refund method, when money was returned. */
    paymentMethod: string | null;
}

/**
 * Issues credit notes (avoirs): one on each settled refund (partial included) and one on
 * cancellation, each referencing the order's invoice. The credits of an invoice never exceed
 * its total: each credits at most the balance not yet credited, so a cancellation followed by a
 * refund of the same money does not credit twice.
 */
@Injectable()
export class CreditNoteService implements OnApplicationBootstrap {
    constructor(
        private readonly connection: TransactionalConnection,
        private readonly eventBus: EventBus,
        private readonly invoiceService: InvoiceService,
        @Inject(INVOICES_PLUGIN_OPTIONS) private readonly options: InvoicesPluginOptions,
    ) {}

    /** Subscribes to settled refunds and cancellations. */
    onApplicationBootstrap(): void {
        this.eventBus
            .ofType(RefundStateTransitionEvent)
            .pipe(filter(e => e.toState === 'Settled'))
            .subscribe(async e => {
                try {
                    await this.issueCreditNote(e.ctx, e.order.id, {
                        dedupeKey: `refund:${e.refund.id}`,
                        amount: e.refund.total,
                        label: 'Remboursement partiel',
                        paymentDate: new Date(),
                        paymentMethod: e.refund.method,
                    });
                } catch (err: any) {
                    Logger.error(`Could not issue the credit note of refund ${e.refund.id}: ${err?.message}`, loggerCtx);
                }
            });
        this.eventBus
            .ofType(OrderStateTransitionEvent)
            .pipe(filter(e => e.toState === 'Cancelled'))
            .subscribe(async e => {
                try {
                    await this.issueCreditNote(e.ctx, e.order.id, {
                        dedupeKey: `cancel:${e.order.id}`,
                        amount: 'balance',
                        label: 'Annulation partielle',
                        paymentDate: null,
                        paymentMethod: null,
                    });
                } catch (err: any) {
                    Logger.error(`Could not issue the credit note of order ${e.order.code}: ${err?.message}`, loggerCtx);
                }
            });
    }

    /**
     * Issues a credit note against the invoice of an order, once per `dedupeKey`. Returns
     * undefined when the order has no invoice or nothing is left to credit.
     */
    async issueCreditNote(ctx: RequestContext, orderId: ID, request: CreditRequest): Promise<Invoice | undefined> {
        const raw = this.connection.rawConnection.getRepository(Invoice);
        const existing = await raw.findOne({ where: { dedupeKey: request.dedupeKey } });
        if (existing) return existing;
        const original = await raw.findOne({ where: { dedupeKey: `invoice:${orderId}` } });
        if (!original) return undefined;
        let note: Invoice;
        try {
            note = await this.connection.withTransaction(ctx, async txCtx => {
                const repo = this.connection.getRepository(txCtx, Invoice);
                const issuedAt = new Date();
                const pattern = this.options.creditNotePattern ?? DEFAULT_CREDIT_NOTE_PATTERN;
                // Reserving first locks the channel's credit-note counter: concurrent credit notes
                // are serialised, so the balance read below is current.
                const reserved = await this.invoiceService.reserveNumber(txCtx, 'creditNote', pattern, issuedAt);
                const credited = (await repo.find({ where: { originalInvoiceId: original.id, type: 'creditNote' } })).reduce(
                    (sum, n) => sum + n.totalInclTax,
                    0,
                );
                const balance = original.totalInclTax - credited;
                const amount = request.amount === 'balance' ? balance : Math.min(request.amount, balance);
                if (amount <= 0) throw new NothingToCredit();
                const amounts = creditAmounts(original, amount, request.label);
                return repo.save(
                    new Invoice({
                        channelId: original.channelId,
                        dedupeKey: request.dedupeKey,
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
                        ...amounts,
                        currencyCode: original.currencyCode,
                        issuedAt,
                        saleDate: original.saleDate,
                        paymentDate: request.paymentDate,
                        paymentMethod: request.paymentMethod,
                        pdfKey: null,
                        pdfSha256: null,
                    }),
                );
            });
        } catch (err) {
            if (err instanceof NothingToCredit) return undefined;
            const winner = await raw.findOne({ where: { dedupeKey: request.dedupeKey } });
            if (winner) return winner;
            throw err;
        }
        Logger.info(`Issued credit note ${note.number} for invoice ${original.number}`, loggerCtx);
        await this.invoiceService.queueRender(note.id);
        await this.eventBus.publish(new InvoiceIssuedEvent(ctx, note));
        return note;
    }
}
