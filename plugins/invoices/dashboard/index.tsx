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
 * the active channel's token).
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import {
    api,
    Badge,
    Button,
    defineDashboardExtension,
    FullWidthPageBlock,
    Input,
    Page,
    PageLayout,
    PageTitle,
    Table,
    TableBody,
    TableCell,
    TableHead,
    TableHeader,
    TableRow,
    useChannel,
    useLocalFormat,
} from '@vendure/dashboard';

/** One invoice or credit note, as the Admin API returns it. */
interface InvoiceRow {
    id: string;
    number: string;
    type: 'invoice' | 'creditNote';
    originalInvoiceNumber: string | null;
    issuedAt: string;
    /** Minor units of currencyCode. */
    totalInclTax: number;
    currencyCode: string;
    downloadUrl: string | null;
}

const ORDER_INVOICES_QUERY = /* GraphQL */ `
    query InvoicesOfOrder($id: ID!) {
        order(id: $id) {
            id
            invoices {
                id
                number
                type
                originalInvoiceNumber
                issuedAt
                totalInclTax
                currencyCode
                downloadUrl
            }
        }
    }
`;

const REGENERATE_MUTATION = /* GraphQL */ `
    mutation RegenerateInvoice($id: ID!) {
        regenerateInvoice(id: $id) {
            creditNote {
                number
            }
            invoice {
                number
            }
        }
    }
`;

/** The PDF's (signed) download link, or "rendering…" until the worker has stored it. */
function DownloadLink({ url }: Readonly<{ url: string | null }>) {
    if (!url) return <span className="text-muted-foreground">rendering…</span>;
    return (
        <a className="underline" href={url} target="_blank" rel="noreferrer">
            Download
        </a>
    );
}

/** A row of the invoices page. */
interface ListedInvoice extends InvoiceRow {
    orderCode: string;
    customerName: string;
    customerEmail: string | null;
}

const INVOICES_QUERY = /* GraphQL */ `
    query InvoicesPage($options: InvoiceListOptions) {
        invoices(options: $options) {
            totalItems
            items {
                id
                number
                type
                originalInvoiceNumber
                issuedAt
                totalInclTax
                currencyCode
                downloadUrl
                orderCode
                customerName
                customerEmail
            }
        }
    }
`;

