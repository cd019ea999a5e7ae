/**
 * A value read from a gateway's JSON or form body, as text: `''` for a missing value (undefined or
 * null), strings as they are, numbers, booleans and bigints in their usual decimal form, anything else
 * (an object or array where a scalar was expected) as its JSON, so that it can be logged and compared
 * rather than turning into `[object Object]`.
 */
export function wireText(value: unknown): string {
    if (value === undefined || value === null) return '';
    if (typeof value === 'string') return value;
    if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
        return String(value);
    return JSON.stringify(value) ?? '';
}
