/** Plain-text tables for stdout. */

/**
 * @param {string[]} headers
 * @param {(string|number|null)[][]} rows
 * @param {string} [align] one letter per column: 'l' or 'r' (default: first column left, others right)
 */
export function table(headers, rows, align) {
    const cells = [headers, ...rows].map(r => r.map(c => (c === null || c === undefined ? '—' : String(c))));
    const widths = headers.map((_, i) => Math.max(...cells.map(r => (r[i] ?? '').length)));
    const a = align ?? 'l' + 'r'.repeat(headers.length - 1);
    const fmt = r =>
        r
            .map((c, i) => (a[i] === 'l' ? c.padEnd(widths[i]) : c.padStart(widths[i])))
            .join('  ')
            .trimEnd();
    const sep = widths.map(w => '-'.repeat(w)).join('  ');
    return [fmt(cells[0]), sep, ...cells.slice(1).map(fmt)].join('\n');
}

/** A number with `digits` decimals, or null. */
export function num(value, digits = 1) {
    return value === null || value === undefined || Number.isNaN(value)
        ? null
        : Number(value).toFixed(digits);
}

/** Rounds every number in a JSON-able value to 3 decimals (for the results file). */
export function roundDeep(value) {
    if (typeof value === 'number') return Number.isInteger(value) ? value : Math.round(value * 1000) / 1000;
    if (Array.isArray(value)) return value.map(roundDeep);
    if (value && typeof value === 'object')
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, roundDeep(v)]));
    return value;
}
