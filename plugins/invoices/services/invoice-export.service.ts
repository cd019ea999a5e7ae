/**
 * The accountants' export: a channel's invoices and credit notes of a date range as a streamed ZIP
 * of their PDFs plus a CSV ledger (helpers/export.ts builds the range and the CSV).
 */
import { Readable } from 'node:stream';
import { Inject, Injectable } from '@nestjs/common';
import { RequestContext, TransactionalConnection } from '@vendure/core';
import { Between } from 'typeorm';
import { ZipFile } from 'yazl';
import { DEFAULT_TIME_ZONE, INVOICES_PLUGIN_OPTIONS } from '../constants';
import { Invoice } from '../entities/invoice.entity';
import { documentChannelScope } from './invoice.service';
import { exportRange, invoicesCsv } from '../helpers/export';
import type { InvoicesPluginOptions } from '../types';
import { InvoicePdfService } from './invoice-pdf.service';

/** See the module documentation. */
@Injectable()
export class InvoiceExportService {
    constructor(
        private readonly connection: TransactionalConnection,
        private readonly pdfService: InvoicePdfService,
        @Inject(INVOICES_PLUGIN_OPTIONS) private readonly options: InvoicesPluginOptions,
    ) {}

    /**
     * The accountants' export of the active channel: every invoice and credit note issued from
     * `from` to `to` (days `YYYY-MM-DD` in the shop's time zone, inclusive), streamed through
     * `write` as a ZIP of `<series>/<number>.pdf` plus `invoices.csv`. Each PDF is checked against
     * its SHA-256 (see {@link InvoicePdfService.readPdf}). The archive is written by `yazl` (PDFs stored as they are,
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
            where: { ...documentChannelScope(ctx), issuedAt: Between(start, new Date(end.getTime() - 1)) },
            order: { series: 'ASC', sequenceValue: 'ASC' },
        });
        const zip = new ZipFile();
        const streamed = (async () => {
            for await (const chunk of zip.outputStream as Readable) write(chunk as Buffer);
        })();
        const fileOf = (i: Invoice) => (i.pdfKey ? `${i.series}/${i.number}.pdf` : null);
        try {
            for (const invoice of invoices) {
                const pdf = await this.pdfService.readPdf(invoice);
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
}
