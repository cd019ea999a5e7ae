/**
 * The S3-compatible bucket shared by assets and invoice PDFs (`S3_*`, docs/deployment.md):
 * Vendure's `configureS3AssetStorage` for assets (object keys as Vendure names them: `source/…`,
 * `preview/…`, `cache/…`), plugins/invoices' `S3InvoiceStorageStrategy` for PDFs (under
 * `S3_INVOICE_PREFIX`, default `invoices/`), one set of variables for both. Path-style URLs for
 * MinIO-like stores (`S3_FORCE_PATH_STYLE`, default true when `S3_ENDPOINT` is set).
 *
 * Assets stay served by the API server at `/assets/…` (the asset server reads the bucket), so the
 * bucket need not be public.
 *
 * See https://docs.vendure.io/reference/core-plugins/asset-server-plugin/s3asset-storage-strategy
 */
import { configureS3AssetStorage } from '@vendure/asset-server-plugin';
import type { S3Settings } from '../environment';

/** Thrown at start-up when the bucket cannot be used; its message names the `S3_*` variable to fix. */
export class S3UnavailableError extends Error {
    constructor(message: string) {
        super(message);
        this.name = 'S3UnavailableError';
    }
}

/** The AWS SDK v3 client options of the settings. */
export function s3ClientOptions(s3: S3Settings) {
    return {
        region: s3.region,
        endpoint: s3.endpoint,
        forcePathStyle: s3.forcePathStyle,
        credentials:
            s3.accessKeyId && s3.secretAccessKey
                ? { accessKeyId: s3.accessKeyId, secretAccessKey: s3.secretAccessKey }
                : undefined,
        // Checksums only where S3 requires them: several S3-compatible stores refuse the SDK's
        // default CRC32 trailers.
        requestChecksumCalculation: 'WHEN_REQUIRED' as const,
        responseChecksumValidation: 'WHEN_REQUIRED' as const,
    };
}

/** The AssetServerPlugin `storageStrategyFactory` storing assets in the bucket. */
export function s3AssetStorage(s3: S3Settings) {
    const { credentials, ...nativeS3Configuration } = s3ClientOptions(s3);
    return configureS3AssetStorage({
        bucket: s3.bucket,
        // Without keys, the SDK's default chain (environment, instance role…): Vendure passes
        // `undefined` on to the client when this is null.
        credentials: credentials ?? (undefined as never),
        nativeS3Configuration,
    });
}

/** Which variable an S3 error code points at, and what it means. */
const ERROR_VARIABLES: Readonly<Record<string, [string, string]>> = {
    InvalidAccessKeyId: ['S3_ACCESS_KEY_ID', 'the store does not know this access key'],
    SignatureDoesNotMatch: ['S3_SECRET_ACCESS_KEY', 'the secret does not match the access key'],
    AccessDenied: ['S3_ACCESS_KEY_ID', 'this key may not list the bucket'],
    InvalidBucketName: ['S3_BUCKET', 'the store refuses this bucket name'],
    PermanentRedirect: ['S3_REGION', 'the bucket is in another region'],
    AuthorizationHeaderMalformed: ['S3_REGION', 'the store expects another region'],
};

/**
 * Checks at start-up that the bucket answers with these credentials (a `ListObjectsV2` of an unused prefix);
 * creates it when the store says it does not exist (as Vendure's asset storage does).
 *
 * @throws S3UnavailableError naming the variable to fix (`S3_ACCESS_KEY_ID`, `S3_SECRET_ACCESS_KEY`,
 *   `S3_BUCKET`, `S3_REGION` or `S3_ENDPOINT`)
 */
export async function checkS3(s3: S3Settings, timeoutMs = 10_000): Promise<void> {
    const sdk = await import('@aws-sdk/client-s3');
    const client = new sdk.S3Client({ ...s3ClientOptions(s3), maxAttempts: 1 });
    const options = () => ({ abortSignal: AbortSignal.timeout(timeoutMs) });
    try {
        // A prefix nothing uses: an empty answer whatever the bucket holds.
        await client.send(
            new sdk.ListObjectsV2Command({ Bucket: s3.bucket, MaxKeys: 1, Prefix: '.radiant-start-check/' }),
            options(),
        );
    } catch (err) {
        const code = errorCode(err);
        if (code === 'NoSuchBucket') {
            try {
                await client.send(new sdk.CreateBucketCommand({ Bucket: s3.bucket }), options());
                return;
            } catch (createError) {
                throw new S3UnavailableError(
                    `S3_BUCKET: bucket "${s3.bucket}" does not exist and could not be created (${errorCode(createError)}). Create it, or fix S3_BUCKET.`,
                );
            }
        }
        const known = ERROR_VARIABLES[code];
        if (known) {
            throw new S3UnavailableError(
                `${known[0]}: the S3 store refused it for bucket "${s3.bucket}" (${code}: ${known[1]}).`,
            );
        }
        throw new S3UnavailableError(
            `S3_ENDPOINT: the S3 store at ${s3.endpoint ?? `AWS (${s3.region})`} did not answer for bucket "${s3.bucket}" (${code}).`,
        );
    } finally {
        client.destroy();
    }
}

/** The S3 error code of an SDK error (`Code`, else its name, else its message). */
function errorCode(err: unknown): string {
    const e = err as { Code?: string; name?: string; message?: string };
    return e?.Code ?? (e?.name && e.name !== 'Error' ? e.name : (e?.message ?? String(err)));
}
