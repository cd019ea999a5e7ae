/**
 * A tiny server-side client for the Vendure Shop API: plain `fetch` + typed documents.
 *
 * - Channel: sent as the `vendure-token` header.
 * - Session: Vendure's bearer token lives in an httpOnly cookie per channel
 *   (`radiant_session_fr`, `radiant_session_ci`); it is sent as `Authorization: Bearer …` and
 *   refreshed from the `vendure-auth-token` response header. It never reaches browser JS.
 * - Shopper's address: sent as `X-Forwarded-For` ({@link shopperAddress}), so the API's rate limits
 *   count per shopper; the API believes it only from its `TRUSTED_PROXIES` (the storefront's address).
 * - Failures (network, timeout, HTTP status, GraphQL errors) become a {@link ShopApiError}, which
 *   the middleware turns into the "shop unavailable" page (HTTP 503), or HTTP 429 with
 *   `Retry-After` for the API's `TOO_MANY_REQUESTS`.
 */
import { isIP } from 'node:net';
import type { AstroCookies } from 'astro';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type DocumentNode } from 'graphql';
import { sessionCookieName, type ChannelToken, type LanguageCode } from './channels';

const DEFAULT_SHOP_API_URL = 'http://localhost:3000/shop-api';
const DEFAULT_TIMEOUT_MS = 8_000;

/** `VENDURE_SHOP_API_TIMEOUT_MS` (100 ms to 60 s), else 8 s: a slow API never holds a page longer. */
export function shopApiTimeoutMs(): number {
    const configured = Number(process.env.VENDURE_SHOP_API_TIMEOUT_MS);
    return Number.isFinite(configured) && configured >= 100 && configured <= 60_000
        ? configured
        : DEFAULT_TIMEOUT_MS;
}
/** Vendure's default session duration is one year. */
const SESSION_MAX_AGE_S = 60 * 60 * 24 * 365;
/** A bearer token as Vendure issues it; anything else in the cookie is ignored. */
const TOKEN_PATTERN = /^[A-Za-z0-9._~+/=-]{1,512}$/;

export type ShopApiErrorKind = 'network' | 'timeout' | 'http' | 'graphql';

/** The Shop API could not answer the request (or answered with GraphQL errors). */
export class ShopApiError extends Error {
    override readonly name = 'ShopApiError';

    constructor(
        message: string,
        readonly kind: ShopApiErrorKind,
        /** HTTP status of the Shop API response, if there was one. */
        readonly status?: number,
        /** `extensions.code` of each GraphQL error, e.g. `FORBIDDEN`. */
        readonly codes: string[] = [],
        options?: { cause?: unknown },
    ) {
        super(message, options);
    }

    /** True if one of the GraphQL errors has this `extensions.code`. */
    hasCode(code: string): boolean {
        return this.codes.includes(code);
    }

    /** For `TOO_MANY_REQUESTS` (the API's rate limits): seconds before trying again, else undefined. */
    retryAfter?: number;
}

/**
 * `STOREFRONT_TRUSTED_PROXY_HOPS` (0 to 10, default 0): how many reverse proxies in front of the
 * storefront append the address they saw to `X-Forwarded-For`.
 */
export function trustedProxyHops(): number {
    const configured = Number(process.env.STOREFRONT_TRUSTED_PROXY_HOPS ?? 0);
    return Number.isInteger(configured) && configured >= 0 && configured <= 10 ? configured : 0;
}

/**
 * The shopper's IP address, to forward to the Shop API; `undefined` when it cannot be known.
 *
 * Astro's `clientAddress` is the first `X-Forwarded-For` entry when the request has one (anyone can
 * write it), else the TCP peer. So:
 * - no `X-Forwarded-For` in the request: the peer's address (`clientAddress`);
 * - `hops` = 0 (no proxy in front) and a header: `undefined`, the header is the client's own claim
 *   (the API then counts such requests against the storefront's address, all together);
 * - `hops` = N: the N-th address from the right of the header, the one the outermost of our proxies
 *   saw (`undefined` if the header is shorter or the entry is not an IP address).
 *
 * @param forwardedFor the request's `X-Forwarded-For` header, if any
 * @param clientAddress Astro's `clientAddress`
 */
