import { createHash } from 'node:crypto';
import type { ApolloServerPlugin, GraphQLRequestContext, GraphQLRequestListener } from '@apollo/server';
import {
    CacheService,
    ConfigService,
    Injector,
    Logger,
    RequestContext,
    RequestContextService,
    SessionService,
} from '@vendure/core';
import { extractSessionToken } from '@vendure/core/dist/api/common/extract-session-token';
import { json } from 'express';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { getOperationAST, parse } from 'graphql';
import { isCacheable, LIST_FIELDS, rootFieldsOf } from './cacheable-operation';
import {
    ALL_TAG,
    CACHE_PREFIX,
    CACHE_STATUS_HEADER,
    entityTag,
    LISTS_TAG,
    PRICING_KEY_HEADER,
    SURROGATE_KEY_HEADER,
    surrogateKeys,
    TAGGED_TYPES,
} from './constants';
import type { ResolvedCatalogueCacheOptions } from './types';

const loggerCtx = 'CatalogueCache';

/** What one Shop API request found out on its way in, for the way out. */
interface RequestState {
    status: 'HIT' | 'MISS' | 'BYPASS';
    key?: string;
    rootFields?: string[];
    tags?: Set<string>;
    /** The stored answer of a hit, put back as it was stored once the other plugins have run. */
    json?: string;
    /** The shopper's pricing variant key (`''`: regular prices), for the pricing header. */
    pricingKey?: string;
}

/** What of the shopper enters a cache key: see {@link ShopResponseCache}. */
interface ShopperIdentity {
    /** Channel id, language, currency and pricing variant key. */
    parts: unknown[];
    /** The pricing variant's extra tags. */
    tags: string[];
    /** The pricing variant key (`''`: regular prices). */
    key: string;
}

/** A cached answer: the `data` of the response, as JSON, and the tags it was stored with. */
interface CachedAnswer {
    json: string;
    tags?: string[];
}

/**
 * Apollo Server plugin answering the Shop API's catalogue queries from Vendure's CacheService
 * (in-process, SQL or Redis, whatever the app's `cacheStrategy` is) and storing fresh answers there.
 *
 * - An operation is cacheable when it is a query whose every root field is in the allow-list
 *   (`cacheableFields`), it authenticates by no API key, and the answer has no errors.
 * - The key: SHA-256 of the query text, operation name, variables, channel, language, currency and
 *   the shopper's pricing variant (`pricingVariant`, e.g. the VIP tiers), so two shoppers share an
 *   entry only when they would get the same answer. Nothing else of the session enters an answer
 *   served from here: private fields (`activeOrder`, `activeCustomer`…) are never in the allow-list.
 * - The tags: every Product, ProductVariant, Collection, Facet, FacetValue and Asset resolved while
 *   answering (and a search result's product and variant), `catalogue-cache:all`, the lists tag
 *   for listing fields, the pricing variant's tags. {@link CatalogueCachePurgeService} purges them.
 * - The header `x-radiant-cache: HIT | MISS | BYPASS` says what happened; a cached or stored answer
 *   also carries `Surrogate-Key` (its tags, space-separated, without the plugin's prefix: see
 *   {@link surrogateKeys}) and `x-radiant-pricing` (the shopper's pricing variant key, `''` for
 *   regular prices), so that a page rendered from such answers can be cached and purged with them.
 * - An answer is stored as it leaves, after the `willSendResponse` of the plugins before this one
 *   (Vendure's id codec, asset URLs, error translation), and a hit is sent exactly as stored: keep
 *   this plugin after any plugin that rewrites answers.
 *
 * Admin API requests pass through untouched. Hooks: Apollo Server 4 request lifecycle
 * (https://www.apollographql.com/docs/apollo-server/integrations/plugins-event-reference).
 */
export class ShopResponseCache implements ApolloServerPlugin<{ req: Request }> {
    private injector?: Injector;
    private shopPath = '/shop-api';
    private readonly allowed: ReadonlySet<string>;

    constructor(private readonly options: ResolvedCatalogueCacheOptions) {
        this.allowed = new Set(options.cacheableFields);
    }

    /** Gives the plugin the app's services (called once the app is bootstrapped). */
    bind(injector: Injector): void {
        this.injector = injector;
        this.shopPath = `/${injector.get(ConfigService).apiOptions.shopApiPath}`;
    }

