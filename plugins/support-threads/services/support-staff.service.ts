import { DeletionResponse, DeletionResult } from '@vendure/common/lib/generated-types';
import { Injectable } from '@nestjs/common';
import type { ID } from '@vendure/common/lib/shared-types';
import {
    Administrator,
    AdministratorService,
    EventBus,
    ForbiddenError,
    RequestContext,
    TransactionalConnection,
} from '@vendure/core';
import { SupportMessage } from '../entities/support-message.entity';
import { SupportThread } from '../entities/support-thread.entity';
import { SupportThreadDeletedEvent } from '../events/support-events';
import { SupportError, threadNotFound } from '../helpers/errors';
import { normalizeTags } from '../helpers/message-body';
import {
    canTransition,
    STAFF_TRANSITIONS,
    SupportMessageAuthorType,
    SupportThreadPriority,
    SupportThreadStatus,
} from '../helpers/status-machine';
import type { FileUpload } from './support-attachment.service';
import { fullName } from './support-customer.service';
import { SupportMessageWriterService } from './support-message-writer.service';
import { SupportThreadService } from './support-thread.service';

/**
 * The Admin API's writes on the threads an administrator may see (the active channel's, or every
 * channel's from the default channel): replies and internal notes, read state, status, assignee,
 * priority, tags, deletion. Nothing is stored on an ErrorResult.
 */
@Injectable()
export class SupportStaffService {
    constructor(
        private readonly connection: TransactionalConnection,
        private readonly threads: SupportThreadService,
        private readonly writer: SupportMessageWriterService,
        private readonly administratorService: AdministratorService,
        private readonly eventBus: EventBus,
    ) {}

    /**
     * A staff reply (the customer sees it and gets an email; the thread becomes pending) or, with
     * `internal`, a note only the staff sees (no status change, no email). A closed thread answers
     * `SupportThreadClosedError`.
     */
    async reply(
        ctx: RequestContext,
        input: {
            threadId: ID;
            body: string;
            internal?: boolean | null;
            attachments?: ReadonlyArray<Promise<FileUpload> | FileUpload> | null;
        },
    ): Promise<SupportThread | SupportError> {
        const thread = await this.threads.findOne(ctx, input.threadId);
        if (!thread) return threadNotFound(input.threadId);
        const internal = !!input.internal;
        if (thread.status === SupportThreadStatus.closed && !internal)
            return new SupportError('SupportThreadClosedError', `Thread ${String(thread.id)} is closed.`);
        const message = await this.writer.check(input.body, input.attachments);
        if (message instanceof SupportError) return message;
        const admin = await this.activeAdministrator(ctx);
        await this.writer.add(
            ctx,
            thread,
            {
                type: SupportMessageAuthorType.administrator,
                name: fullName(admin),
                administratorId: admin.id,
                internal,
            },
            message,
        );
        return thread;
    }

    /** Marks the customer's messages read by the staff; the staff's unread count becomes 0. */
    async markRead(ctx: RequestContext, threadId: ID): Promise<SupportThread | SupportError> {
        const thread = await this.threads.findOne(ctx, threadId);
        if (!thread) return threadNotFound(threadId);
        return this.writer.markRead(ctx, thread, 'staff');
    }

    /** Changes the status by hand (STAFF_TRANSITIONS); `SupportThreadStatusError` for any other change. */
    async setStatus(
        ctx: RequestContext,
        threadId: ID,
        to: SupportThreadStatus,
    ): Promise<SupportThread | SupportError> {
        const thread = await this.threads.findOne(ctx, threadId);
        if (!thread) return threadNotFound(threadId);
        if (!canTransition(thread.status, to)) {
            const allowed = STAFF_TRANSITIONS[thread.status];
            return new SupportError(
                'SupportThreadStatusError',
                `A ${thread.status} thread cannot become ${to}` +
                    (allowed.length ? `; it can become ${allowed.join(', ')}.` : '; it is final.'),
            );
        }
        return this.writer.changeStatus(ctx, thread, to, 'administrator');
    }

    /** Assigns the thread to an administrator (null: nobody); `InvalidSupportAssigneeError` for an unknown one. */
    async assign(ctx: RequestContext, threadId: ID, administratorId: ID | null | undefined) {
        const thread = await this.threads.findOne(ctx, threadId);
        if (!thread) return threadNotFound(threadId);
        if (administratorId != null) {
            const admin = await this.administratorService.findOne(ctx, administratorId);
            if (!admin)
                return new SupportError(
                    'InvalidSupportAssigneeError',
                    `No administrator with id ${String(administratorId)}.`,
                );
        }
        thread.assigneeId = administratorId ?? null;
        thread.assignee = undefined;
        return this.connection.getRepository(ctx, SupportThread).save(thread);
    }

    /** Sets the priority (it selects the SLA targets from then on). */
    async setPriority(ctx: RequestContext, threadId: ID, priority: SupportThreadPriority) {
        const thread = await this.threads.findOne(ctx, threadId);
        if (!thread) return threadNotFound(threadId);
        thread.priority = priority;
        return this.connection.getRepository(ctx, SupportThread).save(thread);
    }

    /** Replaces the tags (normalised: lower-case, unique; at most 20 of 40 characters). */
    async setTags(ctx: RequestContext, threadId: ID, tags: readonly string[]) {
        const thread = await this.threads.findOne(ctx, threadId);
        if (!thread) return threadNotFound(threadId);
        const normalized = normalizeTags(tags);
        if (typeof normalized === 'string') return new SupportError('InvalidSupportMessageError', normalized);
        thread.tags = normalized;
        return this.connection.getRepository(ctx, SupportThread).save(thread);
    }

    /**
     * Deletes the thread and its messages; once committed, {@link SupportThreadDeletedEvent} has
     * their attachments (Assets and files) deleted too.
     */
    async delete(ctx: RequestContext, threadId: ID): Promise<DeletionResponse> {
        const thread = await this.threads.findOne(ctx, threadId);
        if (!thread) return { result: DeletionResult.NOT_DELETED, message: threadNotFound(threadId).message };
        const messages = await this.connection.getRepository(ctx, SupportMessage).find({
            where: { threadId: thread.id },
            relations: { attachments: true },
        });
        const attachmentIds = messages.flatMap(m => (m.attachments ?? []).map(a => a.id));
        await this.connection.getRepository(ctx, SupportMessage).delete({ threadId: thread.id });
        await this.connection.getRepository(ctx, SupportThread).delete({ id: thread.id });
        // The attachments go once the deletion is committed (SupportAttachmentService).
        await this.eventBus.publish(new SupportThreadDeletedEvent(ctx, thread, attachmentIds));
        return { result: DeletionResult.DELETED };
    }

    private async activeAdministrator(ctx: RequestContext): Promise<Administrator> {
        const admin = ctx.activeUserId
            ? await this.administratorService.findOneByUserId(ctx, ctx.activeUserId)
            : undefined;
        if (!admin) throw new ForbiddenError();
        return admin;
    }
}
