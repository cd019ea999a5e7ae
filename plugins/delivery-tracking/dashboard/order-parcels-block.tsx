/**
 * The "Parcels" block of the order page: each parcel of the order's fulfillments (Admin API
 * `Fulfillment.parcels`) with its carrier, tracking number and link, status and timeline (newest
 * first, with the carrier's raw status and where each event came from), and a form to add an event
 * by hand (Admin API `addParcelEvent`, needs UpdateOrder); `InvalidParcelEventError` is shown as is.
 * Each shipped fulfillment has "Resend shipped email" (Admin API `resendShippedEmail`, needs
 * UpdateOrder), after a confirmation; the outcome is shown as a toast.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, Badge, Button, ConfirmationDialog, toast, useLocalFormat } from '@vendure/dashboard';
import { useState } from 'react';

const ORDER_PARCELS_QUERY = /* GraphQL */ `
    query ParcelsOfOrder($id: ID!) {
        order(id: $id) {
            id
            fulfillments {
                id
                state
                parcels {
                    id
                    carrierName
                    trackingNumber
                    trackingUrl
                    labelUrl
                    status
                    events {
                        id
                        status
                        rawStatus
                        message
                        location
                        occurredAt
                        source
                    }
                }
            }
        }
    }
`;

const ADD_EVENT_MUTATION = /* GraphQL */ `
    mutation AddParcelEvent($input: AddParcelEventInput!) {
        addParcelEvent(input: $input) {
            ... on Parcel {
                id
                status
            }
            ... on ErrorResult {
                errorCode
                message
            }
        }
    }
`;

const RESEND_SHIPPED_EMAIL_MUTATION = /* GraphQL */ `
    mutation ResendShippedEmail($fulfillmentId: ID!) {
        resendShippedEmail(fulfillmentId: $fulfillmentId) {
            ... on Fulfillment {
                id
            }
            ... on ErrorResult {
                errorCode
                message
            }
        }
    }
`;

/** Fulfillment states whose shipped email can be sent again (as the server checks). */
const SHIPPED_STATES = ['Shipped', 'Delivered'];

/**
 * AfterShip's nine statuses, as the Admin API names them (the keys, in timeline order), with the
 * words the merchant reads for each.
 */
const STATUS_LABELS: Record<string, string> = {
    Pending: 'Pending',
    InfoReceived: 'Info received',
    InTransit: 'In transit',
    OutForDelivery: 'Out for delivery',
    AttemptFail: 'Delivery attempt failed',
    Delivered: 'Delivered',
    AvailableForPickup: 'Available for pickup',
    Exception: 'Exception',
    Expired: 'Expired',
};
const STATUSES = Object.keys(STATUS_LABELS);

/** The words for a status of the Admin API (`InTransit` → "In transit"); an unknown one as it is. */
function statusLabel(status: string): string {
    return STATUS_LABELS[status] ?? status;
}

interface ParcelEventRow {
    id: string;
    status: string;
    rawStatus: string;
    message: string;
    location: string;
    occurredAt: string;
    source: string;
}

interface ParcelRow {
    id: string;
    carrierName: string;
    trackingNumber: string;
    trackingUrl: string;
    labelUrl: string;
    status: string;
    events: ParcelEventRow[];
}

interface FulfillmentRow {
    id: string;
    state: string;
    parcels: ParcelRow[];
}

function statusVariant(status: string): 'success' | 'destructive' | 'secondary' {
    if (status === 'Delivered') return 'success';
    if (status === 'Exception' || status === 'AttemptFail' || status === 'Expired') return 'destructive';
    return 'secondary';
}

/** The form adding one event to a parcel. */
function AddEventForm({ parcelId, onAdded }: Readonly<{ parcelId: string; onAdded: () => void }>) {
    const [status, setStatus] = useState<string>('InTransit');
    const [message, setMessage] = useState('');
    const [location, setLocation] = useState('');
    const [error, setError] = useState<string | null>(null);
    const add = useMutation({
        mutationFn: () =>
            api.mutate<{ addParcelEvent: { message?: string } }>(ADD_EVENT_MUTATION, {
                input: { parcelId, status, message, location },
            }),
        onSuccess: result => {
            if (result.addParcelEvent.message) return setError(result.addParcelEvent.message);
            setError(null);
            setMessage('');
            setLocation('');
            onAdded();
        },
        onError: (err: Error) => setError(err.message),
    });
    return (
        // Not a <form>: the order page is one already (a nested form's submit event would reach it).
        <div className="mt-2 flex flex-wrap items-end gap-2 text-xs" role="group" aria-label="Add an event">
            <label className="flex flex-col">
                Status
                <select
                    className="rounded border px-1 py-1"
                    value={status}
                    onChange={e => setStatus(e.target.value)}
                >
                    {STATUSES.map(s => (
                        <option key={s} value={s}>
                            {statusLabel(s)}
                        </option>
                    ))}
                </select>
            </label>
            <label className="flex flex-col">
                Message
                <input
                    className="rounded border px-1 py-1"
                    maxLength={500}
                    value={message}
                    onChange={e => setMessage(e.target.value)}
                />
            </label>
            <label className="flex flex-col">
                Location
                <input
                    className="rounded border px-1 py-1"
                    maxLength={500}
                    value={location}
                    onChange={e => setLocation(e.target.value)}
                />
            </label>
            <Button
                type="button"
                size="sm"
                variant="outline"
                disabled={add.isPending}
                onClick={() => add.mutate()}
            >
                Add event
            </Button>
            {error && <span className="text-destructive">{error}</span>}
        </div>
    );
}

