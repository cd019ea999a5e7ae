import { Injectable } from '@nestjs/common';
import { DEFAULT_CHANNEL_CODE } from '@vendure/common/lib/shared-constants';
import type { ID } from '@vendure/common/lib/shared-types';
import {
    Customer,
    CustomerService,
    ForbiddenError,
    Order,
    PaginatedList,
    RequestContext,
    TransactionalConnection,
    TranslatorService,
} from '@vendure/core';
import { Brackets, SelectQueryBuilder, WhereExpressionBuilder } from 'typeorm';
import { SupportMessage } from '../entities/support-message.entity';
import { SupportThread } from '../entities/support-thread.entity';
import { SupportThreadPriority, SupportThreadStatus } from '../helpers/status-machine';

/** Filters of the Admin API inbox (all optional, combined with AND). */
export interface SupportInboxFilter {
    status?: SupportThreadStatus[] | null;
    priority?: SupportThreadPriority[] | null;
    assigneeId?: ID | null;
    unassigned?: boolean | null;
    unread?: boolean | null;
    channelId?: ID | null;
    customerId?: ID | null;
    orderId?: ID | null;
    /** Words looked for in the subject, the messages (notes included), the customer's name and email. */
    search?: string | null;
}

/** Largest page of a list. */
const MAX_TAKE = 100;

/**
 * Reads of threads and messages. Every Shop API read goes through {@link ownThread} or
 * {@link listForCustomer} (the signed-in customer's threads of the active channel only) and
 * {@link messages} with `includeInternal: false`, which filters internal notes in the SQL query.
 */
@Injectable()
export class SupportThreadService {
    constructor(
        private readonly connection: TransactionalConnection,
        private readonly customerService: CustomerService,
        private readonly translator: TranslatorService,
    ) {}

    /** The signed-in customer of a Shop API request; ForbiddenError for anyone else. */
    async activeCustomer(ctx: RequestContext): Promise<Customer> {
        const customer = await this.findCustomer(ctx);
        if (!customer) throw new ForbiddenError();
        return customer;
    }

    /** The signed-in customer of the request in its channel, or undefined. */
    async findCustomer(ctx: RequestContext): Promise<Customer | undefined> {
        return ctx.activeUserId ? this.customerService.findOneByUserId(ctx, ctx.activeUserId) : undefined;
    }

    /** The thread `id` of `customer` in the active channel, or undefined (unknown, foreign: the same). */
    ownThread(ctx: RequestContext, customer: Customer, id: ID): Promise<SupportThread | null> {
        return this.connection.getRepository(ctx, SupportThread).findOne({
            where: { id, customerId: customer.id, channelId: ctx.channelId },
        });
    }

    /** The customer's threads in the active channel, latest activity first. */
    async listForCustomer(
        ctx: RequestContext,
        customer: Customer,
        options: { skip?: number | null; take?: number | null } = {},
    ): Promise<PaginatedList<SupportThread>> {
        const [items, totalItems] = await this.connection
            .getRepository(ctx, SupportThread)
            .createQueryBuilder('thread')
            .where('thread.customerId = :customerId', { customerId: customer.id })
            .andWhere('thread.channelId = :channelId', { channelId: ctx.channelId })
            .orderBy('thread.lastMessageAt', 'DESC')
            .addOrderBy('thread.id', 'DESC')
            .skip(options.skip ?? 0)
            .take(Math.min(options.take ?? 20, MAX_TAKE))
            .getManyAndCount();
        return { items, totalItems };
    }

    /**
     * A thread's messages, oldest first, with their attachments. `includeInternal: false` (the
     * Shop API) adds `internal = false` to the query: notes are never loaded for a customer.
     */
    async messages(ctx: RequestContext, threadId: ID, includeInternal: boolean): Promise<SupportMessage[]> {
        const qb = this.connection
            .getRepository(ctx, SupportMessage)
            .createQueryBuilder('message')
            .leftJoinAndSelect('message.attachments', 'attachment')
            .leftJoinAndSelect('attachment.translations', 'attachmentTranslation')
            .where('message.threadId = :threadId', { threadId });
        if (!includeInternal) qb.andWhere('message.internal = :internal', { internal: false });
        const messages = await qb
            .orderBy('message.createdAt', 'ASC')
            .addOrderBy('message.id', 'ASC')
            .getMany();
        for (const message of messages)
            message.attachments = message.attachments?.map(asset => this.translator.translate(asset, ctx));
        return messages;
    }

    /**
     * The thread `id` for an administrator: of the active channel, or of any channel from the
     * default channel.
     */
    findOne(ctx: RequestContext, id: ID): Promise<SupportThread | null> {
        const qb = this.connection
            .getRepository(ctx, SupportThread)
            .createQueryBuilder('thread')
            .where('thread.id = :id', { id });
        this.restrictChannel(ctx, qb);
        return qb.getOne();
    }

    /**
     * The Admin API inbox: the threads matching `filter`, the longest-waiting first (threads nobody
     * waits on after them, latest activity first).
     */
    async inbox(
        ctx: RequestContext,
        filter: SupportInboxFilter = {},
        options: { skip?: number | null; take?: number | null } = {},
    ): Promise<PaginatedList<SupportThread>> {
        const [items, totalItems] = await this.inboxQuery(ctx, filter, options).getManyAndCount();
        return { items, totalItems };
    }

