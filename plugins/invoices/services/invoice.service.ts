import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { OrderAddress } from '@vendure/common/lib/generated-types';
import { ID } from '@vendure/common/lib/shared-types';
import {
    Channel,
    ChannelService,
    EventBus,
    JobQueue,
    JobQueueService,
    Logger,
    Order,
    OrderService,
    OrderStateTransitionEvent,
    Payment,
    PaymentMethodService,
    RequestContext,
    RequestContextService,
    TransactionalConnection,
} from '@vendure/core';
import { filter } from 'rxjs/operators';
import { ZipFile } from 'yazl';
import { Between, IsNull } from 'typeorm';
import { INVOICES_PLUGIN_OPTIONS, ISSUE_QUEUE, loggerCtx, RENDER_QUEUE } from '../constants';
import { InvoiceSequence } from '../entities/invoice-sequence.entity';
import { Invoice } from '../entities/invoice.entity';
import { InvoiceIssuedEvent, InvoicePdfStoredEvent } from '../events';
import type {
    InvoiceAddress,
    InvoiceCustomer,
    InvoiceLine,
    InvoiceSeriesPatterns,
    InvoicesPluginOptions,
    InvoiceTaxTotal,
} from '../types';
import { checkDownloadLink, DEFAULT_LINK_TTL_SECONDS, LinkCheck, signedDownloadPath } from './download-link';
import { exportRange, invoicesCsv } from './export';
import { renderInvoicePdf } from './invoice-pdf';
import { SellerSettingsService } from './seller-settings.service';
import { normaliseSiren, normaliseVatNumber } from './buyer-tax-id';
import { formatInvoiceNumber, sellerKeyOf, sequenceYear, validateNumberPattern } from './numbering';
import { errorMessage } from '../../shared/error-message';

/** An invoice's content before it is numbered and issued. */
export type InvoiceDraft = Omit<
    Invoice,
    | 'id'
    | 'createdAt'
    | 'updatedAt'
    | 'dedupeKey'
    | 'sellerKey'
    | 'number'
    | 'series'
    | 'sequenceValue'
    | 'issuedAt'
    | 'pdfKey'
    | 'pdfSha256'
    | 'customerName'
    | 'customerEmail'
>;

/** Default invoice number pattern. */
export const DEFAULT_NUMBER_PATTERN = 'RAD-{YYYY}-{000000}';
/** Default time zone of the dates printed and of the year in numbers. */
export const DEFAULT_TIME_ZONE = 'Europe/Paris';
/** Default credit note number pattern. */
export const DEFAULT_CREDIT_NOTE_PATTERN = 'RAD-AV-{YYYY}-{000000}';

interface RenderJobData {
    invoiceId: ID;
}

/** What an issue job needs to rebuild the settling request's context in the worker. */
export interface IssueJobData {
    /** The order to invoice. */
    orderId: ID;
    /** Token of the channel (seller) the order was settled in. */
    channelToken: string;
    /** Language of the settling request (the invoice's language when `fr` or `en`). */
    languageCode: string;
}

/**
 * Order states in which an order has been settled and stays invoiceable; the reconciliation
 * issues a missing invoice only for these (a cancelled order's totals are zero, see README).
 */
export const SETTLED_ORDER_STATES = [
    'PaymentSettled',
    'PartiallyShipped',
    'Shipped',
    'PartiallyDelivered',
    'Delivered',
    'Modifying',
    'ArrangingAdditionalPayment',
];

/** The document languages: French unless the request was in English. */
export function documentLanguage(languageCode: string | undefined): 'fr' | 'en' {
    return languageCode === 'en' ? 'en' : 'fr';
}

/**
 * Issues invoices (one per order, when its payment is settled), reserves gap-free numbers, and
 * renders/stores their PDFs through the job queue.
 */
@Injectable()
export class InvoiceService implements OnApplicationBootstrap {
    private renderQueue: JobQueue<RenderJobData>;
    private issueQueue: JobQueue<IssueJobData>;

