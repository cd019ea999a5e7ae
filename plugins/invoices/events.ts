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

/**
 * Published (in the worker) once the PDF of an invoice or credit note has been rendered and
 * stored, exactly once per document: the invoice email listens to it. `ctx` is the seller's
 * channel in the document's language; `pdf` holds the stored bytes.
 */
export class InvoicePdfStoredEvent extends VendureEvent {
    /**
     * @param ctx the seller's channel, in the document's language
     * @param invoice the invoice or credit note, with `pdfKey` and `pdfSha256` set
     * @param pdf the stored PDF
     */
    constructor(
        public ctx: RequestContext,
        public invoice: Invoice,
        public pdf: Buffer,
    ) {
        super();
    }
}
