/**
 * Parts shared by the VIP pricing Dashboard screens: the Admin API documents, the row types, the
 * amount input in major units of the channel's currency (whole francs for XOF, cents for EUR) and
 * the display of the plugin's typed errors.
 */
import { Input } from '@vendure/dashboard';
import { currencyDigits, formatMajorUnits, parseMajorUnits } from '../helpers/major-units';

/** A tier as the screens read it; amounts in minor units of `currencyCode`. */
export interface AdminVipTier {
    id: string;
    name: string;
    rank: number;
    discountPercent: number;
    joinSpend: number;
    keepSpend: number;
    currencyCode: string;
    customerGroup: { id: string };
}

/** A VIP price of a variant; `price` in minor units, dates ISO 8601 or null (open). */
export interface AdminVipPrice {
    id: string;
    price: number;
    currencyCode: string;
    startsAt: string | null;
    endsAt: string | null;
    tier: { id: string; name: string; rank: number };
}

/** What the plugin's mutations answer on bad input (ErrorResult members). */
export interface VipErrorResult {
    __typename: 'InvalidVipInputError' | 'OverlappingVipPriceError' | 'VipTierChannelError';
    errorCode: string;
    message: string;
    field?: string;
    conflictingPriceId?: string;
}

const TIER_FIELDS = `
    id
    name
    rank
    discountPercent
    joinSpend
    keepSpend
    currencyCode
    customerGroup {
        id
    }
`;

/** The ErrorResult fields of a result union; `overlap` for the unions with OverlappingVipPriceError. */
function errorFields(overlap = false): string {
    return `
    ... on ErrorResult {
        __typename
        errorCode
        message
    }
    ... on InvalidVipInputError {
        field
    }
    ${overlap ? '... on OverlappingVipPriceError { conflictingPriceId }' : ''}
`;
}

export const VIP_TIERS_QUERY = /* GraphQL */ `
    query DashboardVipTiers {
        vipTiers {
            ${TIER_FIELDS}
        }
    }
`;

export const VIP_TIER_QUERY = /* GraphQL */ `
    query DashboardVipTier($id: ID!) {
        vipTier(id: $id) {
            ${TIER_FIELDS}
        }
    }
`;

export const CREATE_VIP_TIER = /* GraphQL */ `
    mutation DashboardCreateVipTier($input: CreateVipTierInput!) {
        createVipTier(input: $input) {
            ... on VipTier {
                __typename
                id
            }
            ${errorFields()}
        }
    }
`;

export const UPDATE_VIP_TIER = /* GraphQL */ `
    mutation DashboardUpdateVipTier($input: UpdateVipTierInput!) {
        updateVipTier(input: $input) {
            ... on VipTier {
                __typename
                id
            }
            ${errorFields()}
        }
    }
`;

export const DELETE_VIP_TIER = /* GraphQL */ `
    mutation DashboardDeleteVipTier($id: ID!) {
        deleteVipTier(id: $id)
    }
`;

export const VIP_PRICES_QUERY = /* GraphQL */ `
    query DashboardVipPrices($productVariantId: ID!) {
        vipPrices(productVariantId: $productVariantId) {
            id
            price
            currencyCode
            startsAt
            endsAt
            tier {
                id
                name
                rank
            }
        }
        vipTiers {
            ${TIER_FIELDS}
        }
    }
`;

export const SAVE_VIP_PRICE = /* GraphQL */ `
    mutation DashboardSaveVipPrice($input: SaveVipPriceInput!) {
        saveVipPrice(input: $input) {
            ... on VipPrice {
                __typename
                id
            }
            ${errorFields(true)}
        }
    }
`;

export const DELETE_VIP_PRICE = /* GraphQL */ `
    mutation DashboardDeleteVipPrice($id: ID!) {
        deleteVipPrice(id: $id)
    }
`;

const STATUS_FIELDS = `
    tier {
        id
        name
        rank
    }
    spend
    currencyCode
    windowStartsAt
    nextTier {
        id
        name
        joinSpend
    }
    amountToNextTier
    pinned
    pinnedTier {
        id
        name
    }
`;

