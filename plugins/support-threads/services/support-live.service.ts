import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import type { ID } from '@vendure/common/lib/shared-types';
import { Logger, TransactionalConnection } from '@vendure/core';
import { MoreThan } from 'typeorm';
import { loggerCtx, SUPPORT_THREADS_OPTIONS } from '../constants';
import { SupportMessage } from '../entities/support-message.entity';
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

/** How far below the highest id seen each poll looks again (rows committed late with a lower id). */
const LOOK_BACK_IDS = 100;
/** Ids remembered to skip rows already sent. */
const SEEN_LIMIT = 5_000;

/**
 * New messages for the live streams (api/support-live.controller.ts), read from the database so
 * that a message written by any server process reaches streams open on every other one: while at
 * least one stream is open, one query per process every `liveIntervalMs` (default 1000) reads the
 * messages with an id above the highest seen (minus a margin for late commits) and hands each
 * to the listeners of its thread. Customer listeners never receive internal notes: the query for
 * them has `internal = false`, and a note is dropped before any listener sees it.
 */
@Injectable()
export class SupportLiveService implements OnApplicationShutdown {
    private readonly listeners = new Map<string, Set<Listener>>();
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
            if (!this.listeners.size) this.stop();
        };
    }

    /** The number of open streams in this process. */
    get streamCount(): number {
        let count = 0;
        for (const set of this.listeners.values()) count += set.size;
        return count;
    }

    /** Reads new messages once and dispatches them (the timer calls it; tests may too). */
    async poll(): Promise<void> {
        if (this.polling || !this.listeners.size) return;
        this.polling = true;
        try {
            const rows = await this.connection.rawConnection.getRepository(SupportMessage).find({
                where: { id: MoreThan(Math.max(0, this.lastId - LOOK_BACK_IDS)), internal: false },
                relations: { attachments: true },
                order: { id: 'ASC' },
                take: 1000,
            });
            for (const row of rows) {
                const id = String(row.id);
                this.lastId = Math.max(this.lastId, Number(row.id));
                if (this.seen.has(id)) continue;
                this.remember(id);
                if (row.internal) continue;
                const live: LiveMessage = {
                    id: row.id,
                    threadId: row.threadId,
                    authorType: row.authorType,
                    authorName: row.authorName,
                    body: row.body,
                    createdAt: row.createdAt.toISOString(),
                    attachmentCount: row.attachments?.length ?? 0,
                };
                for (const listener of this.listeners.get(String(row.threadId)) ?? []) listener(live);
            }
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

    private remember(id: string): void {
        this.seen.add(id);
        if (this.seen.size > SEEN_LIMIT) this.seen.delete(this.seen.values().next().value!);
    }
}
