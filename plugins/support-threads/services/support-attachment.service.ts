import { Readable } from 'node:stream';
import { In } from 'typeorm';
import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { DEFAULT_CHANNEL_CODE } from '@vendure/common/lib/shared-constants';
import type { ID } from '@vendure/common/lib/shared-types';
import {
    Asset,
    AssetService,
    EventBus,
    idsAreEqual,
    isGraphQlErrorResult,
    JobQueue,
    JobQueueService,
    Logger,
    RequestContext,
    RequestContextService,
    TransactionalConnection,
    TranslatorService,
} from '@vendure/core';
import { supportThreadPermission } from '../constants';
import { SupportMessage } from '../entities/support-message.entity';
import { SupportThreadDeletedEvent } from '../events/support-events';
import type { SupportThread } from '../entities/support-thread.entity';
import {
    MAX_ATTACHMENT_BYTES,
    MAX_ATTACHMENTS,
    safeFileName,
    sniffType,
    SniffedType,
} from '../helpers/attachments';
import { withPrivateAttachments } from '../config/private-attachments';

/** A GraphQL multipart upload (graphql-upload's FileUpload), as Vendure's `Upload` scalar gives it. */
export interface FileUpload {
    filename: string;
    mimetype: string;
    createReadStream(): Readable;
}

/** An upload read and checked, not stored yet. */
export interface CheckedAttachment {
    fileName: string;
    type: SniffedType;
    bytes: Buffer;
}

/** A stored attachment with what decides who may download it. */
export interface StoredAttachment {
    asset: Asset;
    /** The message is an internal note (never to the customer). */
    internal: boolean;
    thread: SupportThread;
}

/** Why an attachment was refused (the message names the file and the rule). */
export class AttachmentRefused {
    constructor(public readonly message: string) {}
}

/**
 * Message attachments: reads the uploads (stopping past 5 MB), checks their type from the bytes
 * and their number, then stores them as Vendure Assets. {@link check} stores nothing, so a
 * refused message leaves no file and no row behind.
 */
@Injectable()
export class SupportAttachmentService implements OnApplicationBootstrap {
    constructor(
        private readonly assetService: AssetService,
        private readonly connection: TransactionalConnection,
        private readonly translator: TranslatorService,
        private readonly eventBus: EventBus,
        private readonly requestContextService: RequestContextService,
        private readonly jobQueueService: JobQueueService,
    ) {}

    /**
     * Deletes the attachments of deleted threads in the worker, once the deletion is committed: a
     * job of the `support-attachment-deletion` queue per thread, retried (files on S3 included).
     */
    async onApplicationBootstrap(): Promise<void> {
        const deletions: JobQueue<{ assetIds: ID[] }> = await this.jobQueueService.createQueue({
            name: 'support-attachment-deletion',
            process: job => this.deleteAttachments(job.data.assetIds),
        });
        this.eventBus.ofType(SupportThreadDeletedEvent).subscribe(event => {
            if (!event.attachmentIds.length) return;
            deletions
                .add({ assetIds: event.attachmentIds }, { retries: 5 })
                .catch((err: unknown) =>
                    Logger.error(
                        `Could not queue the deletion of support thread ${String(event.thread.id)}'s attachments: ${String(err)}`,
                        'SupportThreads',
                    ),
                );
        });
    }

    /**
     * Deletes these Assets and their files through Vendure's AssetService, whatever the staff
     * member's catalogue permissions: an attachment is private to its thread. The AssetService
     * removes an Asset from the request's channel and deletes it with the last one, so it is asked
     * once per channel the Asset is in.
     */
    async deleteAttachments(assetIds: ID[]): Promise<void> {
        if (!assetIds.length) return;
        const assets = await this.connection.rawConnection.getRepository(Asset).find({
            where: { id: In(assetIds) },
            relations: { channels: true },
        });
        for (const asset of assets) {
            for (const channel of asset.channels) {
                const ctx = await this.requestContextService.create({
                    apiType: 'admin',
                    channelOrToken: channel,
                });
                await this.assetService.delete(ctx, [asset.id], true);
            }
        }
    }

