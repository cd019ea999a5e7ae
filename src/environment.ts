/**
 * The typed environment of Radiant: every setting the server, the worker and the CLI read from
 * `process.env`, parsed and validated once.
 *
 * With no environment at all, everything runs embedded on one machine (SQLite file in `data/`,
 * dev mailbox, demo secrets). In production (`NODE_ENV=production`) the secrets must be set and
 * must not be the demo defaults.
 *
 * A wrong or missing value throws an {@link EnvironmentError} naming the variable, before anything
 * starts, so nothing half-starts.
 */
import { isIP } from 'node:net';
import path from 'node:path';

/** Thrown when one or more environment variables are missing or malformed. */
export class EnvironmentError extends Error {
    /**
     * @param problems one line per offending variable, each starting with the variable's name
     */
    constructor(public readonly problems: string[]) {
        super(
            `Invalid environment:\n${problems.map(p => `  - ${p}`).join('\n')}\n` +
                'See README.md ("Configuration") for every variable and its default.',
        );
        this.name = 'EnvironmentError';
    }
}

/** SMTP transport settings, used in production instead of the dev mailbox. */
export interface SmtpSettings {
    host: string;
    port: number;
    secure: boolean;
    user?: string;
    password?: string;
}

/** The parsed environment; see README.md for each variable. */
export interface Environment {
    /** `NODE_ENV === 'production'`. */
    isProduction: boolean;
    /** Root of the repository (where `package.json` lives). */
    rootDir: string;
    /** Folder for the embedded database, assets and emails (`DATA_DIR`, default `data/`). */
    dataDir: string;
    /** HTTP port of the API server (`PORT`, default 3000). */
    port: number;
    /** Port of the worker's health endpoint (`WORKER_PORT`, default 3020). */
    workerPort: number;
    /** Public base URL of the API server, used for asset URLs and email links (`PUBLIC_URL`). */
    publicUrl: string;
    /** Public base URL of the storefront (`STOREFRONT_URL`, default http://localhost:4321). */
    storefrontUrl: string;
    /** Database: PostgreSQL when `DATABASE_URL` is set, else the embedded SQLite file. */
    database:
        | { type: 'postgres'; url: string; poolSize: number; ssl: boolean }
        | { type: 'better-sqlite3'; file: string };
    /** Superadmin identifier and password (`SUPERADMIN_USERNAME`, `SUPERADMIN_PASSWORD`). */
    superadmin: { identifier: string; password: string };
    /** Secret signing the session cookie (`COOKIE_SECRET`). */
    cookieSecret: string;
    /** HMAC key of the invoices' signed download links (`INVOICE_LINK_SECRET`), distinct from the cookie secret. */
    invoiceLinkSecret: string;
    /** Origins allowed by CORS (`CORS_ORIGINS`, comma-separated). */
    corsOrigins: string[];
    /** SMTP transport (`SMTP_HOST`, ...); required in production, absent in development. */
    smtp?: SmtpSettings;
    /** Sender of outgoing emails (`EMAIL_FROM`). */
    emailFrom: string;
    /** Folder holding uploaded assets (`ASSET_DIR`, default `data/assets`). */
    assetDir: string;
    /** Whether the demo shop is seeded into an empty database at start (`SEED_ON_START`; default true, false in production). */
    seedOnStart: boolean;
    /** Whether Radiant's own plugins are loaded (`RADIANT_PLUGINS=off` runs stock Vendure, for the benchmark). */
    radiantPlugins: boolean;
    /** Whether the Shop API serves catalogue reads from its cache (`CATALOGUE_CACHE`: on (default) or off, for debugging and benchmarks). */
    catalogueCache: boolean;
    /**
     * Where the catalogue cache forwards its purges, so that cached pages go with the answers they
     * were rendered from (plugins/catalogue-cache README, "Pages"): `PAGE_CACHE_PURGE_URLS`
     * (comma-separated URLs receiving `PURGE` with `xkey-purge: <keys>`; default outside
     * production: the storefront's `$STOREFRONT_URL/_radiant/purge`, in production none) and
     * `PAGE_CACHE_PURGE_TOKEN` (sent as a bearer token; ≥ 16 characters, required in production
     * when URLs are set; the storefront must have the same). With `REDIS_URL` the purges are also
     * published on `<REDIS_PREFIX>:page-purge`.
     */
    pageCachePurge: { targets: string[]; token: string };
    /** Vendure log level (`LOG_LEVEL`: error, warn, info, verbose, debug). */
    logLevel: 'error' | 'warn' | 'info' | 'verbose' | 'debug';
    /**
     * Log format (`LOG_FORMAT`): `json`, one pino JSON object per line with the request id (the default
     * in production), or `text`, Vendure's DefaultLogger (the default elsewhere).
     */
    logFormat: 'json' | 'text';
    /** Bearer token `/metrics` asks for (`METRICS_TOKEN`); open without it (block it at the proxy). */
    metricsToken?: string;
    /** Sentry DSN (`SENTRY_DSN`): errors are reported to Sentry when set (src/config/sentry.ts). */
    sentryDsn?: string;
    /** Oldest waiting job's age above which a worker reports not ready (`JOB_QUEUE_MAX_LAG_SECONDS`, default 600). */
    maxJobLagSeconds: number;
    /**
     * Schedules replacing scheduled tasks' own (`TASK_SCHEDULES`: `taskId=cron;taskId=cron`, e.g.
     * `vip-pricing-evaluate=0 4 * * *`; 5 cron fields, or 6 with seconds first). Empty by default.
     * See src/config/scheduler.ts.
     */
    taskSchedules: Record<string, string>;
    /**
     * Base URL of CinetPay's Checkout API v2 (`CINETPAY_API_URL`, default
     * `https://api-checkout.cinetpay.com`); point it at the local simulator in development.
     */
    cinetpayApiUrl: string;
    /**
     * Base URL of the Stripe API (`STRIPE_API_URL`, default `https://api.stripe.com`); tests and the
     * benchmark point it at the local fake. See plugins/stripe/README.md.
     */
    stripeApiUrl: string;
    /**
     * Stripe keys of the demo shop's `stripe-fr` method (`STRIPE_SECRET_KEY`, `STRIPE_PUBLISHABLE_KEY`,
     * `STRIPE_WEBHOOK_SECRET`, all three or none): the seed creates the method on `fr` when set.
     */
    stripeKeys?: { secretKey: string; publishableKey: string; webhookSecret: string };
    /** Address receiving merchant alerts such as Stripe disputes (`MERCHANT_EMAIL`), if any. */
    merchantEmail?: string;
    /**
     * Carrier webhook secrets (plugins/delivery-tracking): `TRACKING_WEBHOOK_SECRET_<TOKEN>_<SOURCE>`,
     * e.g. `TRACKING_WEBHOOK_SECRET_FR_GENERIC`, `TRACKING_WEBHOOK_SECRET_FR_AFTERSHIP`; keyed here by
     * channel token (lower-case) and source. A source without a secret accepts nothing.
     */
    trackingWebhookSecrets: Record<string, Partial<Record<'generic' | 'aftership', string>>>;
    /**
     * La Poste Suivi v2 polling (Colissimo, Chronopost): `LAPOSTE_API_KEY` (the `X-Okapi-Key`) and
     * `LAPOSTE_API_URL` (default `https://api.laposte.fr`). Without a key nothing is polled.
     */
    laPoste?: { apiKey: string; baseUrl: string };
    /**
     * Where invoice PDFs are stored (`INVOICE_STORAGE`: `local` in `$DATA_DIR/invoices`, the default
     * without `S3_BUCKET`; or `s3`, the default with it: the S3-compatible bucket of {@link s3}, shared
     * by every process, under `S3_INVOICE_PREFIX`, default `invoices/`).
     */
    invoiceStorage: InvoiceStorageSettings;
    /**
     * Addresses whose `X-Forwarded-For` the server believes (`TRUSTED_PROXIES`, Express `trust proxy`
     * names and addresses, comma-separated; default `loopback`): the storefront and any reverse proxy in
     * front of the server. The client's IP, which rate limits count against, is the last address of
     * the header not in this list.
     */
    trustedProxies: string[];
    /**
     * Redis (`REDIS_URL`), if any: the job queue (BullMQ), Vendure's cache (sessions included) and the
     * rate-limit counters, shared by every server and worker process. Without it: the database job
     * queue and Vendure's SQL cache (src/config/redis.ts).
     */
    redisUrl?: string;
    /**
     * Prefix of every Redis key of this deployment (`REDIS_PREFIX`, default `radiant`): BullMQ's queue
     * prefix and the cache namespace, so several deployments can share one Redis.
     */
    redisPrefix: string;
    /** The bucket of assets and invoices (`S3_*`), when `S3_BUCKET` is set or a storage asks for s3. */
    s3?: S3Settings;
    /** Where uploaded assets live: `s3` when `S3_BUCKET` is set (unless `ASSET_STORAGE=local`), else `ASSET_DIR`. */
    assetStorage: 'local' | 's3';
    /** Whether rate limits apply (`RATE_LIMITS=off` turns them off, for load tests; refused in production). */
    rateLimits: boolean;
}

