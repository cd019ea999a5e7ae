/**
 * The storefront's page cache: catalogue pages (home, collections, products, search) rendered once
 * per channel, language, theme and pricing variant and served from memory (or Redis) to every
 * shopper of that variant, purged by the surrogate keys of the Shop API answers they were rendered
 * from. See storefront/README.md, "Page cache", and docs/deployment.md.
 *
 * - Key: build id (a deploy with other templates never serves the old pages), channel, language,
 *   theme, pricing key, scheme, path and query.
 * - Stored only when the page is the same for every shopper of the variant: a GET answered 200 in
 *   HTML, rendered in shared mode (no cart count, no cart drawer, no flash: the header's personal
 *   bits come from the cart cookie in the browser), whose every Shop API answer was a cached catalogue
 *   answer (it carried `Surrogate-Key`; a private or uncached answer keeps the page out), of one
 *   pricing key, and that set no cookie but the shopper cookies (see shopper-cookies.ts).
 * - Purged by `PURGE /_radiant/purge` with `xkey-purge: <keys>` and the purge token (sent by the
 *   catalogue cache plugin), or by a message on the Redis channel `<REDIS_PREFIX>:page-purge`.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import { Redis } from 'ioredis';
import { forgetNav } from '../navigation';
import type { AnswerMeta } from '../vendure';
import { MemoryPageStore, RedisPageStore, type PageEntry, type PageStore } from './store';

declare const __RADIANT_BUILD_ID__: string;

/** The page cache's settings, from the storefront's environment. */
export interface PageCacheConfig {
    /** `PAGE_CACHE=off` or `CATALOGUE_CACHE=off` turn it off (every page rendered). */
    enabled: boolean;
    /** `PAGE_CACHE_TTL_SECONDS` (default 300): longest life of a page; purges remove it earlier. */
    ttlSeconds: number;
    /** `PAGE_CACHE_MAX_MB` (default 64): gzipped bytes held in memory (in-process store). */
    maxBytes: number;
    /** `PAGE_CACHE_PURGE_TOKEN`: the bearer token purges must carry (a demo value outside production). */
    purgeToken?: string;
    /** `STOREFRONT_COOKIE_SECRET`: HMAC key of the pricing cookie (random per process when unset). */
    secret: string;
    /** Identifies the build: the storefront's build id (set at build time). */
    buildId: string;
    /** `REDIS_URL`: share the pages between storefront processes (and receive purges by pub/sub). */
    redisUrl?: string;
    /** `REDIS_PREFIX` (default `radiant`). */
    redisPrefix: string;
}

/** Demo purge token outside production; the server's default `PAGE_CACHE_PURGE_TOKEN` is the same. */
export const DEMO_PURGE_TOKEN = 'radiant-dev-page-purge-token';

/** Reads {@link PageCacheConfig} from `env`. */
export function pageCacheConfig(env: Record<string, string | undefined> = process.env): PageCacheConfig {
    const number = (raw: string | undefined, fallback: number, max: number) => {
        const value = Number(raw);
        return raw && Number.isInteger(value) && value >= 1 && value <= max ? value : fallback;
    };
    const production = env.NODE_ENV === 'production';
    return {
        enabled: env.PAGE_CACHE !== 'off' && env.CATALOGUE_CACHE !== 'off',
        ttlSeconds: number(env.PAGE_CACHE_TTL_SECONDS, 300, 86_400),
        maxBytes: number(env.PAGE_CACHE_MAX_MB, 64, 4096) * 1024 * 1024,
        purgeToken: env.PAGE_CACHE_PURGE_TOKEN || (production ? undefined : DEMO_PURGE_TOKEN),
        secret: env.STOREFRONT_COOKIE_SECRET || randomBytes(32).toString('base64url'),
        buildId: typeof __RADIANT_BUILD_ID__ === 'string' ? __RADIANT_BUILD_ID__ : 'dev',
        redisUrl: env.REDIS_URL || undefined,
        redisPrefix: env.REDIS_PREFIX || 'radiant',
    };
}

/** Unprefixed paths of the pages that may be cached. */
export const CACHEABLE_PAGE_PATH = /^\/(?:$|collections\/[^/]+$|products\/[^/]+$|search$)/;

/** What the key of a page varies on, besides its URL. */
export interface PageVariant {
    channel: string;
    lang: string;
    /** `light`, `dark` or `''` (the system's). */
    theme: string;
    /** The pricing variant key (`''`: regular prices). */
    pricing: string;
    secure: boolean;
}

/** The cache key of a page (SHA-1 of the build id, the variant and `pathAndQuery`, base64url). */
export function pageKey(buildId: string, variant: PageVariant, pathAndQuery: string): string {
    return createHash('sha1')
        .update(
            [
                buildId,
                variant.channel,
                variant.lang,
                variant.theme,
                variant.pricing,
                variant.secure ? 's' : '',
                pathAndQuery,
            ].join('\n'),
        )
        .digest('base64url');
}

/**
 * The Shop API answers of one render: the union of their surrogate keys, their pricing keys, and
 * whether any answer was not a cached catalogue answer (which keeps the page out of the cache).
 */
export class AnswerLog {
    readonly keys = new Set<string>();
    readonly pricing = new Set<string>();
    uncached = 0;
    answers = 0;

    /** Records one answer (the Shop API client calls it). */
    record(meta: AnswerMeta): void {
        this.answers++;
        if (meta.pricingKey !== null) this.pricing.add(meta.pricingKey);
        if (!meta.surrogateKeys) {
            this.uncached++;
            return;
        }
        for (const key of meta.surrogateKeys.split(' ')) if (key) this.keys.add(key);
    }

    /** The single pricing key of the answers, or `undefined` when none or several were seen. */
    pricingKey(): string | undefined {
        return this.pricing.size === 1 ? [...this.pricing][0] : undefined;
    }

