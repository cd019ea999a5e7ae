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
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import {
    api,
    Badge,
    Button,
    defineDashboardExtension,
    FullWidthPageBlock,
    Input,
    Label,
    ActionBarItem,
    Page,
    PageActionBar,
    PageBlock,
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
    usePermissions,
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
function InvoicesPage() {
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

const SELLER_FIELDS = `
    legalName
    address {
        streetLine1
        streetLine2
        postalCode
        city
        countryCode
        country
    }
    siren
    siret
    legalForm
    shareCapital
    shareCapitalCurrency
    rcsCity
    vatNumber
    email
`;

const SELLER_SETTINGS_QUERY = /* GraphQL */ `
    query InvoiceSellerSettings {
        invoiceSellerSettings {
            ${SELLER_FIELDS}
            stored
        }
    }
`;

const UPDATE_SELLER_SETTINGS = /* GraphQL */ `
    mutation UpdateInvoiceSellerSettings($input: InvoiceSellerSettingsInput!) {
        updateInvoiceSellerSettings(input: $input) {
            __typename
            ... on InvoiceSellerSettings {
                ${SELLER_FIELDS}
                stored
            }
            ... on InvalidInvoiceSellerSettingsError {
                errorCode
                message
                fieldErrors {
                    field
                    message
                }
            }
        }
    }
`;

/** The seller identity as the Admin API returns it (share capital in minor units). */
interface SellerSettings {
    legalName: string;
    address: {
        streetLine1: string;
        streetLine2: string | null;
        postalCode: string | null;
        city: string;
        countryCode: string;
        country: string | null;
    };
    siren: string;
    siret: string | null;
    legalForm: string;
    shareCapital: number;
    shareCapitalCurrency: string;
    rcsCity: string;
    vatNumber: string;
    email: string | null;
    stored: boolean;
}

/** The form's values: every field as typed (share capital in major units, e.g. "10000.00"). */
type SellerForm = Record<(typeof SELLER_FORM_FIELDS)[number]['field'], string>;

/** The form's inputs, in order: path in the API's input, label, hint. */
const SELLER_FORM_FIELDS = [
    { field: 'legalName', label: 'Legal name', hint: 'Dénomination sociale, e.g. Radiant Parfums' },
    { field: 'legalForm', label: 'Legal form', hint: 'e.g. SAS, SARL' },
    { field: 'shareCapital', label: 'Share capital', hint: 'In major units, e.g. 10000.00' },
    { field: 'shareCapitalCurrency', label: 'Share capital currency', hint: 'ISO 4217, e.g. EUR' },
    { field: 'siren', label: 'SIREN', hint: '9 digits' },
    { field: 'siret', label: 'SIRET', hint: '14 digits starting with the SIREN (optional)' },
    { field: 'rcsCity', label: 'RCS city', hint: 'City of the trade register, e.g. Paris' },
    { field: 'vatNumber', label: 'VAT number', hint: 'FR + 2-digit key + SIREN' },
    { field: 'email', label: 'Email', hint: 'Printed in the header (optional)' },
    { field: 'address.streetLine1', label: 'Street', hint: 'Registered office' },
    { field: 'address.streetLine2', label: 'Street (line 2)', hint: 'Optional' },
    { field: 'address.postalCode', label: 'Postal code', hint: '' },
    { field: 'address.city', label: 'City', hint: '' },
    { field: 'address.countryCode', label: 'Country code', hint: 'ISO 3166-1, e.g. FR' },
    { field: 'address.country', label: 'Country name', hint: 'As printed, e.g. France (optional)' },
] as const;

/** The form's values of stored (or default) settings. */
function toForm(s: SellerSettings): SellerForm {
    return {
        legalName: s.legalName,
        legalForm: s.legalForm,
        shareCapital: (s.shareCapital / 100).toFixed(2),
        shareCapitalCurrency: s.shareCapitalCurrency,
        siren: s.siren,
        siret: s.siret ?? '',
        rcsCity: s.rcsCity,
        vatNumber: s.vatNumber,
        email: s.email ?? '',
        'address.streetLine1': s.address.streetLine1,
        'address.streetLine2': s.address.streetLine2 ?? '',
        'address.postalCode': s.address.postalCode ?? '',
        'address.city': s.address.city,
        'address.countryCode': s.address.countryCode,
        'address.country': s.address.country ?? '',
    };
}

/** The mutation's input from the form, or the fields the browser can already tell are wrong. */
function toInput(f: SellerForm): { input?: Record<string, unknown>; errors: Record<string, string> } {
    const capital = Number(f.shareCapital.replace(/\s/g, '').replace(',', '.'));
    if (!f.shareCapital.trim() || !Number.isFinite(capital))
        return { errors: { shareCapital: 'Share capital must be a number, e.g. 10000.00' } };
    return {
        errors: {},
        input: {
            legalName: f.legalName,
            legalForm: f.legalForm,
            shareCapital: Math.round(capital * 100),
            shareCapitalCurrency: f.shareCapitalCurrency,
            siren: f.siren,
            siret: f.siret,
            rcsCity: f.rcsCity,
            vatNumber: f.vatNumber,
            email: f.email,
            address: {
                streetLine1: f['address.streetLine1'],
                streetLine2: f['address.streetLine2'],
                postalCode: f['address.postalCode'],
                city: f['address.city'],
                countryCode: f['address.countryCode'],
                country: f['address.country'],
            },
        },
    };
}

/** What `updateInvoiceSellerSettings` returns: the saved settings or the invalid fields. */
type UpdateResult =
    | ({ __typename: 'InvoiceSellerSettings' } & SellerSettings)
    | {
          __typename: 'InvalidInvoiceSellerSettingsError';
          message: string;
          fieldErrors: Array<{ field: string; message: string }>;
      };

/** One labelled input of the seller form, with its hint or its error. */
function SellerInput({
    field,
    label,
    hint,
    value,
    error,
    onChange,
}: Readonly<{
    field: string;
    label: string;
    hint: string;
    value: string;
    error?: string;
    onChange: (value: string) => void;
}>) {
    const id = `seller-${field.replace('.', '-')}`;
    return (
        <div className="space-y-1" data-seller-field={field}>
            <Label htmlFor={id}>{label}</Label>
            <Input id={id} value={value} aria-invalid={!!error} onChange={e => onChange(e.target.value)} />
            {error ? (
                <div className="text-xs text-destructive" data-field-error={field}>
                    {error}
                </div>
            ) : (
                hint && <div className="text-xs text-muted-foreground">{hint}</div>
            )}
        </div>
    );
}

/**
 * The seller settings page: the active channel's legal identity printed on new invoices, read
 * with `invoiceSellerSettings` and saved with `updateInvoiceSellerSettings` (errors per field).
 */
function SellerSettingsPage() {
    const { hasPermissions } = usePermissions();
    if (!hasPermissions(['UpdateInvoiceSettings'])) {
        return (
            <Page pageId="invoice-seller-settings">
                <PageTitle>Seller on invoices</PageTitle>
                <PageLayout>
                    <FullWidthPageBlock blockId="invoice-seller-forbidden">
                        <div className="text-sm text-muted-foreground">
                            This page needs the UpdateInvoiceSettings permission in this channel.
                        </div>
                    </FullWidthPageBlock>
                </PageLayout>
            </Page>
        );
    }
    return <SellerSettingsForm />;
}

/** The form of {@link SellerSettingsPage}, for administrators with `UpdateInvoiceSettings`. */
function SellerSettingsForm() {
    const { activeChannel } = useChannel();
    const queryClient = useQueryClient();
    const key = ['invoiceSellerSettings', activeChannel?.token];
    const { data, isLoading, error } = useQuery({
        queryKey: key,
        queryFn: () => api.query<{ invoiceSellerSettings: SellerSettings }>(SELLER_SETTINGS_QUERY),
    });
    const [form, setForm] = useState<SellerForm | undefined>();
    const [errors, setErrors] = useState<Record<string, string>>({});
    const [notice, setNotice] = useState<string | undefined>();
    // The form shows the server's values: on load, after a save (normalized), on a channel switch.
    useEffect(() => {
        if (data) setForm(toForm(data.invoiceSellerSettings));
    }, [data]);
    useEffect(() => {
        setErrors({});
        setNotice(undefined);
    }, [activeChannel?.token]);
    const save = useMutation({
        mutationFn: (input: Record<string, unknown>) =>
            api.mutate(UPDATE_SELLER_SETTINGS, { input }) as Promise<{
                updateInvoiceSellerSettings: UpdateResult;
            }>,
        onSuccess: ({ updateInvoiceSellerSettings: result }) => {
            if (result.__typename === 'InvalidInvoiceSellerSettingsError') {
                setErrors(Object.fromEntries(result.fieldErrors.map(e => [e.field || '_', e.message])));
                setNotice('Not saved: correct the fields in red.');
                return;
            }
            queryClient.setQueryData(key, { invoiceSellerSettings: result });
            setNotice(
                'Saved. The next invoices of this channel use these details; issued invoices keep theirs.',
            );
        },
    });
    const submit = () => {
        if (!form) return;
        const { input, errors: local } = toInput(form);
        setErrors(local);
        if (input) save.mutate(input);
        else setNotice('Not saved: correct the fields in red.');
    };
    const settings = data?.invoiceSellerSettings;
    const block = (title: string, from: number, to: number) => (
        <PageBlock column="main" blockId={`invoice-seller-${from}`} title={title}>
            <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
                {form &&
                    SELLER_FORM_FIELDS.slice(from, to).map(f => (
                        <SellerInput
                            key={f.field}
                            {...f}
                            value={form[f.field]}
                            error={errors[f.field]}
                            onChange={value => setForm({ ...form, [f.field]: value })}
                        />
                    ))}
            </div>
        </PageBlock>
    );
    return (
        <Page pageId="invoice-seller-settings">
            <PageTitle>Seller on invoices</PageTitle>
            <PageActionBar>
                <ActionBarItem itemId="invoice-seller-reset" requiresPermission={['UpdateInvoiceSettings']}>
                    <Button
                        variant="outline"
                        disabled={!settings || save.isPending}
                        onClick={() => {
                            if (!settings) return;
                            setForm(toForm(settings));
                            setErrors({});
                            setNotice(undefined);
                        }}
                    >
                        Reset
                    </Button>
                </ActionBarItem>
                <ActionBarItem itemId="invoice-seller-save" requiresPermission={['UpdateInvoiceSettings']}>
                    <Button disabled={!form || save.isPending} onClick={submit} data-seller-save>
                        {save.isPending ? 'Saving…' : 'Save'}
                    </Button>
                </ActionBarItem>
            </PageActionBar>
            <PageLayout>
                <FullWidthPageBlock blockId="invoice-seller-status">
                    {isLoading && <div className="text-sm text-muted-foreground">Loading…</div>}
                    {error && (
                        <div className="text-sm text-destructive">
                            Could not load the settings: {(error as Error).message}
                        </div>
                    )}
                    {settings && (
                        <div
                            className="flex flex-wrap items-center gap-3 text-sm"
                            data-seller-stored={String(settings.stored)}
                        >
                            <Badge variant={settings.stored ? 'success' : 'secondary'}>
                                {settings.stored
                                    ? `Saved for channel ${activeChannel?.code}`
                                    : 'Defaults from the plugin options'}
                            </Badge>
                            <span className="text-muted-foreground">
                                Printed on the invoices and credit notes issued from now on in this channel;
                                issued documents never change.
                            </span>
                        </div>
                    )}
                    {notice && (
                        <div
                            className={`mt-2 text-sm ${Object.keys(errors).length ? 'text-destructive' : 'text-muted-foreground'}`}
                            data-seller-notice
                        >
                            {notice}
                        </div>
                    )}
                    {errors._ && <div className="mt-2 text-sm text-destructive">{errors._}</div>}
                    {save.error && (
                        <div className="mt-2 text-sm text-destructive">{(save.error as Error).message}</div>
                    )}
                </FullWidthPageBlock>
                {block('Company', 0, 9)}
                {block('Registered office', 9, SELLER_FORM_FIELDS.length)}
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
