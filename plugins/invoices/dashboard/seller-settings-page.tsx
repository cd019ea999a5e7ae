/**
 * The "Seller on invoices" page (Settings menu, `/invoice-settings`, `UpdateInvoiceSettings`): the
 * active channel's seller identity printed on new invoices, edited and saved with
 * `updateInvoiceSellerSettings`; the invalid fields it reports are shown under each input.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import {
    api,
    Badge,
    Button,
    FullWidthPageBlock,
    Input,
    Label,
    ActionBarItem,
    Page,
    PageActionBar,
    PageBlock,
    PageLayout,
    PageTitle,
    useChannel,
    usePermissions,
} from '@vendure/dashboard';

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
export function SellerSettingsPage() {
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