/**
 * The S3-compatible bucket shared by assets and invoice PDFs (`S3_BUCKET`, `S3_REGION`,
 * `S3_ENDPOINT`, `S3_ACCESS_KEY_ID` + `S3_SECRET_ACCESS_KEY`, `S3_FORCE_PATH_STYLE`).
 */
export interface S3Settings {
    /** Bucket name (`S3_BUCKET`). */
    bucket: string;
    /** Region (`S3_REGION`; any value, e.g. us-east-1, for most S3-compatible stores). */
    region: string;
    /** Endpoint of an S3-compatible store (`S3_ENDPOINT`); AWS S3 when absent. */
    endpoint?: string;
    /** Access key (`S3_ACCESS_KEY_ID`); with the secret, else the AWS SDK's default credential chain. */
    accessKeyId?: string;
    /** Secret access key (`S3_SECRET_ACCESS_KEY`). */
    secretAccessKey?: string;
    /** Path-style URLs, for MinIO-like stores (`S3_FORCE_PATH_STYLE`; default true with an endpoint). */
    forcePathStyle: boolean;
}

/** Settings of the invoice PDF storage; see {@link Environment.invoiceStorage}. */
export type InvoiceStorageSettings =
    { type: 'local'; dir: string } | ({ type: 's3'; prefix: string } & S3Settings);

