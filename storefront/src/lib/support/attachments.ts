/**
 * Attachments of support messages, served through the storefront
 * (`/compte/demandes/<thread>/pieces-jointes/<attachment>`, `?apercu=1` for the thumbnail): the
 * Astro server looks the file up in the customer's thread (Shop API, their session) and fetches
 * it from the plugin's owner-checked download route with the customer's session token, sent only
 * to the Vendure server's own origin: the browser never has the token, and the files are private
 * (the public asset server answers 404 for them).
 */
import type { AstroCookies } from 'astro';
import { sessionCookieName, type ChannelToken } from '../channels';
import { shopApiUrl } from '../vendure';
import type { SupportThreadFieldsFragment } from '../gql/graphql';
import { supportThreadPath } from './support';

/** One attachment as the thread query returns it. */
export type SupportAttachmentFields = SupportThreadFieldsFragment['messages'][number]['attachments'][number];

/** The storefront path of an attachment (`preview`: its thumbnail). */
export function supportAttachmentPath(threadId: string, attachmentId: string, preview = false): string {
    return `${supportThreadPath(threadId)}/pieces-jointes/${encodeURIComponent(attachmentId)}${preview ? '?apercu=1' : ''}`;
}

/**
 * Where the server serves the attachment (or its preview image): a path on the Vendure server
 * (`url` / `previewUrl` of the Shop API's `SupportAttachment`); the one place that knows those
 * fields.
 */
export function attachmentSourceUrl(attachment: SupportAttachmentFields, preview: boolean): string {
    return preview ? attachment.previewUrl : attachment.url;
}

/** Types the storefront passes on (what the server accepts as attachments, and thumbnails). */
const SERVED_TYPES = /^(?:image\/(?:png|jpeg|webp|gif)|application\/pdf)(?:;|$)/;

/**
 * Fetches an attachment (or thumbnail) from the server and answers with it: `inline` with its
 * safe file name, never cached by shared caches; 404 when the server does not have it, 502 when
 * it cannot be reached or answers another type.
 */
export async function fetchSupportAttachment(
    attachment: SupportAttachmentFields,
    preview: boolean,
    cookies: AstroCookies,
    channel: ChannelToken,
): Promise<Response> {
    const api = new URL(shopApiUrl());
    let url: URL;
    try {
        url = new URL(attachmentSourceUrl(attachment, preview), api.origin);
    } catch {
        return new Response(null, { status: 404 });
    }
    const headers: Record<string, string> = { 'vendure-token': channel };
    const token = cookies.get(sessionCookieName(channel))?.value;
    // The session token goes to the Vendure server only (never to a CDN or bucket URL).
    if (token && url.origin === api.origin) headers.authorization = `Bearer ${token}`;
    let upstream: Response;
    try {
        upstream = await fetch(url, { headers, signal: AbortSignal.timeout(15_000) });
    } catch {
        return new Response(null, { status: 502 });
    }
    const type = upstream.headers.get('content-type') ?? '';
    if (!upstream.ok || !upstream.body || !SERVED_TYPES.test(type)) {
        await upstream.body?.cancel();
        return new Response(null, { status: upstream.status === 404 || upstream.status === 403 ? 404 : 502 });
    }
    const name = attachment.name.replace(/[^A-Za-z0-9._-]/g, '_');
    return new Response(upstream.body, {
        status: 200,
        headers: {
            'content-type': type,
            'content-disposition': `inline; filename="${name}"`,
            'cache-control': 'private, no-store',
        },
    });
}
