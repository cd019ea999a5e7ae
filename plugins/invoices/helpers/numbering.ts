/**
 * Pure helpers for invoice numbers: patterns with `{YYYY}`, `{YY}` and a zero-padded counter
 * token `{000000}` (as many zeros as digits).
 */

const COUNTER = /\{(0+)\}/;

/** Throws when `pattern` has no counter token (`{0…0}`); returns the pattern otherwise. */
export function validateNumberPattern(pattern: string): string {
    if (!COUNTER.test(pattern)) {
        throw new Error(`Invoice number pattern "${pattern}" needs a counter token such as {000000}`);
    }
    return pattern;
}

/** Whether the counter restarts each year (the pattern contains `{YYYY}` or `{YY}`). */
export function isYearly(pattern: string): boolean {
    return pattern.includes('{YYYY}') || pattern.includes('{YY}');
}

/** The calendar year of `date` in `timeZone` (an IANA name, default UTC). */
export function yearIn(date: Date, timeZone = 'UTC'): number {
    return Number(new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric' }).format(date));
}

/** The counter's year key for an issue date: its year in `timeZone` when yearly, else 0. */
export function sequenceYear(pattern: string, issuedAt: Date, timeZone = 'UTC'): number {
    return isYearly(pattern) ? yearIn(issuedAt, timeZone) : 0;
}

/**
 * Formats a number: `formatInvoiceNumber('RAD-{YYYY}-{000000}', 42, 2026-…)` → `RAD-2026-000042`.
 * The year is the issue date's in `timeZone` (the shop's, so it matches the printed date). A counter
 * longer than the padding is printed in full.
 */
export function formatInvoiceNumber(
    pattern: string,
    value: number,
    issuedAt: Date,
    timeZone = 'UTC',
): string {
    validateNumberPattern(pattern);
    if (!Number.isInteger(value) || value < 1) throw new Error(`Invalid counter value ${value}`);
    const year = String(yearIn(issuedAt, timeZone));
    return pattern
        .replace('{YYYY}', year)
        .replace('{YY}', year.slice(2))
        .replace(COUNTER, (_, zeros: string) => String(value).padStart(zeros.length, '0'));
}

/**
 * The key a number is unique for (one legal seller): the seller's SIREN without spaces and dots,
 * or `channel:<channelId>` when the seller has none.
 */
export function sellerKeyOf(seller: { siren?: string } | undefined, channelId: string | number): string {
    const siren = (seller?.siren ?? '').replace(/[\s.]/g, '');
    return siren || `channel:${channelId}`;
}
