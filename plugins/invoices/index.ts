export { InvoicesPlugin } from './invoices.plugin';
export type { ResolvedInvoicesPluginOptions } from './invoices.plugin';
export { Invoice } from './entities/invoice.entity';
export { InvoiceSequence } from './entities/invoice-sequence.entity';
export {
    InvoiceService,
    DEFAULT_NUMBER_PATTERN,
    DEFAULT_CREDIT_NOTE_PATTERN,
} from './services/invoice.service';
export { renderInvoicePdf, formatMoney } from './services/invoice-pdf';
export { formatInvoiceNumber } from './services/numbering';
export {
    InvoiceStorageStrategy,
    LocalInvoiceStorageStrategy,
    S3InvoiceStorageStrategy,
    S3InvoiceStorageOptions,
} from './config/invoice-storage-strategy';
export { InvoiceIssuedEvent, InvoicePdfStoredEvent } from './events';
export { invoiceEmailHandler } from './config/invoice-email-handler';
export { issueMissingInvoicesTask } from './config/issue-missing-task';
export * from './types';
export { CreditNoteService, CreditRequest } from './services/credit-note.service';
export { creditAmounts } from './services/credit-note';
export { readInvoicePermission, regenerateInvoicePermission } from './constants-permission';
export { updateInvoiceSettingsPermission } from './constants-permission';
export { SellerSettingsService, sellerSettingsField } from './services/seller-settings.service';
export type { InvoiceSellerSettings, UpdateSellerSettingsResult } from './services/seller-settings.service';
export {
    sellerErrors,
    normalizeSeller,
    sirenError,
    siretError,
    vatNumberError,
    frenchVatKey,
} from './services/seller-validation';
export type { SellerFieldError } from './services/seller-validation';
