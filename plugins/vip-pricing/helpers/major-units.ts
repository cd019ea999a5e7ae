/**
 * Amounts as people write them ("65000" XOF, "99.00" EUR) ↔ Vendure minor units (×100 for every
 * currency, so 65 000 XOF is `6500000` and 99 € is `9900`). Shared by the CSV import/export of VIP
 * prices and the Dashboard's money inputs: pure functions, no server import.
 */

/** The number of decimals people write for `currencyCode` (ISO 4217: XOF 0, EUR 2); unknown codes 2. */
export function currencyDigits(currencyCode: string): number {
    try {
        return (
            new Intl.NumberFormat('en', { style: 'currency', currency: currencyCode }).resolvedOptions()
                .maximumFractionDigits ?? 2
        );
    } catch {
        return 2;
    }
}

/**
 * `minor` (Vendure minor units of `currencyCode`) in major units with the currency's decimals and
 * no grouping: `formatMajorUnits(6500000, 'XOF')` = `"65000"`, `formatMajorUnits(9900, 'EUR')` =
 * `"99.00"`. An amount finer than the currency's decimals keeps its 2 decimals (`"650.50"` XOF).
 */
export function formatMajorUnits(minor: number, currencyCode: string): string {
    const digits = currencyDigits(currencyCode);
    const shown = minor % 10 ** (2 - Math.min(digits, 2)) === 0 ? Math.min(digits, 2) : 2;
    return (minor / 100).toFixed(shown);
}

/**
 * Parses an amount in major units of `currencyCode` as people write it into Vendure minor units.
 * Accepts a `.` or `,` decimal separator, spaces (also no-break spaces) and `'` between thousands:
 * `"65 000"` XOF → `6500000`, `"99,50"` EUR → `9950`. At most the currency's decimals (none for
 * XOF: `"650.5"` is refused).
 *
 * @returns the minor units, or a message saying what is wrong (for an error naming the field)
 */
export function parseMajorUnits(text: string, currencyCode: string): number | { error: string } {
    const digits = currencyDigits(currencyCode);
    const cleaned = text.trim().replace(/[\s\u00a0\u202f']/g, '');
    const match = /^(-?)(\d+)(?:[.,](\d+))?$/.exec(cleaned);
    if (!match) return { error: `"${text}" is not an amount (e.g. ${formatMajorUnits(9900, currencyCode)})` };
    const [, sign, whole, fraction = ''] = match;
    if (fraction.length > Math.min(digits, 2)) {
        return {
            error:
                digits === 0
                    ? `${currencyCode} amounts are whole units, without decimals ("${text}")`
                    : `${currencyCode} amounts have at most ${digits} decimals ("${text}")`,
        };
    }
    const minor = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
    if (!Number.isSafeInteger(minor)) return { error: `"${text}" is too large` };
    return sign ? -minor : minor;
}