    /**
     * The query of {@link inbox}: the filters, the order and the page (`take` capped at 100), not
     * run (the e2e suite EXPLAINs it on PostgreSQL).
     */
    inboxQuery(
        ctx: RequestContext,
        filter: SupportInboxFilter = {},
        options: { skip?: number | null; take?: number | null } = {},
    ): SelectQueryBuilder<SupportThread> {
        const qb = this.connection.getRepository(ctx, SupportThread).createQueryBuilder('thread');
        this.restrictChannel(ctx, qb);
        if (filter.channelId) qb.andWhere('thread.channelId = :fChannel', { fChannel: filter.channelId });
        if (filter.status?.length)
            qb.andWhere('thread.status IN (:...statuses)', { statuses: filter.status });
        if (filter.priority?.length)
            qb.andWhere('thread.priority IN (:...priorities)', { priorities: filter.priority });
        if (filter.assigneeId)
            qb.andWhere('thread.assigneeId = :assigneeId', { assigneeId: filter.assigneeId });
        if (filter.unassigned) qb.andWhere('thread.assigneeId IS NULL');
        if (filter.unread != null)
            qb.andWhere(filter.unread ? 'thread.staffUnreadCount > 0' : 'thread.staffUnreadCount = 0');
        if (filter.customerId)
            qb.andWhere('thread.customerId = :customerId', { customerId: filter.customerId });
        if (filter.orderId) qb.andWhere('thread.orderId = :orderId', { orderId: filter.orderId });
        const search = filter.search?.trim().toLowerCase();
        if (search) {
            const like = `%${search.replace(/[\\%_]/g, c => `\\${c}`)}%`;
            // Each part reads one table, so that PostgreSQL can use its trigram index (migrations
            // SupportSearchTrigram and SupportCustomerSearchTrigram): the subject here, the customer's
            // email and "first last" name and the message bodies in one subquery each (IN, run once,
            // rather than EXISTS per thread). Their expressions are the indexes' expressions.
            qb.andWhere(
                new Brackets(w =>
                    w
                        .where("LOWER(thread.subject) LIKE :like ESCAPE '\\'", { like })
                        .orWhere(
                            (sub: WhereExpressionBuilder & SelectQueryBuilder<SupportThread>) =>
                                'thread.customerId IN ' +
                                sub
                                    .subQuery()
                                    .select('c.id')
                                    .from(Customer, 'c')
                                    .where("LOWER(c.emailAddress) LIKE :like ESCAPE '\\'")
                                    .orWhere("LOWER(c.firstName || ' ' || c.lastName) LIKE :like ESCAPE '\\'")
                                    .getQuery(),
                        )
                        .orWhere(
                            (sub: WhereExpressionBuilder & SelectQueryBuilder<SupportThread>) =>
                                'thread.id IN ' +
                                sub
                                    .subQuery()
                                    .select('m.threadId')
                                    .from(SupportMessage, 'm')
                                    .where("LOWER(m.body) LIKE :like ESCAPE '\\'")
                                    .getQuery(),
                        ),
                ),
            );
        }
        // Waiting threads first (oldest wait first), then the others by latest activity. No join
        // multiplies rows, so plain LIMIT/OFFSET paginate.
        return qb
            .addSelect('CASE WHEN thread.waitingSince IS NULL THEN 1 ELSE 0 END', 'waiting_last')
            .orderBy('waiting_last', 'ASC')
            .addOrderBy('thread.waitingSince', 'ASC')
            .addOrderBy('thread.lastMessageAt', 'DESC')
            .addOrderBy('thread.id', 'DESC')
            .offset(options.skip ?? 0)
            .limit(Math.min(options.take ?? 20, MAX_TAKE));
    }

    /** The customer's orders in the thread's channel, latest first (the Admin API's "orders alongside"). */
    async customerOrders(
        ctx: RequestContext,
        thread: SupportThread,
        take = 20,
    ): Promise<PaginatedList<Order>> {
        const [items, totalItems] = await this.connection
            .getRepository(ctx, Order)
            .createQueryBuilder('order')
            .innerJoin('order.channels', 'channel', 'channel.id = :channelId', {
                channelId: thread.channelId,
            })
            .where('order.customerId = :customerId', { customerId: thread.customerId })
            .andWhere('order.active = :active', { active: false })
            .orderBy('order.orderPlacedAt', 'DESC')
            .addOrderBy('order.id', 'DESC')
            .take(Math.min(take, MAX_TAKE))
            .getManyAndCount();
        return { items, totalItems };
    }

    /** Limits `qb` to the active channel's threads, unless it is the default channel (all of them). */
    private restrictChannel(ctx: RequestContext, qb: SelectQueryBuilder<SupportThread>): void {
        if (ctx.channel.code !== DEFAULT_CHANNEL_CODE)
            qb.andWhere('thread.channelId = :channelId', { channelId: ctx.channelId });
    }
}