/** "Resend shipped email" for one shipped fulfillment, after a confirmation. */
function ResendShippedEmailButton({ fulfillmentId }: Readonly<{ fulfillmentId: string }>) {
    const resend = useMutation({
        mutationFn: () =>
            api.mutate<{ resendShippedEmail: { message?: string } }>(RESEND_SHIPPED_EMAIL_MUTATION, {
                fulfillmentId,
            }),
        onSuccess: result => {
            if (result.resendShippedEmail.message) toast.error(result.resendShippedEmail.message);
            else toast.success('The shipped email is on its way to the customer again');
        },
        onError: (err: Error) => toast.error(err.message),
    });
    return (
        <ConfirmationDialog
            title="Resend the shipped email?"
            description="The customer receives the shipped email of this fulfillment again, with its tracking links. The order's history records it."
            confirmText="Resend"
            onConfirm={() => resend.mutate()}
        >
            <Button type="button" size="sm" variant="outline" disabled={resend.isPending}>
                Resend shipped email
            </Button>
        </ConfirmationDialog>
    );
}

/** The block: the parcels of the order `orderId`. */
export function OrderParcels({ orderId }: Readonly<{ orderId: string }>) {
    const { formatDate } = useLocalFormat();
    const queryClient = useQueryClient();
    const key = ['orderParcels', orderId];
    const { data, isLoading, error } = useQuery({
        queryKey: key,
        queryFn: () =>
            api.query<{ order: { fulfillments: FulfillmentRow[] | null } | null }>(ORDER_PARCELS_QUERY, {
                id: orderId,
            }),
    });
    if (isLoading) return <div className="text-sm text-muted-foreground">Loading…</div>;
    if (error)
        return (
            <div className="text-sm text-destructive">
                Could not load the parcels: {(error as Error).message}
            </div>
        );
    const fulfillments = (data?.order?.fulfillments ?? []).filter(f => f.parcels.length > 0);
    if (fulfillments.length === 0)
        return (
            <div className="text-sm text-muted-foreground" data-parcels="0">
                No tracked parcel: fulfill the order with “Ship tracked parcels” to follow its delivery here.
            </div>
        );
    return (
        <div className="space-y-4" data-parcels={fulfillments.flatMap(f => f.parcels).length}>
            {fulfillments.map(f => (
                <div key={f.id} className="space-y-2" data-fulfillment={f.id}>
                    <div className="flex flex-wrap items-center gap-2 text-xs text-muted-foreground">
                        <span>Fulfillment {f.state}</span>
                        {SHIPPED_STATES.includes(f.state) && (
                            <ResendShippedEmailButton fulfillmentId={f.id} />
                        )}
                    </div>
                    {f.parcels.map(parcel => (
                        <div
                            key={parcel.id}
                            className="rounded border p-3"
                            data-parcel={parcel.trackingNumber}
                        >
                            <div className="flex flex-wrap items-center gap-2 text-sm">
                                <span className="font-medium">{parcel.carrierName}</span>
                                {parcel.trackingUrl ? (
                                    <a
                                        className="font-mono underline"
                                        href={parcel.trackingUrl}
                                        target="_blank"
                                        rel="noreferrer"
                                    >
                                        {parcel.trackingNumber}
                                    </a>
                                ) : (
                                    <span className="font-mono">{parcel.trackingNumber}</span>
                                )}
                                <Badge variant={statusVariant(parcel.status)}>
                                    {statusLabel(parcel.status)}
                                </Badge>
                                {parcel.labelUrl && (
                                    <a
                                        className="text-xs underline"
                                        href={parcel.labelUrl}
                                        target="_blank"
                                        rel="noreferrer"
                                    >
                                        Label
                                    </a>
                                )}
                            </div>
                            <ol className="mt-2 space-y-1 border-l pl-3 text-xs">
                                {[...parcel.events].reverse().map(event => (
                                    <li key={event.id}>
                                        <span className="font-medium">{statusLabel(event.status)}</span>{' '}
                                        <span className="text-muted-foreground">
                                            {formatDate(event.occurredAt, {
                                                dateStyle: 'short',
                                                timeStyle: 'short',
                                            })}
                                            {event.location && ` · ${event.location}`} · {event.source}
                                            {event.rawStatus !== event.status && ` · ${event.rawStatus}`}
                                        </span>
                                        {event.message && <div>{event.message}</div>}
                                    </li>
                                ))}
                                {parcel.events.length === 0 && (
                                    <li className="text-muted-foreground">No event yet.</li>
                                )}
                            </ol>
                            <AddEventForm
                                parcelId={parcel.id}
                                onAdded={() => void queryClient.invalidateQueries({ queryKey: key })}
                            />
                        </div>
                    ))}
                </div>
            ))}
        </div>
    );
}