export const CUSTOMER_VIP_QUERY = /* GraphQL */ `
    query DashboardCustomerVip($id: ID!) {
        customer(id: $id) {
            id
            vipStatus {
                ${STATUS_FIELDS}
            }
        }
        vipTiers {
            ${TIER_FIELDS}
        }
    }
`;

export const PIN_VIP_TIER = /* GraphQL */ `
    mutation DashboardPinVipTier($customerId: ID!, $tierId: ID!) {
        pinVipTier(customerId: $customerId, tierId: $tierId) {
            ... on VipStatus {
                __typename
                pinned
            }
            ${errorFields()}
        }
    }
`;

export const UNPIN_VIP_TIER = /* GraphQL */ `
    mutation DashboardUnpinVipTier($customerId: ID!) {
        unpinVipTier(customerId: $customerId) {
            ... on VipStatus {
                __typename
                pinned
            }
            ${errorFields()}
        }
    }
`;

export const EXPORT_VIP_PRICES = /* GraphQL */ `
    query DashboardExportVipPrices {
        exportVipPrices
    }
`;

export const IMPORT_VIP_PRICES = /* GraphQL */ `
    mutation DashboardImportVipPrices($csv: String!, $dryRun: Boolean!) {
        importVipPrices(csv: $csv, dryRun: $dryRun) {
            __typename
            ... on VipPriceImportSummary {
                dryRun
                created
                updated
                unchanged
            }
            ... on VipPriceImportError {
                message
                rowErrors {
                    row
                    field
                    message
                }
            }
        }
    }
`;

/** Whether a mutation result is one of the plugin's ErrorResults. */
export function isVipError(result: { __typename: string }): result is VipErrorResult {
    return 'errorCode' in result;
}

/** The amount's text in the input, e.g. `65000` (XOF) or `99.00` (EUR); empty for undefined. */
export function toMajorText(minor: number | undefined, currencyCode: string): string {
    return minor === undefined ? '' : formatMajorUnits(minor, currencyCode);
}

/** The minor units of an input's text, or the message of what is wrong with it. */
export function fromMajorText(text: string, currencyCode: string): number | { error: string } {
    return parseMajorUnits(text, currencyCode);
}

/**
 * A text input of an amount in major units of `currencyCode` with the currency after it, and a hint
 * (XOF: whole francs) or the error under it.
 */
export function MajorUnitsInput({
    id,
    value,
    currencyCode,
    error,
    placeholder,
    onChange,
}: Readonly<{
    id: string;
    value: string;
    currencyCode: string;
    error?: string;
    /** Shown when empty; default an example amount of the currency. */
    placeholder?: string;
    onChange: (value: string) => void;
}>) {
    const digits = currencyDigits(currencyCode);
    return (
        <div className="space-y-1">
            <div className="flex items-center gap-2">
                <Input
                    id={id}
                    inputMode="decimal"
                    value={value}
                    aria-invalid={!!error}
                    placeholder={placeholder ?? (digits === 0 ? '65000' : '99.00')}
                    onChange={e => onChange(e.target.value)}
                />
                <span className="text-sm text-muted-foreground">{currencyCode}</span>
            </div>
            {error ? (
                <div className="text-xs text-destructive" data-field-error={id}>
                    {error}
                </div>
            ) : (
                <div className="text-xs text-muted-foreground">
                    {digits === 0
                        ? `Whole ${currencyCode} (no decimals)`
                        : `${currencyCode}, up to ${digits} decimals`}
                </div>
            )}
        </div>
    );
}

/** `datetime-local` input value (browser's zone) of an ISO date, or empty. */
export function toLocalInput(iso: string | null | undefined): string {
    if (!iso) return '';
    const d = new Date(iso);
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** ISO 8601 (UTC) of a `datetime-local` value (browser's zone), or null when empty. */
export function fromLocalInput(value: string): string | null {
    return value ? new Date(value).toISOString() : null;
}
