/**
 * The one Vendure configuration of Radiant, built from the typed environment (src/environment.ts).
 *
 * - No environment: embedded SQLite (better-sqlite3, WAL) in `data/`, dev mailbox at `/mailbox`,
 *   demo secrets, GraphiQL at `/graphiql`.
 * - `DATABASE_URL`: PostgreSQL. `REDIS_URL`: BullMQ job queue and Redis cache (else the database
 *   queue and SQL cache). `S3_BUCKET`: assets and invoice PDFs in an S3-compatible bucket.
 *   `SMTP_HOST`: real email transport. `NODE_ENV=production`: secrets
 *   required, no dev mailbox, no GraphiQL, no test payment method, no GraphQL introspection.
 * - Shop API queries above a complexity score are refused (HardenPlugin, src/config/harden.ts).
 * - Login, registration, password and email changes, payment initialisations and the gateways'
 *   webhooks are rate-limited per IP and per account, email or order (plugins/rate-limit; Redis with
 *   `REDIS_URL`); the client IP honours `X-Forwarded-For` from `TRUSTED_PROXIES` only.
 *
 * The server (src/index.ts) and the worker (src/index-worker.ts) both use {@link buildConfig}.
 */
import path from 'node:path';
import {
    defaultConfig,
    defaultShippingEligibilityChecker,
    DefaultLogger,
    DefaultPasswordValidationStrategy,
    DefaultSchedulerPlugin,
    DefaultSearchPlugin,
    dummyPaymentHandler,
    LanguageCode,
    LogLevel,
    VendureConfig,
    VendureLogger,
} from '@vendure/core';
import { EmailPlugin, FileBasedTemplateLoader } from '@vendure/email-plugin';
import { AssetServerPlugin } from '@vendure/asset-server-plugin';
import { AdminUiPlugin } from '@vendure/admin-ui-plugin';
import { GraphiqlPlugin } from '@vendure/graphiql-plugin';
import { DashboardPlugin } from '@vendure/dashboard/plugin';
import { CinetPayPlugin } from './plugins/cinetpay';
import { DeliveryTrackingPlugin } from './plugins/delivery-tracking';
import { RateLimitPlugin } from './plugins/rate-limit';
import { StripePlugin } from './plugins/stripe';
import { SupportThreadsPlugin } from './plugins/support-threads';
import { VipPricingPlugin } from './plugins/vip-pricing';
import { requeueStaleJobsTask } from './plugins/shared/stale-jobs';
import {
    currencyPaymentEligibilityChecker,
    currencyShippingEligibilityChecker,
} from './src/config/currency-eligibility';
import type { CorsOptions } from '@nestjs/common/interfaces/external/cors-options.interface';
import { IMAGE_PRESETS, PresetSizesOnlyStrategy } from './src/config/assets';
import { CatalogueCachePlugin } from './plugins/catalogue-cache';
import { VIP_PURGE_TAG_PREFIXES, vipPricingVariant } from './src/config/catalogue-cache';
import { channelDisplayNameField, DEFAULT_CHANNEL_TOKEN } from './src/config/channels';
import { ContactValidationPlugin } from './src/config/contact-validation';
import { corsOptionsFor } from './src/config/cors';
import { labelledManualFulfillmentHandler } from './src/config/fulfillment';
import {
    ChannelJoiningNativeAuthenticationStrategy,
    SessionTransferAuthenticationStrategy,
} from './src/config/customer-channels';
import { CurrencySafeMetricsPlugin } from './src/config/metrics';
import { emailGlobalTemplateVars, radiantEmailHandlers } from './src/config/email';
import { hardenPlugins } from './src/config/harden';
import { OrderLanguagePlugin } from './src/config/order-language';
import { invoicesPlugin } from './src/config/invoices';
import { legalPagesPlugin } from './src/config/legal-pages';
import { PasswordAtVerificationPlugin } from './src/config/registration';
import { jobQueueAndCachePlugins } from './src/config/redis';
import { PinoVendureLogger, processRole } from './src/config/logging';
import { OperationsPlugin } from './src/config/operations';
import { TaskSchedulesPlugin } from './src/config/scheduler';
import { SentryLogger } from './src/config/sentry';
import { RadiantSearchStrategy } from './src/config/search-strategy';
import { s3AssetStorage } from './src/config/s3';
import { Environment, readEnvironment } from './src/environment';
import { exitWithStartupError } from './src/startup-error';
import { prepareSqliteDatabase } from './src/tooling/sqlite';

