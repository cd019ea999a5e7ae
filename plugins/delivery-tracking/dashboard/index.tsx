/**
 * Dashboard extension of the delivery-tracking plugin: a "Parcels" block on the order page (before
 * the payment details) with each parcel's carrier, tracking link, status and timeline, and a form to
 * add an event by hand. Shown to administrators with `ReadOrder`; adding an event needs
 * `UpdateOrder` (the server refuses it otherwise).
 *
 * Each screen is a file of its own beside this one; this file only registers them.
 */
import { defineDashboardExtension } from '@vendure/dashboard';
import { OrderParcels } from './order-parcels-block';

export default defineDashboardExtension({
    pageBlocks: [
        {
            id: 'order-parcels',
            title: 'Parcels',
            location: {
                pageId: 'order-detail',
                column: 'main',
                position: { blockId: 'payment-details', order: 'before' },
            },
            requiresPermission: 'ReadOrder',
            shouldRender: context => !!context.entity?.id,
            component: ({ context }) => <OrderParcels orderId={String(context.entity.id)} />,
        },
    ],
});
