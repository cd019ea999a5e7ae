/**
 * Helpers of the account's support requests (`/compte/demandes`, plugins/support-threads): paths,
 * the form rules (the Shop API's limits, checked here first so the shopper gets a message in the
 * page language before anything is uploaded), French/English messages for the plugin's
 * ErrorResults, status labels and the autolinking of message bodies.
 */
import { ACCOUNT_PATHS, type FieldErrors } from '../account/account';
import { defineMessages, type Lang } from '../i18n';
import type { ErrorResultLike } from '../order';

/** The page of one thread (`/compte/demandes/<id>`, the path the plugin's e-mails link to). */
export function supportThreadPath(id: string): string {
    return `${ACCOUNT_PATHS.supportRequests}/${encodeURIComponent(id)}`;
}

/** The storefront's relay of the thread's live stream (Server-Sent Events, see live.ts). */
export function supportLivePath(id: string): string {
    return `${supportThreadPath(id)}/live`;
}

/** Thread ids as the Shop API shows them (and nothing that could leave the path). */
export const THREAD_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** Subject: 1 to 200 characters (plugin `SUPPORT_SUBJECT_MAX_LENGTH`). */
export const SUBJECT_MAX_LENGTH = 200;
/** Message body: 1 to 10 000 characters (plugin `SUPPORT_MESSAGE_MAX_LENGTH`). */
export const BODY_MAX_LENGTH = 10_000;
/** At most 5 attachments per message. */
export const MAX_ATTACHMENTS = 5;
/** At most 5 MB (5 × 1024 × 1024 bytes) per attachment. */
export const MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024;
/**
 * The file input's `accept`: the types the server takes (it checks the bytes, not the name; this
 * only narrows the browser's file picker).
 */
export const ATTACHMENT_ACCEPT = 'image/png,image/jpeg,image/webp,image/gif,application/pdf';

/** Threads per page of the list. */
export const THREADS_PAGE_SIZE = 10;

const m = defineMessages({
    fr: {
        subjectEmpty: 'Indiquez l’objet de votre demande.',
        subjectLong: 'L’objet ne peut pas dépasser {max} caractères (il en compte {n}).',
        bodyEmpty: 'Écrivez votre message.',
        bodyLong: 'Le message ne peut pas dépasser {max} caractères (il en compte {n}).',
        tooMany: 'Joignez au plus {max} fichiers ({n} choisis).',
        tooBig: '« {name} » dépasse 5 Mo.',
        badType: '« {name} » n’est ni une image (PNG, JPEG, WebP, GIF) ni un PDF.',
        badFile:
            'Une pièce jointe a été refusée : seules les images (PNG, JPEG, WebP, GIF) et les PDF de 5 Mo au plus sont acceptés.',
        order: 'Cette commande n’est pas l’une des vôtres.',
        notFound: 'Cette demande n’existe pas ou a été supprimée.',
        closed: 'Cette demande est close : vous pouvez ouvrir une nouvelle demande qui la prolonge.',
        status: 'Cette demande ne peut pas changer d’état ainsi (elle est peut-être déjà close).',
        unknown: 'Une erreur est survenue. Merci de réessayer.',
        open: 'Ouverte',
        pending: 'Réponse reçue',
        resolved: 'Résolue',
        closedStatus: 'Close',
    },
    en: {
        subjectEmpty: 'Enter the subject of your request.',
        subjectLong: 'The subject cannot be longer than {max} characters (it has {n}).',
        bodyEmpty: 'Write your message.',
        bodyLong: 'The message cannot be longer than {max} characters (it has {n}).',
        tooMany: 'Attach at most {max} files ({n} chosen).',
        tooBig: '“{name}” is larger than 5 MB.',
        badType: '“{name}” is neither an image (PNG, JPEG, WebP, GIF) nor a PDF.',
        badFile:
            'An attachment was refused: only images (PNG, JPEG, WebP, GIF) and PDFs of 5 MB at most are accepted.',
        order: 'This order is not one of yours.',
        notFound: 'This request does not exist or has been deleted.',
        closed: 'This request is closed: you can open a new request that follows it up.',
        status: 'This request cannot change its status this way (it may already be closed).',
        unknown: 'Something went wrong. Please try again.',
        open: 'Open',
        pending: 'Reply received',
        resolved: 'Resolved',
        closedStatus: 'Closed',
    },
});

/** A customer-facing label for a thread status (`open`, `pending`, `resolved`, `closed`). */
export function supportStatusLabel(status: string, lang: Lang): string {
    switch (status) {
        case 'open':
        case 'pending':
        case 'resolved':
            return m(lang, status);
        case 'closed':
            return m(lang, 'closedStatus');
        default:
            return status;
    }
}

/**
 * The files of a posted form's `attachments` input. A browser sends one empty part (no name, no
 * bytes) when no file was chosen: those are left out.
 */
export function readAttachments(form: FormData | null): File[] {
    return (form?.getAll('attachments') ?? []).filter(
        (value): value is File => typeof value !== 'string' && (value.size > 0 || value.name !== ''),
    );
}

/** A message as typed: the subject (new requests only), the body and the chosen files. */
export interface SupportMessageInput {
    subject?: string | undefined;
    body: string;
    files: readonly File[];
}

/**
 * Per-field errors (`subject`, `body`, `attachments`) of a message before it is sent, in the page
 * language; the Shop API checks the same rules again and the attachments' types from their bytes.
 */