    /** The Asset `assetId` if it is a support message's attachment, with its message's flag and thread. */
    async findStored(ctx: RequestContext, assetId: ID): Promise<StoredAttachment | undefined> {
        const message = await this.connection
            .getRepository(ctx, SupportMessage)
            .createQueryBuilder('message')
            .innerJoinAndSelect('message.attachments', 'asset', 'asset.id = :assetId', { assetId })
            .leftJoinAndSelect('asset.translations', 'assetTranslation')
            .innerJoinAndSelect('message.thread', 'thread')
            .getOne();
        if (!message?.thread || !message.attachments?.length) return undefined;
        const asset = this.translator.translate(message.attachments[0], ctx);
        return { asset, internal: message.internal, thread: message.thread };
    }

    /**
     * Whether the request may download a stored attachment: the signed-in customer `customerId`
     * owns its thread in the active channel and it is not on an internal note; or the user has
     * `ReadSupportThread` in the thread's channel (or in the default channel, which sees every one).
     */
    mayDownload(ctx: RequestContext, stored: StoredAttachment, customerId: ID | undefined): boolean {
        const { thread } = stored;
        if (
            customerId !== undefined &&
            idsAreEqual(thread.customerId, customerId) &&
            idsAreEqual(thread.channelId, ctx.channelId) &&
            !stored.internal
        )
            return true;
        return (
            ctx.userHasPermissions([supportThreadPermission.Read]) &&
            (ctx.channel.code === DEFAULT_CHANNEL_CODE || idsAreEqual(thread.channelId, ctx.channelId))
        );
    }

    /** Reads and checks every upload; the first refusal wins. */
    async check(
        uploads: ReadonlyArray<Promise<FileUpload> | FileUpload> | null | undefined,
    ): Promise<CheckedAttachment[] | AttachmentRefused> {
        const list = uploads ?? [];
        if (list.length > MAX_ATTACHMENTS)
            return new AttachmentRefused(
                `${list.length} attachments; at most ${MAX_ATTACHMENTS} per message.`,
            );
        const checked: CheckedAttachment[] = [];
        for (const pending of list) {
            const upload = await pending;
            const bytes = await readAtMost(upload.createReadStream(), MAX_ATTACHMENT_BYTES);
            const shown = upload.filename.slice(0, 100);
            if (!bytes)
                return new AttachmentRefused(
                    `"${shown}" is larger than ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB.`,
                );
            const type = sniffType(bytes);
            if (!type)
                return new AttachmentRefused(
                    `"${shown}" is not an image (PNG, JPEG, WebP, GIF) or a PDF document.`,
                );
            checked.push({ fileName: safeFileName(upload.filename, type), type, bytes });
        }
        return checked;
    }

    /**
     * Stores checked attachments as Assets of the channel of `ctx` (in its transaction), privately:
     * under `support-private/<random>/` where the public asset server refuses them
     * (config/private-attachments.ts); the download route serves them to the thread's owner and staff.
     */
    async store(ctx: RequestContext, attachments: CheckedAttachment[]): Promise<Asset[]> {
        const assets: Asset[] = [];
        for (const a of attachments) {
            const asset = await withPrivateAttachments(() =>
                this.assetService.createFromFileStream(Readable.from(a.bytes), a.fileName, ctx),
            );
            if (isGraphQlErrorResult(asset))
                throw new Error(`Could not store ${a.fileName}: ${asset.message}`);
            assets.push(asset);
        }
        return assets;
    }
}

/** The stream's bytes, or null as soon as there are more than `limit`. */
async function readAtMost(stream: Readable, limit: number): Promise<Buffer | null> {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of stream) {
        const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array);
        size += buffer.length;
        if (size > limit) {
            stream.destroy();
            return null;
        }
        chunks.push(buffer);
    }
    return Buffer.concat(chunks);
}
