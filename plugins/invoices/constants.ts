/** Injection token of the plugin's options. */
export const INVOICES_PLUGIN_OPTIONS = Symbol('INVOICES_PLUGIN_OPTIONS');
/** Logger context of the plugin. */
export const loggerCtx = 'InvoicesPlugin';
/** Name of the job queue that renders and stores invoice PDFs. */
export const RENDER_QUEUE = 'invoices-render-pdf';
