import fs from 'node:fs/promises';
import path from 'node:path';

/** Where invoice PDFs are kept: {@link LocalInvoiceStorageStrategy} (default) or {@link S3InvoiceStorageStrategy} (production). */
export interface InvoiceStorageStrategy {
    /** Stores `data` under `key` (overwriting: a retried render writes the same bytes' key again). */
    write(key: string, data: Buffer): Promise<void>;
    /** Reads the file stored under `key`, or undefined when absent. */
    read(key: string): Promise<Buffer | undefined>;
    /**
     * Optional: where the email sender (nodemailer, in the email job) can read the file itself at
     * send time — a local path, or an http(s) URL such as a presigned link valid long enough for
     * the email job's retries — so the PDF's bytes stay out of the job queue. Without it, the
     * invoice email reads the PDF and carries it in the job's data.
     */
    attachmentPath?(key: string): Promise<string | undefined>;
}

/** Stores PDFs in a local folder (default `$DATA_DIR/invoices`); writes are atomic (temp file + rename). */
export class LocalInvoiceStorageStrategy implements InvoiceStorageStrategy {
    /** @param dir the folder; created on first write */
    constructor(private readonly dir: string) {}

    /** Resolves a key inside the folder, refusing any path escaping it. */
    private resolve(key: string): string {
        const file = path.resolve(this.dir, key);
        if (!file.startsWith(path.resolve(this.dir) + path.sep))
            throw new Error(`Invalid storage key "${key}"`);
        return file;
    }

    /** @inheritdoc */
    async write(key: string, data: Buffer): Promise<void> {
        const file = this.resolve(key);
        await fs.mkdir(path.dirname(file), { recursive: true });
        const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
        await fs.writeFile(tmp, data);
        await fs.rename(tmp, file);
    }

    /** The stored file's absolute path: the email job attaches it from disk (same machine or shared folder). */
    attachmentPath(key: string): Promise<string | undefined> {
        return Promise.resolve(this.resolve(key));
    }

    /** @inheritdoc */
    async read(key: string): Promise<Buffer | undefined> {
        try {
            return await fs.readFile(this.resolve(key));
        } catch (err) {
            if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
            throw err;
        }
    }
}

/** Settings of {@link S3InvoiceStorageStrategy}. */
export interface S3InvoiceStorageOptions {
    /** Bucket holding the PDFs (created beforehand; the strategy never creates buckets). */
    bucket: string;
    /** Region of the bucket, e.g. `eu-west-3` (any value for most S3-compatible stores). */
    region: string;
    /** Endpoint of an S3-compatible store (MinIO, Scaleway, OVH, R2…); AWS S3 when absent. */
    endpoint?: string;
    /** Access key; with the secret, else the AWS SDK's default credential chain (instance role…). */
    accessKeyId?: string;
    /** Secret access key, with `accessKeyId`. */
    secretAccessKey?: string;
    /** Path-style URLs (`<endpoint>/<bucket>/<key>`), needed by most self-hosted stores. Default false. */
    forcePathStyle?: boolean;
    /** Prefix of every object key, e.g. `invoices/`. Default "". */
    prefix?: string;
}

type S3Module = typeof import('@aws-sdk/client-s3');

/**
 * Stores PDFs in an S3-compatible bucket with the AWS SDK v3 (SigV4-signed requests), so that every
 * server and worker process of a scaled-out shop reads the same files. A write is one `PutObject`
 * (atomic on S3: readers see the old object or the new one); a missing key reads as undefined.
 * The SDK is loaded on first use, so shops storing locally never load it.
 */
export class S3InvoiceStorageStrategy implements InvoiceStorageStrategy {
    private client?: Promise<{ s3: S3Module; client: InstanceType<S3Module['S3Client']> }>;

    /** @param options bucket, region, endpoint, credentials, path style and key prefix */
    constructor(private readonly options: S3InvoiceStorageOptions) {
        if (!options.bucket) throw new Error('S3InvoiceStorageStrategy needs a bucket');
    }

    private connect() {
        this.client ??= import('@aws-sdk/client-s3').then(s3 => {
            const { accessKeyId, secretAccessKey } = this.options;
            const client = new s3.S3Client({
                region: this.options.region,
                endpoint: this.options.endpoint,
                forcePathStyle: this.options.forcePathStyle ?? false,
                credentials: accessKeyId && secretAccessKey ? { accessKeyId, secretAccessKey } : undefined,
                // Checksums only where S3 requires them: several S3-compatible stores refuse the
                // SDK's default CRC32 trailers.
                requestChecksumCalculation: 'WHEN_REQUIRED',
                responseChecksumValidation: 'WHEN_REQUIRED',
            });
            return { s3, client };
        });
        return this.client;
    }

    /** The object key of a storage key, refusing keys that could escape the prefix. */
    private objectKey(key: string): string {
        if (
            !key ||
            key.startsWith('/') ||
            key.split('/').some(part => part === '..' || part === '.' || part === '')
        ) {
            throw new Error(`Invalid storage key "${key}"`);
        }
        return `${this.options.prefix ?? ''}${key}`;
    }

    /** @inheritdoc */
    async write(key: string, data: Buffer): Promise<void> {
        const Key = this.objectKey(key);
        const { s3, client } = await this.connect();
        await client.send(
            new s3.PutObjectCommand({
                Bucket: this.options.bucket,
                Key,
                Body: data,
                ContentType: 'application/pdf',
            }),
        );
    }

    /** @inheritdoc */
    async read(key: string): Promise<Buffer | undefined> {
        const Key = this.objectKey(key);
        const { s3, client } = await this.connect();
        try {
            const object = await client.send(new s3.GetObjectCommand({ Bucket: this.options.bucket, Key }));
            if (!object.Body) return undefined;
            return Buffer.from(await object.Body.transformToByteArray());
        } catch (err) {
            const failure = err as { name?: string; $metadata?: { httpStatusCode?: number } };
            if (
                err instanceof s3.NoSuchKey ||
                failure?.name === 'NoSuchKey' ||
                failure?.$metadata?.httpStatusCode === 404
            )
                return undefined;
            throw err;
        }
    }

    /** Closes the SDK's HTTP connections (tests, shutdown). */
    async destroy(): Promise<void> {
        if (this.client) (await this.client).client.destroy();
    }
}
