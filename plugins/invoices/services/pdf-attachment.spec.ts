import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { InvoiceStorageStrategy } from '../config/invoice-storage-strategy';
import type { Invoice } from '../entities/invoice.entity';
import { InvoicePdfService } from './invoice-pdf.service';

const PDF = Buffer.from('%PDF-1.7 test');
const invoice = {
    number: 'RAD-2026-000001',
    pdfKey: '1/invoice/RAD-2026-000001.pdf',
    pdfSha256: createHash('sha256').update(PDF).digest('hex'),
} as Invoice;

/** An InvoicePdfService with only the options `pdfAttachment` reads (no Nest container). */
function serviceWith(storageStrategy: InvoiceStorageStrategy): InvoicePdfService {
    const service = Object.create(InvoicePdfService.prototype);
    service.options = { storageStrategy };
    return service;
}

describe('InvoicePdfService.pdfAttachment', () => {
    it('attaches by path when the storage strategy gives one (no bytes in the email job)', async () => {
        const service = serviceWith({
            write: async () => undefined,
            read: async () => {
                throw new Error('must not read');
            },
            attachmentPath: async key => `/data/invoices/${key}`,
        });
        expect(await service.pdfAttachment(invoice)).toEqual({
            filename: 'RAD-2026-000001.pdf',
            contentType: 'application/pdf',
            path: '/data/invoices/1/invoice/RAD-2026-000001.pdf',
        });
    });

    it('otherwise reads the PDF from storage, checked against its SHA-256', async () => {
        const stored = new Map([[invoice.pdfKey!, PDF]]);
        const service = serviceWith({ write: async () => undefined, read: async key => stored.get(key) });
        expect(await service.pdfAttachment(invoice)).toEqual({
            filename: 'RAD-2026-000001.pdf',
            contentType: 'application/pdf',
            content: PDF,
        });
        stored.set(invoice.pdfKey!, Buffer.from('tampered'));
        await expect(service.pdfAttachment(invoice)).rejects.toThrow('does not match its checksum');
        stored.clear();
        await expect(service.pdfAttachment(invoice)).rejects.toThrow('is not stored');
    });
});
