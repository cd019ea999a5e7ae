/**
 * Dashboard extension of the CinetPay plugin. A "CinetPay refund: money to send back" block on the
 * order page, shown while a refund of a CinetPay payment is Pending: its instructions (CinetPay has
 * no refund API; send the money back, then "Settle refund" with the transfer's reference).
 * A "CinetPay attempts" block on the order page, after the
 * payment details. It lists the order's attempts (Admin API `cinetPayTransactions`, newest first) with
 * their transaction id, operator and reference, amount, status, check code, dates, and every request
 * received on the notify URL (a button opens them, with the raw body as stored). Shown only to administrators with the
 * `ReadCinetPayTransaction` permission (the notification bodies hold the payer's phone number).
 */
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import {
    api,
    Badge,
    Button,
    defineDashboardExtension,
    Table,
    TableBody,
    TableCell,
    TableHead,
    TableHeader,
    TableRow,
    useLocalFormat,
} from '@vendure/dashboard';

/** One request received on the notify URL, as the Admin API returns it. */
interface CinetPayNotificationRow {
    id: string;
    createdAt: string;
    httpMethod: string;
    contentType: string | null;
    body: string;
    verified: boolean;
    result: string;
    responseStatus: number;
    message: string | null;
}

/** One attempt (one CinetPay transaction_id), as the Admin API returns it. */
interface CinetPayTransactionRow {
    id: string;
    createdAt: string;
    updatedAt: string;
    transactionId: string;
    status: string;
    /** Minor units of currencyCode. */
    amount: number;
    currencyCode: string;
    checkCode: string | null;
    checkStatus: string | null;
    paymentMethodUsed: string | null;
    operatorId: string | null;
    paymentId: string | null;
    errorMessage: string | null;
    notifications: CinetPayNotificationRow[];
}

const TRANSACTIONS_QUERY = /* GraphQL */ `
    query CinetPayTransactionsOfOrder($orderId: ID!) {
        cinetPayTransactions(orderId: $orderId) {
            id
            createdAt
            updatedAt
            transactionId
            status
            amount
            currencyCode
            checkCode
            checkStatus
            paymentMethodUsed
            operatorId
            paymentId
            errorMessage
            notifications {
                id
                createdAt
                httpMethod
                contentType
                body
                verified
                result
                responseStatus
                message
            }
        }
    }
`;

/** Badge colour of an attempt status (see plugins/cinetpay/README.md for the statuses). */
function statusVariant(status: string): 'success' | 'warning' | 'destructive' | 'secondary' {
    if (status === 'ACCEPTED') return 'success';
    if (status === 'MISMATCH' || status === 'SETTLEMENT_FAILED') return 'destructive';
    if (status === 'REFUSED' || status === 'INIT_FAILED') return 'secondary';
    return 'warning';
}

/** The notify-URL requests of one attempt, oldest first, with their raw bodies. */
function Notifications({ rows }: Readonly<{ rows: CinetPayNotificationRow[] }>) {
    const { formatDate } = useLocalFormat();
    return (
        <ul className="space-y-2" data-cinetpay-notifications>
            {rows.map(n => (
                <li key={n.id} className="rounded border p-2 text-xs">
                    <div className="flex flex-wrap items-center gap-2">
                        <span>{formatDate(n.createdAt, { dateStyle: 'short', timeStyle: 'medium' })}</span>
                        <span>{n.httpMethod}</span>
                        <Badge variant={n.verified ? 'success' : 'secondary'}>
                            {n.verified ? 'verified' : 'not verified'}
                        </Badge>
                        <span className="font-mono">{n.result}</span>
                        <span>HTTP {n.responseStatus}</span>
                        {n.contentType && <span className="text-muted-foreground">{n.contentType}</span>}
                    </div>
                    {n.message && <div className="mt-1 text-muted-foreground">{n.message}</div>}
                    <pre className="mt-1 max-h-48 overflow-auto whitespace-pre-wrap break-all bg-muted p-2 font-mono">
                        {n.body}
                    </pre>
                </li>
            ))}
        </ul>
    );
}

/** One attempt: a row of the table, and below it, when opened, its notifications. */
function AttemptRows({ tx }: Readonly<{ tx: CinetPayTransactionRow }>) {
    const { formatCurrency, formatDate } = useLocalFormat();
    const [open, setOpen] = useState(false);
    const date = (value: string) => formatDate(value, { dateStyle: 'short', timeStyle: 'medium' });
    return (
        <>
            <TableRow className="align-top" data-cinetpay-attempt={tx.transactionId}>
                <TableCell className="text-xs">
                    <div className="font-mono">{tx.transactionId}</div>
                    <div className="text-muted-foreground">
                        {tx.paymentMethodUsed ?? '—'}
                        {tx.operatorId && ` · ${tx.operatorId}`}
                    </div>
                </TableCell>
                <TableCell className="text-xs">{formatCurrency(tx.amount, tx.currencyCode)}</TableCell>
                <TableCell className="text-xs">
                    <Badge variant={statusVariant(tx.status)}>{tx.status}</Badge>
                    {tx.checkCode && (
                        <div className="mt-1 text-muted-foreground">
                            check {tx.checkCode} {tx.checkStatus ?? ''}
                        </div>
                    )}
                    {tx.errorMessage && (
                        <div className="mt-1 max-w-xs text-destructive">{tx.errorMessage}</div>
                    )}
                </TableCell>
                <TableCell className="text-xs">
                    {date(tx.createdAt)}
                    <div className="text-muted-foreground">{date(tx.updatedAt)}</div>
                </TableCell>
                <TableCell className="text-xs">
                    {tx.notifications.length === 0 ? (
                        '0'
                    ) : (
                        <Button
                            variant="outline"
                            size="sm"
                            onClick={() => setOpen(!open)}
                            aria-expanded={open}
                        >
                            {tx.notifications.length} {open ? '▲' : '▼'}
                        </Button>
                    )}
                </TableCell>
            </TableRow>
            {open && (
                <TableRow>
                    <TableCell colSpan={5} className="whitespace-normal">
                        <Notifications rows={tx.notifications} />
                    </TableCell>
                </TableRow>
            )}
        </>
    );
}