    constructor(
        private readonly connection: TransactionalConnection,
        private readonly orderService: OrderService,
        private readonly jobQueueService: JobQueueService,
        private readonly eventBus: EventBus,
        private readonly requestContextService: RequestContextService,
        private readonly channelService: ChannelService,
        private readonly paymentMethodService: PaymentMethodService,
        private readonly sellerSettings: SellerSettingsService,
        @Inject(INVOICES_PLUGIN_OPTIONS)
        private readonly options: InvoicesPluginOptions & { fontsDir: string },
    ) {
        validateNumberPattern(this.options.numberPattern ?? DEFAULT_NUMBER_PATTERN);
        validateNumberPattern(this.options.creditNotePattern ?? DEFAULT_CREDIT_NOTE_PATTERN);
        for (const patterns of Object.values(this.options.series ?? {})) {
            validateNumberPattern(patterns.numberPattern);
            validateNumberPattern(patterns.creditNotePattern);
        }
    }

    /**
     * The number patterns of a channel (by code): its entry in the `series` option, else the
     * plugin-wide `numberPattern` / `creditNotePattern`, else the defaults.
     */
    patternsFor(channelCode: string): InvoiceSeriesPatterns {
        return (
            this.options.series?.[channelCode] ?? {
                numberPattern: this.options.numberPattern ?? DEFAULT_NUMBER_PATTERN,
                creditNotePattern: this.options.creditNotePattern ?? DEFAULT_CREDIT_NOTE_PATTERN,
            }
        );
    }

    /**
     * The channel that sells an order (the seller whose series numbers its invoice and credit
     * notes): the order's own channel, not the default channel every order also belongs to, nor
     * the channel of the request that settled or refunded it (the Dashboard usually acts in the
     * default channel).
     *
     * @throws Error when the order does not exist
     */
    async sellerChannel(orderId: ID): Promise<Channel> {
        const order = await this.connection.rawConnection
            .getRepository(Order)
            .findOne({ where: { id: orderId }, relations: { channels: true } });
        if (!order) throw new Error(`Order ${orderId} not found`);
        const defaultChannel = await this.channelService.getDefaultChannel();
        return order.channels.find(c => !idsEqual(c.id, defaultChannel.id)) ?? defaultChannel;
    }