    /** Whether a page rendered from these answers may be stored. */
    storable(): boolean {
        return (
            this.answers > 0 && this.uncached === 0 && this.pricingKey() !== undefined && this.keys.size > 0
        );
    }
}

/** The page cache of this process: its settings and store; built once. */
export interface PageCache {
    config: PageCacheConfig;
    store: PageStore;
    /** Purges entries by surrogate keys (and the menus held in memory). */
    purge(keys: readonly string[]): Promise<number>;
}

let instance: PageCache | undefined;

/** This process's page cache (created on first use; the Redis subscriber starts then). */
export function pageCache(): PageCache {
    if (instance) return instance;
    const config = pageCacheConfig();
    let store: PageStore;
    if (config.redisUrl) {
        const redis = new Redis(config.redisUrl, { maxRetriesPerRequest: 1 });
        redis.on('error', (e: unknown) => console.error(`[storefront] page cache Redis: ${String(e)}`));
        store = new RedisPageStore(redis, config.redisPrefix);
        const subscriber = new Redis(config.redisUrl);
        subscriber.on('error', (e: unknown) => console.error(`[storefront] page purge Redis: ${String(e)}`));
        void subscriber.subscribe(`${config.redisPrefix}:page-purge`);
        subscriber.on('message', (_channel: string, message: string) => {
            void instance?.purge(message.split(' ').filter(Boolean));
        });
    } else {
        store = new MemoryPageStore(config.maxBytes);
    }
    const cache: PageCache = {
        config,
        store,
        async purge(keys) {
            forgetNav(keys);
            if (keys.includes('all')) {
                await store.clear();
                return -1;
            }
            return store.purge(keys);
        },
    };
    instance = cache;
    return cache;
}

/** The purge route: `PURGE /_radiant/purge` with `xkey-purge` and `Authorization: Bearer <token>`. */
export const PURGE_PATH = '/_radiant/purge';

/**
 * Answers a purge request: 204 after purging the keys of its `xkey-purge` header; 403 without the
 * right token (or when no token is configured: production without `PAGE_CACHE_PURGE_TOKEN`), 400
 * without keys.
 */
export async function handlePurge(request: Request, cache: PageCache): Promise<Response> {
    const token = cache.config.purgeToken;
    const given = /^Bearer (.+)$/.exec(request.headers.get('authorization') ?? '')?.[1] ?? '';
    const ok =
        token !== undefined &&
        given.length === token.length &&
        timingSafeEqual(Buffer.from(given), Buffer.from(token));
    if (!ok) return new Response('Forbidden', { status: 403, headers: { 'cache-control': 'no-store' } });
    const keys = (request.headers.get('xkey-purge') ?? '').split(/\s+/).filter(Boolean);
    if (!keys.length)
        return new Response('No keys', { status: 400, headers: { 'cache-control': 'no-store' } });
    const removed = await cache.purge(keys).catch((e: unknown) => {
        console.error(`[storefront] page purge failed: ${String(e)}`);
        return 0;
    });
    return new Response(null, {
        status: 204,
        headers: { 'cache-control': 'no-store', 'x-radiant-purged': String(removed) },
    });
}

/** Headers of a rendered page not stored with it (set again per response, or per shopper). */
const UNSTORED_HEADERS = new Set([
    'set-cookie',
    'content-length',
    'content-encoding',
    'cache-control',
    'vary',
    'date',
    'connection',
    'transfer-encoding',
    'x-radiant-page-cache',
    'surrogate-key',
]);

/** The headers of `response` worth storing with the page. */
export function storableHeaders(response: Response): [string, string][] {
    const headers: [string, string][] = [];
    response.headers.forEach((value, name) => {
        if (!UNSTORED_HEADERS.has(name)) headers.push([name, value]);
    });
    return headers;
}

/**
 * A stored page as a response: gzipped as stored when the browser accepts gzip, else unzipped.
 * The caller adds `Cache-Control`, `Vary`, `Surrogate-Key` and the hardening headers.
 */
export function responseOf(entry: PageEntry, request: Request, method: string): Response {
    const headers = new Headers(entry.headers);
    const gzip = /\bgzip\b/i.test(request.headers.get('accept-encoding') ?? '');
    const body = gzip ? entry.gzip : gunzipSync(entry.gzip);
    if (gzip) headers.set('content-encoding', 'gzip');
    headers.set('content-length', String(body.byteLength));
    headers.set('x-radiant-page-cache', 'HIT');
    return new Response(method === 'HEAD' ? null : (body as Uint8Array<ArrayBuffer>), {
        status: entry.status,
        headers,
    });
}

/** `Cache-Control` of a shared page (regular prices) for a CDN or reverse proxy in front. */
export function sharedCacheControl(ttlSeconds: number): string {
    return `public, max-age=0, s-maxage=${ttlSeconds}, stale-while-revalidate=30`;
}

/**
 * Copies `body` to the browser and, once it has all been sent, hands its gzipped bytes to `done`
 * (nothing when the stream fails or is cancelled: the page is then not stored).
 */
export function teeForStore(
    body: ReadableStream<Uint8Array>,
    done: (gzip: Uint8Array) => void,
): ReadableStream<Uint8Array> {
    const [toBrowser, toStore] = body.tee();
    void (async () => {
        try {
            const gzipped = toStore.pipeThrough(
                new CompressionStream('gzip') as unknown as ReadableWritablePair<Uint8Array, Uint8Array>,
            );
            const chunks: Uint8Array[] = [];
            for await (const chunk of gzipped) chunks.push(chunk);
            done(Buffer.concat(chunks));
        } catch {
            // the render failed or the browser went away: nothing stored
        }
    })();
    return toBrowser;
}
