import type { LegalPagePlaceholders } from '../types';

/** A placeholder in a page body: `{{name}}`, `{{ name }}`, name made of letters, digits, `.` and `_`. */
const PLACEHOLDER = /\{\{\s*([A-Za-z][\w.]*)\s*\}\}/g;

const HTML_ESCAPES: Record<string, string> = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&#39;',
};

/** `text` with the five HTML special characters escaped, for text inside HTML. */
export function escapeHtml(text: string): string {
    return text.replace(/[&<>"']/g, c => HTML_ESCAPES[c]);
}

/**
 * The HTML `body` with each `{{name}}` replaced by the HTML-escaped `values[name]` (a value may
 * contain line breaks, rendered as `<br>`); a name `values` has with an empty or undefined value is
 * replaced by nothing, a name it does not have is left as written (so a typo shows on the page).
 *
 * @example fillPlaceholders('<p>{{seller.legalName}}</p>', { 'seller.legalName': 'A & B' }) → '<p>A &amp; B</p>'
 */
export function fillPlaceholders(body: string, values: LegalPagePlaceholders): string {
    return body.replace(PLACEHOLDER, (whole, name: string) => {
        if (!Object.prototype.hasOwnProperty.call(values, name)) return whole;
        return escapeHtml(values[name] ?? '').replace(/\r?\n/g, '<br>');
    });
}

/** The placeholder names a body uses, in order of first use, e.g. `['seller.legalName']`. */
export function placeholderNames(body: string): string[] {
    return [...new Set([...body.matchAll(PLACEHOLDER)].map(m => m[1]))];
}
