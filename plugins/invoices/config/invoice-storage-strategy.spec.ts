/**
 * S3InvoiceStorageStrategy with the real AWS SDK over real HTTP, against a small fake S3 server
 * (path-style PutObject / GetObject / HeadObject, SigV4 Authorization header required).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { S3InvoiceStorageStrategy } from './invoice-storage-strategy';

interface Seen {
    method: string;
    path: string;
    authorization: string;
    contentType?: string;
}

/** A fake S3 endpoint: objects in memory, keyed by `/<bucket>/<key>`. */
function startFakeS3(accessKeyId: string) {
    const objects = new Map<string, { body: Buffer; contentType: string }>();
    const seen: Seen[] = [];
    const server = http.createServer((req, res) => {
        const chunks: Buffer[] = [];
        req.on('data', c => chunks.push(c));
        req.on('end', () => {
            const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
            const authorization = String(req.headers.authorization ?? '');
            seen.push({
                method: req.method ?? '',
                path,
                authorization,
                contentType: req.headers['content-type'],
            });
            const error = (status: number, code: string) => {
                res.writeHead(status, { 'content-type': 'application/xml' });
                res.end(
                    req.method === 'HEAD'
                        ? undefined
                        : `<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code><Message>${code}</Message></Error>`,
                );
            };
            const signed = new RegExp(
                `^AWS4-HMAC-SHA256 Credential=${accessKeyId}/\\d{8}/[a-z0-9-]+/s3/aws4_request, SignedHeaders=[a-z0-9;-]+, Signature=[0-9a-f]{64}$`,
            );
            if (
                !signed.test(authorization) ||
                !req.headers['x-amz-date'] ||
                !req.headers['x-amz-content-sha256']
            ) {
                return error(403, 'AccessDenied');
            }
            const object = objects.get(path);
            if (req.method === 'PUT') {
                objects.set(path, {
                    body: Buffer.concat(chunks),
                    contentType: String(req.headers['content-type'] ?? ''),
                });
                res.writeHead(200, { etag: '"fake"' });
                return res.end();
            }
            if (req.method === 'GET' || req.method === 'HEAD') {
                if (!object) return error(404, 'NoSuchKey');
                res.writeHead(200, {
                    'content-type': object.contentType,
                    'content-length': object.body.length,
                    etag: '"fake"',
                });
                return res.end(req.method === 'GET' ? object.body : undefined);
            }
            error(405, 'MethodNotAllowed');
        });
    });
    return new Promise<{ url: string; objects: typeof objects; seen: Seen[]; close: () => Promise<void> }>(
        resolve => {
            server.listen(0, '127.0.0.1', () => {
                const { port } = server.address() as AddressInfo;
                resolve({
                    url: `http://127.0.0.1:${port}`,
                    objects,
                    seen,
                    close: () => new Promise(r => server.close(() => r())),
                });
            });
        },
    );
}

describe('S3InvoiceStorageStrategy', () => {
    let s3: Awaited<ReturnType<typeof startFakeS3>>;
    let storage: S3InvoiceStorageStrategy;
    const options = () => ({
        bucket: 'radiant-invoices',
        region: 'eu-west-3',
        endpoint: s3.url,
        accessKeyId: 'AKIDRADIANT',
        secretAccessKey: 'secret-radiant',
        forcePathStyle: true,
        prefix: 'invoices/',
    });

    beforeAll(async () => {
        s3 = await startFakeS3('AKIDRADIANT');
        storage = new S3InvoiceStorageStrategy(options());
    });

    afterAll(async () => {
        await storage?.destroy();
        await s3?.close();
    });

    it('writes a PDF with a signed PutObject and reads the same bytes back', async () => {
        const pdf = Buffer.concat([
            Buffer.from('%PDF-1.7\n'),
            Buffer.from([0, 1, 2, 255, 254]),
            Buffer.alloc(70_000, 7),
        ]);
        await storage.write('1/invoice/RAD-2026-000001.pdf', pdf);
        const stored = s3.objects.get('/radiant-invoices/invoices/1/invoice/RAD-2026-000001.pdf');
        expect(stored?.body.equals(pdf)).toBe(true);
        expect(stored?.contentType).toBe('application/pdf');
        expect((await storage.read('1/invoice/RAD-2026-000001.pdf'))?.equals(pdf)).toBe(true);
        const put = s3.seen.find(r => r.method === 'PUT');
        expect(put?.path).toBe('/radiant-invoices/invoices/1/invoice/RAD-2026-000001.pdf');
        expect(put?.authorization).toMatch(
            /^AWS4-HMAC-SHA256 Credential=AKIDRADIANT\/\d{8}\/eu-west-3\/s3\/aws4_request/,
        );
    });

    it('overwrites a key (a retried render stores the same key again)', async () => {
        await storage.write('1/invoice/RAD-2026-000002.pdf', Buffer.from('first'));
        await storage.write('1/invoice/RAD-2026-000002.pdf', Buffer.from('second'));
        expect((await storage.read('1/invoice/RAD-2026-000002.pdf'))?.toString()).toBe('second');
    });

    it('reads a missing key as undefined', async () => {
        expect(await storage.read('1/invoice/RAD-2026-999999.pdf')).toBeUndefined();
    });

    it('refuses keys that could escape the prefix, before any request', async () => {
        const before = s3.seen.length;
        await expect(storage.write('../other/x.pdf', Buffer.from('x'))).rejects.toThrow(
            /Invalid storage key/,
        );
        await expect(storage.read('/abs.pdf')).rejects.toThrow(/Invalid storage key/);
        await expect(storage.read('1//x.pdf')).rejects.toThrow(/Invalid storage key/);
        expect(s3.seen.length).toBe(before);
    });

    it('fails (never undefined) when the store refuses the credentials', async () => {
        const other = new S3InvoiceStorageStrategy({ ...options(), accessKeyId: 'AKIDWRONG' });
        try {
            await expect(other.read('1/invoice/RAD-2026-000001.pdf')).rejects.toThrow();
            await expect(other.write('1/invoice/x.pdf', Buffer.from('x'))).rejects.toThrow();
        } finally {
            await other.destroy();
        }
    });

    it('needs a bucket', () => {
        expect(() => new S3InvoiceStorageStrategy({ ...options(), bucket: '' })).toThrow(/bucket/);
    });
});
