/**
 * Attachment checks, from the bytes and never from the name or the browser's type: PNG, JPEG,
 * WebP, GIF and PDF only (magic numbers: https://www.garykessler.net/library/file_sigs.html,
 * PDF 1.7 §7.5.2, WebP RIFF container https://developers.google.com/speed/webp/docs/riff_container).
 */

/** Largest attachment, in bytes (5 MiB). */
export const MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024;
/** Most attachments on one message. */
export const MAX_ATTACHMENTS = 5;

/** A type attachments may have, with the extension the stored file gets. */
export interface SniffedType {
    mimeType: 'image/png' | 'image/jpeg' | 'image/webp' | 'image/gif' | 'application/pdf';
    extension: 'png' | 'jpg' | 'webp' | 'gif' | 'pdf';
}

const startsWith = (bytes: Uint8Array, signature: number[], offset = 0) =>
    bytes.length >= offset + signature.length && signature.every((b, i) => bytes[offset + i] === b);
const ascii = (s: string) => [...s].map(c => c.charCodeAt(0));

/** The type of a file from its first bytes, or null when it is none of the accepted types. */
export function sniffType(bytes: Uint8Array): SniffedType | null {
    if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
        return { mimeType: 'image/png', extension: 'png' };
    if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { mimeType: 'image/jpeg', extension: 'jpg' };
    if (startsWith(bytes, ascii('GIF87a')) || startsWith(bytes, ascii('GIF89a')))
        return { mimeType: 'image/gif', extension: 'gif' };
    if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8))
        return { mimeType: 'image/webp', extension: 'webp' };
    if (startsWith(bytes, ascii('%PDF-'))) return { mimeType: 'application/pdf', extension: 'pdf' };
    return null;
}

/**
 * A safe file name for an upload named `name` of type `type`: the last path segment only (no
 * `../`, no `C:\`), letters, digits, `-` and `_` only (accents folded), at most 80 characters,
 * and the extension of the sniffed type (whatever the name said), e.g.
 * `../../etc/Facture été.php.png` → `Facture-ete-php.png`.
 */
export function safeFileName(name: string, type: SniffedType): string {
    const base = (name.split(/[\\/]/).pop() ?? '')
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/\.[A-Za-z0-9]{1,5}$/, '')
        .replace(/[^A-Za-z0-9_-]+/g, '-')
        .replace(/^[-_]+|[-_]+$/g, '')
        .slice(0, 80);
    return `${base || 'attachment'}.${type.extension}`;
}
