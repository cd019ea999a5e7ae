/**
 * The "Invoices" page (Sales menu, `/invoices`): the channel's invoices and credit notes, newest
 * first, searched by number, customer and issue-date range (Admin API `invoices(options)`), paged,
 * with the accountants' ZIP export of the date range (`GET /invoices/export.zip`).
 */
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import {
    api,
    Button,
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
import { DownloadLink, InvoiceRow } from './shared';

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

/** Paging of the invoices page: "a–b of n", page size, previous/next. */
function Pager({
    page,
    pageSize,
    totalItems,
    shown,
    onPage,
    onPageSize,
}: Readonly<{
    page: number;
    pageSize: number;
    totalItems: number;
    shown: number;
    onPage: (page: number) => void;
    onPageSize: (size: number) => void;
}>) {
    const pages = Math.max(1, Math.ceil(totalItems / pageSize));
    const first = totalItems ? (page - 1) * pageSize + 1 : 0;
    return (
        <div
            className="mt-3 flex flex-wrap items-center gap-3 text-sm"
            data-invoices-pager={`${page}/${pages}`}
        >
            <span className="text-muted-foreground">
                {first}–{first + shown - (shown ? 1 : 0)} of {totalItems}
            </span>
            <label className="flex items-center gap-1 text-muted-foreground">
                Per page
                <select
                    className="h-8 rounded-md border bg-background px-2"
                    value={pageSize}
                    onChange={e => onPageSize(Number(e.target.value))}
                >
                    {[25, 50, 100].map(n => (
                        <option key={n} value={n}>
                            {n}
                        </option>
                    ))}
                </select>
            </label>
            <Button variant="outline" size="sm" disabled={page <= 1} onClick={() => onPage(page - 1)}>
                Previous
            </Button>
            <span>
                Page {page} of {pages}
            </span>
            <Button variant="outline" size="sm" disabled={page >= pages} onClick={() => onPage(page + 1)}>
                Next
            </Button>
        </div>
    );
}

/** The invoices page: search, table, paging, ZIP export. */
export function InvoicesPage() {
    const { formatCurrency, formatDate } = useLocalFormat();
    const { activeChannel } = useChannel();
    const [number, setNumber] = useState('');
    const [customer, setCustomer] = useState('');
    const [from, setFrom] = useState(today().slice(0, 8) + '01');
    const [to, setTo] = useState(today());
    const [page, setPage] = useState(1);
    const [pageSize, setPageSize] = useState(25);
    // A new search (or another channel) starts on its first page.
    const resetting =
        <T,>(set: (value: T) => void) =>
        (value: T) => {
            set(value);
            setPage(1);
        };
    useEffect(() => setPage(1), [activeChannel?.token]);
    const filter: Record<string, unknown> = {
        issuedAt: {
            between: {
                start: new Date(`${from}T00:00:00`).toISOString(),
                end: new Date(`${to}T23:59:59.999`).toISOString(),
            },
        },
    };
    if (number.trim()) filter.number = { contains: number.trim() };
    if (customer.trim()) filter.customerName = { contains: customer.trim() };
    const { data, isLoading, error } = useQuery({
        queryKey: ['invoicesPage', number, customer, from, to, page, pageSize, activeChannel?.token],
        queryFn: () =>
            api.query<{ invoices: { totalItems: number; items: ListedInvoice[] } }>(INVOICES_QUERY, {
                options: { filter, sort: { id: 'DESC' }, skip: (page - 1) * pageSize, take: pageSize },
            }),
        placeholderData: previous => previous,
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
                            <Input
                                value={number}
                                onChange={e => resetting(setNumber)(e.target.value)}
                                placeholder="RAD-2026-…"
                            />
                        </label>
                        <label className="text-sm">
                            Customer
                            <Input
                                value={customer}
                                onChange={e => resetting(setCustomer)(e.target.value)}
                                placeholder="name or email"
                            />
                        </label>
                        <label className="text-sm">
                            From
                            <Input
                                type="date"
                                value={from}
                                onChange={e => resetting(setFrom)(e.target.value)}
                            />
                        </label>
                        <label className="text-sm">
                            To
                            <Input type="date" value={to} onChange={e => resetting(setTo)(e.target.value)} />
                        </label>
                        <a
                            className="inline-flex h-9 items-center rounded-md border px-3 text-sm hover:bg-muted"
                            href={exportUrl}
                            data-invoices-export
                        >
                            Export ZIP (PDFs + CSV)
                        </a>
                    </div>
                </FullWidthPageBlock>
                <FullWidthPageBlock blockId="invoices-table">
                    {isLoading && <div className="text-sm text-muted-foreground">Loading…</div>}
                    {error && (
                        <div className="text-sm text-destructive">
                            Could not load the invoices: {(error as Error).message}
                        </div>
                    )}
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
                                            {row.type === 'invoice'
                                                ? 'Invoice'
                                                : `Credit note for ${row.originalInvoiceNumber}`}
                                        </TableCell>
                                        <TableCell className="text-xs">
                                            {formatDate(row.issuedAt, {
                                                dateStyle: 'short',
                                                timeStyle: 'short',
                                            })}
                                        </TableCell>
                                        <TableCell className="text-xs">
                                            {row.customerName}
                                            {row.customerEmail && (
                                                <div className="text-muted-foreground">
                                                    {row.customerEmail}
                                                </div>
                                            )}
                                        </TableCell>
                                        <TableCell className="font-mono text-xs">{row.orderCode}</TableCell>
                                        <TableCell className="text-xs">
                                            {formatCurrency(row.totalInclTax, row.currencyCode)}
                                        </TableCell>
                                        <TableCell className="text-xs">
                                            <DownloadLink url={row.downloadUrl} />
                                        </TableCell>
                                    </TableRow>
                                ))}
                            </TableBody>
                        </Table>
                    )}
                    {data && (
                        <Pager
                            page={page}
                            pageSize={pageSize}
                            totalItems={data.invoices.totalItems}
                            shown={rows.length}
                            onPage={setPage}
                            onPageSize={resetting(setPageSize)}
                        />
                    )}
                </FullWidthPageBlock>
            </PageLayout>
        </Page>
    );
}
