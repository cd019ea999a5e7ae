/** The part of s3rver's API (https://github.com/jamhall/s3rver, no types of its own) the tests use. */
declare module 's3rver' {
    interface S3rverOptions {
        address?: string;
        port?: number;
        silent?: boolean;
        directory: string;
        resetOnClose?: boolean;
        configureBuckets?: { name: string }[];
    }
    export default class S3rver {
        constructor(options: S3rverOptions);
        run(): Promise<{ address: string; port: number }>;
        close(): Promise<void>;
    }
}
