/**
 * Resuming a Server-Sent Events stream after a reconnection
 * (https://html.spec.whatwg.org/multipage/server-sent-events.html#the-last-event-id-header): a
 * browser's `EventSource` that reconnects sends the `id:` of the last event it received as the
 * `Last-Event-ID` header; the streams first send what came after it, then continue live.
 */
import type { ConfigService } from '@vendure/core';
import type { Request } from 'express';
import { databaseId } from '../helpers/public-ids';

/** The longest `Last-Event-ID` read; anything longer is ignored (no stream's id is that long). */
const MAX_LAST_EVENT_ID = 200;

/**
 * The id the client last received: the `Last-Event-ID` header (an `EventSource` reconnecting by
 * itself), else the `lastEventId` query parameter (a page or a relay that opens a new stream);
 * undefined when absent, empty or longer than 200 characters.
 */
export function lastEventId(req: Request): string | undefined {
    const query = req.query.lastEventId;
    const value = req.header('last-event-id') ?? (typeof query === 'string' ? query : undefined);
    const trimmed = value?.trim();
    return trimmed && trimmed.length <= MAX_LAST_EVENT_ID ? trimmed : undefined;
}

/**
 * The database id (a non-negative integer) of a message id as the APIs show it, or undefined
 * when `value` cannot be one (the stream then starts without catching up).
 */
export function messageIdOf(config: ConfigService, value: string): number | undefined {
    let id;
    try {
        id = Number(databaseId(config, value));
    } catch {
        return undefined;
    }
    return Number.isSafeInteger(id) && id >= 0 ? id : undefined;
}

/**
 * Subscribes with `subscribe`, sends `missed()` (when given) and then the live events, in order
 * and without loss: live events that arrive while the missed ones are read wait in a buffer, and
 * one already sent as missed (same `key`) is not sent again. Returns the unsubscribe function.
 *
 * @param key a dedupe key of an event (a message's id), undefined for events that may repeat
 */
export async function resumeLive<E>(
    subscribe: (listener: (event: E) => void) => Promise<() => void>,
    missed: (() => Promise<E[]>) | undefined,
    send: (event: E) => void,
    key: (event: E) => string | undefined,
): Promise<() => void> {
    let buffer: E[] | undefined = missed ? [] : undefined;
    const unsubscribe = await subscribe(event => (buffer ? buffer.push(event) : send(event)));
    if (!missed || !buffer) return unsubscribe;
    const sent = new Set<string>();
    try {
        for (const event of await missed()) {
            const k = key(event);
            if (k !== undefined) sent.add(k);
            send(event);
        }
    } finally {
        const waiting = buffer;
        buffer = undefined;
        for (const event of waiting) {
            const k = key(event);
            if (k === undefined || !sent.has(k)) send(event);
        }
    }
    return unsubscribe;
}
