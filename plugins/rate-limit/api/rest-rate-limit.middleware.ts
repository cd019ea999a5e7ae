import { Inject, Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { RATE_LIMIT_PLUGIN_OPTIONS } from '../constants';
import { DEFAULT_REST_RULES } from '../rules';
import { RateLimitService } from '../services/rate-limit.service';
import type { RateLimitPluginOptions, RestRateLimitRule } from '../types';

/**
 * Matches a request path against a rule's path pattern: literal segments compare exactly, a
 * `:name` segment matches one non-empty segment (Express's syntax, e.g.
 * `/tracking/webhook/:channelToken/:source`). Trailing slashes are ignored.
 *
 * @returns the decoded parameters (`{}` for a literal pattern), or undefined when it does not match
 */
export function matchPath(pattern: string, path: string): Record<string, string> | undefined {
    const expected = pattern.replace(/\/+$/, '').split('/');
    const actual = path.replace(/\/+$/, '').split('/');
    if (expected.length !== actual.length) return undefined;
    const params: Record<string, string> = {};
    for (let i = 0; i < expected.length; i++) {
        if (expected[i].startsWith(':')) {
            if (!actual[i]) return undefined;
            try {
                params[expected[i].slice(1)] = decodeURIComponent(actual[i]);
            } catch {
                return undefined;
            }
        } else if (expected[i] !== actual[i]) return undefined;
    }
    return params;
}

/** The parameters of the first of `patterns` that `path` matches, or undefined. */
function matchRulePaths(patterns: string[], path: string): Record<string, string> | undefined {
    for (const pattern of patterns) {
        const params = matchPath(pattern, path);
        if (params) return params;
    }
    return undefined;
}

/**
 * Applies the REST rules (the gateways' and carriers' webhooks): every request whose path matches a
 * rule's pattern counts; a refused one is answered
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
            const params = matchRulePaths(rule.paths, path);
            if (!params) continue;
            const key = rule.key(req, params);
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
