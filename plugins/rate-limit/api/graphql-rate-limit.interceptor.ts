import { CallHandler, ExecutionContext, Inject, Injectable, NestInterceptor } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { internal_getRequestContext, parseContext } from '@vendure/core';
import type { Request, Response } from 'express';
import type { GraphQLResolveInfo } from 'graphql';
import { from, lastValueFrom, Observable } from 'rxjs';
import { RATE_LIMIT_PLUGIN_OPTIONS } from '../constants';
import { TooManyRequestsError } from '../errors';
import { DEFAULT_GRAPHQL_RULES } from '../rules';
import { RateLimitRefusal, RateLimitService } from '../services/rate-limit.service';
import type { GraphQLRateLimitCall, GraphQLRateLimitRule, RateLimitPluginOptions } from '../types';

/**
 * Applies the GraphQL rules to root fields of the Shop and Admin APIs (every alias of a field counts).
 * A refused call does not run: it answers a {@link TooManyRequestsError} and sets `Retry-After` on
 * the HTTP response. Failure-counting rules are checked before the call and counted after it.
 */
@Injectable()
export class GraphQLRateLimitInterceptor implements NestInterceptor {
    private readonly rulesByField = new Map<string, GraphQLRateLimitRule[]>();

    constructor(
        private readonly limits: RateLimitService,
        @Inject(RATE_LIMIT_PLUGIN_OPTIONS) options: RateLimitPluginOptions,
    ) {
        if (options.enabled === false) return;
        for (const rule of options.graphqlRules ?? DEFAULT_GRAPHQL_RULES) {
            for (const field of rule.fields) {
                this.rulesByField.set(field, [...(this.rulesByField.get(field) ?? []), rule]);
            }
        }
    }

    /** See the class documentation. */
    intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
        if (context.getType<string>() !== 'graphql') return next.handle();
        const info = GqlExecutionContext.create(context).getInfo<GraphQLResolveInfo | undefined>();
        if (!info || (info.parentType.name !== 'Mutation' && info.parentType.name !== 'Query')) {
            return next.handle();
        }
        const rules = this.rulesByField.get(info.fieldName);
        if (!rules) return next.handle();
        return from(this.limitCall(context, rules, next));
    }

    private async limitCall(
        context: ExecutionContext,
        candidates: GraphQLRateLimitRule[],
        next: CallHandler,
    ): Promise<unknown> {
        const { req, res } = parseContext(context) as { req: Request; res: Response };
        const ctx = internal_getRequestContext(req, context);
        const api = ctx.apiType === 'admin' ? 'admin' : 'shop';
        const call: GraphQLRateLimitCall = {
            ip: clientIp(req),
            args: GqlExecutionContext.create(context).getArgs<Record<string, unknown>>(),
            ctx,
        };
        const applicable: { rule: GraphQLRateLimitRule; key: string }[] = [];
        for (const rule of candidates) {
            if ((rule.api ?? 'shop') !== 'both' && (rule.api ?? 'shop') !== api) continue;
            const key = rule.key(call);
            if (key !== undefined) applicable.push({ rule, key });
        }

        const refusals: RateLimitRefusal[] = [];
        for (const { rule, key } of applicable) {
            const refusal =
                rule.count === 'failure'
                    ? await this.limits.check(rule, key)
                    : await this.limits.consume(rule, key);
            if (refusal) refusals.push(refusal);
        }
        if (refusals.length) {
            const retryAfter = Math.max(...refusals.map(r => r.retryAfter));
            if (!res.headersSent) res.setHeader('Retry-After', String(retryAfter));
            throw new TooManyRequestsError(retryAfter);
        }

        const result: unknown = await lastValueFrom(next.handle() as Observable<unknown>, {
            defaultValue: undefined,
        });
        for (const { rule, key } of applicable) {
            if (rule.count !== 'failure') continue;
            const failed = (rule.isFailure ?? isErrorResult)(result);
            if (failed) await this.limits.recordFailure(rule, key);
            else if (rule.resetOnSuccess) await this.limits.reset(rule, key);
        }
        return result;
    }
}

/** The client's address as Express computes it from `trust proxy`; `unknown` when the socket is gone. */
export function clientIp(req: Request): string {
    return req.ip ?? req.socket?.remoteAddress ?? 'unknown';
}

function isErrorResult(result: unknown): boolean {
    return !!result && typeof result === 'object' && 'errorCode' in result;
}
