/**
 * The bucket shared by assets and invoices (src/config/s3.ts): one set of S3_* variables for both,
 * Vendure's S3 asset storage and the invoices' S3 strategy writing to a real S3-compatible server
 * (s3rver, over HTTP), and the start-up check naming the variable at fault.
 */
import { S3AssetStorageStrategy } from '@vendure/asset-server-plugin/lib/src/config/s3-asset-storage-strategy';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { S3InvoiceStorageStrategy } from '../../plugins/invoices';
import { invoiceStorageStrategy } from '../../src/config/invoices';
import { checkS3, s3AssetStorage } from '../../src/config/s3';
import { readEnvironment } from '../../src/environment';
import { startThrowawayS3, ThrowawayS3 } from '../support/throwaway-s3';

const root = '/srv/radiant';

describe('S3 settings', () => {
    it('puts assets and invoices in the bucket when S3_BUCKET is set, path-style with an endpoint', () => {
        const env = readEnvironment(
            { S3_BUCKET: 'shop', S3_REGION: 'fr-par', S3_ENDPOINT: 'http://minio:9000' },
            root,
        );
        const s3 = {
            bucket: 'shop',
            region: 'fr-par',
            endpoint: 'http://minio:9000',
            accessKeyId: undefined,
            secretAccessKey: undefined,
            forcePathStyle: true,
        };
        expect(env.s3).toEqual(s3);
        expect(env.assetStorage).toBe('s3');
        expect(env.invoiceStorage).toEqual({ type: 's3', ...s3, prefix: 'invoices/' });
    });

    it('keeps either storage local on request, and both local without S3_BUCKET', () => {
        const env = readEnvironment(
            { S3_BUCKET: 'shop', S3_REGION: 'eu-west-3', ASSET_STORAGE: 'local' },
            root,
        );
        expect(env.assetStorage).toBe('local');
        expect(env.invoiceStorage.type).toBe('s3');
        expect(readEnvironment({}, root)).toMatchObject({ s3: undefined, assetStorage: 'local' });
        expect(() => readEnvironment({ ASSET_STORAGE: 's3' }, root)).toThrow(
            'S3_BUCKET is required when ASSET_STORAGE=s3',
        );
        expect(() => readEnvironment({ S3_BUCKET: 'shop' }, root)).toThrow(
            'S3_REGION is required when S3_BUCKET is set',
        );
    });
});

describe('S3 storage on a real S3-compatible server', () => {
    let s3: ThrowawayS3;

    beforeAll(async () => {
        s3 = await startThrowawayS3(['radiant-test']);
    });

    afterAll(() => s3?.stop());

    const environment = (overrides: Record<string, string> = {}) =>
        readEnvironment({ ...s3.env('radiant-test'), ...overrides }, root);

    it('stores assets with Vendure’s S3 strategy and invoices beside them, from one set of variables', async () => {
        const env = environment();
        const assets = s3AssetStorage(env.s3!)({
            route: 'assets',
            assetUploadDir: '/tmp',
            assetUrlPrefix: 'http://shop.example/assets/',
        }) as S3AssetStorageStrategy;
        await assets.init();
        const key = await assets.writeFileFromBuffer('source/ab/flacon.jpg', Buffer.from('jpeg bytes'));
        expect(key).toBe('source/ab/flacon.jpg');
        expect(await assets.fileExists('source/ab/flacon.jpg')).toBe(true);
        expect((await assets.readFileToBuffer('source/ab/flacon.jpg')).toString()).toBe('jpeg bytes');
        expect(assets.toAbsoluteUrl({} as never, key)).toBe(
            'http://shop.example/assets/source/ab/flacon.jpg',
        );

        const invoices = invoiceStorageStrategy(env) as S3InvoiceStorageStrategy;
        expect(invoices).toBeInstanceOf(S3InvoiceStorageStrategy);
        await invoices.write('2026/RAD-FR-2026-000001.pdf', Buffer.from('%PDF-1.7'));
        expect((await invoices.read('2026/RAD-FR-2026-000001.pdf'))?.toString()).toBe('%PDF-1.7');
        // Both in the same bucket, invoices under their prefix.
        expect((await assets.readFileToBuffer('invoices/2026/RAD-FR-2026-000001.pdf')).toString()).toBe(
            '%PDF-1.7',
        );
        await invoices.destroy();
    });

    it('passes the start-up check, and creates a missing bucket', async () => {
        await expect(checkS3(environment().s3!)).resolves.toBeUndefined();
        await expect(checkS3(environment({ S3_BUCKET: 'created-at-start' }).s3!)).resolves.toBeUndefined();
        await expect(checkS3(environment({ S3_BUCKET: 'created-at-start' }).s3!)).resolves.toBeUndefined();
    });

    it('fails the start-up check naming S3_ACCESS_KEY_ID for an unknown key', async () => {
        const error = await checkS3(environment({ S3_ACCESS_KEY_ID: 'WRONGKEY' }).s3!).catch((e: Error) => e);
        expect((error as Error).name).toBe('S3UnavailableError');
        expect((error as Error).message).toMatch(
            /^S3_ACCESS_KEY_ID: the S3 store refused it .*InvalidAccessKeyId/,
        );
    });

    it('fails the start-up check naming S3_ENDPOINT when nothing answers', async () => {
        const error = await checkS3(environment({ S3_ENDPOINT: 'http://127.0.0.1:9' }).s3!, 2000).catch(
            (e: Error) => e,
        );
        expect((error as Error).message).toMatch(
            /^S3_ENDPOINT: the S3 store at http:\/\/127\.0\.0\.1:9 did not answer/,
        );
    });
});