    /**
     * Creates the issue and render queues and subscribes to settlements: the server only enqueues
     * an issue job; the worker reserves the number, writes the invoice and renders the PDF.
     */
    async onApplicationBootstrap(): Promise<void> {
        this.renderQueue = await this.jobQueueService.createQueue<RenderJobData>({
            name: RENDER_QUEUE,
            process: job => this.renderAndStore(job.data.invoiceId),
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
     * order's seller channel (see {@link sellerChannel}) and the language of `ctx`.
     */
    async queueIssue(ctx: RequestContext, orderId: ID): Promise<void> {
        const seller = await this.sellerChannel(orderId);
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
                const channel = await this.sellerChannel(id);
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
        const draft = await this.invoiceDraft(ctx, orderId);
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
     * The snapshot of an order for a new invoice (everything but its number), in the language of
     * `ctx`; undefined when the order is not in a settled state.
     *
     * @throws Error when the order is not found in the channel of `ctx`
     */
    async invoiceDraft(ctx: RequestContext, orderId: ID): Promise<InvoiceDraft | undefined> {
        const order = await this.orderService.findOne(ctx, orderId, [
            'channels',
            'customer',
            'lines',
            'lines.productVariant',
            'lines.productVariant.translations',
            'shippingLines',
            'shippingLines.shippingMethod',
            'surcharges',
        ]);
        if (!order) throw new Error(`Order ${orderId} not found in channel ${ctx.channel.code}`);
        if (!SETTLED_ORDER_STATES.includes(order.state)) {
            Logger.warn(`Order ${order.code} is ${order.state}: no invoice issued`, loggerCtx);
            return undefined;
        }
        const payments = await this.orderService.getOrderPayments(ctx, orderId);
        const settled = payments.filter(p => p.state === 'Settled');
        const lang = documentLanguage(ctx.languageCode);
        return {
            channelId: ctx.channelId,
            type: 'invoice',
            originalInvoiceId: null,
            originalInvoiceNumber: null,
            orderId: order.id,
            orderCode: order.code,
            seller: await this.sellerSettings.sellerFor(ctx),
            customer: customerSnapshot(order),
            lines: linesSnapshot(order, lang),
            taxTotals: taxTotalsByRate(order),
            totalExclTax: order.total,
            totalInclTax: order.totalWithTax,
            currencyCode: order.currencyCode,
            saleDate: order.orderPlacedAt ?? new Date(),
            paymentDate: settled.length
                ? new Date(Math.max(...settled.map(p => new Date(p.updatedAt).getTime())))
                : null,
            paymentMethod: settled.length
                ? await this.paymentMethodNames(
                      ctx,
                      settled.map(p => p.method),
                  )
                : null,
            languageCode: lang,
        };
    }

    /**
     * Inserts an invoice in the caller's transaction, with the next number of the invoice series
     * of the draft's channel (see {@link reserveNumber}); issued now.
     *
     * @throws Error when the number was already issued by the same seller (see {@link saveNumbered})
     */
    async insertInvoice(txCtx: RequestContext, draft: InvoiceDraft, dedupeKey: string): Promise<Invoice> {
        const issuedAt = new Date();
        const channel = await this.connection
            .getRepository(txCtx, Channel)
            .findOneOrFail({ where: { id: draft.channelId } });
        const pattern = this.patternsFor(channel.code).numberPattern;
        const reserved = await this.reserveNumber(txCtx, draft.channelId, 'invoice', pattern, issuedAt);
        return this.saveNumbered(
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

    /**
     * Saves a numbered document in the caller's transaction after checking that its seller has
     * not issued that number yet (in any channel). The unique index on (sellerKey, number)
     * enforces the same in the database; this check only gives the error a useful message.
     *
     * @throws Error when the number exists for the seller (two channels of one seller configured
     *   with the same pattern): the transaction rolls back and no number is consumed
     */
    async saveNumbered(txCtx: RequestContext, document: Invoice): Promise<Invoice> {
        const repo = this.connection.getRepository(txCtx, Invoice);
        const clash = await repo.findOne({
            where: { sellerKey: document.sellerKey ?? IsNull(), number: document.number },
        });
        if (clash) {
            throw new Error(
                `Number ${document.number} was already issued by seller ${document.sellerKey} in channel ` +
                    `${clash.channelId}: give each channel of a seller its own number pattern (InvoicesPlugin option "series")`,
            );
        }
        return repo.save(document);
    }

    /** After an invoice or credit note row committed: queues its PDF and publishes {@link InvoiceIssuedEvent}. */
    async afterIssue(ctx: RequestContext, invoice: Invoice): Promise<void> {
        await this.queueRender(invoice.id);
        await this.eventBus.publish(new InvoiceIssuedEvent(ctx, invoice));
    }

    /**
     * The order's current invoice: the latest of type `invoice` (a regenerated invoice replaces
     * the credited one).
     */
    async currentInvoice(orderId: ID): Promise<Invoice | undefined> {
        const found = await this.connection.rawConnection
            .getRepository(Invoice)
            .findOne({ where: { orderId, type: 'invoice' }, order: { id: 'DESC' } });
        return found ?? undefined;
    }

    /** Adds a job rendering and storing the PDF of an issued invoice or credit note (10 retries). */
    async queueRender(invoiceId: ID): Promise<void> {
        await this.renderQueue.add({ invoiceId }, { retries: 10 });
    }

    /**
     * Reserves the next number of a series of the seller channel `channelId` (the document's
     * channel, not necessarily the request's), inside the caller's transaction (`ctx`): the
     * counter row is created if missing, then locked (`SELECT … FOR UPDATE` on PostgreSQL; SQLite
     * transactions are immediate, so writers are already serialised) and incremented. If the
     * transaction rolls back, the number is not consumed.
     */
    async reserveNumber(
        ctx: RequestContext,
        channelId: ID,
        series: string,
        pattern: string,
        issuedAt: Date,
    ): Promise<{ value: number; number: string }> {
        const repo = this.connection.getRepository(ctx, InvoiceSequence);
        const timeZone = this.options.timeZone ?? DEFAULT_TIME_ZONE;
        const year = sequenceYear(pattern, issuedAt, timeZone);
        const key = { channelId, series, year };
        await repo
            .createQueryBuilder()
            .insert()
            .into(InvoiceSequence)
            .values({ ...key, nextValue: 1 })
            .orIgnore()
            .execute();
        const qb = repo
            .createQueryBuilder('seq')
            .where('seq.channelId = :channelId AND seq.series = :series AND seq.year = :year', key);
        if (this.connection.rawConnection.options.type === 'postgres') qb.setLock('pessimistic_write');
        const sequence = await qb.getOneOrFail();
        const value = sequence.nextValue;
        await repo.update({ id: sequence.id }, { nextValue: value + 1 });
        return { value, number: formatInvoiceNumber(pattern, value, issuedAt, timeZone) };
    }

    /**
     * Renders the PDF of an invoice and stores it; sets `pdfKey` and `pdfSha256` once, then
     * publishes {@link InvoicePdfStoredEvent} (which sends the email). Safe to retry: the number
     * never changes, and an already stored PDF is kept (and not emailed again).
     */
    async renderAndStore(invoiceId: ID): Promise<Invoice | undefined> {
        const repo = this.connection.rawConnection.getRepository(Invoice);
        const invoice = await repo.findOne({ where: { id: invoiceId } });
        if (!invoice) return undefined;
        if (invoice.pdfKey && invoice.pdfSha256) return invoice;
        const pdf = await renderInvoicePdf(
            invoice,
            this.options.fontsDir,
            this.options.paymentTermsNote,
            this.options.timeZone ?? DEFAULT_TIME_ZONE,
        );
        const key = `${invoice.channelId}/${invoice.series}/${invoice.number}.pdf`;
        await this.options.storageStrategy.write(key, pdf);
        const sha = createHash('sha256').update(pdf).digest('hex');
        const { affected } = await repo.update(
            { id: invoice.id, pdfKey: IsNull() },
            { pdfKey: key, pdfSha256: sha },
        );
        const stored = await repo.findOneOrFail({ where: { id: invoice.id } });
        if (affected) {
            const channel = await this.connection.rawConnection
                .getRepository(Channel)
                .findOneOrFail({ where: { id: invoice.channelId } });
            const ctx = await this.contextFor(channel.token, stored.languageCode);
            await this.eventBus.publish(new InvoicePdfStoredEvent(ctx, stored, pdf));
        }
        return stored;
    }

    /**
     * The download path of an invoice's PDF, relative to the server's public URL: a signed link
     * valid `downloadLinkTtlSeconds` (default 15 min) when `downloadLinkSecret` is set, otherwise
     * the authenticated route `/invoices/<id>/pdf`.
     *
     * @param expires expiry as Unix seconds; default now + the TTL
     */
    downloadPath(invoice: Pick<Invoice, 'id'>, expires?: number): string {
        const secret = this.options.downloadLinkSecret;
        if (!secret) return `/invoices/${invoice.id}/pdf`;
        const ttl = this.options.downloadLinkTtlSeconds ?? DEFAULT_LINK_TTL_SECONDS;
        return signedDownloadPath(String(invoice.id), expires ?? Math.floor(Date.now() / 1000) + ttl, secret);
    }

    /** Checks the signature and expiry (at most the TTL ahead) of a download link for an invoice (see download-link.ts). */
    checkDownloadLink(invoiceId: string, expires?: string, signature?: string): LinkCheck {
        const secret = this.options.downloadLinkSecret;
        const ttl = this.options.downloadLinkTtlSeconds ?? DEFAULT_LINK_TTL_SECONDS;
        return secret ? checkDownloadLink(invoiceId, expires, signature, secret, undefined, ttl) : 'invalid';
    }

    /**
     * The accountants' export of the active channel: every invoice and credit note issued from
     * `from` to `to` (days `YYYY-MM-DD` in the shop's time zone, inclusive), streamed through
     * `write` as a ZIP of `<series>/<number>.pdf` plus `invoices.csv`. Each PDF is checked against
     * its SHA-256 (see {@link readPdf}). The archive is written by `yazl` (PDFs stored as they are,
     * already compressed; the CSV deflated; ZIP64 when an export outgrows 4 GiB or 65 535 entries).
     *
     * @throws Error with a client-facing message when the range is invalid (see exportRange)
     */
    async exportZip(
        ctx: RequestContext,
        from: string | undefined,
        to: string | undefined,
        write: (chunk: Buffer) => void,
    ): Promise<number> {
        const timeZone = this.options.timeZone ?? DEFAULT_TIME_ZONE;
        const { start, end } = exportRange(from, to, timeZone);
        const invoices = await this.connection.getRepository(ctx, Invoice).find({
            where: { channelId: ctx.channelId, issuedAt: Between(start, new Date(end.getTime() - 1)) },
            order: { series: 'ASC', sequenceValue: 'ASC' },
        });
        const zip = new ZipFile();
        const streamed = (async () => {
            for await (const chunk of zip.outputStream as Readable) write(chunk as Buffer);
        })();
        const fileOf = (i: Invoice) => (i.pdfKey ? `${i.series}/${i.number}.pdf` : null);
        try {
            for (const invoice of invoices) {
                const pdf = await this.readPdf(invoice);
                const name = fileOf(invoice);
                if (pdf && name)
                    zip.addBuffer(pdf, name, { mtime: new Date(invoice.issuedAt), compress: false });
            }
            const csv = Buffer.from(invoicesCsv(invoices, timeZone, fileOf), 'utf8');
            zip.addBuffer(csv, 'invoices.csv', { mtime: new Date() });
            zip.end();
        } catch (err) {
            // Stop the stream (its reader ends) and report the cause, not the premature close.
            (zip.outputStream as Readable).destroy();
            await streamed.catch(() => undefined);
            throw err;
        }
        await streamed;
        return invoices.length;
    }

    /** The invoices and credit notes of an order in the active channel, oldest first. */
    async findForOrder(ctx: RequestContext, orderId: ID): Promise<Invoice[]> {
        return this.connection.getRepository(ctx, Invoice).find({
            where: { orderId, channelId: ctx.channelId },
            order: { id: 'ASC' },
        });
    }

    /** One invoice by id in any channel (for a signed link, whose signature names the invoice). */
    async findById(id: ID): Promise<Invoice | undefined> {
        return (
            (await this.connection.rawConnection.getRepository(Invoice).findOne({ where: { id } })) ??
            undefined
        );
    }

    /** One invoice of the active channel by id. */
    async findOne(ctx: RequestContext, id: ID): Promise<Invoice | undefined> {
        const invoice = await this.connection
            .getRepository(ctx, Invoice)
            .findOne({ where: { id, channelId: ctx.channelId } });
        return invoice ?? undefined;
    }

    /**
     * The stored PDF of an invoice, checked against its SHA-256.
     *
     * @throws Error when the stored bytes do not match the checksum (tampered or corrupt file)
     */
    async readPdf(invoice: Invoice): Promise<Buffer | undefined> {
        if (!invoice.pdfKey) return undefined;
        const pdf = await this.options.storageStrategy.read(invoice.pdfKey);
        if (pdf && createHash('sha256').update(pdf).digest('hex') !== invoice.pdfSha256)
            throw new Error(`Stored PDF of invoice ${invoice.number} does not match its checksum`);
        return pdf;
    }

    /**
     * The PDF of a rendered invoice as an email attachment named `<number>.pdf`: by path when the
     * storage strategy gives one (nodemailer reads the stored file when the email job sends it, so
     * the job's data stays small), otherwise its content read from storage and checked against
     * the SHA-256 (see {@link readPdf}).
     *
     * @throws Error when the PDF is not stored (or does not match its checksum)
     */
    async pdfAttachment(
        invoice: Invoice,
    ): Promise<{ filename: string; contentType: string; path?: string; content?: Buffer }> {
        const attachment = { filename: `${invoice.number}.pdf`, contentType: 'application/pdf' };
        const storage = this.options.storageStrategy;
        const file =
            invoice.pdfKey && storage.attachmentPath
                ? await storage.attachmentPath(invoice.pdfKey)
                : undefined;
        if (file) return { ...attachment, path: file };
        const content = await this.readPdf(invoice);
        if (!content) throw new Error(`The PDF of invoice ${invoice.number} is not stored`);
        return { ...attachment, content };
    }

    /**
     * The names of payment methods (by code) in the language of `ctx`, comma-separated; a code
     * without a method in the channel (e.g. deleted since) is printed as is.
     */
    async paymentMethodNames(ctx: RequestContext, codes: string[]): Promise<string> {
        const unique = [...new Set(codes)];
        const { items } = await this.paymentMethodService.findAll(ctx, {
            filter: { code: { in: unique } },
            take: unique.length,
        });
        return unique.map(code => items.find(m => m.code === code)?.name || code).join(', ');
    }

    private findByDedupeKey(dedupeKey: string) {
        return this.connection.rawConnection.getRepository(Invoice).findOne({ where: { dedupeKey } });
    }
}

function idsEqual(a: ID, b: ID): boolean {
    return String(a) === String(b);
}

function address(a: OrderAddress | undefined): InvoiceAddress | undefined {
    if (!a?.streetLine1) return undefined;
    return {
        fullName: a.fullName || undefined,
        company: a.company || undefined,
        streetLine1: a.streetLine1,
        streetLine2: a.streetLine2 || undefined,
        postalCode: a.postalCode || undefined,
        city: a.city ?? '',
        countryCode: a.countryCode ?? '',
        country: a.country || undefined,
    };
}

/**
 * The customer snapshot of an order: name, email, addresses and, for a business buyer, the company
 * (billing, else delivery address) and the VAT number and SIREN of the order's custom fields
 * (normalised).
 */
export function customerSnapshot(order: Order): InvoiceCustomer {
    const delivery = address(order.shippingAddress);
    const billing = address(order.billingAddress);
    const name = order.customer
        ? `${order.customer.firstName ?? ''} ${order.customer.lastName ?? ''}`.trim()
        : (billing?.fullName ?? delivery?.fullName ?? '');
    const vatNumber = normaliseVatNumber(order.customFields?.buyerVatNumber ?? '');
    const siren = normaliseSiren(order.customFields?.buyerSiren ?? '');
    const company = billing?.company ?? delivery?.company;
    return {
        name: name || billing?.fullName || delivery?.fullName || '',
        email: order.customer?.emailAddress,
        billingAddress: billing,
        deliveryAddress: delivery,
        ...(company ? { company } : {}),
        ...(vatNumber ? { vatNumber } : {}),
        ...(siren ? { siren } : {}),
    };
}

/**
 * The order's tax summary merged per VAT rate (Vendure lists shipping and surcharges apart even
 * at the same rate); integer sums, so the totals stay exactly the order's.
 */
export function taxTotalsByRate(order: Order): InvoiceTaxTotal[] {
    const byRate = new Map<number, InvoiceTaxTotal>();
    for (const t of order.taxSummary) {
        const entry = byRate.get(t.taxRate) ?? {
            taxRate: t.taxRate,
            description: `TVA ${t.taxRate} %`,
            base: 0,
            tax: 0,
        };
        entry.base += t.taxBase;
        entry.tax += t.taxTotal;
        byRate.set(t.taxRate, entry);
    }
    return [...byRate.values()].sort((a, b) => b.taxRate - a.taxRate);
}

/**
 * The lines snapshot of an order: product lines (names in the language the order was loaded in),
 * then shipping, then surcharges.
 */
export function linesSnapshot(order: Order, lang: 'fr' | 'en' = 'fr'): InvoiceLine[] {
    const lines: InvoiceLine[] = order.lines.map(l => ({
        description: l.productVariant?.name ?? `${lang === 'en' ? 'Item' : 'Article'} ${l.productVariantId}`,
        sku: l.productVariant?.sku,
        quantity: l.quantity,
        unitPrice: Math.round(l.unitPrice),
        taxRate: l.taxRate,
        discount: Math.max(0, l.linePrice - l.proratedLinePrice),
        totalExclTax: l.proratedLinePrice,
        totalInclTax: l.proratedLinePriceWithTax,
    }));
    for (const s of order.shippingLines ?? []) {
        lines.push({
            description: `${lang === 'en' ? 'Shipping' : 'Livraison'}${s.shippingMethod?.name ? ` — ${s.shippingMethod.name}` : ''}`,
            quantity: 1,
            unitPrice: Math.round(s.price),
            taxRate: s.taxRate,
            discount: Math.max(0, Math.round(s.price) - s.discountedPrice),
            totalExclTax: s.discountedPrice,
            totalInclTax: s.discountedPriceWithTax,
        });
    }
    for (const s of order.surcharges ?? []) {
        lines.push({
            description: s.description,
            sku: s.sku || undefined,
            quantity: 1,
            unitPrice: s.price,
            taxRate: s.taxRate,
            discount: 0,
            totalExclTax: s.price,
            totalInclTax: s.priceWithTax,
        });
    }
    return lines;
}
