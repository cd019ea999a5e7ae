/**
 * A tiny server-side client for the Vendure Shop API: plain `fetch` + typed documents.
 *
 * - Channel: sent as the `vendure-token` header.
 * - Session: Vendure's bearer token lives in an httpOnly cookie per channel
 *   (`radiant_session_fr`, `radiant_session_ci`); it is sent as `Authorization: Bearer …` and
 *   refreshed from the `vendure-auth-token` response header. It never reaches browser JS.
 * - Failures (network, timeout, HTTP status, GraphQL errors) become a {@link ShopApiError}, which
 *   the middleware turns into the "shop unavailable" page (HTTP 503).
 */
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
}

type VariablesArg<V> = V extends Record<string, never> ? [variables?: V] : [variables: V];

export interface ShopClient {
    readonly channel: ChannelToken;
    readonly languageCode: LanguageCode;
    /** Runs a query or mutation; throws {@link ShopApiError} on any failure. */
    request<TResult, TVariables>(
        document: TypedDocumentNode<TResult, TVariables>,
        ...variables: VariablesArg<TVariables>
    ): Promise<TResult>;
    /** True if the visitor already has a Vendure session on this channel. */
    hasSession(): boolean;
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
    errors?: { message: string; extensions?: { code?: string } }[];
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

    return {
        channel,
        languageCode,
        hasSession: () => readToken() !== undefined,
        async request(document, ...[variables]) {
            const headers: Record<string, string> = {
                'content-type': 'application/json',
                accept: 'application/json',
                'vendure-token': channel,
            };
            const token = readToken();
            if (token) headers.authorization = `Bearer ${token}`;

            let response: Response;
            try {
                response = await fetch(endpoint, {
                    method: 'POST',
                    headers,
                    body: JSON.stringify({ query: printDocument(document), variables: variables ?? {} }),
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
                throw new ShopApiError(
                    body.errors.map(e => e.message).join('; '),
                    'graphql',
                    response.status,
                    codes,
                );
            }
            if (!response.ok || body.data == null) {
                throw new ShopApiError(`Shop API answered HTTP ${response.status}`, 'http', response.status);
            }
            return body.data as never;
        },
    };
}