export function shopperAddress(
    forwardedFor: string | null,
    clientAddress: string | undefined,
    hops: number,
): string | undefined {
    if (forwardedFor === null) return clientAddress && isIP(clientAddress) ? clientAddress : undefined;
    if (hops === 0) return undefined;
    const entries = forwardedFor.split(',').map(entry => entry.trim());
    const address = entries.length >= hops ? entries[entries.length - hops] : undefined;
    return address && isIP(address) ? address : undefined;
}

export function shopApiUrl(): string {
    return process.env.VENDURE_SHOP_API_URL || DEFAULT_SHOP_API_URL;
}

export interface ShopClientOptions {
    cookies: AstroCookies;
    channel: ChannelToken;
    /** Set the session cookie with `Secure` (the storefront is served over https). */
    secure: boolean;
    languageCode?: LanguageCode;
    apiUrl?: string;
    timeoutMs?: number;
    /** The shopper's IP address ({@link shopperAddress}), sent as `X-Forwarded-For`. */
    shopperAddress?: string;
    /** Called with the cache headers of every Shop API answer (the page cache collects them). */
    onAnswer?: (meta: AnswerMeta) => void;
}

/**
 * What a Shop API answer says about its cacheability (plugins/catalogue-cache): its surrogate keys
 * (`Surrogate-Key`, present only when the answer is a cached or stored catalogue answer) and the
 * shopper's pricing variant key (`x-radiant-pricing`, `''` for regular prices).
 */
export interface AnswerMeta {
    surrogateKeys: string | null;
    pricingKey: string | null;
}

type VariablesArg<V> = V extends Record<string, never> ? [variables?: V] : [variables: V];

export interface ShopClient {
    readonly channel: ChannelToken;
    readonly languageCode: LanguageCode;
    /** The shopper's IP address this client forwards, if known. */
    readonly shopperAddress?: string;
    /** Runs a query or mutation; throws {@link ShopApiError} on any failure. */
    request<TResult, TVariables>(
        document: TypedDocumentNode<TResult, TVariables>,
        ...variables: VariablesArg<TVariables>
    ): Promise<TResult>;
    /**
     * Runs a mutation with files, as a GraphQL multipart request
     * (https://github.com/jaydenseric/graphql-multipart-request-spec): `files[i]` goes to the
     * variable path `uploadPath.i` (e.g. `input.attachments`, which is set to a list of nulls in
     * the `operations` part); same errors as {@link request}.
     */
    upload<TResult, TVariables>(
        document: TypedDocumentNode<TResult, TVariables>,
        variables: TVariables,
        uploadPath: string,
        files: readonly File[],
    ): Promise<TResult>;
    /** Like {@link ShopClient.request}, also answering the answer's {@link AnswerMeta}. */
    requestWithMeta<TResult, TVariables>(
        document: TypedDocumentNode<TResult, TVariables>,
        ...variables: VariablesArg<TVariables>
    ): Promise<{ data: TResult; meta: AnswerMeta }>;
    /** Reports an answer reused from elsewhere (e.g. the menu kept in memory) as used by this request. */
    report(meta: AnswerMeta): void;
    /** True if the visitor already has a Vendure session on this channel. */
    hasSession(): boolean;
    /** The visitor's session token on this channel, if any (never sent to the browser). */
    sessionToken(): string | undefined;
}

const printed = new WeakMap<DocumentNode, string>();
function printDocument(document: DocumentNode): string {
    let text = printed.get(document);
    if (text === undefined) {
        text = print(document);
        printed.set(document, text);
    }
    return text;
}

interface GraphQLResponse<T> {
    data?: T | null;
    errors?: { message: string; extensions?: { code?: string; retryAfter?: number } }[];
}

