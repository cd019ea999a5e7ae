import { DeepPartial, ID } from '@vendure/common/lib/shared-types';
import { Calculated, EntityId, VendureEntity } from '@vendure/core';
import { Column, Entity, Index } from 'typeorm';
import type { InvoiceCustomer, InvoiceLine, InvoiceSeller, InvoiceTaxTotal, InvoiceType } from '../types';

/**
 * An issued invoice or credit note. Immutable once written: only the PDF fields (`pdfKey`,
 * `pdfSha256`) are filled in once, by the render job. Amounts are integer minor units of
 * `currencyCode`. The seller is the channel (`channelId`), a legal entity (`sellerKey`, its SIREN):
 * a number is unique per seller, whichever channel issued it (CGI annexe II art. 242 nonies A, 7°).
 */
@Entity('radiant_invoice')
@Index('IDX_radiant_invoice_number', ['channelId', 'series', 'number'], { unique: true })
@Index('IDX_radiant_invoice_seller_number', ['sellerKey', 'number'], { unique: true })
@Index('IDX_radiant_invoice_order', ['orderId'])
export class Invoice extends VendureEntity {
    constructor(input?: DeepPartial<Invoice>) {
        super(input);
    }

    /** The channel (seller) that issued the document. */
    @EntityId()
    channelId: ID;

    /** Idempotency key: `invoice:<orderId>`, `cancel:<orderId>` or `refund:<refundId>`; unique. */
    @Index('IDX_radiant_invoice_dedupe', { unique: true })
    @Column('varchar', { length: 100 })
    dedupeKey: string;

    /** The formatted number, e.g. `RAD-2026-000042`. */
    @Column('varchar', { length: 64 })
    number: string;

    /**
     * The legal seller the number is unique for: the snapshot's SIREN (9 digits), or `channel:<id>`
     * for a seller without one. Null only on documents issued before this column existed whose
     * number duplicates an earlier one of the same SIREN (see migration InvoiceSellerNumber).
     */
    @Column('varchar', { length: 32, nullable: true })
    sellerKey: string | null;

    /** The number series (`invoice` or `creditNote` by default). */
    @Column('varchar', { length: 32 })
    series: string;

    /** The counter value that produced `number`. */
    @Column('integer')
    sequenceValue: number;

    /** `invoice` or `creditNote`. */
    @Column('varchar', { length: 16 })
    type: InvoiceType;

    /** For a credit note: the invoice it corrects. */
    @EntityId({ nullable: true })
    originalInvoiceId: ID | null;

    /** For a credit note: the number of the invoice it corrects. */
    @Column('varchar', { length: 64, nullable: true })
    originalInvoiceNumber: string | null;

    /** The order invoiced. */
    @EntityId()
    orderId: ID;

    /** The order's code. */
    @Column('varchar', { length: 64 })
    orderCode: string;

    /** Seller snapshot at issue. */
    @Column('simple-json')
    seller: InvoiceSeller;

    /** Customer snapshot at issue. */
    @Column('simple-json')
    customer: InvoiceCustomer;

    /** Lines snapshot (credit notes: negative quantities/amounts are never used; see README). */
    @Column('simple-json')
    lines: InvoiceLine[];

    /** Totals per VAT rate. */
    @Column('simple-json')
    taxTotals: InvoiceTaxTotal[];

    /** Total excluding VAT. */
    @Column('integer')
    totalExclTax: number;

    /** Total including VAT. */
    @Column('integer')
    totalInclTax: number;

    /** ISO 4217 currency code. */
    @Column('varchar', { length: 3 })
    currencyCode: string;

    /** Date of issue (UTC). */
    @Column({ type: Date })
    issuedAt: Date;

    /** Date of the sale (order placed). */
    @Column({ type: Date })
    saleDate: Date;

    /** Date of payment, when already paid. */
    @Column({ type: Date, nullable: true })
    paymentDate: Date | null;

    /** Payment method name(s) in the invoice's language, when already paid. */
    @Column('varchar', { length: 255, nullable: true })
    paymentMethod: string | null;

    /** Language of the document (PDF, email): the settling request's, `fr` or `en`. */
    @Column('varchar', { length: 8, default: 'fr' })
    languageCode: string;

    /** Storage key of the PDF; null until the render job has stored it. */
    @Column('varchar', { length: 255, nullable: true })
    pdfKey: string | null;

    /** SHA-256 (hex) of the stored PDF; null until rendered. */
    @Column('varchar', { length: 64, nullable: true })
    pdfSha256: string | null;

    /**
     * The buyer's name (from the snapshot). For list filters and sorting it stands for the whole
     * customer snapshot text, so `contains` searches name, email and addresses.
     */
    @Calculated({ expression: 'invoice.customer' })
    get customerName(): string {
        return this.customer?.name ?? '';
    }

    /** The buyer's email (from the snapshot); filters like {@link customerName}. */
    @Calculated({ expression: 'invoice.customer' })
    get customerEmail(): string | null {
        return this.customer?.email ?? null;
    }
}
