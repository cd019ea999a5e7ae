import { MiddlewareConsumer, NestModule, OnApplicationBootstrap } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { I18nService, Logger, PluginCommonModule, ProcessContext, Type, VendurePlugin } from '@vendure/core';
import { GraphQLRateLimitInterceptor } from './api/graphql-rate-limit.interceptor';
import { restRulePaths, RestRateLimitMiddleware } from './api/rest-rate-limit.middleware';
import { loggerCtx, RATE_LIMIT_PLUGIN_OPTIONS } from './constants';
import { RATE_LIMIT_TRANSLATIONS } from './errors';
import { RateLimitService } from './services/rate-limit.service';
import type { RateLimitPluginOptions } from './types';

/**
 * Rate limits for the Shop API's sensitive operations (login, registration, password reset, email
 * change, payment initialisation) and the gateways' webhooks, declared as rules
 * ({@link DEFAULT_GRAPHQL_RULES}, {@link DEFAULT_REST_RULES}) so no other plugin changes.
 * Counters live in Redis when `redisUrl` is set, in memory otherwise (rate-limiter-flexible).
 * Keys use `req.ip`: set Vendure's `apiOptions.trustProxy` to the proxies that may forward the
 * client's address. See plugins/rate-limit/README.md.
 */
@VendurePlugin({
    imports: [PluginCommonModule],
    providers: [
        RateLimitService,
        { provide: RATE_LIMIT_PLUGIN_OPTIONS, useFactory: () => RateLimitPlugin.options },
        { provide: APP_INTERCEPTOR, useClass: GraphQLRateLimitInterceptor },
    ],
    compatibility: '^3.0.0',
})
export class RateLimitPlugin implements NestModule, OnApplicationBootstrap {
    /** The options given to {@link RateLimitPlugin.init}. */
    static options: RateLimitPluginOptions = {};

    constructor(
        private readonly i18n: I18nService,
        private readonly limits: RateLimitService,
        private readonly processContext: ProcessContext,
    ) {}

    /**
     * @param options `redisUrl` shares the counters between server processes; `graphqlRules` and
     *   `restRules` replace the defaults (spread the defaults to add to them); `enabled: false` turns
     *   every limit off (load tests only)
     */
    static init(options: RateLimitPluginOptions = {}): Type<RateLimitPlugin> {
        this.options = options;
        return RateLimitPlugin;
    }

    /** Mounts the REST middleware on the paths of the REST rules. */
    configure(consumer: MiddlewareConsumer): void {
        const paths = restRulePaths(RateLimitPlugin.options);
        if (paths.length) consumer.apply(RestRateLimitMiddleware).forRoutes(...paths);
    }

    /** Registers the error's translations, connects the server to Redis, logs where counters are kept. */
    async onApplicationBootstrap(): Promise<void> {
        for (const [language, resources] of Object.entries(RATE_LIMIT_TRANSLATIONS)) {
            this.i18n.addTranslation(language, resources);
        }
        if (this.processContext.isWorker) return;
        if (RateLimitPlugin.options.enabled !== false) await this.limits.connect();
        Logger.info(
            RateLimitPlugin.options.enabled === false
                ? 'Rate limits are OFF'
                : `Rate limits on, counters in ${this.limits.store}`,
            loggerCtx,
        );
    }
}
