import { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { Asset, AssetService, isGraphQlErrorResult, RequestContext } from '@vendure/core';
import {
    MAX_ATTACHMENT_BYTES,
    MAX_ATTACHMENTS,
    safeFileName,
    sniffType,
    SniffedType,
} from '../helpers/attachments';

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
export class SupportAttachmentService {
    constructor(private readonly assetService: AssetService) {}

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

    /** Stores checked attachments as Assets of the channel of `ctx` (in its transaction). */
    async store(ctx: RequestContext, attachments: CheckedAttachment[]): Promise<Asset[]> {
        const assets: Asset[] = [];
        for (const a of attachments) {
            const asset = await this.assetService.createFromFileStream(
                Readable.from(a.bytes),
                a.fileName,
                ctx,
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
