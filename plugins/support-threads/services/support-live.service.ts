import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import type { ID } from '@vendure/common/lib/shared-types';
import { Logger, TransactionalConnection } from '@vendure/core';
import { In, MoreThan, MoreThanOrEqual } from 'typeorm';
import { loggerCtx, SUPPORT_THREADS_OPTIONS } from '../constants';
import { SupportMessage } from '../entities/support-message.entity';
import { SupportThread } from '../entities/support-thread.entity';
import type { SupportThreadsPluginOptions } from '../types';

/** What a live stream sends for a new message (internal notes are never sent to customers). */
export interface LiveMessage {
    id: ID;
    threadId: ID;
    authorType: string;
    authorName: string;
    body: string;
    createdAt: string;
    attachmentCount: number;
}

type Listener = (message: LiveMessage) => void;

/**
 * What the staff stream sends: every new message, internal notes included (`type: 'message'`),
 * and every change of a thread the inbox shows (`type: 'thread'`: status, priority, assignee,
 * tags, unread counts, latest activity). Ids are database ids here (the controller encodes them).
 */
export type StaffLiveEvent =
    | ({ type: 'message'; channelId: ID; internal: boolean } & LiveMessage)
    | {
          type: 'thread';
          threadId: ID;
          channelId: ID;
          status: string;
          priority: string;
          assigneeId: ID | null;
          tags: string[];
          staffUnreadCount: number;
          lastMessageAt: string | null;
          updatedAt: string;
      };

/** A staff listener: `channelId` null follows every channel (the default channel's view). */
interface StaffListener {
    channelId: string | null;
    listener: (event: StaffLiveEvent) => void;
}

/** How far below the highest id seen each poll looks again (rows committed late with a lower id). */
const LOOK_BACK_IDS = 100;
/** Ids remembered to skip rows already sent. */
const SEEN_LIMIT = 5_000;
/**
 * How far back (ms) before the latest `updatedAt` seen each staff poll reads threads again: rows
 * committed late, and SQLite's `updatedAt` kept to the second.
 */
const LOOK_BACK_MS = 5_000;

/** The most messages (and thread states) a reconnecting stream is sent before going live. */
export const MAX_GAP_FILL = 1000;

/** A message row as the streams send it. */
function liveMessage(row: SupportMessage): LiveMessage {
    return {
        id: row.id,
        threadId: row.threadId,
        authorType: row.authorType,
        authorName: row.authorName,
        body: row.body,
        createdAt: row.createdAt.toISOString(),
        attachmentCount: row.attachments?.length ?? 0,
    };
}

/** A thread's state as the staff's stream sends it. */
function threadEvent(t: SupportThread): StaffLiveEvent {
    return {
        type: 'thread',
        threadId: t.id,
        channelId: t.channelId,
        status: t.status,
        priority: t.priority,
        assigneeId: t.assigneeId ?? null,
        tags: t.tags,
        staffUnreadCount: t.staffUnreadCount,
        lastMessageAt: t.lastMessageAt?.toISOString() ?? null,
        updatedAt: t.updatedAt.toISOString(),
    };
}

/**
 * New messages for the live streams (api/support-live.controller.ts), read from the database so
 * that a message written by any server process reaches streams open on every other one: while at
 * least one stream is open, one query per process every `liveIntervalMs` (default 1000) reads the
 * messages with an id above the highest seen (minus a margin for late commits) and hands each
 * to the listeners of its thread. Customer listeners never receive internal notes: the query for
 * them has `internal = false`, and a note is dropped before any customer listener sees it.
 *
 * Staff listeners ({@link subscribeStaff}, the Dashboard's stream) receive every message of their
 * channel (of all channels from the default channel), notes included — the query reads notes only
 * while a staff stream is open — and the threads whose `updatedAt` moved (a status, assignment,
 * priority, tags or read change by any process), each state sent once.
 */
@Injectable()
export class SupportLiveService implements OnApplicationShutdown {
    private readonly listeners = new Map<string, Set<Listener>>();
    private readonly staff = new Set<StaffListener>();
    /** The channel of each thread seen (a thread never changes channel). */
    private readonly threadChannels = new Map<string, string>();
    /** The latest thread `updatedAt` seen (ms), for the staff's thread changes. */
    private threadsSince = 0;
    /** The thread states already sent (`id|updatedAt|fields`), to send each once. */
    private readonly seenStates = new Set<string>();
    private timer: NodeJS.Timeout | undefined;
    private lastId = 0;
    private readonly seen = new Set<string>();
    private polling = false;
    private starting: Promise<void> | undefined;

    constructor(
        private readonly connection: TransactionalConnection,
        @Inject(SUPPORT_THREADS_OPTIONS) private readonly options: SupportThreadsPluginOptions,
    ) {}