/** `YYYY-MM-DD` of today in the browser's zone. */
function today(): string {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** The invoices page: search, table, ZIP export. */
function InvoicesPage() {
    const { formatCurrency, formatDate } = useLocalFormat();
    const { activeChannel } = useChannel();
    const [number, setNumber] = useState('');
    const [customer, setCustomer] = useState('');
    const [from, setFrom] = useState(today().slice(0, 8) + '01');
    const [to, setTo] = useState(today());
    const filter: Record<string, unknown> = {
        issuedAt: { between: { start: new Date(`${from}T00:00:00`).toISOString(), end: new Date(`${to}T23:59:59.999`).toISOString() } },
    };
    if (number.trim()) filter.number = { contains: number.trim() };
    if (customer.trim()) filter.customerName = { contains: customer.trim() };
    const { data, isLoading, error } = useQuery({
        queryKey: ['invoicesPage', number, customer, from, to, activeChannel?.token],
        queryFn: () =>
            api.query<{ invoices: { totalItems: number; items: ListedInvoice[] } }>(INVOICES_QUERY, {
                options: { filter, sort: { id: 'DESC' }, take: 100 },
            }),
    });
    const exportUrl = `/invoices/export.zip?from=${from}&to=${to}&vendure-token=${encodeURIComponent(activeChannel?.token ?? '')}`;
    const rows = data?.invoices.items ?? [];
    return (
        <Page pageId="invoices-list">
            <PageTitle>Invoices</PageTitle>
            <PageLayout>
                <FullWidthPageBlock blockId="invoices-search">
                    <div className="flex flex-wrap items-end gap-3">
                        <label className="text-sm">
                            Number
                            <Input value={number} onChange={e => setNumber(e.target.value)} placeholder="RAD-2026-…" />
                        </label>
                        <label className="text-sm">
                            Customer
                            <Input value={customer} onChange={e => setCustomer(e.target.value)} placeholder="name or email" />
                        </label>
                        <label className="text-sm">
                            From
                            <Input type="date" value={from} onChange={e => setFrom(e.target.value)} />
                        </label>
                        <label className="text-sm">
                            To
                            <Input type="date" value={to} onChange={e => setTo(e.target.value)} />
                        </label>
                        <a className="inline-flex h-9 items-center rounded-md border px-3 text-sm hover:bg-muted" href={exportUrl} data-invoices-export>
                            Export ZIP (PDFs + CSV)
                        </a>
                    </div>
                </FullWidthPageBlock>
                <FullWidthPageBlock blockId="invoices-table">
                    {isLoading && <div className="text-sm text-muted-foreground">Loading…</div>}
                    {error && <div className="text-sm text-destructive">Could not load the invoices: {(error as Error).message}</div>}
                    {data && (
                        <Table data-invoices-list={data.invoices.totalItems}>
                            <TableHeader>
                                <TableRow>
                                    <TableHead>Number</TableHead>
                                    <TableHead>Type</TableHead>
                                    <TableHead>Issued</TableHead>
                                    <TableHead>Customer</TableHead>
                                    <TableHead>Order</TableHead>
                                    <TableHead>Total incl. VAT</TableHead>
                                    <TableHead>PDF</TableHead>
                                </TableRow>
                            </TableHeader>
                            <TableBody>
                                {rows.map(row => (
                                    <TableRow key={row.id}>
                                        <TableCell className="font-mono text-xs">{row.number}</TableCell>
                                        <TableCell className="text-xs">
                                            {row.type === 'invoice' ? 'Invoice' : `Credit note for ${row.originalInvoiceNumber}`}
                                        </TableCell>
                                        <TableCell className="text-xs">{formatDate(row.issuedAt, { dateStyle: 'short', timeStyle: 'short' })}</TableCell>
                                        <TableCell className="text-xs">
                                            {row.customerName}
                                            {row.customerEmail && <div className="text-muted-foreground">{row.customerEmail}</div>}
                                        </TableCell>
                                        <TableCell className="font-mono text-xs">{row.orderCode}</TableCell>
                                        <TableCell className="text-xs">{formatCurrency(row.totalInclTax, row.currencyCode)}</TableCell>
                                        <TableCell className="text-xs">
                                            <DownloadLink url={row.downloadUrl} />
                                        </TableCell>
                                    </TableRow>
                                ))}
                            </TableBody>
                        </Table>
                    )}
                    {data && data.invoices.totalItems > rows.length && (
                        <div className="mt-2 text-xs text-muted-foreground">
                            Showing the newest {rows.length} of {data.invoices.totalItems}; narrow the search or export the range.
                        </div>
                    )}
                </FullWidthPageBlock>
            </PageLayout>
        </Page>
    );
}

/** The block: the documents of the order `orderId`. */
function OrderInvoices({ orderId }: Readonly<{ orderId: string }>) {
    const { formatCurrency, formatDate } = useLocalFormat();
    const queryClient = useQueryClient();
    const key = ['orderInvoices', orderId];
    const { data, isLoading, error } = useQuery({
        queryKey: key,
        queryFn: () => api.query<{ order: { invoices: InvoiceRow[] } | null }>(ORDER_INVOICES_QUERY, { id: orderId }),
    });
    const regenerate = useMutation({
        mutationFn: (id: string) => api.mutate(REGENERATE_MUTATION, { id }),
        onSettled: () => queryClient.invalidateQueries({ queryKey: key }),
    });
    if (isLoading) return <div className="text-sm text-muted-foreground">Loading…</div>;
    if (error) return <div className="text-sm text-destructive">Could not load the invoices: {(error as Error).message}</div>;
    const rows = data?.order?.invoices ?? [];
    if (rows.length === 0) {
        return (
            <div className="text-sm text-muted-foreground" data-invoices="0">
                No invoice yet: it is issued when the payment is settled.
            </div>
        );
    }
    const current = [...rows].reverse().find(r => r.type === 'invoice');
    const credited = new Set(rows.filter(r => r.type === 'creditNote').map(r => r.originalInvoiceNumber));
    return (
        <div className="space-y-2">
            <Table data-invoices={rows.length}>
                <TableHeader>
                    <TableRow>
                        <TableHead>Number</TableHead>
                        <TableHead>Type</TableHead>
                        <TableHead>Issued</TableHead>
                        <TableHead>Total incl. VAT</TableHead>
                        <TableHead>PDF</TableHead>
                    </TableRow>
                </TableHeader>
                <TableBody>
                    {rows.map(row => (
                        <TableRow key={row.id} data-invoice-number={row.number}>
                            <TableCell className="font-mono text-xs">{row.number}</TableCell>
                            <TableCell className="text-xs">
                                <Badge variant={row.type === 'invoice' ? 'success' : 'secondary'}>
                                    {row.type === 'invoice' ? 'Invoice' : 'Credit note'}
                                </Badge>
                                {row.originalInvoiceNumber && (
                                    <div className="mt-1 text-muted-foreground">for {row.originalInvoiceNumber}</div>
                                )}
                            </TableCell>
                            <TableCell className="text-xs">{formatDate(row.issuedAt, { dateStyle: 'short', timeStyle: 'short' })}</TableCell>
                            <TableCell className="text-xs">{formatCurrency(row.totalInclTax, row.currencyCode)}</TableCell>
                            <TableCell className="text-xs">
                                <DownloadLink url={row.downloadUrl} />
                                {row.id === current?.id && !credited.has(row.number) && (
                                    <Button
                                        className="ml-3"
                                        variant="outline"
                                        size="sm"
                                        disabled={regenerate.isPending}
                                        onClick={() => {
                                            if (window.confirm(`Replace ${row.number} by a credit note and a new invoice?`)) regenerate.mutate(row.id);
                                        }}
                                    >
                                        Regenerate
                                    </Button>
                                )}
                            </TableCell>
                        </TableRow>
                    ))}
                </TableBody>
            </Table>
            {regenerate.error && <div className="text-sm text-destructive">{(regenerate.error as Error).message}</div>}
        </div>
    );
}

export default defineDashboardExtension({
    routes: [
        {
            path: '/invoices',
            component: () => <InvoicesPage />,
            navMenuItem: { sectionId: 'sales', id: 'invoices', title: 'Invoices', requiresPermission: 'ReadInvoice' },
        },
    ],
    pageBlocks: [
        {
            id: 'order-invoices',
            title: 'Invoices',
            location: { pageId: 'order-detail', column: 'main', position: { blockId: 'payment-details', order: 'after' } },
            requiresPermission: 'ReadInvoice',
            shouldRender: context => !!context.entity?.id,
            component: ({ context }) => <OrderInvoices orderId={String(context.entity.id)} />,
        },
    ],
});
