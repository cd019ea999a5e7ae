import { RequestContext, VendureEvent } from '@vendure/core';
import type { Invoice } from './entities/invoice.entity';

/** Published when an invoice or credit note has been issued (its row committed; the PDF may not be rendered yet). */
export class InvoiceIssuedEvent extends VendureEvent {
    /**
     * @param ctx the context of the issue
     * @param invoice the issued invoice or credit note
     */
    constructor(
        public ctx: RequestContext,
        public invoice: Invoice,
    ) {
        super();
    }
}