/** The demo secrets; refused in production. */
export const DEMO_SECRETS = {
    superadminPassword: 'superadmin',
    cookieSecret: 'radiant-dev-cookie-secret',
    pageCachePurgeToken: 'radiant-dev-page-purge-token',
    invoiceLinkSecret: 'radiant-dev-invoice-link-secret',
} as const;

type Env = Record<string, string | undefined>;

/**
 * Parses and validates an environment (by default `process.env`).
 *
 * @throws EnvironmentError listing every offending variable by name.
 */
export function readEnvironment(env: Env = process.env, rootDir = findRootDir()): Environment {
    const problems: string[] = [];
    const nodeEnv = env.NODE_ENV ?? 'development';
    if (!['development', 'production', 'test'].includes(nodeEnv)) {
        problems.push(`NODE_ENV must be development, production or test (got "${nodeEnv}")`);
    }
    const isProduction = nodeEnv === 'production';
    // Build tools (the Dashboard's Vite build) load the config only to discover plugins and the
    // schema: they need no production secrets. vite.config.mts sets this; never set it by hand.
    const isBuildTime = env.RADIANT_BUILD_TIME === 'true';
    const enforceProductionSecrets = isProduction && !isBuildTime;

    const int = (name: string, fallback: number, min = 1, max = 65535): number => {
        const raw = env[name];
        if (raw === undefined || raw === '') return fallback;
        const value = Number(raw);
        if (!Number.isInteger(value) || value < min || value > max) {
            problems.push(`${name} must be an integer between ${min} and ${max} (got "${raw}")`);
            return fallback;
        }
        return value;
    };
    const bool = (name: string, fallback: boolean): boolean => {
        const raw = env[name];
        if (raw === undefined || raw === '') return fallback;
        if (['1', 'true', 'yes'].includes(raw.toLowerCase())) return true;
        if (['0', 'false', 'no'].includes(raw.toLowerCase())) return false;
        problems.push(`${name} must be true or false (got "${raw}")`);
        return fallback;
    };
    const url = (name: string, fallback: string | undefined, protocols = ['http:', 'https:']): string => {
        const raw = env[name];
        if (raw === undefined || raw === '') {
            if (fallback === undefined) problems.push(`${name} is required`);
            return fallback ?? '';
        }
        try {
            const parsed = new URL(raw);
            if (!protocols.includes(parsed.protocol)) {
                problems.push(`${name} must use ${protocols.join(' or ')} (got "${parsed.protocol}")`);
            }
        } catch {
            problems.push(`${name} must be a URL (got "${raw}")`);
        }
        return raw.replace(/\/$/, '');
    };
    const secret = (name: string, demo: string, minLength: number): string => {
        const raw = env[name];
        if (raw === undefined || raw === '') {
            if (enforceProductionSecrets) problems.push(`${name} is required in production`);
            return demo;
        }
        if (enforceProductionSecrets && raw === demo) {
            problems.push(`${name} must not be the demo default in production`);
        } else if (enforceProductionSecrets && raw.length < minLength) {
            problems.push(`${name} must be at least ${minLength} characters in production`);
        }
        return raw;
    };

    const port = int('PORT', 3000);
    const workerPort = int('WORKER_PORT', 3020);
    const dataDir = path.resolve(rootDir, env.DATA_DIR || 'data');
    const publicUrl = url('PUBLIC_URL', `http://localhost:${port}`);
    const storefrontUrl = url('STOREFRONT_URL', 'http://localhost:4321');

    let database: Environment['database'];
    if (env.DATABASE_URL) {
        url('DATABASE_URL', undefined, ['postgres:', 'postgresql:']);
        database = {
            type: 'postgres',
            url: env.DATABASE_URL,
            poolSize: int('DATABASE_POOL_SIZE', 10, 1, 500),
            ssl: bool('DATABASE_SSL', false),
        };
    } else {
        database = {
            type: 'better-sqlite3',
            file: path.resolve(dataDir, env.SQLITE_FILE || 'radiant.sqlite'),
        };
    }

    const identifier = env.SUPERADMIN_USERNAME || 'superadmin';
    const password = secret('SUPERADMIN_PASSWORD', DEMO_SECRETS.superadminPassword, 12);
    const cookieSecret = secret('COOKIE_SECRET', DEMO_SECRETS.cookieSecret, 32);
    const invoiceLinkSecret = secret('INVOICE_LINK_SECRET', DEMO_SECRETS.invoiceLinkSecret, 32);
    if (enforceProductionSecrets && invoiceLinkSecret === cookieSecret && env.INVOICE_LINK_SECRET) {
        problems.push('INVOICE_LINK_SECRET must differ from COOKIE_SECRET');
    }

    const corsOrigins = (env.CORS_ORIGINS ?? `${storefrontUrl},${publicUrl}`)
        .split(',')
        .map(o => o.trim().replace(/\/$/, ''))
        .filter(Boolean);
    for (const origin of corsOrigins) {
        try {
            new URL(origin);
        } catch {
            problems.push(`CORS_ORIGINS must be a comma-separated list of origins (bad entry "${origin}")`);
        }
    }

    let smtp: SmtpSettings | undefined;
    if (env.SMTP_HOST) {
        smtp = {
            host: env.SMTP_HOST,
            port: int('SMTP_PORT', 587),
            secure: bool('SMTP_SECURE', false),
            user: env.SMTP_USER || undefined,
            password: env.SMTP_PASSWORD || undefined,
        };
    } else if (enforceProductionSecrets) {
        problems.push('SMTP_HOST is required in production (the dev mailbox is not served there)');
    }
    const emailFrom = env.EMAIL_FROM || '"Radiant" <noreply@radiant.example>';

    const logLevel = (env.LOG_LEVEL || 'info') as Environment['logLevel'];
    if (!['error', 'warn', 'info', 'verbose', 'debug'].includes(logLevel)) {
        problems.push(`LOG_LEVEL must be one of error, warn, info, verbose, debug (got "${logLevel}")`);
    }

    const logFormat = (env.LOG_FORMAT || (isProduction ? 'json' : 'text')) as Environment['logFormat'];
    if (logFormat !== 'json' && logFormat !== 'text') {
        problems.push(`LOG_FORMAT must be json or text (got "${String(env.LOG_FORMAT)}")`);
    }
    const metricsToken = env.METRICS_TOKEN || undefined;
    if (metricsToken && metricsToken.length < 16)
        problems.push('METRICS_TOKEN must be at least 16 characters');
    const maxJobLagSeconds = int('JOB_QUEUE_MAX_LAG_SECONDS', 600, 1, 86_400);
    const taskSchedules = parseTaskSchedules(env.TASK_SCHEDULES ?? '', problems);
    const sentryDsn = env.SENTRY_DSN ? url('SENTRY_DSN', undefined) : undefined;

    const radiantPluginsRaw = env.RADIANT_PLUGINS || 'on';
    if (radiantPluginsRaw !== 'on' && radiantPluginsRaw !== 'off') {
        problems.push(`RADIANT_PLUGINS must be on or off (got "${radiantPluginsRaw}")`);
    }
    const radiantPlugins = radiantPluginsRaw !== 'off';
    const catalogueCacheRaw = env.CATALOGUE_CACHE || 'on';
    if (catalogueCacheRaw !== 'on' && catalogueCacheRaw !== 'off') {
        problems.push(`CATALOGUE_CACHE must be on or off (got "${catalogueCacheRaw}")`);
    }
    const purgeUrls = (env.PAGE_CACHE_PURGE_URLS ?? '')
        .split(',')
        .map(entry => entry.trim())
        .filter(Boolean);
    for (const entry of purgeUrls) {
        try {
            if (!['http:', 'https:'].includes(new URL(entry).protocol)) throw new Error('protocol');
        } catch {
            problems.push(`PAGE_CACHE_PURGE_URLS must list http(s) URLs (bad entry "${entry}")`);
        }
    }
    const purgeToken = env.PAGE_CACHE_PURGE_TOKEN || undefined;
    if (purgeToken !== undefined && purgeToken.length < 16) {
        problems.push('PAGE_CACHE_PURGE_TOKEN must be at least 16 characters');
    } else if (enforceProductionSecrets && purgeUrls.length && !purgeToken) {
        problems.push('PAGE_CACHE_PURGE_TOKEN is required in production when PAGE_CACHE_PURGE_URLS is set');
    }
    // A production database is a real shop's: no demo catalogue unless asked for.
    const seedOnStart = bool('SEED_ON_START', !isProduction);
    const cinetpayApiUrl = url('CINETPAY_API_URL', 'https://api-checkout.cinetpay.com');
    if (enforceProductionSecrets && cinetpayApiUrl.startsWith('http:')) {
        problems.push('CINETPAY_API_URL must use https: in production');
    }

    const stripeApiUrl = url('STRIPE_API_URL', 'https://api.stripe.com');
    if (enforceProductionSecrets && stripeApiUrl.startsWith('http:')) {
        problems.push('STRIPE_API_URL must use https: in production');
    }
    const stripeVars = {
        secretKey: 'STRIPE_SECRET_KEY',
        publishableKey: 'STRIPE_PUBLISHABLE_KEY',
        webhookSecret: 'STRIPE_WEBHOOK_SECRET',
    } as const;
    const stripePrefixes = {
        secretKey: /^(sk|rk)_/,
        publishableKey: /^pk_/,
        webhookSecret: /^whsec_/,
    } as const;
    let stripeKeys: Environment['stripeKeys'];
    if (Object.values(stripeVars).some(name => env[name])) {
        stripeKeys = { secretKey: '', publishableKey: '', webhookSecret: '' };
        for (const [key, name] of Object.entries(stripeVars) as Array<[keyof typeof stripeVars, string]>) {
            const value = env[name] ?? '';
            if (!stripePrefixes[key].test(value)) {
                problems.push(
                    `${name} must be set and start with ${{ secretKey: 'sk_ or rk_', publishableKey: 'pk_', webhookSecret: 'whsec_' }[key]} when any STRIPE_* key is set`,
                );
            }
            stripeKeys[key] = value;
        }
    }
    const merchantEmail = env.MERCHANT_EMAIL || undefined;
    if (merchantEmail && !/^[^\s@]+@[^\s@]+$/.test(merchantEmail))
        problems.push(`MERCHANT_EMAIL must be an email address (got "${merchantEmail}")`);

    const trackingWebhookSecrets: Environment['trackingWebhookSecrets'] = {};
    for (const [name, value] of Object.entries(env)) {
        const match = /^TRACKING_WEBHOOK_SECRET_([A-Z0-9_-]+)_(GENERIC|AFTERSHIP)$/.exec(name);
        if (!match || !value) continue;
        if (value.length < 16) problems.push(`${name} must be at least 16 characters`);
        const token = match[1].toLowerCase();
        trackingWebhookSecrets[token] = {
            ...trackingWebhookSecrets[token],
            [match[2].toLowerCase() as 'generic' | 'aftership']: value,
        };
    }
    const laPosteUrl = url('LAPOSTE_API_URL', 'https://api.laposte.fr');
    if (enforceProductionSecrets && laPosteUrl.startsWith('http:'))
        problems.push('LAPOSTE_API_URL must use https: in production');
    const laPoste = env.LAPOSTE_API_KEY ? { apiKey: env.LAPOSTE_API_KEY, baseUrl: laPosteUrl } : undefined;

    // One S3-compatible bucket for assets and invoice PDFs (S3_*): both use it when S3_BUCKET is set,
    // unless ASSET_STORAGE / INVOICE_STORAGE say `local`.
    const storageKind = (name: 'ASSET_STORAGE' | 'INVOICE_STORAGE'): 'local' | 's3' => {
        const raw = env[name] || (env.S3_BUCKET ? 's3' : 'local');
        if (raw === 'local' || raw === 's3') return raw;
        problems.push(`${name} must be local or s3 (got "${raw}")`);
        return 'local';
    };
    const assetStorage = storageKind('ASSET_STORAGE');
    const invoiceStorageType = storageKind('INVOICE_STORAGE');
    let s3: S3Settings | undefined;
    if (assetStorage === 's3' || invoiceStorageType === 's3') {
        const needs =
            invoiceStorageType === 's3' && !env.S3_BUCKET ? 'INVOICE_STORAGE=s3' : 'ASSET_STORAGE=s3';
        const bucket = env.S3_BUCKET ?? '';
        if (!/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(bucket)) {
            problems.push(
                bucket
                    ? `S3_BUCKET must be a bucket name (got "${bucket}")`
                    : `S3_BUCKET is required when ${needs}`,
            );
        }
        const region = env.S3_REGION ?? '';
        if (!region)
            problems.push(
                `S3_REGION is required when ${env.S3_BUCKET ? 'S3_BUCKET is set' : needs} (any value, e.g. us-east-1, for most S3-compatible stores)`,
            );
        const endpoint = env.S3_ENDPOINT ? url('S3_ENDPOINT', undefined) : undefined;
        if (endpoint && enforceProductionSecrets && endpoint.startsWith('http:'))
            problems.push('S3_ENDPOINT must use https: in production');
        const accessKeyId = env.S3_ACCESS_KEY_ID || undefined;
        const secretAccessKey = env.S3_SECRET_ACCESS_KEY || undefined;
        if (!accessKeyId !== !secretAccessKey) {
            problems.push(
                'S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY must be set together (or both left empty for the AWS default credentials)',
            );
        }
        s3 = {
            bucket,
            region,
            endpoint,
            accessKeyId,
            secretAccessKey,
            forcePathStyle: bool('S3_FORCE_PATH_STYLE', !!endpoint),
        };
    }
    let invoiceStorage: InvoiceStorageSettings = { type: 'local', dir: path.join(dataDir, 'invoices') };
    if (invoiceStorageType === 's3' && s3) {
        const prefix = env.S3_INVOICE_PREFIX ?? 'invoices/';
        if (prefix.startsWith('/') || prefix.split('/').includes('..'))
            problems.push(`S3_INVOICE_PREFIX must be a relative key prefix (got "${prefix}")`);
        invoiceStorage = { type: 's3', ...s3, prefix };
    }

    const trustedProxies = (env.TRUSTED_PROXIES ?? 'loopback')
        .split(',')
        .map(entry => entry.trim())
        .filter(Boolean);
    for (const entry of trustedProxies) {
        if (!isTrustProxyEntry(entry)) {
            problems.push(
                `TRUSTED_PROXIES must list loopback, linklocal, uniquelocal, IP addresses or CIDR ranges (bad entry "${entry}")`,
            );
        }
    }
    const redisUrl = env.REDIS_URL ? url('REDIS_URL', undefined, ['redis:', 'rediss:']) : undefined;
    const redisPrefix = env.REDIS_PREFIX || 'radiant';
    if (!/^[A-Za-z0-9_.-]{1,64}$/.test(redisPrefix))
        problems.push(`REDIS_PREFIX must be 1 to 64 letters, digits, _ . or - (got "${redisPrefix}")`);
    const rateLimitsRaw = env.RATE_LIMITS || 'on';
    if (rateLimitsRaw !== 'on' && rateLimitsRaw !== 'off') {
        problems.push(`RATE_LIMITS must be on or off (got "${rateLimitsRaw}")`);
    } else if (rateLimitsRaw === 'off' && enforceProductionSecrets) {
        problems.push('RATE_LIMITS=off is for load tests, not production');
    }

    if (problems.length) throw new EnvironmentError(problems);
    return {
        isProduction,
        rootDir,
        dataDir,
        port,
        workerPort,
        publicUrl,
        storefrontUrl,
        database,
        superadmin: { identifier, password },
        cookieSecret,
        invoiceLinkSecret,
        corsOrigins,
        smtp,
        emailFrom,
        assetDir: path.resolve(rootDir, env.ASSET_DIR || path.join(dataDir, 'assets')),
        seedOnStart,
        radiantPlugins,
        catalogueCache: catalogueCacheRaw !== 'off',
        pageCachePurge: {
            targets:
                env.PAGE_CACHE_PURGE_URLS !== undefined || isProduction
                    ? purgeUrls
                    : [`${storefrontUrl}/_radiant/purge`],
            token: purgeToken ?? DEMO_SECRETS.pageCachePurgeToken,
        },
        logLevel,
        logFormat,
        metricsToken,
        maxJobLagSeconds,
        taskSchedules,
        sentryDsn,
        cinetpayApiUrl,
        stripeApiUrl,
        stripeKeys,
        merchantEmail,
        trackingWebhookSecrets,
        laPoste,
        invoiceStorage,
        trustedProxies,
        redisUrl,
        redisPrefix,
        s3,
        assetStorage: s3 && assetStorage === 's3' ? 's3' : 'local',
        rateLimits: rateLimitsRaw !== 'off',
    };
}