export function validateSupportMessage(input: SupportMessageInput, lang: Lang): FieldErrors {
    const errors: FieldErrors = {};
    if (input.subject !== undefined) {
        const subject = input.subject.replace(/\s+/g, ' ').trim();
        if (!subject) errors.subject = m(lang, 'subjectEmpty');
        else if (subject.length > SUBJECT_MAX_LENGTH)
            errors.subject = m(lang, 'subjectLong', { max: SUBJECT_MAX_LENGTH, n: subject.length });
    }
    const body = input.body.trim();
    if (!body) errors.body = m(lang, 'bodyEmpty');
    else if (body.length > BODY_MAX_LENGTH)
        errors.body = m(lang, 'bodyLong', { max: BODY_MAX_LENGTH, n: body.length });
    if (input.files.length > MAX_ATTACHMENTS) {
        errors.attachments = m(lang, 'tooMany', { max: MAX_ATTACHMENTS, n: input.files.length });
    } else {
        const big = input.files.find(file => file.size > MAX_ATTACHMENT_BYTES);
        if (big) errors.attachments = m(lang, 'tooBig', { name: big.name.slice(0, 100) });
    }
    return errors;
}

/** The form field an ErrorResult of the plugin belongs to (`form`: shown above the form). */
export type SupportErrorField = 'subject' | 'body' | 'attachments' | 'orderId' | 'form';

/**
 * Where and how to show an ErrorResult of `openSupportThread`, `replyToSupportThread` or
 * `closeSupportThread`, in the page language. The plugin's messages are English sentences naming
 * the field ("The subject is empty.") or the file (`"x.png" is not an image…`); they are read
 * only to pick the field and the file name.
 */
export function describeSupportError(
    error: ErrorResultLike,
    lang: Lang,
): { field: SupportErrorField; message: string } {
    const text = error.message ?? '';
    switch (error.errorCode) {
        case 'INVALID_SUPPORT_MESSAGE_ERROR':
            return text.startsWith('The subject')
                ? {
                      field: 'subject',
                      message: m(lang, /empty/.test(text) ? 'subjectEmpty' : 'subjectLong', lengthOf(text)),
                  }
                : {
                      field: 'body',
                      message: m(lang, /empty/.test(text) ? 'bodyEmpty' : 'bodyLong', lengthOf(text)),
                  };
        case 'INVALID_SUPPORT_ATTACHMENT_ERROR': {
            const name = /^"(.*)" is /.exec(text)?.[1];
            if (name && / larger than /.test(text))
                return { field: 'attachments', message: m(lang, 'tooBig', { name }) };
            if (name) return { field: 'attachments', message: m(lang, 'badType', { name }) };
            const count = /^(\d+) attachments/.exec(text)?.[1];
            if (count)
                return {
                    field: 'attachments',
                    message: m(lang, 'tooMany', { max: MAX_ATTACHMENTS, n: count }),
                };
            return { field: 'attachments', message: m(lang, 'badFile') };
        }
        case 'SUPPORT_ORDER_NOT_FOUND_ERROR':
            return { field: 'orderId', message: m(lang, 'order') };
        case 'SUPPORT_THREAD_NOT_FOUND_ERROR':
            return { field: 'form', message: m(lang, 'notFound') };
        case 'SUPPORT_THREAD_CLOSED_ERROR':
            return { field: 'form', message: m(lang, 'closed') };
        case 'SUPPORT_THREAD_STATUS_ERROR':
            return { field: 'form', message: m(lang, 'status') };
        default:
            return { field: 'form', message: m(lang, 'unknown') };
    }
}

/** `{ max, n }` of a "… is N characters long; the limit is MAX." message. */
function lengthOf(text: string): Record<string, string | number> {
    const [, n = '?', max = '?'] = /is (\d+) characters long; the limit is (\d+)/.exec(text) ?? [];
    return { n, max };
}

/** A piece of a message body: plain text, or a web address to show as a link. */
export type BodySegment = { text: string; href?: undefined } | { text: string; href: string };

const URL_IN_TEXT = /\bhttps?:\/\/[^\s<>"']+/gi;

/**
 * Splits a message body into text and `http(s)` links, for the page to render each piece escaped
 * (Astro's `{text}`, `href={href}`): nothing typed is ever interpreted as HTML. Trailing
 * punctuation (`.`, `,`, `)`…) stays out of a link, as in "see https://example.com/a."; the line
 * breaks stay in the text (the page keeps them with `white-space: pre-line`).
 */
export function linkifyBody(body: string): BodySegment[] {
    const segments: BodySegment[] = [];
    let last = 0;
    for (const match of body.matchAll(URL_IN_TEXT)) {
        const url = match[0].replace(/[.,;:!?)\]}»]+$/, '');
        const start = match.index;
        if (start > last) segments.push({ text: body.slice(last, start) });
        segments.push({ text: url, href: url });
        last = start + url.length;
    }
    if (last < body.length) segments.push({ text: body.slice(last) });
    return segments;
}

/** A file size for people: "840 Ko" / "840 KB", "1,2 Mo" / "1.2 MB". */
export function formatFileSize(bytes: number, lang: Lang): string {
    const [kb, mb] = lang === 'fr' ? ['Ko', 'Mo'] : ['KB', 'MB'];
    if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} ${kb}`;
    const value = (bytes / 1024 / 1024).toFixed(1);
    return `${lang === 'fr' ? value.replace('.', ',') : value} ${mb}`;
}