    /** Apollo hook: per request, the listener below (nothing for the Admin API). */
    requestDidStart(
        requestContext: GraphQLRequestContext<{ req: Request }>,
    ): Promise<GraphQLRequestListener<{ req: Request }> | void> {
        return Promise.resolve(this.listener(requestContext));
    }

    /**
     * Express middleware answering cached catalogue queries before Apollo Server, mounted on the Shop
     * API path by the plugin as a `beforeListen` middleware (after the session cookie, before Nest's
     * body parser and Vendure's i18next middleware): a hit costs the shopper's identity (session,
     * channel, pricing variant) and one cache read, not GraphQL parsing, validation and Apollo's
     * request pipeline. It answers only a `POST` of one JSON operation (`Content-Type:
     * application/json`, not compressed, at most 100 KB: what it parses itself with Express's JSON
     * parser, whose defaults are Nest's, so the later parsers see the request as read) whose query
     * text is cacheable (parsed once per text) and found in the cache under the same key as the
     * Apollo plugin's; everything else (a miss, an API key, a batch, a GET, a failing store) goes on
     * to Apollo Server unchanged, and a body the parser refuses gets its usual error. A hit carries
     * the same headers as the Apollo plugin's: `x-radiant-cache: HIT`, `x-radiant-pricing`,
     * `Surrogate-Key`.
     */
    readonly fastPath: RequestHandler = (req: Request, res: Response, next: NextFunction): void => {
        if (!this.injector || !this.options.enabled || req.method !== 'POST' || !isSmallPlainJson(req)) {
            next();
            return;
        }
        this.jsonParser(req, res, (parseError?: unknown) => {
            if (parseError) {
                next(parseError);
                return;
            }
            void this.tryFastPath(req, res).then(
                answered => {
                    if (!answered) next();
                },
                (e: unknown) => {
                    Logger.warn(`Shop API cache fast path failed: ${String(e)}`, loggerCtx);
                    if (!res.headersSent) next();
                },
            );
        });
    };

    /** Express's JSON parser with its defaults (100 KB, UTF-8), as Nest registers it globally. */
    private readonly jsonParser = json();

    /** Parsed query texts of the fast path, by operation name and text (emptied when full). */
    private readonly parsed = new Map<string, ParsedOperation | null>();
    /** The shopper identity of a request, computed once for the fast path and the Apollo plugin. */
    private readonly identities = new WeakMap<Request, Promise<ShopperIdentity | undefined>>();

    private async tryFastPath(req: Request, res: Response): Promise<boolean> {
        const injector = this.injector;
        if (!injector) return false;
        const body = req.body as
            { query?: unknown; operationName?: unknown; variables?: unknown } | undefined;
        if (!body || typeof body !== 'object' || Array.isArray(body) || typeof body.query !== 'string') {
            return false;
        }
        const { query, operationName, variables } = body;
        if (operationName != null && typeof operationName !== 'string') return false;
        if (variables != null && (typeof variables !== 'object' || Array.isArray(variables))) return false;
        const operation = this.parsedOperation(query, operationName ?? null);
        if (!operation || !isCacheable(operation.rootFields, this.allowed)) return false;
        const identity = await this.identityOf(req, injector);
        if (!identity) return false;
        const cached = await injector
            .get(CacheService)
            .get<CachedAnswer>(answerKey(query, operation.operationName, variables, identity.parts));
        if (!cached) return false;
        res.status(200);
        res.setHeader('content-type', 'application/json; charset=utf-8');
        // As Apollo Server's cache-control plugin says of every Shop API answer: not for HTTP caches.
        res.setHeader('cache-control', 'no-store');
        res.setHeader(CACHE_STATUS_HEADER, 'HIT');
        res.setHeader(PRICING_KEY_HEADER, identity.key);
        if (cached.tags?.length) res.setHeader(SURROGATE_KEY_HEADER, surrogateKeys(cached.tags));
        res.end(`{"data":${cached.json}}\n`);
        return true;
    }