/**
 * Builds the Vendure configuration for an environment.
 *
 * @param env the parsed environment (defaults to `process.env`, parsed and validated);
 *   `env.radiantPlugins === false` gives stock Vendure (the benchmark's baseline)
 * @throws EnvironmentError when `env` is not given and `process.env` is invalid
 */
export function buildConfig(env: Environment = readEnvironment()): VendureConfig {
    const migrationsDir = path.join(
        __dirname,
        'migrations',
        env.database.type === 'postgres' ? 'postgres' : 'sqlite',
    );
    const dbConnectionOptions: VendureConfig['dbConnectionOptions'] =
        env.database.type === 'postgres'
            ? {
                  type: 'postgres',
                  url: env.database.url,
                  ssl: env.database.ssl ? { rejectUnauthorized: false } : undefined,
                  extra: { max: env.database.poolSize },
                  synchronize: false,
                  migrationsRun: false,
                  migrations: [path.join(migrationsDir, '*.+(js|ts)')],
                  logging: false,
              }
            : {
                  type: 'better-sqlite3',
                  database: env.database.file,
                  // The server and the worker processes share the file (WAL, immediate transactions).
                  prepareDatabase: prepareSqliteDatabase,
                  // Off: prepareSqliteDatabase keeps an LRU cache of prepared statements instead.
                  statementCacheSize: 0,
                  timeout: 15_000,
                  synchronize: false,
                  migrationsRun: false,
                  migrations: [path.join(migrationsDir, '*.+(js|ts)')],
                  logging: false,
              };

    const emailDir = path.join(env.dataDir, 'emails');
    const plugins: VendureConfig['plugins'] = [
        AssetServerPlugin.init({
            route: 'assets',
            assetUploadDir: env.assetDir,
            assetUrlPrefix: `${env.publicUrl}/assets/`,
            // Only presets are rendered (src/config/assets.ts).
            presets: IMAGE_PRESETS,
            imageTransformStrategy: new PresetSizesOnlyStrategy(),
            // In the S3 bucket with S3_BUCKET (src/config/s3.ts), else in ASSET_DIR.
            ...(env.assetStorage === 's3' && env.s3
                ? { storageStrategyFactory: s3AssetStorage(env.s3) }
                : {}),
        }),
        DefaultSchedulerPlugin.init(),
        // BullMQ + Redis cache with REDIS_URL; the database queue + SQL cache without (src/config/redis.ts).
        ...jobQueueAndCachePlugins(env),
        DefaultSearchPlugin.init({
            bufferUpdates: false,
            indexStockStatus: true,
            // Vendure's strategy per database, grouped SQLite results sorted by their "from" price.
            searchStrategy: new RadiantSearchStrategy(),
        }),
        EmailPlugin.init({
            ...(env.smtp
                ? {
                      transport: {
                          type: 'smtp' as const,
                          host: env.smtp.host,
                          port: env.smtp.port,
                          secure: env.smtp.secure,
                          auth: env.smtp.user
                              ? { user: env.smtp.user, pass: env.smtp.password ?? '' }
                              : undefined,
                      },
                  }
                : { devMode: true as const, outputPath: emailDir, route: 'mailbox' }),
            handlers: radiantEmailHandlers,
            templateLoader: new FileBasedTemplateLoader(
                path.join(env.rootDir, 'static', 'email', 'templates'),
            ),
            // Links per language: the handlers build them from storefrontUrl (src/config/email.ts).
            globalTemplateVars: emailGlobalTemplateVars({
                fromAddress: env.emailFrom,
                storefrontUrl: env.storefrontUrl,
            }),
        }),
        DashboardPlugin.init({
            route: 'dashboard',
            appDir: path.join(env.rootDir, 'dist', 'dashboard'),
        }),
        AdminUiPlugin.init({
            route: 'admin',
            port: env.port,
            // The classic admin calls the server that serves it, whatever its public host and port.
            adminUiConfig: { apiHost: 'auto', apiPort: 'auto' },
        }),
        // After both admin plugins: their Insights count only the channel currency's orders.
        CurrencySafeMetricsPlugin,
        ...(env.isProduction ? [] : [GraphiqlPlugin.init({ route: 'graphiql' })]),
        ...(env.radiantPlugins
            ? [...hardenPlugins(env), ContactValidationPlugin, ...radiantPlugins(env)]
            : []),
        // /health/ready, /metrics and request ids (src/config/operations.ts).
        OperationsPlugin.init({
            redisUrl: env.redisUrl,
            metricsToken: env.metricsToken,
            maxJobLagSeconds: env.maxJobLagSeconds,
        }),
        // The shopper's language on each order, for its emails (src/config/order-language.ts).
        ...(env.radiantPlugins ? [OrderLanguagePlugin] : []),
        // Last: TASK_SCHEDULES replaces the schedules of tasks every plugin above registered.
        ...(Object.keys(env.taskSchedules).length ? [TaskSchedulesPlugin.init(env.taskSchedules)] : []),
    ];

    return {
        apiOptions: {
            port: env.port,
            adminApiPath: 'admin-api',
            shopApiPath: 'shop-api',
            // The storefront and reverse proxies forward the client's address (X-Forwarded-For);
            // only these peers are believed (TRUSTED_PROXIES). Rate limits count per `req.ip`.
            trustProxy: env.trustedProxies,
            // Shop API: CORS_ORIGINS; Admin API and the rest: no CORS (src/config/cors.ts). Nest
            // accepts a per-request delegate where Vendure's type only names CorsOptions.
            cors: corsOptionsFor(env) as unknown as CorsOptions,
            csrfPrevention: true,
            ...(env.isProduction
                ? {}
                : {
                      adminApiDebug: true,
                      shopApiDebug: true,
                  }),
        },
        authOptions: {
            tokenMethod: ['bearer', 'cookie'],
            superadminCredentials: env.superadmin,
            cookieOptions: { secret: env.cookieSecret, sameSite: 'lax', secure: env.isProduction },
            // Registration without a password, chosen at verification: nobody can pre-set the password
            // of someone else's address (src/config/registration.ts refuses one at registration).
            requireVerification: true,
            // Vendure's default asks for 4 characters; the storefront's forms ask for 8 as well.
            passwordValidationStrategy: new DefaultPasswordValidationStrategy({
                minLength: PASSWORD_MIN_LENGTH,
                maxLength: PASSWORD_MAX_LENGTH,
            }),
            // Email verification and password reset links expire after a day (Vendure: 7 days).
            verificationTokenDuration: VERIFICATION_TOKEN_DURATION,
            // Vendure's login, whose customer also joins the channel they sign in on, and the session
            // transfer that keeps a customer signed in across shops (src/config/customer-channels.ts).
            shopAuthenticationStrategy: [
                new ChannelJoiningNativeAuthenticationStrategy(),
                new SessionTransferAuthenticationStrategy(),
            ],
        },
        dbConnectionOptions,
        // JSON lines through pino, with the request id, in production (src/config/logging.ts).
        // Errors also go to Sentry with SENTRY_DSN (src/config/sentry.ts).
        logger: ((logger: VendureLogger) => (env.sentryDsn ? new SentryLogger(logger) : logger))(
            env.logFormat === 'json'
                ? new PinoVendureLogger(env.logLevel, processRole())
                : new DefaultLogger({ level: LOG_LEVELS[env.logLevel] }),
        ),
        defaultLanguageCode: LanguageCode.fr,
        paymentOptions: {
            // Vendure's test method; only registered outside production (see docs/architecture.md).
            paymentMethodHandlers: env.isProduction ? [] : [dummyPaymentHandler],
            paymentMethodEligibilityCheckers: [currencyPaymentEligibilityChecker],
        },
        shippingOptions: {
            // Vendure's manual fulfillment, with labelled fields in the Dashboard.
            fulfillmentHandlers: [labelledManualFulfillmentHandler],
            shippingEligibilityCheckers: [
                defaultShippingEligibilityChecker,
                currencyShippingEligibilityChecker,
            ],
        },
        importExportOptions: {
            importAssetsDir: path.join(env.dataDir, 'import-assets'),
        },
        // Each shop is a channel of its own (`fr`, `ci`); the default channel is the merchant's view
        // of all of them, and no storefront uses its token (docs/architecture.md, "Channels").
        defaultChannelToken: DEFAULT_CHANNEL_TOKEN,
        schedulerOptions: {
            // Vendure's own tasks, plus jobs a killed worker left RUNNING put back in the queue.
            tasks: [...defaultConfig.schedulerOptions.tasks, requeueStaleJobsTask()],
        },
        // Channels get a name people read in the Dashboard (src/config/channels.ts).
        customFields: { Channel: [channelDisplayNameField] },
        plugins,
    };
}

