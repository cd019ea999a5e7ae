/**
 * A throwaway S3-compatible server for tests: s3rver (npm), objects in a temporary folder, on a free
 * loopback port, path-style. It speaks every call Radiant makes (ListObjectsV2, CreateBucket,
 * Put/Get/Head/DeleteObject and the multipart upload of `@aws-sdk/lib-storage`), which the invoices'
 * small fake (Put/Get/Head only) does not. It checks the access key id (its only account is
 * `S3RVER` / `S3RVER`) but not SigV4 signatures, so a wrong *secret* cannot be shown with it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import S3rver from 's3rver';

/** The credentials s3rver accepts. */
export const S3RVER_KEY = 'S3RVER';

/** A running throwaway S3 server. */
export interface ThrowawayS3 {
    /** `http://127.0.0.1:PORT`. */
    endpoint: string;
    /** Where the objects are stored: `<dir>/<bucket>/<key>._S3rver_object`. */
    dir: string;
    /** The `S3_*` variables of a deployment using `bucket` on this server. */
    env(bucket: string): Record<string, string>;
    /** Stops the server and removes its folder. */
    stop(): Promise<void>;
}

/** Starts s3rver with the buckets `buckets` already created. */
export async function startThrowawayS3(buckets: string[] = []): Promise<ThrowawayS3> {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'radiant-s3-'));
    const server = new S3rver({
        address: '127.0.0.1',
        port: 0,
        silent: true,
        directory: dir,
        configureBuckets: buckets.map(name => ({ name })),
    });
    const { port } = await server.run();
    const endpoint = `http://127.0.0.1:${port}`;
    return {
        endpoint,
        dir,
        env: bucket => ({
            S3_BUCKET: bucket,
            S3_REGION: 'us-east-1',
            S3_ENDPOINT: endpoint,
            S3_ACCESS_KEY_ID: S3RVER_KEY,
            S3_SECRET_ACCESS_KEY: S3RVER_KEY,
        }),
        stop: async () => {
            await server.close();
            fs.rmSync(dir, { recursive: true, force: true });
        },
    };
}
