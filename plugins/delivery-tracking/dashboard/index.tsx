/**
 * Dashboard extension of the delivery-tracking plugin: a "Parcels" block on the order page (before
 * the payment details) with each parcel's carrier, tracking link, status and timeline, and a form to
 * add an event by hand, and "Resend shipped email" per shipped fulfillment; and the carrier select of
 * the "Ship tracked parcels" fulfillment form. Shown to administrators with `ReadOrder`; adding an
 * event and resending need `UpdateOrder` (the server refuses them otherwise).
 *
 * Each screen is a file of its own beside this one; this file only registers them.
 */
import { defineDashboardExtension } from '@vendure/dashboard';
import { CARRIER_SELECT_COMPONENT, CarrierSelectInput } from './carrier-select-input';
import { OrderParcels } from './order-parcels-block';

export default defineDashboardExtension({
    // The carrier select of the "Ship tracked parcels" fulfillment form.
    customFormComponents: {
        customFields: [{ id: CARRIER_SELECT_COMPONENT, component: CarrierSelectInput }],
    },
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
