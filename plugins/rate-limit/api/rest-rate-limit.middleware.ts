import { Inject, Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { RATE_LIMIT_PLUGIN_OPTIONS } from '../constants';
import { DEFAULT_REST_RULES } from '../rules';
import { RateLimitService } from '../services/rate-limit.service';
import type { RateLimitPluginOptions, RestRateLimitRule } from '../types';

/**
 * Applies the REST rules (the gateways' webhooks): every request counts; a refused one is answered
 * `429 Too Many Requests` with `Retry-After` (seconds, RFC 9110 §10.2.3) and a plain-text message,
 * and never reaches the controller.
 */
@Injectable()
export class RestRateLimitMiddleware implements NestMiddleware {
    private readonly rules: RestRateLimitRule[];

    constructor(
        private readonly limits: RateLimitService,
        @Inject(RATE_LIMIT_PLUGIN_OPTIONS) options: RateLimitPluginOptions,
    ) {
        this.rules = options.enabled === false ? [] : (options.restRules ?? DEFAULT_REST_RULES);
    }

    /** See the class documentation. */
    use(req: Request, res: Response, next: NextFunction): void {
        this.limit(req, res).then(
            refused => {
                if (!refused) next();
            },
            (err: unknown) => next(err),
        );
    }

    private async limit(req: Request, res: Response): Promise<boolean> {
        const path = req.originalUrl.split('?')[0].replace(/\/+$/, '');
        let retryAfter = 0;
        for (const rule of this.rules) {
            if (!rule.paths.includes(path)) continue;
            const key = rule.key(req);
            if (key === undefined) continue;
            const refusal = await this.limits.consume(rule, key);
            if (refusal) retryAfter = Math.max(retryAfter, refusal.retryAfter);
        }
        if (!retryAfter) return false;
        res.status(429)
            .setHeader('Retry-After', String(retryAfter))
            .type('text/plain')
            .send(`Too many requests: retry in ${retryAfter} s`);
        return true;
    }
}

/** Every path the REST rules name (the routes the middleware is mounted on). */
export function restRulePaths(options: RateLimitPluginOptions): string[] {
    if (options.enabled === false) return [];
    return [...new Set((options.restRules ?? DEFAULT_REST_RULES).flatMap(rule => rule.paths))];
}
