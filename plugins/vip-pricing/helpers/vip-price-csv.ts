/**
 * The CSV file of VIP prices (export and import, README "CSV"): one row per price with the columns
 * `sku, product, tier, price, currency, startsAt, endsAt`; `price` in major units as people write
 * them (whole francs for XOF, 2 decimals for EUR), dates in ISO 8601 (UTC) or empty for an open
 * window. Reading and checking a file are pure functions here; the service loads what the checks
 * need (variants by SKU, tiers, existing prices) and writes.
 */
import { parse } from 'csv-parse/sync';
import { formatMajorUnits, parseMajorUnits } from './major-units';

/** The columns, in the order the export writes them. `product` is informative (ignored on import). */
export const VIP_PRICE_CSV_COLUMNS = ['sku', 'product', 'tier', 'price', 'currency', 'startsAt', 'endsAt'];
/** The columns an import needs; `startsAt` and `endsAt` may be missing (open windows). */
const REQUIRED_COLUMNS = ['sku', 'tier', 'price', 'currency'];
/** Largest number of data rows one import accepts. */
export const MAX_CSV_ROWS = 20_000;

/** A problem in an imported file: its row (1 = the header, as a spreadsheet counts) and column. */
export interface VipPriceCsvRowError {
    /** Spreadsheet row number: 1 is the header, 2 the first price. 0 for the file as a whole. */
    row: number;
    /** The column (`sku`, `tier`, `price`, `currency`, `startsAt`, `endsAt`) or `file`. */
    field: string;
    message: string;
}

/** One price of the export. `price` in minor units of `currencyCode`. */
export interface VipPriceCsvExportRow {
    sku: string;
    product: string;
    tier: string;
    price: number;
    currencyCode: string;
    startsAt: Date | null;
    endsAt: Date | null;
}

/** Cell starts that a spreadsheet would run as a formula (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A cell as written to the file: prefixed with `'` when it starts like a formula (`=`, `+`, `-`,
 * `@`, tab, carriage return; https://owasp.org/www-community/attacks/CSV_Injection), quoted per
 * RFC 4180 when it holds a comma, semicolon, quote or line break.
 */
export function csvCell(value: string): string {
    const safe = FORMULA_START.test(value) ? `'${value}` : value;
    return /[",;\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The text of a cell read from a file: the export's formula escape (`'=…`) removed, trimmed. */
function readCell(value: string | undefined): string {
    const trimmed = (value ?? '').trim();
    return trimmed.startsWith("'") && FORMULA_START.test(trimmed.slice(1)) ? trimmed.slice(1) : trimmed;
}

/** The CSV file (header and one line per price, CRLF line ends as RFC 4180 says). */
export function toVipPriceCsv(rows: readonly VipPriceCsvExportRow[]): string {
    const lines = [VIP_PRICE_CSV_COLUMNS.join(',')];
    for (const r of rows) {
        lines.push(
            [
                r.sku,
                r.product,
                r.tier,
                formatMajorUnits(r.price, r.currencyCode),
                r.currencyCode,
                r.startsAt?.toISOString() ?? '',
                r.endsAt?.toISOString() ?? '',
            ]
                .map(csvCell)
                .join(','),
        );
    }
    return lines.join('\r\n') + '\r\n';
}

/** One data row of an imported file, cells as text. */
export interface VipPriceCsvRow {
    /** Spreadsheet row number (2 = first price). */
    row: number;
    sku: string;
    tier: string;
    price: string;
    currency: string;
    startsAt: string;
    endsAt: string;
}

/**
 * Reads a file: header names are matched case-insensitively, unknown columns ignored; the
 * delimiter is `;` when the header has a `;` and no `,` (spreadsheets set to French write that),
 * else `,`. A UTF-8 byte order mark is skipped.
 *
 * @returns the rows, or the errors of the file as a whole (bad quoting, missing columns, too many rows)
 */
export function readVipPriceCsv(
    text: string,
): { rows: VipPriceCsvRow[] } | { errors: VipPriceCsvRowError[] } {
    const header = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
    const delimiter = header.includes(';') && !header.includes(',') ? ';' : ',';
    let records: string[][];
    try {
        records = parse(text, { bom: true, delimiter, skip_empty_lines: true, relax_column_count: true });
    } catch (e) {
        const line = (e as { lines?: number }).lines;
        return {
            errors: [{ row: line ?? 0, field: 'file', message: `Not a CSV file: ${(e as Error).message}` }],
        };
    }
    const [names = [], ...data] = records;
    const index = new Map(names.map((name, i) => [name.trim().toLowerCase(), i]));
    const missing = REQUIRED_COLUMNS.filter(c => !index.has(c.toLowerCase()));
    if (missing.length) {
        return {
            errors: [
                {
                    row: 1,
                    field: 'file',
                    message: `Missing column(s) ${missing.join(', ')}; the header is ${VIP_PRICE_CSV_COLUMNS.join(',')}`,
                },
            ],
        };
    }
    if (data.length > MAX_CSV_ROWS) {
        return {
            errors: [
                {
                    row: 0,
                    field: 'file',
                    message: `At most ${MAX_CSV_ROWS} prices per file (${data.length})`,
                },
            ],
        };
    }
    const cell = (record: string[], column: string) => {
        const i = index.get(column.toLowerCase());
        return i === undefined ? '' : readCell(record[i]);
    };
    return {
        rows: data.map((record, i) => ({
            row: i + 2,
            sku: cell(record, 'sku'),
            tier: cell(record, 'tier'),
            price: cell(record, 'price'),
            currency: cell(record, 'currency'),
            startsAt: cell(record, 'startsAt'),
            endsAt: cell(record, 'endsAt'),
        })),
    };
}

const ISO_DATE = /^(\d{4}-\d{2}-\d{2})(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2}))?$/;

