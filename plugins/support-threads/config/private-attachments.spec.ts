import { HashedAssetNamingStrategy } from '@vendure/asset-server-plugin';
import type { AssetStorageStrategy, RequestContext } from '@vendure/core';
import { describe, expect, it } from 'vitest';
import {
    isPrivateAttachmentKey,
    PrivateAttachmentError,
    PrivateAttachmentNamingStrategy,
    PrivateAttachmentStorageStrategy,
    withPrivateAttachments,
} from './private-attachments';

const ctx = {} as RequestContext;

describe('private support attachments', () => {
    it('recognises private keys in any position and case, and nothing else', () => {
        for (const key of [
            'support-private/ab/f.png',
            '/support-private/ab/f.png',
            'cache/support-private/ab/f1234.webp',
            'SUPPORT-PRIVATE/ab/f.png',
            '\\support-private\\ab\\f.png',
        ])
            expect(isPrivateAttachmentKey(key), key).toBe(true);
        for (const key of [
            'source/ab/f.png',
            'source/ab/support-private.png',
            'preview/support-privatex/f.png',
        ])
            expect(isPrivateAttachmentKey(key), key).toBe(false);
    });

    it('names attachments under a random private folder, with their preview beside them', () => {
        const naming = new PrivateAttachmentNamingStrategy(new HashedAssetNamingStrategy());
        expect(naming.generateSourceFileName(ctx, 'photo.png')).toMatch(/^source\/[0-9a-f]{2}\/photo\.png$/);
        return withPrivateAttachments(async () => {
            const a = naming.generateSourceFileName(ctx, 'photo.png');
            const b = naming.generateSourceFileName(ctx, 'photo.png');
            expect(a).toMatch(/^support-private\/[0-9a-f]{32}\/photo\.png$/);
            expect(a).not.toBe(b);
            expect(naming.generatePreviewFileName(ctx, a)).toBe(a.replace('photo.png', 'photo__preview.png'));
        });
    });

    it('refuses to read private keys outside the private scope, and reads them inside', async () => {
        const read: string[] = [];
        const inner = {
            readFileToBuffer: (id: string) => (read.push(id), Promise.resolve(Buffer.from(id))),
        } as unknown as AssetStorageStrategy;
        const storage = new PrivateAttachmentStorageStrategy(inner);
        expect(() => storage.readFileToBuffer('cache/support-private/x/f.png')).toThrow(
            PrivateAttachmentError,
        );
        expect(read).toEqual([]);
        expect(String(await storage.readFileToBuffer('source/ab/f.png'))).toBe('source/ab/f.png');
        expect(String(await storage.readPrivateFile('support-private/x/f.png'))).toBe(
            'support-private/x/f.png',
        );
        expect(storage.toAbsoluteUrl).toBeUndefined();
    });
});