    /** Calls `listener` with each new customer-visible message of `threadId`; returns the unsubscribe function. */
    async subscribe(threadId: ID, listener: Listener): Promise<() => void> {
        const key = String(threadId);
        if (!this.timer) await (this.starting ??= this.start().finally(() => (this.starting = undefined)));
        const set = this.listeners.get(key) ?? new Set<Listener>();
        set.add(listener);
        this.listeners.set(key, set);
        return () => {
            set.delete(listener);
            if (!set.size) this.listeners.delete(key);
            if (!this.listening) this.stop();
        };
    }

    /**
     * Calls `listener` with every new message (internal notes included) and thread change of
     * channel `channelId` (null: every channel); returns the unsubscribe function.
     */
    async subscribeStaff(
        channelId: ID | null,
        listener: (event: StaffLiveEvent) => void,
    ): Promise<() => void> {
        if (!this.timer) await (this.starting ??= this.start().finally(() => (this.starting = undefined)));
        if (!this.staff.size) await this.startThreads();
        const entry: StaffListener = { channelId: channelId == null ? null : String(channelId), listener };
        this.staff.add(entry);
        return () => {
            this.staff.delete(entry);
            if (!this.listening) this.stop();
        };
    }

    /** The number of open streams in this process (customers' and staff's). */
    get streamCount(): number {
        let count = this.staff.size;
        for (const set of this.listeners.values()) count += set.size;
        return count;
    }

    private get listening(): boolean {
        return this.listeners.size > 0 || this.staff.size > 0;
    }

    /**
     * Where the streams stand: the highest message id read and the latest thread `updatedAt` (ms)
     * read. A staff stream that has sent nothing yet starts its event ids there.
     */
    get cursor(): { messageId: number; threadsSince: number } {
        return { messageId: this.lastId, threadsSince: this.threadsSince };
    }

    /**
     * The customer-visible messages of `threadId` with an id above `afterId` (a database id), oldest
     * first, at most {@link MAX_GAP_FILL}: what a customer's stream missed (`Last-Event-ID`). The
     * query has `internal = false`: notes are never read for a customer.
     */
    async missedMessages(threadId: ID, afterId: number): Promise<LiveMessage[]> {
        const rows = await this.connection.rawConnection.getRepository(SupportMessage).find({
            where: { threadId, id: MoreThan(afterId), internal: false },
            relations: { attachments: true },
            order: { id: 'ASC' },
            take: MAX_GAP_FILL,
        });
        return rows.map(liveMessage);
    }

    /**
     * What a staff stream of channel `channelId` (null: every channel) missed: the messages with an
     * id above `afterId`, notes included, oldest first, then the current state of the threads
     * whose `updatedAt` is at or after `threadsSince` minus {@link LOOK_BACK_MS} (ms; a state
     * already sent may come again). The look-back is what the polls use: SQLite keeps `updatedAt`
     * to the second and compares it as text, so a thread changed in the same second as the last
     * state the stream received (`…:05` against `…:05.000`) would otherwise be missed. At most
     * {@link MAX_GAP_FILL} of each.
     */
    async missedStaff(
        channelId: ID | null,
        afterId: number,
        threadsSince: number,
    ): Promise<StaffLiveEvent[]> {
        const channel = channelId == null ? {} : { channelId };
        const rows = await this.connection.rawConnection.getRepository(SupportMessage).find({
            where: { id: MoreThan(afterId), thread: channel },
            relations: { attachments: true, thread: true },
            order: { id: 'ASC' },
            take: MAX_GAP_FILL,
        });
        const threads = await this.connection.rawConnection.getRepository(SupportThread).find({
            where: {
                ...channel,
                updatedAt: MoreThanOrEqual(new Date(Math.max(0, threadsSince - LOOK_BACK_MS))),
            },
            order: { updatedAt: 'ASC' },
            take: MAX_GAP_FILL,
        });
        return [
            ...rows.map((row): StaffLiveEvent => ({
                type: 'message',
                channelId: row.thread!.channelId,
                internal: row.internal,
                ...liveMessage(row),
            })),
            ...threads.map(threadEvent),
        ];
    }