    /**
     * The executed operation's name and root fields for a query text and the request's operation
     * name, as Apollo Server would pick the operation (`getOperationAST`); `null` when the text does
     * not parse or names no single operation (Apollo Server then answers the error).
     */
    private parsedOperation(query: string, operationName: string | null): ParsedOperation | null {
        const memoKey = `${operationName ?? ''}\u0000${query}`;
        const known = this.parsed.get(memoKey);
        if (known !== undefined) return known;
        let result: ParsedOperation | null = null;
        try {
            const document = parse(query);
            const operation = getOperationAST(document, operationName);
            if (operation) {
                result = {
                    operationName: operation.name?.value ?? null,
                    rootFields: rootFieldsOf(document, operation),
                };
            }
        } catch {
            result = null;
        }
        if (this.parsed.size >= PARSED_OPERATIONS_MAX) this.parsed.clear();
        this.parsed.set(memoKey, result);
        return result;
    }

    /** {@link shopperIdentity}, once per request. */
    private identityOf(req: Request, injector: Injector): Promise<ShopperIdentity | undefined> {
        let identity = this.identities.get(req);
        if (!identity) {
            identity = this.shopperIdentity(req, injector);
            this.identities.set(req, identity);
        }
        return identity;
    }

    private listener(
        requestContext: GraphQLRequestContext<{ req: Request }>,
    ): GraphQLRequestListener<{ req: Request }> | undefined {
        const req = requestContext.contextValue.req;
        const injector = this.injector;
        if (!injector || !this.options.enabled || !req?.originalUrl?.startsWith(this.shopPath)) return;
        const state: RequestState = { status: 'BYPASS' };
        const cache = injector.get(CacheService);
        return {
            responseForOperation: async rc => {
                const rootFields =
                    rc.document && rc.operation ? rootFieldsOf(rc.document, rc.operation) : undefined;
                if (!isCacheable(rootFields, this.allowed)) return null;
                const identity = await this.identityOf(req, injector);
                if (!identity) return null;
                const key = answerKey(
                    rc.source,
                    rc.operationName ?? null,
                    rc.request.variables ?? null,
                    identity.parts,
                );
                const cached = await cache.get<CachedAnswer>(key).catch(() => undefined);
                state.pricingKey = identity.key;
                if (cached) {
                    state.status = 'HIT';
                    state.json = cached.json;
                    state.tags = new Set(cached.tags ?? []);
                    return {
                        http: rc.response.http,
                        body: {
                            kind: 'single',
                            singleResult: { data: JSON.parse(cached.json) as Record<string, unknown> },
                        },
                    };
                }
                state.status = 'MISS';
                state.key = key;
                state.rootFields = rootFields;
                state.tags = new Set([ALL_TAG, ...identity.tags]);
                if (rootFields?.some(field => LIST_FIELDS.has(field))) state.tags.add(LISTS_TAG);
                return null;
            },
            executionDidStart: () => {
                if (state.status !== 'MISS') return Promise.resolve();
                const tags = state.tags!;
                const seen = new WeakSet<object>();
                return Promise.resolve({
                    willResolveField: ({ source, info }) => {
                        const object: unknown = source;
                        if (!object || typeof object !== 'object' || seen.has(object)) return;
                        seen.add(object);
                        const type = info.parentType.name;
                        const entity = object as {
                            id?: unknown;
                            productId?: unknown;
                            productVariantId?: unknown;
                        };
                        if (TAGGED_TYPES.has(type) && entity.id != null) {
                            tags.add(entityTag(type, entity.id as string));
                        } else if (type === 'SearchResult') {
                            if (entity.productId != null)
                                tags.add(entityTag('Product', entity.productId as string));
                            if (entity.productVariantId != null) {
                                tags.add(entityTag('ProductVariant', entity.productVariantId as string));
                            }
                        }
                    },
                });
            },
            willSendResponse: async rc => {
                const headers = rc.response.http.headers;
                headers.set(CACHE_STATUS_HEADER, state.status);
                if (state.pricingKey !== undefined) headers.set(PRICING_KEY_HEADER, state.pricingKey);
                if (state.status === 'HIT' && state.tags?.size) {
                    headers.set(SURROGATE_KEY_HEADER, surrogateKeys(state.tags));
                }
                if (state.status === 'HIT' && rc.response.body.kind === 'single') {
                    // Stored after every earlier plugin's willSendResponse (Vendure's id codec and asset
                    // URLs): those ran again on the hit, so the stored answer replaces what they made.
                    rc.response.body.singleResult.data = JSON.parse(state.json!) as Record<string, unknown>;
                    return;
                }
                if (state.status !== 'MISS' || rc.response.body.kind !== 'single') return;
                const { data, errors } = rc.response.body.singleResult;
                if (errors?.length || !data) return;
                const json = JSON.stringify(data);
                if (json.length > this.options.maxEntryBytes) return;
                const tags = state.tags!;
                // "Not found" answers turn into something when the catalogue grows.
                if (state.rootFields?.some(field => data[field] === null)) tags.add(LISTS_TAG);
                headers.set(SURROGATE_KEY_HEADER, surrogateKeys(tags));
                await cache
                    .set(key(state), { json, tags: [...tags] } satisfies CachedAnswer, {
                        ttl:
                            Math.min(
                                this.options.ttlSeconds,
                                tags.has(LISTS_TAG)
                                    ? (this.options.listTtlSeconds ?? this.options.ttlSeconds)
                                    : this.options.ttlSeconds,
                            ) * 1000,
                        tags: [...tags],
                    })
                    .catch((e: unknown) =>
                        Logger.warn(`Could not store a Shop API answer: ${String(e)}`, loggerCtx),
                    );
            },
        };
    }

