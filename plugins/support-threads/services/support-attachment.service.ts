import { Readable } from 'node:stream';
import { In } from 'typeorm';
import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { DEFAULT_CHANNEL_CODE } from '@vendure/common/lib/shared-constants';
import type { ID } from '@vendure/common/lib/shared-types';
import {
    Asset,
    AssetService,
    ConfigService,
    EventBus,
    idsAreEqual,
    isGraphQlErrorResult,
    JobQueue,
    JobQueueService,
    Logger,
    RequestContext,
    TransactionalConnection,
    TranslatorService,
} from '@vendure/core';
import { loggerCtx, supportThreadPermission } from '../constants';
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
        private readonly config: ConfigService,
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
     * Deletes these Assets: their files (source and preview) through the configured
     * AssetStorageStrategy, then their rows (with their translations, tags and any channel link)
     * through TransactionalConnection. Not through AssetService, which only finds Assets of a
     * channel: attachments are in none (see {@link store}). A file already gone is logged and
     * skipped, so a retried job finishes.
     */
    async deleteAttachments(assetIds: ID[]): Promise<void> {
        if (!assetIds.length) return;
        const repository = this.connection.rawConnection.getRepository(Asset);
        const assets = await repository.find({ where: { id: In(assetIds) } });
        const storage = this.config.assetOptions.assetStorageStrategy;
        for (const asset of assets) {
            for (const key of new Set([asset.source, asset.preview])) {
                if (!key) continue;
                try {
                    await storage.deleteFile(key);
                } catch (err) {
                    Logger.warn(`Could not delete the attachment file ${key}: ${String(err)}`, loggerCtx);
                }
            }
        }
        // One removal for all the rows, once their files are gone.
        await repository.remove(assets);
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
     * Stores checked attachments as Assets (in the transaction of `ctx`), privately: under
     * `support-private/<random>/` where the public asset server refuses them
     * (config/private-attachments.ts), and in no channel: AssetService assigns each new Asset to
     * the default and the active channel, and its `assets` list and `asset(id)` (the Dashboard's
     * asset library) only return Assets of the active channel, so each is taken out of every
     * channel right after its upload. The download route serves them to the thread's owner and
     * to staff with `ReadSupportThread`; {@link deleteAttachments} deletes them.
     *
     * @throws Error when AssetService refuses a file (it cannot: they are checked by {@link check})
     */
    async store(ctx: RequestContext, attachments: CheckedAttachment[]): Promise<Asset[]> {
        const assets: Asset[] = [];
        for (const a of attachments) {
            const asset = await withPrivateAttachments(() =>
                this.assetService.createFromFileStream(Readable.from(a.bytes), a.fileName, ctx),
            );
            if (isGraphQlErrorResult(asset))
                throw new Error(`Could not store ${a.fileName}: ${asset.message}`);
            await this.leaveEveryChannel(ctx, asset);
            assets.push(asset);
        }
        return assets;
    }

    /** Removes `asset` from every channel it is in (its rows of Vendure's `asset_channels_channel`). */
    private async leaveEveryChannel(ctx: RequestContext, asset: Asset): Promise<void> {
        const channels = this.connection
            .getRepository(ctx, Asset)
            .createQueryBuilder()
            .relation(Asset, 'channels')
            .of(asset.id);
        await channels.remove(await channels.loadMany());
        asset.channels = [];
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
