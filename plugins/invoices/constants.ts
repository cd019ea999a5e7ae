/** Injection token of the plugin's options. */
export const INVOICES_PLUGIN_OPTIONS = Symbol('INVOICES_PLUGIN_OPTIONS');
/** Logger context of the plugin. */
export const loggerCtx = 'InvoicesPlugin';
/** Name of the job queue that renders and stores invoice PDFs. */
export const RENDER_QUEUE = 'invoices-render-pdf';
/** Name of the job queue that issues the invoice of a settled order (in the worker). */
export const ISSUE_QUEUE = 'invoices-issue';
/** Name of the job queue that issues credit notes on refunds and cancellations (in the worker). */
export const CREDIT_NOTE_QUEUE = 'invoices-credit-note';
/** Settings store namespace of the plugin. */
export const SETTINGS_NAMESPACE = 'invoices';
/** Settings store field (channel-scoped) holding a channel's seller identity, an {@link InvoiceSeller}. */
export const SELLER_SETTINGS_FIELD = 'seller';
/** Full settings store key of a channel's seller identity. */
export const SELLER_SETTINGS_KEY = `${SETTINGS_NAMESPACE}.${SELLER_SETTINGS_FIELD}`;
/** Default invoice number pattern. */
export const DEFAULT_NUMBER_PATTERN = 'RAD-{YYYY}-{000000}';
/** Default time zone of the dates printed and of the year in numbers. */
export const DEFAULT_TIME_ZONE = 'Europe/Paris';
/** Default credit note number pattern. */
export const DEFAULT_CREDIT_NOTE_PATTERN = 'RAD-AV-{YYYY}-{000000}';
