import { Controller, Get, Req, Res } from '@nestjs/common';
import { DEFAULT_CHANNEL_CODE } from '@vendure/common/lib/shared-constants';
import { Allow, ConfigService, Ctx, RequestContext } from '@vendure/core';
import type { Request, Response } from 'express';
import { STAFF_LIVE_PATH, supportThreadPermission } from '../constants';
import { publicId } from '../helpers/public-ids';
import { StaffLiveEvent, SupportLiveService } from '../services/support-live.service';
import { KEEP_ALIVE_SECONDS } from './support-live.controller';
import { lastEventId, messageIdOf, resumeLive } from './live-resume';

/**
 * `GET /support-threads/admin/live`: the staff's Server-Sent Events stream
 * (https://html.spec.whatwg.org/multipage/server-sent-events.html) for the Dashboard's inbox and
 * thread view. Authenticated like the Admin API: the session cookie (what a browser's
 * `EventSource` sends; Radiant's `tokenMethod` includes `cookie`) or `Authorization: Bearer`, and
 * the channel token header or `?vendure-token=`; it needs `ReadSupportThread` on that channel
 * (403 otherwise, anonymous included). The default channel follows every channel's threads, any
 * other channel only its own.
 *
 * Events (`data` is JSON, ids as the Admin API shows them):
 * - `message`: `{ id, threadId, channelId, authorType, authorName, body, internal, createdAt,
 *   attachmentCount }` — every new message, **internal notes included**;
 * - `thread`: `{ threadId, channelId, status, priority, assigneeId, tags, staffUnreadCount,
 *   lastMessageAt, updatedAt }` — a thread changed (status, assignment, priority, tags, read state,
 *   new message), by any server process.
 *
 * Every event's `id:` is `<message id>:<ms>`: the highest message id (as the Admin API shows it)
 * and the latest thread `updatedAt` (ms since 1970) the stream has sent, or that existed when it
 * opened. A reconnection with `Last-Event-ID` (or `?lastEventId=`) first gets the messages of its
 * channels after that id, notes included, and the current state of the threads changed at or after
 * that time, then the live events (api/live-resume.ts).
 *
 * A comment every 25 s keeps proxies from closing the connection; `retry: 3000`.
 */
@Controller(STAFF_LIVE_PATH)
export class SupportStaffLiveController {
    constructor(
        private readonly live: SupportLiveService,
        private readonly config: ConfigService,
    ) {}

    /** Opens the stream (see the class comment). */
    @Get()
    @Allow(supportThreadPermission.Read)
    async stream(@Ctx() ctx: RequestContext, @Req() req: Request, @Res() res: Response): Promise<void> {
        if (!ctx.activeUserId || !ctx.userHasPermissions([supportThreadPermission.Read])) {
            res.status(403).type('text/plain').send('ReadSupportThread is needed to follow the inbox.');
            return;
        }
        const everyChannel = ctx.channel.code === DEFAULT_CHANNEL_CODE;
        res.writeHead(200, {
            'content-type': 'text/event-stream; charset=utf-8',
            'cache-control': 'no-cache, no-transform',
            connection: 'keep-alive',
            'x-accel-buffering': 'no',
        });
        res.write('retry: 3000\n\n');
        const id = (value: StaffLiveEvent['threadId'] | null) =>
            value == null ? null : publicId(this.config, value);
        const scope = everyChannel ? null : ctx.channelId;
        const resume = this.resumeFrom(req);
        // Filled in once subscribed (the live service's cursor), unless resuming.
        let position = resume ?? { messageId: 0, threadsSince: 0 };
        const send = (event: StaffLiveEvent): void => {
            const { type, ...rest } = event;
            position =
                event.type === 'message'
                    ? { ...position, messageId: Math.max(position.messageId, Number(event.id)) }
                    : {
                          ...position,
                          threadsSince: Math.max(position.threadsSince, Date.parse(event.updatedAt)),
                      };
            const data =
                event.type === 'message'
                    ? {
                          ...rest,
                          id: id(event.id),
                          threadId: id(event.threadId),
                          channelId: id(event.channelId),
                      }
                    : {
                          ...rest,
                          threadId: id(event.threadId),
                          channelId: id(event.channelId),
                          assigneeId: id(event.assigneeId),
                      };
            res.write(
                `event: ${type}\nid: ${publicId(this.config, position.messageId)}:${position.threadsSince}\ndata: ${JSON.stringify(data)}\n\n`,
            );
        };
        const unsubscribe = await resumeLive(
            async listener => {
                const stop = await this.live.subscribeStaff(scope, listener);
                if (!resume) position = this.live.cursor;
                return stop;
            },
            resume && (() => this.live.missedStaff(scope, resume.messageId, resume.threadsSince)),
            send,
            event => (event.type === 'message' ? String(event.id) : undefined),
        );
        // Subscribed (and caught up): what is written from now on reaches this stream.
        res.write(`: following the inbox of ${everyChannel ? 'every channel' : ctx.channel.code}\n\n`);
        const keepAlive = setInterval(() => res.write(': keep-alive\n\n'), KEEP_ALIVE_SECONDS * 1000);
        const end = (): void => {
            clearInterval(keepAlive);
            unsubscribe();
        };
        if (res.destroyed) end();
        else req.on('close', end);
    }

    /**
     * Where a reconnecting stream resumes: its `Last-Event-ID` (or `?lastEventId=`) is
     * `<message id>:<thread updatedAt in ms>` (see the class comment); undefined for none or a
     * malformed one (the stream then starts from now).
     */
    private resumeFrom(req: Request): { messageId: number; threadsSince: number } | undefined {
        const last = lastEventId(req);
        const colon = last?.lastIndexOf(':') ?? -1;
        if (!last || colon < 0) return undefined;
        const messageId = messageIdOf(this.config, last.slice(0, colon));
        const threadsSince = Number(last.slice(colon + 1));
        if (messageId === undefined || !Number.isSafeInteger(threadsSince) || threadsSince < 0)
            return undefined;
        return { messageId, threadsSince };
    }
}
