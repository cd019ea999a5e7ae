import { Injectable } from '@nestjs/common';
import type { ID } from '@vendure/common/lib/shared-types';
import { Administrator, EventBus, RequestContext, TransactionalConnection } from '@vendure/core';
import { IsNull } from 'typeorm';
import { SupportMessage } from '../entities/support-message.entity';
import { SupportThread } from '../entities/support-thread.entity';
import { SupportActor, SupportMessageEvent, SupportThreadStatusEvent } from '../events/support-events';
import { SupportError } from '../helpers/errors';
import { bodyError, normalizeBody } from '../helpers/message-body';
import {
    afterCustomerMessage,
    afterStaffReply,
    applyStatus,
    SupportMessageAuthorType,
    SupportThreadStatus,
} from '../helpers/status-machine';
import {
    AttachmentRefused,
    CheckedAttachment,
    FileUpload,
    SupportAttachmentService,
} from './support-attachment.service';
import { SupportSettingsService } from './support-settings.service';

/** A message checked and ready to store. */
export interface CheckedMessage {
    body: string;
    attachments: CheckedAttachment[];
}

/** Who writes a message. */
export type MessageAuthor =
    | { type: SupportMessageAuthorType.customer; name: string }
    | { type: SupportMessageAuthorType.administrator; name: string; administratorId: ID; internal: boolean }
    | { type: SupportMessageAuthorType.system; name: string };

/**
 * Writes messages and status changes, for the customer and the staff services alike: checks a
 * message before anything is stored, stores it with its attachments, moves the thread's status,
 * times and unread counts (helpers/status-machine.ts), and publishes the plugin's events (sent by
 * Vendure's EventBus once the transaction has committed).
 */
@Injectable()
export class SupportMessageWriterService {
    constructor(
        private readonly connection: TransactionalConnection,
        private readonly attachmentService: SupportAttachmentService,
        private readonly eventBus: EventBus,
        private readonly settings: SupportSettingsService,
    ) {}

    /** The normalised body and checked attachments, or the InvalidSupport…Error (nothing stored). */
    async check(
        body: string,
        uploads: ReadonlyArray<Promise<FileUpload> | FileUpload> | null | undefined,
    ): Promise<CheckedMessage | SupportError> {
        const normalized = normalizeBody(body);
        const error = bodyError(normalized);
        if (error) return new SupportError('InvalidSupportMessageError', error);
        const attachments = await this.attachmentService.check(uploads);
        if (attachments instanceof AttachmentRefused)
            return new SupportError('InvalidSupportAttachmentError', attachments.message);
        return { body: normalized, attachments };
    }

    /**
     * Adds a checked message to `thread` (saved or new) at `now` and saves both. A customer
     * message reopens a pending or resolved thread; a staff reply makes it pending; an internal
     * note changes only the staff's side.
     */
    async add(
        ctx: RequestContext,
        thread: SupportThread,
        author: MessageAuthor,
        message: CheckedMessage,
        now = new Date(),
    ): Promise<SupportMessage> {
        const internal = author.type === SupportMessageAuthorType.administrator && author.internal;
        if (author.type === SupportMessageAuthorType.customer) {
            afterCustomerMessage(thread, now);
            thread.staffUnreadCount += 1;
            thread.languageCode = ctx.languageCode;
        } else if (author.type === SupportMessageAuthorType.administrator && !internal) {
            afterStaffReply(thread, now);
            thread.customerUnreadCount += 1;
        }
        if (!internal) thread.lastMessageAt = now;
        const saved = await this.connection.getRepository(ctx, SupportThread).save(thread);
        const assets = await this.attachmentService.store(ctx, message.attachments);
        const created = await this.connection.getRepository(ctx, SupportMessage).save(
            new SupportMessage({
                threadId: saved.id,
                authorType: author.type,
                authorName: author.name.slice(0, 200),
                administratorId:
                    author.type === SupportMessageAuthorType.administrator ? author.administratorId : null,
                body: message.body,
                internal,
                attachments: assets,
                readByCustomerAt: author.type === SupportMessageAuthorType.customer ? now : null,
                readByStaffAt: author.type === SupportMessageAuthorType.customer ? null : now,
            }),
        );
        const staffRecipient =
            author.type === SupportMessageAuthorType.customer
                ? await this.staffRecipient(ctx, saved)
                : undefined;
        await this.eventBus.publish(new SupportMessageEvent(ctx, saved, created, staffRecipient));
        return created;
    }

    /** Who the staff's alerts about `thread` go to: its assignee, else the channel's support address. */
    async staffRecipient(ctx: RequestContext, thread: SupportThread): Promise<string | undefined> {
        if (thread.assigneeId != null) {
            const admin = await this.connection
                .getRepository(ctx, Administrator)
                .findOne({ where: { id: thread.assigneeId, deletedAt: IsNull() } });
            if (admin?.emailAddress) return admin.emailAddress;
        }
        return (await this.settings.forChannel(ctx)).supportEmail || undefined;
    }

    /**
     * Moves `thread` to `to` (the caller checked the transition) and publishes a
     * {@link SupportThreadStatusEvent}.
     */
    async changeStatus(
        ctx: RequestContext,
        thread: SupportThread,
        to: SupportThreadStatus,
        by: SupportActor,
        now = new Date(),
    ): Promise<SupportThread> {
        const from = thread.status;
        applyStatus(thread, to, now);
        const saved = await this.connection.getRepository(ctx, SupportThread).save(thread);
        await this.eventBus.publish(new SupportThreadStatusEvent(ctx, saved, from, to, by));
        return saved;
    }

    /**
     * Marks the other side's messages of the thread read by `side` (now) and zeroes its unread
     * count. Internal notes count for the staff side only.
     */
    async markRead(
        ctx: RequestContext,
        thread: SupportThread,
        side: 'customer' | 'staff',
    ): Promise<SupportThread> {
        const now = new Date();
        const qb = this.connection
            .getRepository(ctx, SupportMessage)
            .createQueryBuilder()
            .update(SupportMessage)
            .where('threadId = :threadId', { threadId: thread.id });
        if (side === 'customer')
            await qb
                .set({ readByCustomerAt: now })
                .andWhere('readByCustomerAt IS NULL')
                .andWhere('internal = :internal', { internal: false })
                .execute();
        else await qb.set({ readByStaffAt: now }).andWhere('readByStaffAt IS NULL').execute();
        if (side === 'customer') thread.customerUnreadCount = 0;
        else thread.staffUnreadCount = 0;
        return this.connection.getRepository(ctx, SupportThread).save(thread);
    }
}
