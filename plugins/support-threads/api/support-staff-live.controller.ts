import { Controller, Get, Req, Res } from '@nestjs/common';
import { DEFAULT_CHANNEL_CODE } from '@vendure/common/lib/shared-constants';
import { Allow, ConfigService, Ctx, RequestContext } from '@vendure/core';
import type { Request, Response } from 'express';
import { STAFF_LIVE_PATH, supportThreadPermission } from '../constants';
import { publicId } from '../helpers/public-ids';
import { StaffLiveEvent, SupportLiveService } from '../services/support-live.service';
import { KEEP_ALIVE_SECONDS } from './support-live.controller';

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
        res.write(
            `retry: 3000\n: following the inbox of ${everyChannel ? 'every channel' : ctx.channel.code}\n\n`,
        );
        const id = (value: StaffLiveEvent['threadId'] | null) =>
            value == null ? null : publicId(this.config, value);
        const unsubscribe = await this.live.subscribeStaff(everyChannel ? null : ctx.channelId, event => {
            const { type, ...rest } = event;
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
            res.write(`event: ${type}\ndata: ${JSON.stringify(data)}\n\n`);
        });
        const keepAlive = setInterval(() => res.write(': keep-alive\n\n'), KEEP_ALIVE_SECONDS * 1000);
        req.on('close', () => {
            clearInterval(keepAlive);
            unsubscribe();
        });
    }
}