/** The block: the attempts of the order `orderId`, newest first. */
function CinetPayAttempts({ orderId }: Readonly<{ orderId: string }>) {
    const { data, isLoading, error } = useQuery({
        queryKey: ['cinetPayTransactions', orderId],
        queryFn: () =>
            api.query<{ cinetPayTransactions: CinetPayTransactionRow[] }>(TRANSACTIONS_QUERY, { orderId }),
    });
    if (isLoading) return <div className="text-sm text-muted-foreground">Loading…</div>;
    if (error)
        return (
            <div className="text-sm text-destructive">
                Could not load the CinetPay attempts: {(error as Error).message}
            </div>
        );
    const rows = data?.cinetPayTransactions ?? [];
    if (rows.length === 0)
        return (
            <div className="text-sm text-muted-foreground" data-cinetpay-attempts="0">
                No CinetPay attempt for this order.
            </div>
        );
    return (
        <Table data-cinetpay-attempts={rows.length}>
            <TableHeader>
                <TableRow>
                    <TableHead>Transaction · operator</TableHead>
                    <TableHead>Amount</TableHead>
                    <TableHead>Status</TableHead>
                    <TableHead>Created · updated</TableHead>
                    <TableHead>Notifications</TableHead>
                </TableRow>
            </TableHeader>
            <TableBody>
                {rows.map(tx => (
                    <AttemptRows key={tx.id} tx={tx} />
                ))}
            </TableBody>
        </Table>
    );
}

/** A refund as the order detail page loads it (`PaymentWithRefunds` fragment), as far as we read it. */
interface OrderRefund {
    id: string;
    state: string;
    total: number;
    metadata?: { manual?: boolean; instructions?: string; amountToReturn?: string } | null;
}

/**
 * The refunds of an order's payments that wait for the merchant's own transfer: `Pending`, with the
 * instructions the CinetPay handler's `createRefund` put in their metadata.
 */
function refundsToSendBack(order: unknown): OrderRefund[] {
    const payments = (order as { payments?: Array<{ refunds?: OrderRefund[] }> } | undefined)?.payments ?? [];
    return payments.flatMap(p =>
        (p.refunds ?? []).filter(r => r.state === 'Pending' && r.metadata?.manual && r.metadata.instructions),
    );
}

/**
 * The block: each pending CinetPay refund's instructions (send the money back, then "Settle refund"
 * with the transfer's reference), in full, since the payment's refund list shows the metadata
 * folded.
 */
function RefundsToSendBack({ refunds }: Readonly<{ refunds: OrderRefund[] }>) {
    return (
        <ul className="space-y-2 text-sm" data-cinetpay-pending-refunds={refunds.length}>
            {refunds.map(r => (
                <li key={r.id} className="rounded border border-amber-400 bg-amber-50 p-2 dark:bg-amber-950">
                    <div className="flex flex-wrap items-center gap-2">
                        <Badge variant="warning">Pending</Badge>
                        <span className="font-medium">Refund {r.id}</span>
                        {r.metadata?.amountToReturn && <span>{r.metadata.amountToReturn}</span>}
                    </div>
                    <p className="mt-1">{r.metadata?.instructions}</p>
                </li>
            ))}
        </ul>
    );
}

export default defineDashboardExtension({
    pageBlocks: [
        {
            id: 'cinetpay-refunds-to-send-back',
            title: 'CinetPay refund: money to send back',
            location: {
                pageId: 'order-detail',
                column: 'main',
                position: { blockId: 'payment-details', order: 'after' },
            },
            shouldRender: context => refundsToSendBack(context.entity).length > 0,
            component: ({ context }) => <RefundsToSendBack refunds={refundsToSendBack(context.entity)} />,
        },
        {
            id: 'cinetpay-attempts',
            title: 'CinetPay attempts',
            location: {
                pageId: 'order-detail',
                column: 'main',
                position: { blockId: 'payment-details', order: 'after' },
            },
            requiresPermission: 'ReadCinetPayTransaction',
            shouldRender: context => !!context.entity?.id,
            component: ({ context }) => <CinetPayAttempts orderId={String(context.entity.id)} />,
        },
    ],
});
