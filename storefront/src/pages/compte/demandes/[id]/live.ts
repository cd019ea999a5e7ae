/**
 * `GET /compte/demandes/<id>/live`: the thread page's live updates, relayed from the server's
 * Server-Sent Events stream `GET /support-threads/live/<id>` (plugins/support-threads) with the
 * visitor's session, so the browser's `EventSource` stays on the storefront's origin and never
 * sees the Vendure session token (kept in the httpOnly session cookie). The stream's events are
 * passed through untouched (JSON data; the page escapes what it shows). 403 signed out, 404 for a
 * thread that is unknown or another customer's (the server's answers), 502 when the server cannot
 * be reached. Closing the page closes both connections. The `Last-Event-ID` of a reconnecting
 * `EventSource` is passed on: the server first sends the messages missed in between.
 */
import type { APIRoute } from 'astro';
import { openSupportLiveStream } from '../../../../lib/support/live';
import { THREAD_ID } from '../../../../lib/support/support';

export const GET: APIRoute = async ({ params, cookies, locals, request }) => {
    const id = params.id ?? '';
    if (!THREAD_ID.test(id)) return new Response(null, { status: 404 });
    return openSupportLiveStream(
        id,
        cookies,
        locals.channel,
        locals.shop.shopperAddress,
        request.signal,
        request.headers.get('last-event-id'),
    );
};
