/**
 * Private storage of support attachments, kept as Vendure Assets. Vendure's AssetService writes
 * every Asset through the configured AssetNamingStrategy and AssetStorageStrategy (local disk or S3,
 * src/config/s3.ts), and the AssetServerPlugin serves any stored key at `/assets/<key>`. Two
 * wrappers around the configured strategies, installed by the plugin's `configuration` hook, keep
 * the attachments out of that public route:
 *
 * - {@link PrivateAttachmentNamingStrategy}: while an attachment is stored
 *   ({@link withPrivateAttachments}), its source and preview go under
 *   `support-private/<128 random bits, hex>/`, a dedicated and unguessable prefix;
 * - {@link PrivateAttachmentStorageStrategy}: refuses to read any key with a `support-private`
 *   segment (the asset server then answers 404 for the file, its preview and any transform of it),
 *   except inside {@link withPrivateAttachments}: Vendure's own preview generation right after the
 *   upload, and the authenticated download route (api/support-attachment.controller.ts).
 *
 * Writes, deletions and URLs go to the wrapped strategy unchanged, so the same files stay on the
 * same disk or bucket. The bucket itself must not be public (docs/deployment.md: Radiant serves
 * every asset through /assets).
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import type { Stream } from 'node:stream';
import type { Request } from 'express';
import type { AssetNamingStrategy, AssetStorageStrategy, Injector, RequestContext } from '@vendure/core';

/** The first path segment of every private attachment's key (source and preview). */
export const PRIVATE_ATTACHMENT_DIR = 'support-private';

const scope = new AsyncLocalStorage<true>();

/**
 * Runs `work` with private attachments enabled: Assets created inside are named under
 * {@link PRIVATE_ATTACHMENT_DIR} and private keys may be read. Everything `work` awaits is inside
 * (AsyncLocalStorage follows the promise chain).
 */
export function withPrivateAttachments<T>(work: () => Promise<T>): Promise<T> {
    return scope.run(true, work);
}

/**
 * Whether a storage key is a private attachment's: one of its path segments (after `\` → `/`) is
 * `support-private`, in any case (a case-insensitive disk would serve `SUPPORT-PRIVATE/…` too). It
 * covers the asset server's keys: `/support-private/…`, `cache/support-private/…` (transforms),
 * URL-decoded or not normalised (S3 keys are not).
 */
export function isPrivateAttachmentKey(key: string): boolean {
    return key
        .replace(/\\/g, '/')
        .split('/')
        .some(segment => segment.toLowerCase() === PRIVATE_ATTACHMENT_DIR);
}

/**
 * Names private attachments `support-private/<random>/<name>` (preview: the wrapped strategy's
 * preview file name in the same folder); every other Asset as the wrapped strategy does.
 */
export class PrivateAttachmentNamingStrategy implements AssetNamingStrategy {
    constructor(private readonly inner: AssetNamingStrategy) {}

    /** `support-private/<32 hex>/<name>` inside {@link withPrivateAttachments}, else the wrapped name. */
    generateSourceFileName(ctx: RequestContext, originalFileName: string, conflictFileName?: string): string {
        if (!scope.getStore())
            return this.inner.generateSourceFileName(ctx, originalFileName, conflictFileName);
        // A conflict is a random folder already used: draw another one.
        return `${PRIVATE_ATTACHMENT_DIR}/${randomBytes(16).toString('hex')}/${path.posix.basename(originalFileName)}`;
    }

    /** The preview of a private source sits in its folder; other previews as the wrapped strategy names them. */
    generatePreviewFileName(ctx: RequestContext, sourceFileName: string, conflictFileName?: string): string {
        if (!isPrivateAttachmentKey(sourceFileName))
            return this.inner.generatePreviewFileName(ctx, sourceFileName, conflictFileName);
        const preview = this.inner.generatePreviewFileName(
            ctx,
            path.posix.basename(sourceFileName),
            conflictFileName && path.posix.basename(conflictFileName),
        );
        return `${path.posix.dirname(sourceFileName)}/${path.posix.basename(preview)}`;
    }
}

/** Thrown when a private attachment is read outside {@link withPrivateAttachments} (the asset server's 404). */
export class PrivateAttachmentError extends Error {
    constructor(key: string) {
        super(`${key} is a private support attachment`);
        this.name = 'PrivateAttachmentError';
    }
}

/**
 * The configured storage, with private attachments unreadable outside {@link withPrivateAttachments}
 * (see the file comment). `toAbsoluteUrl` exists only when the wrapped strategy has one, as
 * Vendure checks for it.
 */
export class PrivateAttachmentStorageStrategy implements AssetStorageStrategy {
    /** The wrapped strategy's URL of a stored key (unchanged: private keys' URLs answer 404). */
    readonly toAbsoluteUrl?: (request: Request, identifier: string) => string;

    constructor(readonly inner: AssetStorageStrategy) {
        if (inner.toAbsoluteUrl) this.toAbsoluteUrl = (req, id) => inner.toAbsoluteUrl!(req, id);
    }

    /** Initialises the wrapped strategy. */
    async init(injector: Injector): Promise<void> {
        await this.inner.init?.(injector);
    }

    /** Closes the wrapped strategy. */
    async destroy(): Promise<void> {
        await this.inner.destroy?.();
    }

    /** Writes through the wrapped strategy. */
    writeFileFromBuffer(fileName: string, data: Buffer): Promise<string> {
        return this.inner.writeFileFromBuffer(fileName, data);
    }

    /** Writes through the wrapped strategy. */
    writeFileFromStream(fileName: string, data: Stream): Promise<string> {
        return this.inner.writeFileFromStream(fileName, data);
    }

    /** @throws PrivateAttachmentError for a private key outside {@link withPrivateAttachments} */
    readFileToBuffer(identifier: string): Promise<Buffer> {
        this.guard(identifier);
        return this.inner.readFileToBuffer(identifier);
    }

    /** @throws PrivateAttachmentError for a private key outside {@link withPrivateAttachments} */
    readFileToStream(identifier: string): Promise<Stream> {
        this.guard(identifier);
        return this.inner.readFileToStream(identifier);
    }

    /** Deletes through the wrapped strategy. */
    deleteFile(identifier: string): Promise<void> {
        return this.inner.deleteFile(identifier);
    }

    /** Asks the wrapped strategy (Vendure's unique names need it for private keys too). */
    fileExists(fileName: string): Promise<boolean> {
        return this.inner.fileExists(fileName);
    }

    /**
     * The bytes of a private attachment's key (the download route, after its owner check). A buffer
     * (attachments are ≤ 5 MB): Vendure's local strategy streams `binary` strings, not bytes.
     */
    readPrivateFile(identifier: string): Promise<Buffer> {
        return withPrivateAttachments(() => this.readFileToBuffer(identifier));
    }

    private guard(identifier: string): void {
        if (!scope.getStore() && isPrivateAttachmentKey(identifier))
            throw new PrivateAttachmentError(identifier);
    }
}
