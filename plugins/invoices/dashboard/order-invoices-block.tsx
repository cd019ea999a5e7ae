/**
 * The "Invoices" block of the order page: the order's invoices and credit notes (Admin API
 * `Order.invoices`) with their download links, and "Regenerate" on the current invoice (Admin API
 * `regenerateInvoice`: a credit note plus a new invoice, never an edit).
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
    api,
    Badge,
    Button,
    Table,
    TableBody,
    TableCell,
    TableHead,
    TableHeader,
    TableRow,
    useLocalFormat,
} from '@vendure/dashboard';
import { DownloadLink, InvoiceRow } from './shared';

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

/** The block: the documents of the order `orderId`. */
export function OrderInvoices({ orderId }: Readonly<{ orderId: string }>) {
    const { formatCurrency, formatDate } = useLocalFormat();
    const queryClient = useQueryClient();
    const key = ['orderInvoices', orderId];
    const { data, isLoading, error } = useQuery({
        queryKey: key,
        queryFn: () =>
            api.query<{ order: { invoices: InvoiceRow[] } | null }>(ORDER_INVOICES_QUERY, { id: orderId }),
    });
    const regenerate = useMutation({
        mutationFn: (id: string) => api.mutate(REGENERATE_MUTATION, { id }),
        onSettled: () => queryClient.invalidateQueries({ queryKey: key }),
    });
    if (isLoading) return <div className="text-sm text-muted-foreground">Loading…</div>;
    if (error)
        return (
            <div className="text-sm text-destructive">
                Could not load the invoices: {(error as Error).message}
            </div>
        );
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
                                    <div className="mt-1 text-muted-foreground">
                                        for {row.originalInvoiceNumber}
                                    </div>
                                )}
                            </TableCell>
                            <TableCell className="text-xs">
                                {formatDate(row.issuedAt, { dateStyle: 'short', timeStyle: 'short' })}
                            </TableCell>
                            <TableCell className="text-xs">
                                {formatCurrency(row.totalInclTax, row.currencyCode)}
                            </TableCell>
                            <TableCell className="text-xs">
                                <DownloadLink url={row.downloadUrl} />
                                {row.id === current?.id && !credited.has(row.number) && (
                                    <Button
                                        className="ml-3"
                                        variant="outline"
                                        size="sm"
                                        disabled={regenerate.isPending}
                                        onClick={() => {
                                            if (
                                                window.confirm(
                                                    `Replace ${row.number} by a credit note and a new invoice?`,
                                                )
                                            )
                                                regenerate.mutate(row.id);
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
            {regenerate.error && (
                <div className="text-sm text-destructive">{(regenerate.error as Error).message}</div>
            )}
        </div>
    );
}