    /**
     * Channel, language, currency and pricing variant of the request, as Vendure's AuthGuard would
     * see them; `undefined` for requests authenticated by an API key, which are never cached.
     */
    private async shopperIdentity(req: Request, injector: Injector): Promise<ShopperIdentity | undefined> {
        const config = injector.get(ConfigService);
        const token = extractSessionToken(
            req,
            config.authOptions.tokenMethod,
            config.authOptions.apiKeyHeaderKey,
        );
        if (token?.method === 'api-key') return undefined;
        const session = token?.token
            ? await injector.get(SessionService).getSessionFromToken(token.token)
            : undefined;
        const base = await injector
            .get(RequestContextService)
            .fromRequest(req, undefined, undefined, session);
        const ctx = new RequestContext({
            req,
            apiType: 'shop',
            channel: base.channel,
            languageCode: base.languageCode,
            currencyCode: base.currencyCode,
            session,
            isAuthorized: true,
            authorizedAsOwnerOnly: false,
        });
        const pricing = this.options.pricingVariant
            ? await this.options.pricingVariant(ctx, injector)
            : { key: '', tags: [] };
        return {
            parts: [ctx.channel.id, ctx.languageCode, ctx.currencyCode, pricing.key],
            tags: pricing.tags ?? [],
            key: pricing.key,
        };
    }
}

function key(state: RequestState): string {
    return state.key!;
}

/**
 * The cache key of an answer: SHA-256 of the query text, the executed operation's name (`null` for
 * an anonymous one), the variables as sent and the shopper's identity parts. The Apollo plugin and
 * the fast path compute it alike, so each finds what the other stored.
 */
function answerKey(
    source: string,
    operationName: string | null,
    variables: unknown,
    parts: unknown[],
): string {
    return `${CACHE_PREFIX}:${createHash('sha256')
        .update(JSON.stringify([source, operationName, variables ?? null, parts]))
        .digest('base64url')}`;
}

/** Largest body the fast path reads itself: Express's JSON parser's default limit. */
const FAST_PATH_MAX_BYTES = 100 * 1024;

/**
 * Whether a request's body is JSON the fast path may read itself: `application/json`, no
 * `Content-Encoding` (or `identity`), a `Content-Length` within {@link FAST_PATH_MAX_BYTES}. Other
 * bodies are left to the app's own parsers, so their answers stay exactly what they were.
 */
function isSmallPlainJson(req: Request): boolean {
    const type = req.headers['content-type'] ?? '';
    const encoding = req.headers['content-encoding'];
    const length = Number(req.headers['content-length']);
    return (
        /^application\/json\s*(;|$)/i.test(type) &&
        (encoding === undefined || encoding === 'identity') &&
        Number.isInteger(length) &&
        length > 0 &&
        length <= FAST_PATH_MAX_BYTES
    );
}

/** What the fast path knows of a query text: its executed operation's name and root fields. */
interface ParsedOperation {
    operationName: string | null;
    rootFields: string[] | undefined;
}

/** Query texts the fast path keeps parsed (a storefront sends a few dozen distinct ones). */
const PARSED_OPERATIONS_MAX = 1000;
