import type { DeletionResponse } from '@vendure/common/lib/generated-types';
import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
    Administrator,
    Allow,
    Channel,
    Ctx,
    Customer,
    Order,
    PaginatedList,
    RequestContext,
    RequestContextService,
    Transaction,
    TransactionalConnection,
} from '@vendure/core';
import { supportThreadPermission } from '../constants';
import { SupportMessage } from '../entities/support-message.entity';
import { SupportThread } from '../entities/support-thread.entity';
import type {
    MutationAssignSupportThreadArgs,
    MutationDeleteSupportThreadArgs,
    MutationMarkSupportThreadReadArgs,
    MutationReplyToSupportThreadArgs,
    MutationSetSupportThreadPriorityArgs,
    MutationSetSupportThreadStatusArgs,
    MutationSetSupportThreadTagsArgs,
    QuerySupportInboxArgs,
    QuerySupportThreadArgs,
} from '../gql/generated-admin-types';
import { responseDueAt, secondsLeft, SupportChannelSettings } from '../helpers/sla';
import type { FileUpload } from '../services/support-attachment.service';
import { SupportSettingsService } from '../services/support-settings.service';
import { SupportStaffService } from '../services/support-staff.service';
import { SupportThreadService } from '../services/support-thread.service';
import { resolveSupportResult } from './support-shop.resolver';

/** Admin API of the plugin (thin), under the SupportThread permissions. */
@Resolver()
export class SupportAdminResolver {
    constructor(
        private readonly threads: SupportThreadService,
        private readonly staff: SupportStaffService,
        private readonly settings: SupportSettingsService,
    ) {}

    /** The inbox, longest-waiting first. */
    @Query()
    @Allow(supportThreadPermission.Read)
    supportInbox(
        @Ctx() ctx: RequestContext,
        @Args() args: QuerySupportInboxArgs,
    ): Promise<PaginatedList<SupportThread>> {
        return this.threads.inbox(ctx, args.filter ?? {}, args.options ?? {});
    }

    /** One thread, or null. */
    @Query()
    @Allow(supportThreadPermission.Read)
    supportThread(
        @Ctx() ctx: RequestContext,
        @Args() args: QuerySupportThreadArgs,
    ): Promise<SupportThread | null> {
        return this.threads.findOne(ctx, args.id);
    }

    /** The active channel's effective settings. */
    @Query()
    @Allow(supportThreadPermission.Read)
    supportSettings(@Ctx() ctx: RequestContext): Promise<SupportChannelSettings> {
        return this.settings.forChannel(ctx);
    }

    /** A staff reply or an internal note. */
    @Mutation()
    @Transaction()
    @Allow(supportThreadPermission.Update)
    replyToSupportThread(@Ctx() ctx: RequestContext, @Args() args: MutationReplyToSupportThreadArgs) {
        return this.staff.reply(ctx, {
            ...args.input,
            attachments: args.input.attachments as Array<Promise<FileUpload>> | null | undefined,
        });
    }

    /** Marks the customer's messages read. */
    @Mutation()
    @Transaction()
    @Allow(supportThreadPermission.Read)
    markSupportThreadRead(@Ctx() ctx: RequestContext, @Args() args: MutationMarkSupportThreadReadArgs) {
        return this.staff.markRead(ctx, args.threadId);
    }

    /** Changes the status. */
    @Mutation()
    @Transaction()
    @Allow(supportThreadPermission.Update)
    setSupportThreadStatus(@Ctx() ctx: RequestContext, @Args() args: MutationSetSupportThreadStatusArgs) {
        return this.staff.setStatus(ctx, args.threadId, args.status);
    }

    /** Assigns the thread. */
    @Mutation()
    @Transaction()
    @Allow(supportThreadPermission.Update)
    assignSupportThread(@Ctx() ctx: RequestContext, @Args() args: MutationAssignSupportThreadArgs) {
        return this.staff.assign(ctx, args.threadId, args.administratorId);
    }

    /** Sets the priority. */
    @Mutation()
    @Transaction()
    @Allow(supportThreadPermission.Update)
    setSupportThreadPriority(@Ctx() ctx: RequestContext, @Args() args: MutationSetSupportThreadPriorityArgs) {
        return this.staff.setPriority(ctx, args.threadId, args.priority);
    }

