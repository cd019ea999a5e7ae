import {
    BadRequestException,
    Controller,
    ForbiddenException,
    Get,
    NotFoundException,
    Param,
    Query,
    Res,
} from '@nestjs/common';
import { Allow, Ctx, Logger, Permission, RequestContext } from '@vendure/core';
import type { Response } from 'express';
import { readInvoicePermission } from '../constants-permission';
import { loggerCtx } from '../constants';
import { exportRange } from '../helpers/export';
import { InvoiceExportService } from '../services/invoice-export.service';
import { InvoiceLinkService } from '../services/invoice-link.service';
import { InvoicePdfService } from '../services/invoice-pdf.service';
import { InvoiceService } from '../services/invoice.service';
import { EntityIdPipe } from '../../shared/entity-id';
import { errorMessage } from '../../shared/error-message';

/**
 * `GET /invoices/:id/pdf`: the stored PDF.
 * - With `expires` and `signature` (a signed link from `Invoice.downloadUrl`): served to anyone
 *   holding a valid, unexpired link; a tampered link → 403 "Invalid download link", an expired
 *   one → 403 "Download link expired".
 * - Without: for the customer who owns the order (403 otherwise, anonymous included) or an
 *   administrator with ReadInvoice on the channel; send the session's bearer token (or cookie).
 * Without a signature, send the channel token (`vendure-token`); an unknown invoice → 404, a
 * malformed id → 400 "Invalid id".
 */
@Controller('invoices')
export class InvoiceDownloadController {
    constructor(
        private readonly invoiceService: InvoiceService,
        private readonly linkService: InvoiceLinkService,
        private readonly pdfService: InvoicePdfService,
        private readonly exportService: InvoiceExportService,
    ) {}

    /**
     * `GET /invoices/export.zip?from=YYYY-MM-DD&to=YYYY-MM-DD` (ReadInvoice): the channel's
     * invoices and credit notes issued in the range (the shop's days, inclusive, at most 366) as a
     * ZIP of PDFs plus `invoices.csv`; 400 with a message for a bad range.
     */
    @Get('export.zip')
    @Allow(readInvoicePermission.Permission)
    async export(
        @Ctx() ctx: RequestContext,
        @Query('from') from: string | undefined,
        @Query('to') to: string | undefined,
        @Res() res: Response,
    ): Promise<void> {
        try {
            exportRange(from, to, 'UTC');
        } catch (err) {
            throw new BadRequestException(errorMessage(err));
        }
        res.set({
            'Content-Type': 'application/zip',
            'Content-Disposition': `attachment; filename="invoices-${from}-${to}.zip"`,
            'Cache-Control': 'private, no-store',
        });
        try {
            await this.exportService.exportZip(ctx, from, to, chunk => res.write(chunk));
            res.end();
        } catch (err) {
            // Part of the archive is sent already: cut the response so the client sees it failed.
            Logger.error(`Invoice export ${from}..${to} failed: ${errorMessage(err)}`, loggerCtx);
            res.destroy(err instanceof Error ? err : new Error(errorMessage(err)));
        }
    }

    /** Sends the PDF after the signature or ownership check. */
    @Get(':id/pdf')
    @Allow(Permission.Public)
    async download(
        @Ctx() ctx: RequestContext,
        @Param('id', EntityIdPipe) id: string,
        @Query('expires') expires: string | undefined,
        @Query('signature') signature: string | undefined,
        @Res() res: Response,
    ): Promise<void> {
        const signed = expires !== undefined || signature !== undefined;
        if (signed) {
            const check = this.linkService.checkDownloadLink(id, expires, signature);
            if (check === 'invalid') throw new ForbiddenException('Invalid download link');
            if (check === 'expired') throw new ForbiddenException('Download link expired');
        }
        // A valid signature names the invoice: the link works without the channel header (email
        // clients, the Dashboard); the authenticated route stays within the active channel.
        const invoice = signed
            ? await this.invoiceService.findById(id)
            : await this.invoiceService.findOne(ctx, id);
        if (!invoice) throw new NotFoundException('No such invoice');
        const isAdmin = ctx.userHasPermissions([readInvoicePermission.Permission]);
        if (!signed && !isAdmin && !(await this.invoiceService.isOwnedByActiveCustomer(ctx, invoice))) {
            throw new ForbiddenException('Not your invoice');
        }
        const pdf = await this.pdfService.readPdf(invoice);
        if (!pdf) throw new NotFoundException('The PDF is not rendered yet');
        res.set({
            'Content-Type': 'application/pdf',
            'Content-Disposition': `attachment; filename="${invoice.number}.pdf"`,
            'Cache-Control': 'private, no-store',
        });
        res.send(pdf);
    }
}
