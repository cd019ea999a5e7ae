import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMO_SECRETS, EnvironmentError, readEnvironment } from '../../src/environment';

const root = '/srv/radiant';

function problems(env: Record<string, string>): string[] {
    try {
        readEnvironment(env, root);
    } catch (err) {
        expect(err).toBeInstanceOf(EnvironmentError);
        return (err as EnvironmentError).problems;
    }
    throw new Error('expected an EnvironmentError');
}

describe('readEnvironment', () => {
    it('runs embedded with no environment at all', () => {
        const env = readEnvironment({}, root);
        expect(env.isProduction).toBe(false);
        expect(env.database).toEqual({
            type: 'better-sqlite3',
            file: path.join(root, 'data', 'radiant.sqlite'),
        });
        expect(env.port).toBe(3000);
        expect(env.superadmin).toEqual({
            identifier: 'superadmin',
            password: DEMO_SECRETS.superadminPassword,
        });
        expect(env.corsOrigins).toEqual(['http://localhost:4321', 'http://localhost:3000']);
        expect(env.smtp).toBeUndefined();
        expect(env.radiantPlugins).toBe(true);
        expect(env.seedOnStart).toBe(true);
    });

    it('uses PostgreSQL when DATABASE_URL is set', () => {
        const env = readEnvironment(
            { DATABASE_URL: 'postgres://u:p@db:5432/radiant', DATABASE_POOL_SIZE: '20' },
            root,
        );
        expect(env.database).toEqual({
            type: 'postgres',
            url: 'postgres://u:p@db:5432/radiant',
            poolSize: 20,
            ssl: false,
        });
    });

    it('names each wrong variable', () => {
        expect(
            problems({
                PORT: 'abc',
                DATABASE_URL: 'mysql://x',
                CORS_ORIGINS: 'not a url',
                LOG_LEVEL: 'loud',
            }),
        ).toEqual([
            'PORT must be an integer between 1 and 65535 (got "abc")',
            'DATABASE_URL must use postgres: or postgresql: (got "mysql:")',
            'CORS_ORIGINS must be a comma-separated list of origins (bad entry "not a url")',
            'LOG_LEVEL must be one of error, warn, info, verbose, debug (got "loud")',
        ]);
        expect(problems({ SEED_ON_START: 'maybe' })).toEqual([
            'SEED_ON_START must be true or false (got "maybe")',
        ]);
        expect(problems({ NODE_ENV: 'staging' })[0]).toMatch(/^NODE_ENV/);
        expect(problems({ RADIANT_PLUGINS: 'none' })).toEqual([
            'RADIANT_PLUGINS must be on or off (got "none")',
        ]);
        expect(problems({ CINETPAY_API_URL: 'not a url' })).toEqual([
            'CINETPAY_API_URL must be a URL (got "not a url")',
        ]);
    });

    it('talks to the real CinetPay by default, to another URL (the simulator) when asked', () => {
        expect(readEnvironment({}).cinetpayApiUrl).toBe('https://api-checkout.cinetpay.com');
        expect(readEnvironment({ CINETPAY_API_URL: 'http://127.0.0.1:4010/' }).cinetpayApiUrl).toBe(
            'http://127.0.0.1:4010',
        );
        expect(
            problems({
                NODE_ENV: 'production',
                SUPERADMIN_PASSWORD: 'a-long-and-random-password',
                COOKIE_SECRET: 'x'.repeat(32),
                INVOICE_LINK_SECRET: 'y'.repeat(32),
                SMTP_HOST: 'smtp.example.com',
                CINETPAY_API_URL: 'http://127.0.0.1:4010',
            }),
        ).toEqual(['CINETPAY_API_URL must use https: in production']);
    });

    it('reads the Stripe settings: API URL, the demo keys (all three or none), the merchant address', () => {
        const env = readEnvironment({});
        expect(env.stripeApiUrl).toBe('https://api.stripe.com');
        expect(env.stripeKeys).toBeUndefined();
        expect(env.merchantEmail).toBeUndefined();
        const keys = {
            STRIPE_SECRET_KEY: 'sk_test_1',
            STRIPE_PUBLISHABLE_KEY: 'pk_test_1',
            STRIPE_WEBHOOK_SECRET: 'whsec_1',
        };
        expect(
            readEnvironment({
                ...keys,
                MERCHANT_EMAIL: 'shop@example.com',
                STRIPE_API_URL: 'http://127.0.0.1:12111/',
            }),
        ).toMatchObject({
            stripeKeys: { secretKey: 'sk_test_1', publishableKey: 'pk_test_1', webhookSecret: 'whsec_1' },
            merchantEmail: 'shop@example.com',
            stripeApiUrl: 'http://127.0.0.1:12111',
        });
        expect(problems({ STRIPE_SECRET_KEY: 'sk_test_1' })).toEqual([
            'STRIPE_PUBLISHABLE_KEY must be set and start with pk_ when any STRIPE_* key is set',
            'STRIPE_WEBHOOK_SECRET must be set and start with whsec_ when any STRIPE_* key is set',
        ]);
        expect(problems({ ...keys, STRIPE_SECRET_KEY: 'pk_test_oops' })).toEqual([
            'STRIPE_SECRET_KEY must be set and start with sk_ or rk_ when any STRIPE_* key is set',
        ]);
        expect(problems({ MERCHANT_EMAIL: 'nobody' })).toEqual([
            'MERCHANT_EMAIL must be an email address (got "nobody")',
        ]);
    });

    it('refuses to run in production with missing or demo secrets', () => {
        expect(problems({ NODE_ENV: 'production' })).toEqual([
            'SUPERADMIN_PASSWORD is required in production',
            'COOKIE_SECRET is required in production',
            'INVOICE_LINK_SECRET is required in production',
            'SMTP_HOST is required in production (the dev mailbox is not served there)',
        ]);
        expect(
            problems({
                NODE_ENV: 'production',
                SUPERADMIN_PASSWORD: DEMO_SECRETS.superadminPassword,
                COOKIE_SECRET: 'short',
                INVOICE_LINK_SECRET: DEMO_SECRETS.invoiceLinkSecret,
                SMTP_HOST: 'smtp.example.com',
            }),
        ).toEqual([
            'SUPERADMIN_PASSWORD must not be the demo default in production',
            'COOKIE_SECRET must be at least 32 characters in production',
            'INVOICE_LINK_SECRET must not be the demo default in production',
        ]);
        expect(
            problems({
                NODE_ENV: 'production',
                SUPERADMIN_PASSWORD: 'a-long-and-random-password',
                COOKIE_SECRET: 'x'.repeat(32),
                INVOICE_LINK_SECRET: 'x'.repeat(32),
                SMTP_HOST: 'smtp.example.com',
            }),
        ).toEqual(['INVOICE_LINK_SECRET must differ from COOKIE_SECRET']);
    });

    it('stores invoices locally by default, in an S3-compatible bucket with INVOICE_STORAGE=s3', () => {
        expect(readEnvironment({}, root).invoiceStorage).toEqual({
            type: 'local',
            dir: path.join(root, 'data', 'invoices'),
        });
        const s3 = {
            INVOICE_STORAGE: 's3',
            S3_BUCKET: 'radiant-invoices',
            S3_REGION: 'fr-par',
            S3_ENDPOINT: 'https://s3.fr-par.scw.cloud/',
            S3_ACCESS_KEY_ID: 'AKID',
            S3_SECRET_ACCESS_KEY: 'secret',
        };
        expect(readEnvironment(s3, root).invoiceStorage).toEqual({
            type: 's3',
            bucket: 'radiant-invoices',
            region: 'fr-par',
            endpoint: 'https://s3.fr-par.scw.cloud',
            accessKeyId: 'AKID',
            secretAccessKey: 'secret',
            forcePathStyle: true, // the default with an endpoint
            prefix: 'invoices/',
        });
        expect(
            readEnvironment({ INVOICE_STORAGE: 's3', S3_BUCKET: 'b-1', S3_REGION: 'eu-west-3' }, root)
                .invoiceStorage,
        ).toMatchObject({
            endpoint: undefined,
            accessKeyId: undefined,
            forcePathStyle: false,
        });
        expect(problems({ INVOICE_STORAGE: 's3' })).toEqual([
            'S3_BUCKET is required when INVOICE_STORAGE=s3',
            'S3_REGION is required when INVOICE_STORAGE=s3 (any value, e.g. us-east-1, for most S3-compatible stores)',
        ]);
        expect(
            problems({
                ...s3,
                S3_BUCKET: 'Bad_Bucket',
                S3_ENDPOINT: 'nope',
                S3_SECRET_ACCESS_KEY: '',
                S3_FORCE_PATH_STYLE: 'sometimes',
            }),
        ).toEqual([
            'S3_BUCKET must be a bucket name (got "Bad_Bucket")',
            'S3_ENDPOINT must be a URL (got "nope")',
            'S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY must be set together (or both left empty for the AWS default credentials)',
            'S3_FORCE_PATH_STYLE must be true or false (got "sometimes")',
        ]);
        expect(problems({ INVOICE_STORAGE: 'ftp' })).toEqual([
            'INVOICE_STORAGE must be local or s3 (got "ftp")',
        ]);
    });

    it('accepts a complete production environment', () => {
        const env = readEnvironment(
            {
                NODE_ENV: 'production',
                SUPERADMIN_PASSWORD: 'a-long-and-random-password',
                COOKIE_SECRET: 'x'.repeat(40),
                INVOICE_LINK_SECRET: 'y'.repeat(40),
                SMTP_HOST: 'smtp.example.com',
                SMTP_PORT: '465',
                SMTP_SECURE: 'true',
                CORS_ORIGINS: 'https://shop.example.com, https://admin.example.com/',
                PUBLIC_URL: 'https://api.example.com/',
            },
            root,
        );
        expect(env.isProduction).toBe(true);
        expect(env.seedOnStart).toBe(false); // no demo catalogue in a real shop unless asked for
        expect(env.smtp).toEqual({
            host: 'smtp.example.com',
            port: 465,
            secure: true,
            user: undefined,
            password: undefined,
        });
        expect(env.corsOrigins).toEqual(['https://shop.example.com', 'https://admin.example.com']);
        expect(env.publicUrl).toBe('https://api.example.com');
    });

    it('trusts X-Forwarded-For from loopback only by default; rate limits on, in memory', () => {
        const env = readEnvironment({}, root);
        expect(env.trustedProxies).toEqual(['loopback']);
        expect(env.rateLimits).toBe(true);
        expect(env.redisUrl).toBeUndefined();
        const configured = readEnvironment(
            {
                TRUSTED_PROXIES: 'loopback, uniquelocal, 10.0.0.0/8, fd00::2',
                REDIS_URL: 'redis://cache:6379',
            },
            root,
        );
        expect(configured.trustedProxies).toEqual(['loopback', 'uniquelocal', '10.0.0.0/8', 'fd00::2']);
        expect(configured.redisUrl).toBe('redis://cache:6379');
    });

    it('names bad TRUSTED_PROXIES, REDIS_URL and RATE_LIMITS values; no RATE_LIMITS=off in production', () => {
        const found = problems({
            TRUSTED_PROXIES: 'loopback, 10.0.0.0/33, proxy.example',
            REDIS_URL: 'http://cache:6379',
            RATE_LIMITS: 'maybe',
        });
        expect(found.filter(p => p.startsWith('TRUSTED_PROXIES'))).toHaveLength(2);
        expect(found.some(p => p.startsWith('REDIS_URL'))).toBe(true);
        expect(found.some(p => p.startsWith('RATE_LIMITS'))).toBe(true);
        expect(problems({ NODE_ENV: 'production', RATE_LIMITS: 'off' })).toContain(
            'RATE_LIMITS=off is for load tests, not production',
        );
        expect(readEnvironment({ RATE_LIMITS: 'off' }, root).rateLimits).toBe(false);
    });
});