export function createShopClient(options: ShopClientOptions): ShopClient {
    const { cookies, channel, secure } = options;
    const languageCode = options.languageCode ?? 'fr';
    const cookieName = sessionCookieName(channel);
    const endpoint = new URL(options.apiUrl ?? shopApiUrl());
    endpoint.searchParams.set('languageCode', languageCode);
    const timeoutMs = options.timeoutMs ?? shopApiTimeoutMs();

    const readToken = (): string | undefined => {
        const token = cookies.get(cookieName)?.value;
        return token && TOKEN_PATTERN.test(token) ? token : undefined;
    };

    const report = (meta: AnswerMeta) => options.onAnswer?.(meta);
    const client: ShopClient = {
        channel,
        languageCode,
        shopperAddress: options.shopperAddress,
        hasSession: () => readToken() !== undefined,
        sessionToken: readToken,
        report,
        async request(document, ...variables) {
            return (await client.requestWithMeta(document, ...variables)).data;
        },
        requestWithMeta(document, ...[variables]) {
            return send(JSON.stringify({ query: printDocument(document), variables: variables ?? {} }), {
                'content-type': 'application/json',
            });
        },
        async upload(document, variables, uploadPath, files) {
            const body = new FormData();
            const withNulls = structuredClone(variables ?? {}) as Record<string, unknown>;
            const keys = uploadPath.split('.');
            let target = withNulls;
            for (const key of keys.slice(0, -1)) target = (target[key] ??= {}) as Record<string, unknown>;
            target[keys[keys.length - 1]!] = files.map(() => null);
            body.append(
                'operations',
                JSON.stringify({ query: printDocument(document), variables: withNulls }),
            );
            body.append(
                'map',
                JSON.stringify(
                    Object.fromEntries(files.map((_, i) => [String(i), [`variables.${uploadPath}.${i}`]])),
                ),
            );
            files.forEach((file, i) => body.append(String(i), file, file.name));
            // A multipart body is a "simple" request for CSRF purposes: the server's CSRF
            // prevention (Apollo `csrfPrevention`) asks for this header to accept it.
            return (await send<never>(body, { 'apollo-require-preflight': 'true' })).data;
        },
    };
    return client;

    /**
     * POSTs one request body (JSON or multipart) with the session, channel and shopper headers; the
     * data and the answer's cache headers ({@link AnswerMeta}, also reported to `onAnswer`).
     */
    async function send<TResult>(
        payload: string | FormData,
        contentHeaders: Record<string, string>,
    ): Promise<{ data: TResult; meta: AnswerMeta }> {
        const headers: Record<string, string> = {
            ...contentHeaders,
            accept: 'application/json',
            'vendure-token': channel,
        };
        const token = readToken();
        if (token) headers.authorization = `Bearer ${token}`;
        if (options.shopperAddress) headers['x-forwarded-for'] = options.shopperAddress;

        let response: Response;
        try {
            response = await fetch(endpoint, {
                method: 'POST',
                headers,
                body: payload,
                signal: AbortSignal.timeout(timeoutMs),
            });
        } catch (error) {
            const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
            throw new ShopApiError(
                timedOut ? `Shop API timed out after ${timeoutMs} ms` : 'Shop API unreachable',
                timedOut ? 'timeout' : 'network',
                undefined,
                [],
                { cause: error },
            );
        }

        const newToken = response.headers.get('vendure-auth-token');
        if (newToken && newToken !== token && TOKEN_PATTERN.test(newToken)) {
            try {
                cookies.set(cookieName, newToken, {
                    httpOnly: true,
                    sameSite: 'lax',
                    secure,
                    path: '/',
                    maxAge: SESSION_MAX_AGE_S,
                });
            } catch {
                // The response has already been sent; the next request will get a new session.
            }
        }

        let body: GraphQLResponse<unknown>;
        try {
            body = (await response.json()) as GraphQLResponse<unknown>;
        } catch (error) {
            throw new ShopApiError(
                `Shop API answered HTTP ${response.status} without JSON`,
                'http',
                response.status,
                [],
                {
                    cause: error,
                },
            );
        }
        if (body.errors?.length) {
            const codes = body.errors
                .map(e => e.extensions?.code)
                .filter((c): c is string => typeof c === 'string');
            const error = new ShopApiError(
                body.errors.map(e => e.message).join('; '),
                'graphql',
                response.status,
                codes,
            );
            const retryAfter = body.errors.find(e => e.extensions?.code === 'TOO_MANY_REQUESTS')?.extensions
                ?.retryAfter;
            if (typeof retryAfter === 'number') error.retryAfter = retryAfter;
            throw error;
        }
        if (!response.ok || body.data == null) {
            throw new ShopApiError(`Shop API answered HTTP ${response.status}`, 'http', response.status);
        }
        const meta: AnswerMeta = {
            surrogateKeys: response.headers.get('surrogate-key'),
            pricingKey: response.headers.get('x-radiant-pricing'),
        };
        report(meta);
        return { data: body.data as never, meta };
    }
}
