import type { RequestContext } from '@vendure/core';
import type { Request } from 'express';

/**
 * What a rule counts:
 * - `attempt`: every call, before it runs (registrations, emails sent, payment initialisations);
 * - `failure`: only the calls whose result is a failure ({@link GraphQLRateLimitRule.isFailure}),
 *   checked before the call and counted after it (wrong passwords: OWASP's "failed login attempts").
 */
export type RateLimitCount = 'attempt' | 'failure';

/** The part common to GraphQL and REST rules. */
export interface RateLimitRuleBase {
    /**
     * Unique name of the rule, e.g. `login-ip-username`: the prefix of its keys in the store
     * (`radiant-rl:<name>:<key>` in Redis). Renaming a rule starts its counters afresh.
     */
    name: string;
    /** How many calls (or failures) one key may make per window. */
    points: number;
    /** Length of the window, in seconds (fixed window, starting at the key's first call). */
    duration: number;
    /**
     * Once a key has used up its points, refuse it for this many seconds (counted from the call
     * that went over), instead of only until the window ends. Default 0: until the window ends.
     */
    blockDuration?: number;
    /** What the rule counts; default `attempt`. */
    count?: RateLimitCount;
}

/** What a GraphQL rule's {@link GraphQLRateLimitRule.key} function sees of a call. */
export interface GraphQLRateLimitCall {
    /** The client's IP address as Express computes it (`req.ip`, honouring the `trust proxy` setting). */
    ip: string;
    /** The field's arguments, as sent (ids not yet decoded). */
    args: Record<string, unknown>;
    /** Vendure's request context: the session, its active order and user. */
    ctx: RequestContext;
}

/** A limit on one or more root fields (mutations or queries) of the Shop or Admin API. */
export interface GraphQLRateLimitRule extends RateLimitRuleBase {
    /** Root field names the rule applies to, e.g. `['login', 'authenticate']`. */
    fields: string[];
    /** The API whose fields are limited; default `shop`. */
    api?: 'shop' | 'admin' | 'both';
    /**
     * The key the call counts against, e.g. `call => call.ip` (per IP) or the lowercased email of the
     * arguments (per account). `undefined`: the rule does not apply to this call (e.g. no active order).
     */
    key: (call: GraphQLRateLimitCall) => string | undefined;
    /**
     * For `count: 'failure'` rules: whether the resolver's result is a failure. Default: the result is
     * an ErrorResult (has an `errorCode`).
     */
    isFailure?: (result: unknown) => boolean;
    /**
     * For `count: 'failure'` rules: forget the key's failures when a call succeeds (consecutive
     * failures, as in OWASP's "lock out after N consecutive failed attempts"). Default false.
     */
    resetOnSuccess?: boolean;
}

/** A limit on REST routes (Express paths such as `/payments/cinetpay/notify`). */
export interface RestRateLimitRule extends RateLimitRuleBase {
    /**
     * Path patterns (without query string) the rule applies to, every method: exact paths
     * (`/payments/stripe`) or patterns with `:name` parameters, each matching one path segment
     * (`/tracking/webhook/:channelToken/:source`).
     */
    paths: string[];
    /**
     * The key of a request, e.g. `req => req.ip`, or per parameter of the matched pattern,
     * `(req, params) => params.channelToken`; `undefined`: the rule does not apply.
     */
    key: (req: Request, params: Record<string, string>) => string | undefined;
}

/** Options of {@link RateLimitPlugin.init}. */
export interface RateLimitPluginOptions {
    /**
     * Redis URL (`redis://…`, `rediss://…`) of the store shared by every server process. Without it,
     * each process counts in its own memory (fine for one server process).
     */
    redisUrl?: string;
    /** GraphQL rules; default {@link DEFAULT_GRAPHQL_RULES}. */
    graphqlRules?: GraphQLRateLimitRule[];
    /** REST rules; default {@link DEFAULT_REST_RULES}. */
    restRules?: RestRateLimitRule[];
    /** False turns every limit off (load tests only). Default true. */
    enabled?: boolean;
}
