import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { Allow, ConfigService, Ctx, Permission, RequestContext } from '@vendure/core';
import type { Response } from 'express';
import { ATTACHMENT_PATH } from '../constants';
import { PrivateAttachmentStorageStrategy } from '../config/private-attachments';
import { databaseId } from '../helpers/public-ids';
import { SupportAttachmentService } from '../services/support-attachment.service';
import { SupportThreadService } from '../services/support-thread.service';

/** The asset server's policy for served files: no script, no subresource (an image or PDF needs none). */
const CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'none'";

/**
 * `GET /support-threads/attachments/:assetId` (`?preview=1`: the preview image, a PNG icon for a
 * PDF): the bytes of a support message's attachment, authenticated like the Shop and Admin APIs
 * (session cookie or `Authorization: Bearer`, channel token header or `?vendure-token=`). Served to
 * the customer who owns the thread (in the thread's channel, never for an internal note) and to
 * administrators with `ReadSupportThread` in the thread's channel or the default channel.
 *
 * 403 signed out; 404, the same answer, for an unknown id, an Asset that is no attachment,
 * another customer's thread, a note and a missing permission. The public asset server refuses these
 * files (config/private-attachments.ts). `Cache-Control: private` (browsers only, never a proxy).
 */
@Controller(ATTACHMENT_PATH)
export class SupportAttachmentController {
    constructor(
        private readonly attachments: SupportAttachmentService,
        private readonly threads: SupportThreadService,
        private readonly config: ConfigService,
    ) {}

    /** Sends the file (see the class comment). */
    @Get(':assetId')
    @Allow(Permission.Owner)
    async download(
        @Ctx() ctx: RequestContext,
        @Param('assetId') assetId: string,
        @Query('preview') preview: string | undefined,
        @Res() res: Response,
    ): Promise<void> {
        if (!ctx.activeUserId) {
            res.status(403).type('text/plain').send('Sign in to download this attachment.');
            return;
        }
        const notFound = (): void => void res.status(404).type('text/plain').send('No such attachment.');
        const id = this.validId(assetId);
        const stored = id === undefined ? undefined : await this.attachments.findStored(ctx, id);
        const customer = stored ? await this.threads.findCustomer(ctx) : undefined;
        if (!stored || !this.attachments.mayDownload(ctx, stored, customer?.id)) return notFound();
        const storage = this.config.assetOptions.assetStorageStrategy;
        if (!(storage instanceof PrivateAttachmentStorageStrategy)) return notFound();
        const wantsPreview = preview === '1' || preview === 'true';
        const key = wantsPreview ? stored.asset.preview : stored.asset.source;
        let file;
        try {
            file = await storage.readPrivateFile(key);
        } catch {
            return notFound();
        }
        const type = wantsPreview ? previewType(key) : stored.asset.mimeType;
        res.status(200);
        res.setHeader('Content-Type', type);
        res.setHeader('X-Content-Type-Options', 'nosniff');
        res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
        res.setHeader('Cache-Control', 'private, max-age=300');
        // The stored name has only letters, digits, '-', '_' and its extension (helpers/attachments.ts).
        res.setHeader('Content-Disposition', `inline; filename="${stored.asset.name.replace(/"/g, '')}"`);
        res.send(file);
    }

    /** The database id of a path id, or undefined when it cannot be one (numeric ids: digits only). */
    private validId(assetId: string): string | number | undefined {
        let id;
        try {
            id = databaseId(this.config, assetId);
        } catch {
            return undefined;
        }
        const numeric = this.config.entityOptions.entityIdStrategy?.primaryKeyType !== 'uuid';
        if (numeric && !/^\d{1,15}$/.test(String(id))) return undefined;
        return id;
    }
}

/** The type of a preview file from its name (Vendure's previews are PNG, JPEG, WebP or GIF). */
function previewType(key: string): string {
    const extension = key.split('.').pop()?.toLowerCase();
    if (extension === 'jpg' || extension === 'jpeg') return 'image/jpeg';
    if (extension === 'webp' || extension === 'gif') return `image/${extension}`;
    return 'image/png';
}
