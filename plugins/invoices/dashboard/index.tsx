/**
 * Dashboard extension of the invoices plugin: an "Invoices" block on the order page listing the
 * order's invoices and credit notes (Admin API `Order.invoices`, oldest first) with number, type,
 * the invoice a credit note corrects, issue date, total incl. VAT and a download link (the signed
 * `downloadUrl`, usable as is), and a "Regenerate" button on the current invoice (Admin API
 * `regenerateInvoice`: a credit note plus a new invoice, never an edit). Shown to administrators
 * with `ReadInvoice`; the button needs `RegenerateInvoice` (the server refuses it otherwise).
 *
 * And an "Invoices" page (Sales menu, `/invoices`): the channel's invoices and credit notes, newest
 * first, searched by number, customer (name, email, address in the snapshot) and issue-date range
 * (Admin API `invoices(options)`), each with its order and download link, plus the ZIP export of
 * the date range for accountants (`GET /invoices/export.zip`, sent with the session cookie and
 * the active channel's token), paged (25, 50 or 100 per page, `skip`/`take` and `totalItems` of the
 * Admin API list; changing a filter goes back to the first page).
 *
 * And a "Seller on invoices" page (Settings menu, `/invoice-settings`, `UpdateInvoiceSettings`):
 * the active channel's seller identity printed on new invoices (Admin API `invoiceSellerSettings`),
 * edited and saved with `updateInvoiceSellerSettings`, whose `InvalidInvoiceSellerSettingsError`
 * lists the invalid fields, shown under each input.
 *
 * Each screen is a file of its own beside this one; this file only registers them.
 */
import { defineDashboardExtension } from '@vendure/dashboard';
import { InvoicesPage } from './invoices-page';
import { OrderInvoices } from './order-invoices-block';
import { SellerSettingsPage } from './seller-settings-page';

export default defineDashboardExtension({
    routes: [
        {
            path: '/invoices',
            component: () => <InvoicesPage />,
            navMenuItem: {
                sectionId: 'sales',
                id: 'invoices',
                title: 'Invoices',
                requiresPermission: 'ReadInvoice',
            },
        },
        {
            path: '/invoice-settings',
            component: () => <SellerSettingsPage />,
            navMenuItem: {
                sectionId: 'settings',
                id: 'invoice-seller-settings',
                title: 'Seller on invoices',
                requiresPermission: 'UpdateInvoiceSettings',
            },
        },
    ],
    pageBlocks: [
        {
            id: 'order-invoices',
            title: 'Invoices',
            location: {
                pageId: 'order-detail',
                column: 'main',
                position: { blockId: 'payment-details', order: 'after' },
            },
            requiresPermission: 'ReadInvoice',
            shouldRender: context => !!context.entity?.id,
            component: ({ context }) => <OrderInvoices orderId={String(context.entity.id)} />,
        },
    ],
});