/** An entry of Express's `trust proxy` list: a preset name, an IP address or a CIDR range. */
function isTrustProxyEntry(entry: string): boolean {
    if (['loopback', 'linklocal', 'uniquelocal'].includes(entry)) return true;
    const [address, bits, ...rest] = entry.split('/');
    const family = isIP(address);
    if (!family || rest.length) return false;
    if (bits === undefined) return true;
    const prefix = Number(bits);
    return /^\d{1,3}$/.test(bits) && prefix <= (family === 4 ? 32 : 128);
}

/**
 * Finds the repository root from this module's location, whether it runs from `src/` (ts) or
 * from `dist/src/` (compiled).
 */
function findRootDir(): string {
    const here = __dirname;
    const parts = here.split(path.sep);
    const distIndex = parts.lastIndexOf('dist');
    return distIndex >= 0 ? parts.slice(0, distIndex).join(path.sep) || path.sep : path.resolve(here, '..');
}

/**
 * Parses `TASK_SCHEDULES` (`taskId=cron;taskId=cron`): each cron pattern has 5 fields, or 6 with
 * seconds first (croner's syntax, which Vendure's scheduler uses). Pushes a problem naming the
 * variable for a malformed entry.
 */
function parseTaskSchedules(raw: string, problems: string[]): Record<string, string> {
    const schedules: Record<string, string> = {};
    for (const entry of raw
        .split(';')
        .map(e => e.trim())
        .filter(Boolean)) {
        const match = /^([A-Za-z0-9_.:-]+)\s*=\s*(\S+(?:\s+\S+){4,5})$/.exec(entry);
        if (!match) {
            problems.push(
                `TASK_SCHEDULES must be taskId=cron entries separated by ";" (5 or 6 cron fields; bad entry "${entry}")`,
            );
            continue;
        }
        schedules[match[1]] = match[2];
    }
    return schedules;
}
