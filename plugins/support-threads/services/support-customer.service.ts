import { Injectable } from '@nestjs/common';
import type { ID } from '@vendure/common/lib/shared-types';
import { OrderService, RequestContext } from '@vendure/core';
import { SupportThread } from '../entities/support-thread.entity';
import { SupportError, threadNotFound } from '../helpers/errors';
import { subjectError } from '../helpers/message-body';
import { SupportMessageAuthorType, SupportThreadStatus } from '../helpers/status-machine';
import type { FileUpload } from './support-attachment.service';
import { SupportMessageWriterService } from './support-message-writer.service';
import { SupportThreadService } from './support-thread.service';

/** `openSupportThread`'s input. */
export interface OpenThreadInput {
    subject: string;
    body: string;
    /** One of the customer's orders in the active channel. */
    orderId?: ID | null;
    /** A closed thread of the customer this one follows up. */
    previousThreadId?: ID | null;
    attachments?: ReadonlyArray<Promise<FileUpload> | FileUpload> | null;
}

/**
 * The Shop API's writes, for the signed-in customer on their own threads of the active channel
 * only: a thread id that is unknown, another customer's or another channel's answers
 * `SupportThreadNotFoundError` alike, and nothing is stored on any error.
 */
@Injectable()
export class SupportCustomerService {
    constructor(
        private readonly threads: SupportThreadService,
        private readonly writer: SupportMessageWriterService,
        private readonly orderService: OrderService,
    ) {}

    /** Opens a thread with its first message (status `open`, the customer waiting from now). */
    async open(ctx: RequestContext, input: OpenThreadInput): Promise<SupportThread | SupportError> {
        const customer = await this.threads.activeCustomer(ctx);
        const subject = input.subject.replace(/\s+/g, ' ').trim();
        const invalidSubject = subjectError(subject);
        if (invalidSubject) return new SupportError('InvalidSupportMessageError', invalidSubject);
        if (input.orderId != null) {
            const order = await this.orderService.findOne(ctx, input.orderId);
            if (!order || order.customerId == null || String(order.customerId) !== String(customer.id))
                return new SupportError(
                    'SupportOrderNotFoundError',
                    `No order with id ${String(input.orderId)}.`,
                );
        }
        if (input.previousThreadId != null) {
            const previous = await this.threads.ownThread(ctx, customer, input.previousThreadId);
            if (!previous) return threadNotFound(input.previousThreadId);
            if (previous.status !== SupportThreadStatus.closed)
                return new SupportError(
                    'SupportThreadStatusError',
                    `Thread ${String(previous.id)} is still ${previous.status}: reply to it instead.`,
                );
        }
        const message = await this.writer.check(input.body, input.attachments);
        if (message instanceof SupportError) return message;
        const thread = new SupportThread({
            channelId: ctx.channelId,
            customerId: customer.id,
            orderId: input.orderId ?? null,
            previousThreadId: input.previousThreadId ?? null,
            subject,
            status: SupportThreadStatus.open,
            tags: [],
            customerUnreadCount: 0,
            staffUnreadCount: 0,
            reopenCount: 0,
        });
        await this.writer.add(
            ctx,
            thread,
            { type: SupportMessageAuthorType.customer, name: fullName(customer) },
            message,
        );
        return thread;
    }

    /**
     * Adds the customer's reply; reopens a pending or resolved thread. A closed thread answers
     * `SupportThreadClosedError`: the customer opens a new thread with `previousThreadId`.
     */
    async reply(
        ctx: RequestContext,
        input: { threadId: ID; body: string; attachments?: OpenThreadInput['attachments'] },
    ): Promise<SupportThread | SupportError> {
        const customer = await this.threads.activeCustomer(ctx);
        const thread = await this.threads.ownThread(ctx, customer, input.threadId);
        if (!thread) return threadNotFound(input.threadId);
        if (thread.status === SupportThreadStatus.closed)
            return new SupportError(
                'SupportThreadClosedError',
                `Thread ${String(thread.id)} is closed; open a new thread with previousThreadId ${String(thread.id)} to write again.`,
            );
        const message = await this.writer.check(input.body, input.attachments);
        if (message instanceof SupportError) return message;
        await this.writer.add(
            ctx,
            thread,
            { type: SupportMessageAuthorType.customer, name: fullName(customer) },
            message,
        );
        return thread;
    }

    /** Marks the staff's messages read by the customer; their unread count becomes 0. */
    async markRead(ctx: RequestContext, threadId: ID): Promise<SupportThread | SupportError> {
        const customer = await this.threads.activeCustomer(ctx);
        const thread = await this.threads.ownThread(ctx, customer, threadId);
        if (!thread) return threadNotFound(threadId);
        return this.writer.markRead(ctx, thread, 'customer');
    }

    /** Closes the customer's thread (from open, pending or resolved); closed is final. */
    async close(ctx: RequestContext, threadId: ID): Promise<SupportThread | SupportError> {
        const customer = await this.threads.activeCustomer(ctx);
        const thread = await this.threads.ownThread(ctx, customer, threadId);
        if (!thread) return threadNotFound(threadId);
        if (thread.status === SupportThreadStatus.closed)
            return new SupportError(
                'SupportThreadStatusError',
                `Thread ${String(thread.id)} is already closed.`,
            );
        return this.writer.changeStatus(ctx, thread, SupportThreadStatus.closed, 'customer');
    }
}

/** "First Last" of a customer, or their email address when they gave no name. */
export function fullName(person: {
    firstName?: string | null;
    lastName?: string | null;
    emailAddress?: string;
}) {
    return (
        [person.firstName, person.lastName].filter(Boolean).join(' ').trim() || (person.emailAddress ?? '')
    );
}