/**
 * A window bound of the file: empty → null (open), `YYYY-MM-DD` → that day 00:00 UTC, or an ISO
 * 8601 date-time with its zone (`2026-12-01T00:00:00Z`, `…+01:00`).
 */
export function parseCsvDate(text: string): Date | null | { error: string } {
    if (!text) return null;
    const match = ISO_DATE.exec(text);
    const date = match ? new Date(text.length === 10 ? `${text}T00:00:00Z` : text) : undefined;
    // A day that does not exist (2026-02-30) rolls over in Date: compare the calendar date back.
    const sameDay = date && (text.length > 10 || date.toISOString().slice(0, 10) === match?.[1]);
    if (!date || Number.isNaN(date.getTime()) || !sameDay) {
        return { error: `"${text}" is not a valid ISO 8601 date (2026-12-01 or 2026-12-01T00:00:00Z)` };
    }
    return date;
}

/** Whether two validity windows share an instant (null bounds are open; `endsAt` is exclusive). */
export function windowsOverlap(
    a: { startsAt: Date | null; endsAt: Date | null },
    b: { startsAt: Date | null; endsAt: Date | null },
): boolean {
    return (
        (a.startsAt?.getTime() ?? -Infinity) < (b.endsAt?.getTime() ?? Infinity) &&
        (b.startsAt?.getTime() ?? -Infinity) < (a.endsAt?.getTime() ?? Infinity)
    );
}

/** Whether two windows are the same (same bounds, open or not). */
function sameWindow(
    a: { startsAt: Date | null; endsAt: Date | null },
    b: { startsAt: Date | null; endsAt: Date | null },
): boolean {
    return a.startsAt?.getTime() === b.startsAt?.getTime() && a.endsAt?.getTime() === b.endsAt?.getTime();
}

/**
 * Why `price` (minor units of `currencyCode`) cannot be a VIP price, or undefined when it can:
 * not > 0, or not a multiple of the currency's rounding unit `unit`.
 */
export function vipPriceAmountError(price: number, currencyCode: string, unit: number): string | undefined {
    if (!Number.isInteger(price) || price <= 0) return 'A VIP price is a positive amount';
    if (price % unit !== 0) {
        return `A ${currencyCode} VIP price is a multiple of ${formatMajorUnits(unit, currencyCode)} ${currencyCode} (its rounding unit)`;
    }
    return undefined;
}

/** An existing VIP price of the channel, as the checks see it. */
export interface ExistingVipPrice {
    id: string;
    tierId: string;
    productVariantId: string;
    price: number;
    startsAt: Date | null;
    endsAt: Date | null;
}

/** What the checks need from the channel. Keys of `variantsBySku` and `tiersByName` are lower case. */
export interface VipPriceCsvContext {
    currencyCode: string;
    /** The channel currency's rounding unit (minor units). */
    unit: number;
    variantsBySku: ReadonlyMap<string, string>;
    tiersByName: ReadonlyMap<string, string>;
    existing: readonly ExistingVipPrice[];
}

