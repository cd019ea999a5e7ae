import type { Order } from '@vendure/core';
import type { InvoiceStorageStrategy } from './config/invoice-storage-strategy';

/** A postal address as printed on an invoice. */
export interface InvoiceAddress {
    /** Name of the person or company at the address. */
    fullName?: string;
    /** Company name, if any. */
    company?: string;
    /** Street lines. */
    streetLine1: string;
    /** Second street line. */
    streetLine2?: string;
    /** Postal code. */
    postalCode?: string;
    /** City. */
    city: string;
    /** ISO 3166-1 alpha-2 country code. */
    countryCode: string;
    /** Country name, as printed. */
    country?: string;
}

/** The seller's legal identity, printed on every invoice (French/EU mandatory mentions). */
export interface InvoiceSeller {
    /** Full legal name (dénomination sociale). */
    legalName: string;
    /** Registered office address. */
    address: InvoiceAddress;
    /** SIREN (9 digits). */
    siren: string;
    /** SIRET of the establishment (14 digits). */
    siret?: string;
    /** Legal form, e.g. "SAS". */
    legalForm: string;
    /** Share capital in minor units of `shareCapitalCurrency`. */
    shareCapital: number;
    /** Currency of the share capital (ISO 4217). */
    shareCapitalCurrency: string;
    /** City of the RCS registration, e.g. "Paris". */
    rcsCity: string;
    /** Intra-EU VAT number, e.g. "FR12345678901". */
    vatNumber: string;
    /** Contact email printed in the header, optional. */
    email?: string;
}

/** The buyer as printed on an invoice. */
export interface InvoiceCustomer {
    /** Customer's full name. */
    name: string;
    /** Customer's email address. */
    email?: string;
    /** Billing address (falls back to the delivery address when the order has none). */
    billingAddress?: InvoiceAddress;
    /** Delivery address. */
    deliveryAddress?: InvoiceAddress;
    /** Buyer's VAT number for intra-EU B2B supplies, if known. */
    vatNumber?: string;
    /** Buyer's company name (billing, else delivery address), for B2B purchases. */
    company?: string;
    /** Buyer's French SIREN, for B2B purchases. */
    siren?: string;
}

/** One line of an invoice; amounts in minor units of the invoice currency. */
export interface InvoiceLine {
    /** Precise description of the goods or service. */
    description: string;
    /** SKU, when the line is a product variant. */
    sku?: string;
    /** Quantity. */
    quantity: number;
    /** Unit price excluding VAT, before discounts. */
    unitPrice: number;
    /** VAT rate in percent (e.g. 20). */
    taxRate: number;
    /** Discount on the line, excluding VAT (positive number). */
    discount: number;
    /** Line total excluding VAT, discounts applied. */
    totalExclTax: number;
    /** Line total including VAT, discounts applied. */
    totalInclTax: number;
}

/** Totals for one VAT rate; amounts in minor units. */
export interface InvoiceTaxTotal {
    /** VAT rate in percent. */
    taxRate: number;
    /** Label of the rate, e.g. "TVA 20 %". */
    description: string;
    /** Taxable base excluding VAT. */
    base: number;
    /** VAT amount. */
    tax: number;
}

/** Kind of document: an invoice or a credit note (avoir). */
export type InvoiceType = 'invoice' | 'creditNote';

/** The number patterns of one channel's two series (tokens as in `numberPattern`). */
export interface InvoiceSeriesPatterns {
    /** Invoices, e.g. `RAD-FR-{YYYY}-{000000}`. */
    numberPattern: string;
    /** Credit notes, e.g. `RAD-AV-FR-{YYYY}-{000000}`. */
    creditNotePattern: string;
}

/** Options of {@link InvoicesPlugin}. */
export interface InvoicesPluginOptions {
    /**
     * The seller per channel code; `default` is used for channels not listed. Each channel is a
     * seller with its own number series.
     */
    sellers: { default: InvoiceSeller; [channelCode: string]: InvoiceSeller };
    /**
     * Invoice number pattern of the channels not listed in `series`; tokens `{YYYY}`, `{YY}` and
     * `{0…0}` (zero-padded counter). Default `RAD-{YYYY}-{000000}`.
     */
    numberPattern?: string;
    /** Credit note number pattern of the channels not listed in `series`. Default `RAD-AV-{YYYY}-{000000}`. */
    creditNotePattern?: string;
    /**
     * The number patterns of each channel (by channel code), so that channels sharing one seller
     * (SIREN) number in distinct series, e.g. `{ ci: { numberPattern: 'RAD-CI-{YYYY}-{000000}',
     * creditNotePattern: 'RAD-AV-CI-{YYYY}-{000000}' } }`. A number is unique per seller: two
     * channels of one seller with the same pattern cannot both issue (see README, "Numbering").
     */
    series?: { [channelCode: string]: InvoiceSeriesPatterns };
    /** Where PDFs are stored. Default: {@link LocalInvoiceStorageStrategy} in `$DATA_DIR/invoices`. */
    storageStrategy: InvoiceStorageStrategy;
    /** IANA time zone of the printed dates and of the year in numbers. Default `Europe/Paris`. */
    timeZone?: string;
    /** Mention for B2B terms (late-payment penalties, €40 recovery fee), printed at the bottom. */
    paymentTermsNote?: string;
    /**
     * Secret of the signed download links (HMAC-SHA256). When set, `Invoice.downloadUrl` is a
     * short-lived signed link usable without a session; when absent, it is the authenticated route.
     */
    downloadLinkSecret?: string;
    /** Lifetime of a signed download link in seconds. Default 900 (15 minutes). */
    downloadLinkTtlSeconds?: number;
    /**
     * The language (ISO 639-1 code; `en` prints English, anything else French) an order's invoice
     * and credit notes are written in, whichever request issues them (the settling request may be a
     * gateway's notification, or the Dashboard and the worker in the administrator's language).
     * Default: the Order custom field `languageCode` when the application defines one, else the
     * language of the request that settled the order.
     */
    orderLanguage?: (order: Order) => string | null | undefined;
}
