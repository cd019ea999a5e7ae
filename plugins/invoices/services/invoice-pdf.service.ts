/**
 * Invoice PDFs: rendered once (Factur-X, in the worker) and written through the configured
 * InvoiceStorageStrategy with their SHA-256, then read back checked against it — for downloads, the
 * accountants' export and the email attachment.
 */
import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { ID } from '@vendure/common/lib/shared-types';
import {
    Channel,
    EventBus,
    RequestContext,
    RequestContextService,
    TransactionalConnection,
} from '@vendure/core';
import { IsNull } from 'typeorm';
import { DEFAULT_TIME_ZONE, INVOICES_PLUGIN_OPTIONS } from '../constants';
import { Invoice } from '../entities/invoice.entity';
import { InvoicePdfStoredEvent } from '../events';
import { renderInvoicePdf } from '../helpers/invoice-pdf';
import type { InvoicesPluginOptions } from '../types';

/** See the module documentation. */
@Injectable()
export class InvoicePdfService {
    constructor(
        private readonly connection: TransactionalConnection,
        private readonly eventBus: EventBus,
        private readonly requestContextService: RequestContextService,
        @Inject(INVOICES_PLUGIN_OPTIONS)
        private readonly options: InvoicesPluginOptions & { fontsDir: string },
    ) {}

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
            const ctx = await this.requestContextService.create({
                apiType: 'admin',
                channelOrToken: channel.token,
                languageCode: stored.languageCode as RequestContext['languageCode'],
            });
            await this.eventBus.publish(new InvoicePdfStoredEvent(ctx, stored, pdf));
        }
        return stored;
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
}
