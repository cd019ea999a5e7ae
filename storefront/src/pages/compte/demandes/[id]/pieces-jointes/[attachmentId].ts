/**
 * `GET /compte/demandes/<id>/pieces-jointes/<attachmentId>` (`?apercu=1`: the thumbnail): a file
 * attached to one of the signed-in customer's support requests, fetched by the Astro server (see
 * lib/support/attachments.ts). 404 for an id that is not an attachment of that request or a
 * request that is not theirs; signed out, 403.
 */
import type { APIRoute } from 'astro';
import { fetchSupportAttachment } from '../../../../../lib/support/attachments';
import { SupportThreadQuery } from '../../../../../lib/support/documents';
import { THREAD_ID } from '../../../../../lib/support/support';
import { ShopApiError } from '../../../../../lib/vendure';

export const GET: APIRoute = async ({ params, url, cookies, locals }) => {
    const threadId = params.id ?? '';
    const attachmentId = params.attachmentId ?? '';
    if (!THREAD_ID.test(threadId) || !THREAD_ID.test(attachmentId))
        return new Response(null, { status: 404 });
    if (!locals.shop.hasSession()) return new Response(null, { status: 403 });
    let thread;
    try {
        thread = (await locals.shop.request(SupportThreadQuery, { id: threadId })).supportThread;
    } catch (error) {
        // A guest session (a cart, no customer): the Shop API refuses it.
        if (error instanceof ShopApiError && error.hasCode('FORBIDDEN'))
            return new Response(null, { status: 403 });
        throw error;
    }
    const attachment = thread?.messages
        .flatMap(message => message.attachments)
        .find(candidate => candidate.id === attachmentId);
    if (!attachment) return new Response(null, { status: 404 });
    return fetchSupportAttachment(
        attachment,
        url.searchParams.get('apercu') === '1',
        cookies,
        locals.channel,
    );
};
