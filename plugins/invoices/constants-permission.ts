import { PermissionDefinition } from '@vendure/core';

/** Allows reading every invoice and credit note of a channel (Admin API list, any PDF download). */
export const readInvoicePermission = new PermissionDefinition({
    name: 'ReadInvoice',
    description: 'Allows reading invoices and credit notes and downloading their PDFs',
});

/** Allows "regenerating" an invoice: a credit note cancelling it plus a new invoice of the order. */
export const regenerateInvoicePermission = new PermissionDefinition({
    name: 'RegenerateInvoice',
    description: 'Allows replacing an invoice by a credit note and a new invoice',
});

/**
 * Allows reading and changing the active channel's seller identity printed on new invoices
 * (Admin API `invoiceSellerSettings` / `updateInvoiceSellerSettings`, settings store key
 * `invoices.seller`).
 */
export const updateInvoiceSettingsPermission = new PermissionDefinition({
    name: 'UpdateInvoiceSettings',
    description: "Allows reading and changing the channel's seller identity printed on new invoices",
});
