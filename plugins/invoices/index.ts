export { InvoicesPlugin } from './invoices.plugin';
export type { ResolvedInvoicesPluginOptions } from './invoices.plugin';
export { Invoice } from './entities/invoice.entity';
export { InvoiceSequence } from './entities/invoice-sequence.entity';
export { InvoiceService } from './services/invoice.service';
export { InvoiceIssueService } from './services/invoice-issue.service';
export type { IssueJobData } from './services/invoice-issue.service';
export { InvoiceNumberingService } from './services/invoice-numbering.service';
export { InvoiceDraftService } from './services/invoice-draft.service';
export type { InvoiceDraft } from './services/invoice-draft.service';
export { InvoicePdfService } from './services/invoice-pdf.service';
export { InvoiceLinkService } from './services/invoice-link.service';
export { InvoiceExportService } from './services/invoice-export.service';
export { DEFAULT_NUMBER_PATTERN, DEFAULT_CREDIT_NOTE_PATTERN, DEFAULT_TIME_ZONE } from './constants';
export { renderInvoicePdf, formatMoney } from './helpers/invoice-pdf';
export { formatInvoiceNumber } from './helpers/numbering';
export {
    InvoiceStorageStrategy,
    LocalInvoiceStorageStrategy,
    S3InvoiceStorageStrategy,
    S3InvoiceStorageOptions,
} from './config/invoice-storage-strategy';
export { InvoiceIssuedEvent, InvoicePdfStoredEvent } from './events';
export { invoiceEmailHandler } from './config/invoice-email-handler';
export { issueMissingInvoicesTask } from './config/issue-missing-task';
export { reconcileInvoiceDocumentsTask } from './config/reconcile-task';
export { InvoiceReconciliationService } from './services/invoice-reconciliation.service';
export type { ReconcileOptions, ReconcileResult } from './services/invoice-reconciliation.service';
export * from './types';
export { CreditNoteService, CreditRequest } from './services/credit-note.service';
export { creditAmounts } from './helpers/credit-note';
export { readInvoicePermission, regenerateInvoicePermission } from './constants-permission';
export { updateInvoiceSettingsPermission } from './constants-permission';
export { SellerSettingsService } from './services/seller-settings.service';
export { sellerSettingsField } from './config/seller-settings-field';
export type { InvoiceSellerSettings, UpdateSellerSettingsResult } from './services/seller-settings.service';
export {
    sellerErrors,
    normalizeSeller,
    sirenError,
    siretError,
    vatNumberError,
    frenchVatKey,
} from './helpers/seller-validation';
export type { SellerFieldError } from './helpers/seller-validation';
