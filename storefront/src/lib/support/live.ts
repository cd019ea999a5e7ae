/**
 * The storefront's relay of a support thread's live stream (plugins/support-threads,
 * `GET /support-threads/live/:threadId`, Server-Sent Events), used by
 * `pages/compte/demandes/[id]/live.ts`.
 */
import type { AstroCookies } from 'astro';
import { sessionCookieName, type ChannelToken } from '../channels';
import { shopApiUrl } from '../vendure';

/** The server's stream path (the plugin's `LIVE_PATH`), on the Shop API's origin. */
const LIVE_PATH = '/support-threads/live/';

/** The response headers of a relayed stream: never cached, compressed or buffered by a proxy. */
const STREAM_HEADERS = {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-store, no-transform',
    'x-accel-buffering': 'no',
};

/**
 * Opens the thread's stream on the server with the visitor's session token (from the channel's
 * httpOnly cookie) and channel, and answers with its body as it arrives.
 *
 * @param threadId the thread id as the Shop API shows it (already checked against `THREAD_ID`)
 * @param signal aborted when the browser goes away; it closes the server connection too
 * @param lastEventId the `Last-Event-ID` header of a reconnecting `EventSource` (ignored when longer
 *   than 200 characters): passed on, so the server first sends the messages the page missed
 * @returns 200 `text/event-stream`; 403 without a session or when the server refuses it; 404 when
 *   the server does not know the thread for this customer; 502 when it cannot be reached
 */
export async function openSupportLiveStream(
    threadId: string,
    cookies: AstroCookies,
    channel: ChannelToken,
    shopperAddress: string | undefined,
    signal: AbortSignal,
    lastEventId?: string | null,
): Promise<Response> {
    const token = cookies.get(sessionCookieName(channel))?.value;
    if (!token) return plain(403, 'Sign in to follow this request.');
    const url = new URL(`${LIVE_PATH}${encodeURIComponent(threadId)}`, new URL(shopApiUrl()).origin);
    const headers: Record<string, string> = {
        authorization: `Bearer ${token}`,
        'vendure-token': channel,
        accept: 'text/event-stream',
    };
    if (shopperAddress) headers['x-forwarded-for'] = shopperAddress;
    if (lastEventId && lastEventId.length <= 200) headers['last-event-id'] = lastEventId;
    let upstream: Response;
    try {
        upstream = await fetch(url, { headers, signal });
    } catch {
        return plain(502, 'The live updates are unavailable; reload the page to see new messages.');
    }
    if (!upstream.ok || !upstream.body) {
        await upstream.body?.cancel();
        if (upstream.status === 401 || upstream.status === 403)
            return plain(403, 'Sign in to follow this request.');
        if (upstream.status === 404) return plain(404, 'No such request.');
        return plain(502, 'The live updates are unavailable; reload the page to see new messages.');
    }
    return new Response(upstream.body, { status: 200, headers: STREAM_HEADERS });
}

/** A short plain-text answer (EventSource gives up on a non-200 answer: the page stays as it is). */
function plain(status: number, text: string): Response {
    return new Response(text, {
        status,
        headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
    });
}
