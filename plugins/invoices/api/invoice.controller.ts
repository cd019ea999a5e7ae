import { Controller, ForbiddenException, Get, NotFoundException, Param, Res } from '@nestjs/common';
import { Allow, Ctx, Customer, Order, Permission, RequestContext, TransactionalConnection } from '@vendure/core';
import type { Response } from 'express';
import { readInvoicePermission } from '../constants-permission';
import { InvoiceService } from '../services/invoice.service';

/**
 * `GET /invoices/:id/pdf`: the stored PDF, for the customer who owns the order (403 otherwise)
 * or an administrator with ReadInvoice on the channel. Send the session's bearer token (or cookie)
 * and the channel token.
 */
@Controller('invoices')
export class InvoiceDownloadController {
    constructor(
        private readonly invoiceService: InvoiceService,
        private readonly connection: TransactionalConnection,
    ) {}

    /** Streams the PDF after the ownership check. */
    @Get(':id/pdf')
    @Allow(Permission.Authenticated)
    async download(@Ctx() ctx: RequestContext, @Param('id') id: string, @Res() res: Response): Promise<void> {
        const invoice = await this.invoiceService.findOne(ctx, id);
        if (!invoice) throw new NotFoundException('No such invoice');
        const isAdmin = ctx.userHasPermissions([readInvoicePermission.Permission as Permission]);
        if (!isAdmin) {
            const order = await this.connection
                .getRepository(ctx, Order)
                .findOne({ where: { id: invoice.orderId }, relations: { customer: { user: true } } });
            const owner: Customer | undefined = order?.customer;
            if (!ctx.activeUserId || !owner?.user || String(owner.user.id) !== String(ctx.activeUserId)) {
                throw new ForbiddenException('Not your invoice');
            }
        }
        const pdf = await this.invoiceService.readPdf(invoice);
        if (!pdf) throw new NotFoundException('The PDF is not rendered yet');
        res.set({
            'Content-Type': 'application/pdf',
            'Content-Disposition': `attachment; filename="${invoice.number}.pdf"`,
            'Cache-Control': 'private, no-store',
        });
        res.send(pdf);
    }
}
