import { PermissionDefinition } from '@vendure/core';

/** Allows reading every invoice and credit note of a channel (Admin API list, any PDF download). */
export const readInvoicePermission = new PermissionDefinition({
    name: 'ReadInvoice',
    description: 'Allows reading invoices and credit notes and downloading their PDFs',
});