/** A checked row: create a price, or change the price of the existing one with the same window. */
export interface PlannedVipPrice {
    row: number;
    /** The existing price with the same tier, variant and window, when there is one. */
    existingId?: string;
    tierId: string;
    productVariantId: string;
    price: number;
    startsAt: Date | null;
    endsAt: Date | null;
}

/**
 * Checks every row against the channel: SKU and tier known, currency the channel's, price > 0 and
 * a multiple of the rounding unit, dates valid and `endsAt` after `startsAt`, and no window
 * overlapping another row's or an existing price's of the same tier and SKU (a row with exactly the
 * window of an existing price updates that price).
 *
 * @returns every error found (rows in order, one per field), or the plan when there is none
 */
export function checkVipPriceCsv(
    rows: readonly VipPriceCsvRow[],
    context: VipPriceCsvContext,
): { errors: VipPriceCsvRowError[] } | { planned: PlannedVipPrice[] } {
    const errors: VipPriceCsvRowError[] = [];
    const planned: PlannedVipPrice[] = [];
    const { currencyCode } = context;
    for (const r of rows) {
        const rowErrors: VipPriceCsvRowError[] = [];
        const fail = (field: string, message: string) => rowErrors.push({ row: r.row, field, message });
        const productVariantId = context.variantsBySku.get(r.sku.toLowerCase());
        if (!r.sku) fail('sku', 'The SKU is missing');
        else if (!productVariantId) fail('sku', `No product variant with SKU "${r.sku}" on this channel`);
        const tierId = context.tiersByName.get(r.tier.toLowerCase());
        if (!r.tier) fail('tier', 'The tier is missing');
        else if (!tierId) fail('tier', `No VIP tier "${r.tier}" on this channel`);
        if (r.currency.toUpperCase() !== currencyCode) {
            fail(
                'currency',
                r.currency
                    ? `The currency ${r.currency} is not this channel's (${currencyCode})`
                    : `The currency is missing (this channel's is ${currencyCode})`,
            );
        }
        const price = parseMajorUnits(r.price, currencyCode);
        if (typeof price !== 'number') fail('price', r.price ? price.error : 'The price is missing');
        else {
            const problem = vipPriceAmountError(price, currencyCode, context.unit);
            if (problem) fail('price', `${problem} ("${r.price}")`);
        }
        const startsAt = parseCsvDate(r.startsAt);
        const endsAt = parseCsvDate(r.endsAt);
        if (startsAt && !(startsAt instanceof Date)) fail('startsAt', startsAt.error);
        if (endsAt && !(endsAt instanceof Date)) fail('endsAt', endsAt.error);
        if (startsAt instanceof Date && endsAt instanceof Date && endsAt <= startsAt) {
            fail('endsAt', 'endsAt must be after startsAt');
        }
        if (
            rowErrors.length === 0 &&
            tierId &&
            productVariantId &&
            typeof price === 'number' &&
            !(startsAt && !(startsAt instanceof Date)) &&
            !(endsAt && !(endsAt instanceof Date))
        ) {
            const candidate: PlannedVipPrice = {
                row: r.row,
                tierId,
                productVariantId,
                price,
                startsAt,
                endsAt,
            };
            const same = (p: { tierId: string; productVariantId: string }) =>
                p.tierId === tierId && p.productVariantId === productVariantId;
            const earlier = planned.find(p => same(p) && windowsOverlap(p, candidate));
            const existing = context.existing.filter(p => same(p) && windowsOverlap(p, candidate));
            const exact = existing.find(p => sameWindow(p, candidate));
            const other = existing.find(p => p !== exact);
            if (earlier) {
                fail(
                    'startsAt',
                    `The window overlaps row ${earlier.row} (same SKU and tier); windows of one tier and SKU never overlap`,
                );
            } else if (other) {
                fail(
                    'startsAt',
                    `The window overlaps the existing VIP price ${windowText(other)} of this SKU and tier; ` +
                        'use its exact startsAt and endsAt to change its price, or delete it first',
                );
            } else planned.push({ ...candidate, existingId: exact?.id });
        }
        errors.push(...rowErrors);
    }
    return errors.length ? { errors } : { planned };
}

function windowText(p: { startsAt: Date | null; endsAt: Date | null }): string {
    return `${p.startsAt?.toISOString() ?? '(open)'} – ${p.endsAt?.toISOString() ?? '(open)'}`;
}