    /** Reads new messages once and dispatches them (the timer calls it; tests may too). */
    async poll(): Promise<void> {
        if (this.polling || !this.listening) return;
        this.polling = true;
        try {
            const staff = this.staff.size > 0;
            const rows = await this.connection.rawConnection.getRepository(SupportMessage).find({
                where: {
                    id: MoreThan(Math.max(0, this.lastId - LOOK_BACK_IDS)),
                    // Notes are read only for the staff's streams.
                    ...(staff ? {} : { internal: false }),
                },
                relations: { attachments: true },
                order: { id: 'ASC' },
                take: 1000,
            });
            const fresh = rows.filter(row => {
                this.lastId = Math.max(this.lastId, Number(row.id));
                if (this.seen.has(String(row.id))) return false;
                this.remember(String(row.id));
                return true;
            });
            if (staff) await this.learnChannels(fresh.map(row => row.threadId));
            for (const row of fresh) {
                const live = liveMessage(row);
                if (staff) {
                    const channelId = this.threadChannels.get(String(row.threadId)) ?? '';
                    this.toStaff(channelId, { type: 'message', channelId, internal: row.internal, ...live });
                }
                if (row.internal) continue;
                for (const listener of this.listeners.get(String(row.threadId)) ?? []) listener(live);
            }
            if (staff) await this.pollThreads();
        } catch (err) {
            Logger.warn(`Live support poll failed: ${String(err)}`, loggerCtx);
        } finally {
            this.polling = false;
        }
    }

    /** Stops polling. */
    onApplicationShutdown(): void {
        this.stop();
    }

    private async start(): Promise<void> {
        if (this.timer) return;
        // Everything already written counts as seen: streams carry what comes next.
        const recent = await this.connection.rawConnection.getRepository(SupportMessage).find({
            select: { id: true },
            order: { id: 'DESC' },
            take: LOOK_BACK_IDS,
        });
        for (const row of recent) this.remember(String(row.id));
        this.lastId = recent.length ? Number(recent[0].id) : 0;
        this.timer = setInterval(() => void this.poll(), this.options.liveIntervalMs ?? 1000);
        this.timer.unref();
    }

    private stop(): void {
        if (this.timer) clearInterval(this.timer);
        this.timer = undefined;
    }

    /** Counts the threads already changed as sent: staff streams carry the changes that come next. */
    private async startThreads(): Promise<void> {
        const latest = await this.connection.rawConnection.getRepository(SupportThread).find({
            select: { id: true, updatedAt: true },
            order: { updatedAt: 'DESC' },
            take: 1,
        });
        this.threadsSince = latest.length ? latest[0].updatedAt.getTime() : 0;
        this.seenStates.clear();
        for (const thread of await this.changedThreads()) this.seenStates.add(this.stateKey(thread));
    }

    /** The threads whose `updatedAt` is at most {@link LOOK_BACK_MS} before the latest seen, or later. */
    private changedThreads(): Promise<SupportThread[]> {
        return this.connection.rawConnection.getRepository(SupportThread).find({
            where: { updatedAt: MoreThanOrEqual(new Date(Math.max(0, this.threadsSince - LOOK_BACK_MS))) },
            order: { updatedAt: 'ASC' },
            take: 1000,
        });
    }

    /** One key per state of a thread that the inbox shows. */
    private stateKey(t: SupportThread): string {
        return [
            t.id,
            t.updatedAt.getTime(),
            t.status,
            t.priority,
            t.assigneeId,
            t.tags.join(','),
            t.staffUnreadCount,
            t.lastMessageAt?.getTime(),
        ].join('|');
    }

    /** Sends the thread changes no staff stream has had yet. */
    private async pollThreads(): Promise<void> {
        const threads = await this.changedThreads();
        const keys = new Set<string>();
        for (const t of threads) {
            const key = this.stateKey(t);
            keys.add(key);
            this.threadChannels.set(String(t.id), String(t.channelId));
            this.threadsSince = Math.max(this.threadsSince, t.updatedAt.getTime());
            if (this.seenStates.has(key)) continue;
            this.toStaff(String(t.channelId), threadEvent(t));
        }
        // Only the states still inside the window can come back.
        this.seenStates.clear();
        for (const key of keys) this.seenStates.add(key);
    }

    /** Reads the channel of the threads not seen yet. */
    private async learnChannels(threadIds: ID[]): Promise<void> {
        const unknown = [...new Set(threadIds.map(String))].filter(id => !this.threadChannels.has(id));
        if (!unknown.length) return;
        const threads = await this.connection.rawConnection.getRepository(SupportThread).find({
            select: { id: true, channelId: true },
            where: { id: In(unknown) },
        });
        if (this.threadChannels.size > SEEN_LIMIT) this.threadChannels.clear();
        for (const t of threads) this.threadChannels.set(String(t.id), String(t.channelId));
    }

    private toStaff(channelId: string, event: StaffLiveEvent): void {
        for (const s of this.staff) if (s.channelId === null || s.channelId === channelId) s.listener(event);
    }

    private remember(id: string): void {
        this.seen.add(id);
        if (this.seen.size > SEEN_LIMIT) this.seen.delete(this.seen.values().next().value!);
    }
}
