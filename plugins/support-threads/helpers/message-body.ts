/** Longest message body, in characters (UTF-16 code units, as JavaScript counts them). */
export const SUPPORT_MESSAGE_MAX_LENGTH = 10_000;
/** Longest subject, in characters. */
export const SUPPORT_SUBJECT_MAX_LENGTH = 200;
/** Longest tag, in characters; a thread has at most MAX_TAGS. */
export const MAX_TAG_LENGTH = 40;
/** Most tags on one thread. */
export const MAX_TAGS = 20;

/**
 * A message body as stored: line endings unified to `\n`, trailing spaces of the whole text
 * removed, control characters other than tab and newline dropped. The text is kept as typed —
 * `<b>` stays `<b>` — and every client escapes it when it shows it (no HTML is ever rendered).
 */
export function normalizeBody(body: string): string {
    return (
        body
            .replace(/\r\n?/g, '\n')
            // Control characters are what this removes.
            // eslint-disable-next-line no-control-regex
            .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
            .trim()
    );
}

/** Why `body` (normalised) cannot be stored, or null. */
export function bodyError(body: string): string | null {
    if (!body) return 'The message is empty.';
    if (body.length > SUPPORT_MESSAGE_MAX_LENGTH)
        return `The message is ${body.length} characters long; the limit is ${SUPPORT_MESSAGE_MAX_LENGTH}.`;
    return null;
}

/** Why `subject` (trimmed) cannot be stored, or null. */
export function subjectError(subject: string): string | null {
    if (!subject) return 'The subject is empty.';
    if (subject.length > SUPPORT_SUBJECT_MAX_LENGTH)
        return `The subject is ${subject.length} characters long; the limit is ${SUPPORT_SUBJECT_MAX_LENGTH}.`;
    return null;
}

/** Tags as stored: trimmed, lower-case, commas removed, unique, empty ones dropped; or an error. */
export function normalizeTags(tags: readonly string[]): string[] | string {
    const result = [...new Set(tags.map(t => t.replace(/,/g, ' ').trim().toLowerCase()).filter(Boolean))];
    if (result.length > MAX_TAGS) return `At most ${MAX_TAGS} tags.`;
    const long = result.find(t => t.length > MAX_TAG_LENGTH);
    return long ? `The tag "${long.slice(0, 50)}" is longer than ${MAX_TAG_LENGTH} characters.` : result;
}
