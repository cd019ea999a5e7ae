import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { ID } from '@vendure/common/lib/shared-types';
import {
    Allow,
    ConfigService,
    Ctx,
    Order,
    PaginatedList,
    Permission,
    RequestContext,
    Transaction,
    TransactionalConnection,
} from '@vendure/core';
import { SupportMessage } from '../entities/support-message.entity';
import { SupportThread } from '../entities/support-thread.entity';
import type {
    MutationCloseSupportThreadArgs,
    MutationMarkSupportThreadReadArgs,
    MutationOpenSupportThreadArgs,
    MutationReplyToSupportThreadArgs,
    QueryMySupportThreadsArgs,
    QuerySupportThreadArgs,
} from '../gql/generated-shop-types';
import { ATTACHMENT_PATH } from '../constants';
import { SupportError } from '../helpers/errors';
import { publicId } from '../helpers/public-ids';
import type { FileUpload } from '../services/support-attachment.service';
import { SupportCustomerService } from '../services/support-customer.service';
import { SupportThreadService } from '../services/support-thread.service';

/** The Upload scalar's values: promises of graphql-upload's FileUpload. */
type Uploads = Array<Promise<FileUpload>> | null | undefined;

/**
 * Shop API of the plugin (thin): every operation needs a signed-in customer (`Owner`) and works
 * on their own threads of the active channel only (see SupportCustomerService).
 */
@Resolver()
export class SupportShopResolver {
    constructor(
        private readonly threads: SupportThreadService,
        private readonly customers: SupportCustomerService,
    ) {}

    /** The customer's threads, latest activity first. */
    @Query()
    @Allow(Permission.Owner)
    async mySupportThreads(
        @Ctx() ctx: RequestContext,
        @Args() args: QueryMySupportThreadsArgs,
    ): Promise<PaginatedList<SupportThread>> {
        return this.threads.listForCustomer(ctx, await this.threads.activeCustomer(ctx), args.options ?? {});
    }

    /** One of the customer's threads, or null. */
    @Query()
    @Allow(Permission.Owner)
    async supportThread(
        @Ctx() ctx: RequestContext,
        @Args() args: QuerySupportThreadArgs,
    ): Promise<SupportThread | null> {
        return this.threads.ownThread(ctx, await this.threads.activeCustomer(ctx), args.id);
    }

    /** Opens a thread (ErrorResults: see the schema). */
    @Mutation()
    @Transaction()
    @Allow(Permission.Owner)
    openSupportThread(@Ctx() ctx: RequestContext, @Args() args: MutationOpenSupportThreadArgs) {
        return this.customers.open(ctx, { ...args.input, attachments: args.input.attachments as Uploads });
    }

    /** Adds the customer's message. */
    @Mutation()
    @Transaction()
    @Allow(Permission.Owner)
    replyToSupportThread(@Ctx() ctx: RequestContext, @Args() args: MutationReplyToSupportThreadArgs) {
        return this.customers.reply(ctx, { ...args.input, attachments: args.input.attachments as Uploads });
    }

    /** Marks the staff's replies read. */
    @Mutation()
    @Transaction()
    @Allow(Permission.Owner)
    markSupportThreadRead(@Ctx() ctx: RequestContext, @Args() args: MutationMarkSupportThreadReadArgs) {
        return this.customers.markRead(ctx, args.threadId);
    }

    /** Closes the thread. */
    @Mutation()
    @Transaction()
    @Allow(Permission.Owner)
    closeSupportThread(@Ctx() ctx: RequestContext, @Args() args: MutationCloseSupportThreadArgs) {
        return this.customers.close(ctx, args.threadId);
    }
}

/** Shop API fields of SupportThread: the customer's unread count, the order code, the messages without notes. */
@Resolver('SupportThread')
export class ShopSupportThreadFieldsResolver {
    constructor(
        private readonly threads: SupportThreadService,
        private readonly connection: TransactionalConnection,
    ) {}

    /** Staff replies not read by the customer. */
    @ResolveField()
    unreadCount(@Parent() thread: SupportThread): number {
        return thread.customerUnreadCount;
    }

    /** The order's code, or null. */
    @ResolveField()
    async orderCode(@Ctx() ctx: RequestContext, @Parent() thread: SupportThread): Promise<string | null> {
        if (thread.orderId == null) return null;
        const order = await this.connection
            .getRepository(ctx, Order)
            .findOne({ where: { id: thread.orderId }, select: { id: true, code: true } });
        return order?.code ?? null;
    }

    /** The messages, internal notes filtered out by the SQL query. */
    @ResolveField()
    messages(@Ctx() ctx: RequestContext, @Parent() thread: SupportThread): Promise<SupportMessage[]> {
        return this.threads.messages(ctx, thread.id, false);
    }
}

/** Resolves the plugin's result unions: an ErrorResult carries its `__typename`, anything else is the thread. */
export function resolveSupportResult(value: object): string {
    return value instanceof SupportError ? value.__typename : 'SupportThread';
}

/** The members of the Shop API's result unions. */
@Resolver('OpenSupportThreadResult')
export class OpenSupportThreadResultResolver {
    /** GraphQL type resolution. */
    @ResolveField()
    __resolveType(value: object): string {
        return resolveSupportResult(value);
    }
}

/** The members of `ReplyToSupportThreadResult` (both APIs). */
@Resolver('ReplyToSupportThreadResult')
export class ReplyToSupportThreadResultResolver {
    /** GraphQL type resolution. */
    @ResolveField()
    __resolveType(value: object): string {
        return resolveSupportResult(value);
    }
}

/** The members of `MarkSupportThreadReadResult`. */
@Resolver('MarkSupportThreadReadResult')
export class MarkSupportThreadReadResultResolver {
    /** GraphQL type resolution. */
    @ResolveField()
    __resolveType(value: object): string {
        return resolveSupportResult(value);
    }
}

/** The members of `CloseSupportThreadResult`. */
@Resolver('CloseSupportThreadResult')
export class CloseSupportThreadResultResolver {
    /** GraphQL type resolution. */
    @ResolveField()
    __resolveType(value: object): string {
        return resolveSupportResult(value);
    }
}

/** A message attachment as both APIs show it (GraphQL `SupportAttachment`). */
export interface SupportAttachmentView {
    id: ID;
    name: string;
    mimeType: string;
    fileSize: number;
    width: number;
    height: number;
    url: string;
    previewUrl: string;
}

/**
 * `SupportMessage.attachments` (both APIs): the Assets with the authenticated download route's
 * path instead of their public asset-server URL (which answers 404 for them).
 */
@Resolver('SupportMessage')
export class SupportMessageAttachmentsResolver {
    constructor(private readonly config: ConfigService) {}

    /** The message's attachments (loaded with the messages), in upload order. */
    @ResolveField()
    attachments(@Ctx() ctx: RequestContext, @Parent() message: SupportMessage): SupportAttachmentView[] {
        const token = encodeURIComponent(ctx.channel.token);
        return (message.attachments ?? [])
            .slice()
            .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
            .map(asset => {
                const url = `/${ATTACHMENT_PATH}/${encodeURIComponent(publicId(this.config, asset.id))}?vendure-token=${token}`;
                return {
                    id: asset.id,
                    name: asset.name,
                    mimeType: asset.mimeType,
                    fileSize: asset.fileSize,
                    width: asset.width,
                    height: asset.height,
                    url,
                    previewUrl: `${url}&preview=1`,
                };
            });
    }
}
