import fs from 'node:fs/promises';
import path from 'node:path';

/** Where invoice PDFs are kept. Implement it for S3-compatible storage in production. */
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
        if (!file.startsWith(path.resolve(this.dir) + path.sep)) throw new Error(`Invalid storage key "${key}"`);
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
    async attachmentPath(key: string): Promise<string | undefined> {
        return this.resolve(key);
    }

    /** @inheritdoc */
    async read(key: string): Promise<Buffer | undefined> {
        try {
            return await fs.readFile(this.resolve(key));
        } catch (err: any) {
            if (err?.code === 'ENOENT') return undefined;
            throw err;
        }
    }
}