    /** Replaces the tags. */
    @Mutation()
    @Transaction()
    @Allow(supportThreadPermission.Update)
    setSupportThreadTags(@Ctx() ctx: RequestContext, @Args() args: MutationSetSupportThreadTagsArgs) {
        return this.staff.setTags(ctx, args.threadId, args.tags);
    }

    /** Deletes the thread. */
    @Mutation()
    @Transaction()
    @Allow(supportThreadPermission.Delete)
    deleteSupportThread(
        @Ctx() ctx: RequestContext,
        @Args() args: MutationDeleteSupportThreadArgs,
    ): Promise<DeletionResponse> {
        return this.staff.delete(ctx, args.threadId);
    }
}

/** Admin API fields of SupportThread: relations, messages with notes, SLA figures, the customer's orders. */
@Resolver('SupportThread')
export class AdminSupportThreadFieldsResolver {
    constructor(
        private readonly threads: SupportThreadService,
        private readonly settings: SupportSettingsService,
        private readonly connection: TransactionalConnection,
        private readonly requestContextService: RequestContextService,
    ) {}

    /** The customer who opened it. */
    @ResolveField()
    async customer(@Ctx() ctx: RequestContext, @Parent() thread: SupportThread): Promise<Customer> {
        return this.connection
            .getRepository(ctx, Customer)
            .findOneOrFail({ where: { id: thread.customerId } });
    }

    /** The order, or null. */
    @ResolveField()
    async order(@Ctx() ctx: RequestContext, @Parent() thread: SupportThread): Promise<Order | null> {
        return thread.orderId == null
            ? null
            : this.connection.getRepository(ctx, Order).findOne({ where: { id: thread.orderId } });
    }

    /** The assignee, or null. */
    @ResolveField()
    async assignee(
        @Ctx() ctx: RequestContext,
        @Parent() thread: SupportThread,
    ): Promise<Administrator | null> {
        return thread.assigneeId == null
            ? null
            : this.connection.getRepository(ctx, Administrator).findOne({ where: { id: thread.assigneeId } });
    }

    /** Every message, notes included. */
    @ResolveField()
    messages(@Ctx() ctx: RequestContext, @Parent() thread: SupportThread): Promise<SupportMessage[]> {
        return this.threads.messages(ctx, thread.id, true);
    }

    /** The customer's placed orders in the thread's channel. */
    @ResolveField()
    customerOrders(
        @Ctx() ctx: RequestContext,
        @Parent() thread: SupportThread,
    ): Promise<PaginatedList<Order>> {
        return this.threads.customerOrders(ctx, thread);
    }

    /** When the next staff reply is due, or null. */
    @ResolveField()
    async responseDueAt(@Ctx() ctx: RequestContext, @Parent() thread: SupportThread): Promise<Date | null> {
        return responseDueAt(thread, await this.settingsOf(ctx, thread));
    }

    /** Seconds left before the due time, or null. */
    @ResolveField()
    async responseTimeLeft(
        @Ctx() ctx: RequestContext,
        @Parent() thread: SupportThread,
    ): Promise<number | null> {
        return secondsLeft(thread, await this.settingsOf(ctx, thread), new Date());
    }

    /** Opening → first staff reply, in seconds. */
    @ResolveField()
    firstResponseSeconds(@Parent() thread: SupportThread): number | null {
        return thread.firstResponseAt ? seconds(thread.createdAt, thread.firstResponseAt) : null;
    }

    /** Opening → first resolution, in seconds. */
    @ResolveField()
    resolutionSeconds(@Parent() thread: SupportThread): number | null {
        return thread.firstResolvedAt ? seconds(thread.createdAt, thread.firstResolvedAt) : null;
    }

    private async settingsOf(ctx: RequestContext, thread: SupportThread): Promise<SupportChannelSettings> {
        if (String(thread.channelId) === String(ctx.channelId)) return this.settings.forChannel(ctx);
        const channel = await this.connection
            .getRepository(ctx, Channel)
            .findOneOrFail({ where: { id: thread.channelId } });
        return this.settings.forChannel(
            await this.requestContextService.create({ apiType: 'admin', channelOrToken: channel }),
        );
    }
}

const seconds = (from: Date, to: Date) => Math.round((to.getTime() - from.getTime()) / 1000);

/** The members of `UpdateSupportThreadResult`. */
@Resolver('UpdateSupportThreadResult')
export class UpdateSupportThreadResultResolver {
    /** GraphQL type resolution. */
    @ResolveField()
    __resolveType(value: object): string {
        return resolveSupportResult(value);
    }
}
