import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import { Allow, ConfigService, Ctx, Permission, RequestContext } from '@vendure/core';
import type { Request, Response } from 'express';
import { LIVE_PATH } from '../constants';
import { databaseId, publicId } from '../helpers/public-ids';
import { lastEventId, messageIdOf, resumeLive } from './live-resume';
import { LiveMessage, SupportLiveService } from '../services/support-live.service';
import { SupportThreadService } from '../services/support-thread.service';

/** Seconds between two keep-alive comments of a stream (proxies close silent connections). */
export const KEEP_ALIVE_SECONDS = 25;

/**
 * `GET /support-threads/live/:threadId`: a Server-Sent Events stream
 * (https://html.spec.whatwg.org/multipage/server-sent-events.html) of the new messages of one of
 * the signed-in customer's threads (session cookie or bearer token, channel token as for the Shop
 * API). Each message is an event `message` whose data is a {@link LiveMessage} JSON and whose
 * `id:` is the highest message id (as the APIs show it) sent on the stream; internal notes are never
 * sent. A reconnection with `Last-Event-ID` (or `?lastEventId=`) first gets the thread's messages
 * after that id, notes excepted, then the live ones (api/live-resume.ts). 404 for a thread that is
 * unknown or not the customer's, 403 signed out.
 */
@Controller(LIVE_PATH)
export class SupportLiveController {
    constructor(
        private readonly threads: SupportThreadService,
        private readonly live: SupportLiveService,
        private readonly config: ConfigService,
    ) {}

    /** Opens the stream (see the class comment). */
    @Get(':threadId')
    @Allow(Permission.Owner)
    async stream(
        @Ctx() ctx: RequestContext,
        @Param('threadId') threadId: string,
        @Req() req: Request,
        @Res() res: Response,
    ): Promise<void> {
        const customer = ctx.activeUserId ? await this.threads.findCustomer(ctx) : undefined;
        if (!customer) {
            res.status(403).type('text/plain').send('Sign in to follow this thread.');
            return;
        }
        const thread = await this.threads.ownThread(ctx, customer, databaseId(this.config, threadId));
        if (!thread) {
            res.status(404).type('text/plain').send(`No support thread with id ${threadId}.`);
            return;
        }
        res.writeHead(200, {
            'content-type': 'text/event-stream; charset=utf-8',
            'cache-control': 'no-cache, no-transform',
            connection: 'keep-alive',
            'x-accel-buffering': 'no',
        });
        res.write('retry: 3000\n\n');
        const resumeAfter = this.resumeAfter(req);
        // Each event's id is the highest message id sent on this stream: a late-committed message
        // with a lower id never makes a reconnection send again what was already sent.
        let sentUpTo = resumeAfter ?? 0;
        const send = (message: LiveMessage): void => {
            sentUpTo = Math.max(sentUpTo, Number(message.id));
            const data = {
                ...message,
                id: publicId(this.config, message.id),
                threadId: publicId(this.config, message.threadId),
            };
            res.write(
                `event: message\nid: ${publicId(this.config, sentUpTo)}\ndata: ${JSON.stringify(data)}\n\n`,
            );
        };
        const unsubscribe = await resumeLive(
            listener => this.live.subscribe(thread.id, listener),
            resumeAfter === undefined ? undefined : () => this.live.missedMessages(thread.id, resumeAfter),
            send,
            message => String(message.id),
        );
        // Subscribed (and caught up): what is written from now on reaches this stream.
        res.write(`: following thread ${threadId}\n\n`);
        const keepAlive = setInterval(() => res.write(': keep-alive\n\n'), KEEP_ALIVE_SECONDS * 1000);
        const end = (): void => {
            clearInterval(keepAlive);
            unsubscribe();
        };
        if (res.destroyed) end();
        else req.on('close', end);
    }

    /** The message id after which a reconnecting stream resumes (see api/live-resume.ts). */
    private resumeAfter(req: Request): number | undefined {
        const last = lastEventId(req);
        return last === undefined ? undefined : messageIdOf(this.config, last);
    }
}
