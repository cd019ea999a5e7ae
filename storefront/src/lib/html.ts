/**
 * Rich text from the Shop API (product descriptions, shipping and payment method descriptions,
 * written by merchants in the Dashboard's editor) cleaned before it is rendered with `set:html`:
 * an allowlist of formatting elements, links with http(s)/mailto URLs only (their `rel` always
 * `noopener noreferrer nofollow`), no other attribute, no script, style, event handler or iframe.
 * A merchant account taken over, or an import file, can then not plant script in the shop's pages.
 *
 * Uses sanitize-html (https://github.com/apostrophecms/sanitize-html), which runs server-side.
 */
import sanitizeHtml from 'sanitize-html';

const OPTIONS: sanitizeHtml.IOptions = {
    allowedTags: [
        'p',
        'br',
        'strong',
        'b',
        'em',
        'i',
        'u',
        's',
        'ul',
        'ol',
        'li',
        'a',
        'h2',
        'h3',
        'h4',
        'blockquote',
        'code',
        'span',
    ],
    allowedAttributes: { a: ['href', 'rel'] },
    allowedSchemes: ['http', 'https', 'mailto'],
    allowProtocolRelative: false,
    transformTags: {
        // Merchants' links leave the shop: no referrer leak, no window.opener.
        a: sanitizeHtml.simpleTransform('a', { rel: 'noopener noreferrer nofollow' }),
        // The page has its own <h1>; a description's h1 becomes a section heading.
        h1: 'h2',
    },
};

/**
 * The allowlisted HTML of a Shop API rich-text field (see the module comment); `''` for null.
 *
 * @example safeHtml('<p onclick="x()">Hi<script>alert(1)</script></p>') → '<p>Hi</p>'
 */
export function safeHtml(html: string | null | undefined): string {
    return html ? sanitizeHtml(html, OPTIONS) : '';
}
