/**
 * The carrier field of the "Ship tracked parcels" fulfillment form (the `tracked-parcels` handler's
 * `carrier` argument, `ui.component` = {@link CARRIER_SELECT_COMPONENT}): a select of the carriers of
 * the order's own channel (Admin API `trackingCarriers(orderId)`; the Dashboard often works in the
 * default channel, whose carriers are not the shop's). The order is the one of the page the dialog
 * opens on (`/orders/<id>`). While the carriers load, or when there are none, it is a text field, so
 * a code can still be typed.
 */
import { useQuery } from '@tanstack/react-query';
import { api, type DashboardFormComponent, Input } from '@vendure/dashboard';

/** The id the handler's argument names in `ui.component`. */
export const CARRIER_SELECT_COMPONENT = 'delivery-tracking-carrier-select';

const CARRIERS_QUERY = /* GraphQL */ `
    query TrackingCarriersForOrder($orderId: ID) {
        trackingCarriers(orderId: $orderId) {
            id
            code
            name
        }
    }
`;

/** The id of the order whose page is open (`/orders/<id>` or `/orders/draft/<id>`), or null. */
function currentOrderId(): string | null {
    return /\/orders\/(?:draft\/)?([^/?#]+)/.exec(window.location.pathname)?.[1] ?? null;
}

/** See the module comment. */
export const CarrierSelectInput: DashboardFormComponent = ({ value, onChange, onBlur, name, disabled }) => {
    const orderId = currentOrderId();
    const { data } = useQuery({
        queryKey: ['trackingCarriers', orderId],
        queryFn: () =>
            api.query<{ trackingCarriers: { id: string; code: string; name: string }[] }>(CARRIERS_QUERY, {
                orderId,
            }),
    });
    const carriers = data?.trackingCarriers ?? [];
    const current = typeof value === 'string' ? value : '';
    if (carriers.length === 0)
        return (
            <Input
                name={name}
                value={current}
                disabled={disabled}
                onBlur={onBlur}
                onChange={e => onChange(e.target.value)}
            />
        );
    return (
        <select
            name={name}
            aria-label="Carrier"
            className="h-9 w-full rounded-md border border-input bg-transparent px-3 text-sm shadow-xs"
            value={current}
            disabled={disabled}
            onBlur={onBlur}
            onChange={e => onChange(e.target.value)}
        >
            <option value="">—</option>
            {carriers.map(carrier => (
                <option key={carrier.id} value={carrier.code}>
                    {carrier.name} ({carrier.code})
                </option>
            ))}
        </select>
    );
};