/** Shortest password the Shop and Admin APIs accept (the storefront's forms say the same). */
export const PASSWORD_MIN_LENGTH = 8;
/** Longest password: bcrypt only reads 72 bytes (Vendure's default maximum). */
export const PASSWORD_MAX_LENGTH = 72;
/**
 * Lifetime of the email verification, password reset and email change tokens, in Vendure's
 * `ms` notation: one day.
 */
export const VERIFICATION_TOKEN_DURATION = '1d';

const LOG_LEVELS: Record<Environment['logLevel'], LogLevel> = {
    error: LogLevel.Error,
    warn: LogLevel.Warn,
    info: LogLevel.Info,
    verbose: LogLevel.Verbose,
    debug: LogLevel.Debug,
};

/** Radiant's own plugins (plugins/*). */
function radiantPlugins(env: Environment): NonNullable<VendureConfig['plugins']> {
    return [
        CinetPayPlugin.init({
            apiBaseUrl: env.cinetpayApiUrl,
            publicUrl: env.publicUrl,
            storefrontUrl: env.storefrontUrl,
        }),
        invoicesPlugin(env),
        // Terms of sale, legal notice, privacy, withdrawal: Vendure content per shop (src/config/legal-pages.ts).
        legalPagesPlugin(),
        StripePlugin.init({ apiUrl: env.stripeApiUrl, merchantEmail: env.merchantEmail }),
        // Registration takes no password; it is chosen at verification (src/config/registration.ts).
        PasswordAtVerificationPlugin,
        // Default rules: plugins/rate-limit/rules.ts (limits and reasons in its README).
        RateLimitPlugin.init({ redisUrl: env.redisUrl, enabled: env.rateLimits }),
        // Parcels, carrier webhooks and La Poste polling; delivery problems go to MERCHANT_EMAIL.
        DeliveryTrackingPlugin.init({
            webhookSecrets: env.trackingWebhookSecrets,
            laPoste: env.laPoste,
            merchantEmails: env.merchantEmail ? { default: env.merchantEmail } : {},
        }),
        // Loyalty tiers and VIP prices; XOF in steps of 5 francs, the smallest step CinetPay accepts.
        VipPricingPlugin.init({ roundingUnits: { XOF: 500 } }),
        // Customer support threads; alerts of unassigned threads go to MERCHANT_EMAIL (each channel
        // can set its own address and SLA targets in the settings store, key supportThreads.settings).
        SupportThreadsPlugin.init({ defaults: { supportEmail: env.merchantEmail ?? '' } }),
        // Catalogue reads from the cache, purged on change, keyed by VIP tier (src/config/catalogue-cache.ts).
        // On SQLite without Redis each process has its own cache (src/config/redis.ts): the worker
        // sends its purges (search index writes, VIP tier changes) to the server's cache too.
        CatalogueCachePlugin.init({
            enabled: env.catalogueCache,
            pricingVariant: vipPricingVariant,
            // Cached storefront pages go with the answers they were rendered from (docs/deployment.md,
            // "Page cache"): PURGE to the storefront / a reverse proxy, and Redis pub/sub with REDIS_URL.
            pagePurge: {
                targets: [
                    ...env.pageCachePurge.targets,
                    ...(!env.redisUrl && env.database.type !== 'postgres' && processRole() === 'worker'
                        ? [`http://127.0.0.1:${env.port}/catalogue-cache/purge`]
                        : []),
                ],
                token: env.pageCachePurge.token,
                redisUrl: env.redisUrl,
                redisChannel: `${env.redisPrefix}:page-purge`,
                relayTagPrefixes: VIP_PURGE_TAG_PREFIXES,
            },
        }),
    ];
}

/**
 * The configuration from `process.env`, for the server, the worker, the Dashboard build and the
 * Vendure CLI. An invalid environment stops the process here with a message naming each variable.
 */
export const config: VendureConfig = (() => {
    try {
        return buildConfig();
    } catch (err) {
        exitWithStartupError(err);
    }
})();
