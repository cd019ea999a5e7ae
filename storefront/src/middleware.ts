/**
 * Per request: the language (`/en/…` prefix, French without prefix: the prefix is removed and the
 * unprefixed page rendered with `locals.lang = 'en'`), the channel (cookie `radiant_channel`), a
 * Shop API client bound to the channel's session cookie and language, the header's cart count and
 * the flash message. A {@link ShopApiError} thrown by
 * a page or endpoint becomes the "shop unavailable" page (HTTP 503) instead of a stack trace.
 */
import { defineMiddleware } from 'astro:middleware';
import type { AstroCookies } from 'astro';
import { readChannel, type ChannelToken } from './lib/channels';
import { CartCountQuery, NavCollectionsQuery } from './lib/documents';
import { FLASH_COOKIE, takeFlash } from './lib/flash';
import {
    AnswerLog,
    CACHEABLE_PAGE_PATH,
    handlePurge,
    pageCache,
    pageKey,
    PURGE_PATH,
    responseOf,
    sharedCacheControl,
    storableHeaders,
    teeForStore,
    type PageCache,
    type PageVariant,
} from './lib/page-cache/page-cache';
import {
    cartCookieName,
    pricingCookieName,
    readCartCount,
    readPricing,
    signPricing,
} from './lib/page-cache/shopper-cookies';
import { readTheme } from './lib/theme';
import { isSameOriginPost, isSecureRequest, refererPath, safeReturnPath } from './lib/http';
import {
    createShopClient,
    ShopApiError,
    shopperAddress,
    trustedProxyHops,
    type ShopClient,
} from './lib/vendure';
import { splitLocale } from './lib/i18n';
import { PublicUrlMissingError, siteOrigin } from './lib/seo';

const UNAVAILABLE_PATH = '/indisponible';
/** Read at run time (not replaced at build time): `NODE_ENV` of the storefront process. */
const runtimeEnv: Record<string, string | undefined> = process.env;
/**
 * `Strict-Transport-Security` in production over https: browsers use https only, for two years,
 * on this host and its subdomains (https://developer.mozilla.org/docs/Web/HTTP/Headers/Strict-Transport-Security).
 */
export const HSTS = 'max-age=63072000; includeSubDomains';

export const onRequest = defineMiddleware(async (context, next) => {
    const { locals, cookies, url, request } = context;
    // Astro runs the middleware again for the same request when it renders the 404/500 page or a
    // rewrite (the "unavailable" page): the language is then already known, and the page to
    // render is the one Astro chose.
    const reentry = locals.lang !== undefined;
    const pages = pageCache();
    if (!reentry && request.method === 'PURGE' && url.pathname === PURGE_PATH) {
        return handlePurge(request, pages);
    }
    const split = splitLocale(url.pathname);
    if (!reentry && split.prefixed && split.lang === 'fr') {
        // French is the unprefixed default: one URL per page.
        // safeReturnPath: `/fr//evil.example` must not become `Location: //evil.example`.
        return new Response(null, {
            status: 301,
            headers: { location: safeReturnPath(split.path + url.search, '/') },
        });
    }
    // English pages are the same page files, rendered for the unprefixed path.
    const rewriteTo = !reentry && split.prefixed ? split.path + url.search : undefined;
    const lang = reentry ? locals.lang : split.lang;
    const path = split.path;
    if (!reentry) {
        locals.lang = lang;
        locals.path = path;
    }
    // HSTS only in production over https (a development server on http://localhost must not pin https).
    const hsts = runtimeEnv.NODE_ENV === 'production' && isSecureRequest(url, request);
    const channel = readChannel(cookies);
    try {
        locals.origin = siteOrigin(request);
    } catch (error) {
        if (!(error instanceof PublicUrlMissingError)) throw error;
        // Production without PUBLIC_STOREFRONT_URL: no page may be built from request headers.
        console.error(`[storefront] ${error.message}`);
        return new Response('Storefront misconfigured: PUBLIC_STOREFRONT_URL is required in production', {
            status: 500,
            headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
        });
    }
    locals.channel = channel;
    // The Shop API answers of the render, once the page cache starts listening (see below).
    let answers: AnswerLog | undefined;
    locals.shop = createShopClient({
        onAnswer: meta => answers?.record(meta),
        cookies,
        channel,
        secure: isSecureRequest(url, request),
        languageCode: lang,
        shopperAddress: shopperAddress(
            request.headers.get('x-forwarded-for'),
            clientAddressOf(context),
            trustedProxyHops(),
        ),
    });
    locals.cartCount = 0;
    locals.flash = null;

    if (path === UNAVAILABLE_PATH) {
        return next(rewriteTo);
    }
    if (request.method === 'POST' && !isSameOriginPost(request)) {
        return new Response('Cross-site form submissions are forbidden', {
            status: 403,
            headers: { 'content-type': 'text/plain; charset=utf-8' },
        });
    }

    const secure = isSecureRequest(url, request);
    const shared =
        !reentry &&
        pages.config.enabled &&
        (request.method === 'GET' || request.method === 'HEAD') &&
        CACHEABLE_PAGE_PATH.test(path) &&
        !cookies.has(FLASH_COOKIE);
    /** Renders the page (the English one for `/en/…`), and the English 404 page when it is not found. */
    const render = async (): Promise<Response> => {
        const response = await next(rewriteTo);
        if (rewriteTo && response.status === 404 && response.headers.get('x-astro-reroute') !== 'no') {
            // An English page answered "not found" without rendering: Astro's own 404 handling
            // does not follow rewrites, so render the (English) 404 page here.
            return context.rewrite('/404');
        }
        return response;
    };
    try {
        if (shared) {
            // A catalogue page: the same for every shopper of this channel, language, theme and
            // pricing variant; the cart count comes from the cart cookie, in the browser.
            const token = locals.shop.sessionToken();
            const cart = readCartCount(cookies.get(cartCookieName(channel))?.value);
            const pricing = token
                ? readPricing(
                      pages.config.secret,
                      channel,
                      token,
                      cookies.get(pricingCookieName(channel))?.value,
                  )
                : '';
            const variant: PageVariant = {
                channel,
                lang,
                theme: readTheme(cookies) ?? '',
                pricing: '',
                secure,
            };
            const pathAndQuery = path + url.search;
            if (pricing !== undefined && (!token || cart !== undefined)) {
                const entry = await pages.store
                    .get(pageKey(pages.config.buildId, { ...variant, pricing }, pathAndQuery))
                    .catch(() => undefined);
                if (entry) {
                    const hit = responseOf(entry, request, request.method);
                    hit.headers.set('vary', 'Cookie, Accept-Encoding');
                    return withHeaders(
                        hit,
                        entry.shared ? sharedCacheControl(pages.config.ttlSeconds) : 'private, no-cache',
                        hsts,
                        secure,
                        entry.keys,
                    );
                }
            }
            // A miss: render in shared mode, learning the cart and the pricing key on the way.
            const shopperCookies: string[] = [];
            if (token && cart === undefined) {
                const { activeOrder } = await locals.shop.request(CartCountQuery);
                shopperCookies.push(cartCookie(channel, activeOrder?.totalQuantity ?? 0, secure));
            }
            locals.sharedPage = true;
            answers = new AnswerLog();
            const response = await render();
            const learned = answers.pricingKey();
            if (token && learned !== undefined && learned !== pricing) {
                shopperCookies.push(pricingCookie(pages.config.secret, channel, token, learned, secure));
            }
            return compress(
                storeShared(pages, response, {
                    key: pageKey(pages.config.buildId, { ...variant, pricing: learned ?? '' }, pathAndQuery),
                    answers,
                    ownCookies: [...cookies.headers()].length > 0,
                    shopperCookies,
                    hsts,
                    secure,
                }),
                request,
            );
        }
        if (request.method === 'GET' || request.method === 'HEAD') {
            locals.flash = takeFlash(cookies);
            // Only visitors with a session can have a cart: no session is created just for this.
            if (locals.shop.hasSession()) {
                const { activeOrder } = await locals.shop.request(CartCountQuery);
                locals.cartCount = activeOrder?.totalQuantity ?? 0;
            }
        }
        const response = await render();
        if (!reentry && pages.config.enabled) {
            // A GET knows the cart count already (asked above, or by the cart and checkout pages).
            const count = request.method === 'GET' ? locals.cartCount : undefined;
            await refreshShopperCookies(response, locals.shop, cookies, channel, pages, secure, count);
        }
        return compress(
            withHeaders(
                response,
                cacheControl(path, request, [...cookies.headers()].length > 0, locals.flash !== null),
                hsts,
                isSecureRequest(url, request),
            ),
            request,
        );
    } catch (error) {
        if (error instanceof ShopApiError) {
            console.error(`[storefront] ${request.method} ${url.pathname}: ${error.kind}: ${error.message}`);
            locals.shopError = error;
            locals.retryPath =
                request.method === 'GET'
                    ? url.pathname + url.search
                    : safeReturnPath(refererPath(request), '/');
            // A fresh GET request: a POST's body has already been read and cannot be replayed.
            const page = withHeaders(
                await context.rewrite(
                    new Request(new URL(UNAVAILABLE_PATH, url), {
                        method: 'GET',
                        headers: request.headers,
                    }),
                ),
                'no-store',
                hsts,
                isSecureRequest(url, request),
            );
            return compress(
                error.retryAfter === undefined ? page : tooManyRequests(page, error.retryAfter),
                request,
            );
        }
        throw error;
    }
});

/** `Set-Cookie` of the cart-count cookie (readable by the page's script; see shopper-cookies.ts). */
function cartCookie(channel: ChannelToken, count: number, secure: boolean): string {
    return `${cartCookieName(channel)}=${Math.min(Math.max(count, 0), 999)}; Path=/; Max-Age=31536000; SameSite=Lax${secure ? '; Secure' : ''}`;
}

/** `Set-Cookie` of the signed pricing cookie (HttpOnly; see shopper-cookies.ts). */
function pricingCookie(
    secret: string,
    channel: ChannelToken,
    token: string,
    key: string,
    secure: boolean,
): string {
    return `${pricingCookieName(channel)}=${signPricing(secret, channel, token, key)}; Path=/; Max-Age=31536000; HttpOnly; SameSite=Lax${secure ? '; Secure' : ''}`;
}

/** `Set-Cookie` removing a cookie. */
function expiredCookie(name: string): string {
    return `${name}=; Path=/; Max-Age=0; SameSite=Lax`;
}

/**
 * After a page or POST that is not a shared page: keeps the shopper cookies true. With a session,
 * the cart count (`knownCount` of a page, asked after a POST) and, when the pricing cookie is missing or older
 * than {@link PRICING_FRESH_S}, the pricing key (a cached catalogue query answers it); without one
 * (signed out), both removed. Failures leave the cookies as they were.
 */
async function refreshShopperCookies(
    response: Response,
    shop: ShopClient,
    cookies: AstroCookies,
    channel: ChannelToken,
    pages: PageCache,
    secure: boolean,
    knownCount: number | undefined,
): Promise<void> {
    const token = shop.sessionToken();
    const cartName = cartCookieName(channel);
    const priceName = pricingCookieName(channel);
    const setCookies: string[] = [];
    if (!token) {
        if (cookies.has(cartName)) setCookies.push(expiredCookie(cartName));
        if (cookies.has(priceName)) setCookies.push(expiredCookie(priceName));
    } else {
        const needPricing =
            readPricing(pages.config.secret, channel, token, cookies.get(priceName)?.value) === undefined;
        try {
            const [count, pricing] = await Promise.all([
                knownCount !== undefined
                    ? Promise.resolve(knownCount)
                    : shop.request(CartCountQuery).then(d => d.activeOrder?.totalQuantity ?? 0),
                needPricing
                    ? shop.requestWithMeta(NavCollectionsQuery).then(a => a.meta.pricingKey)
                    : Promise.resolve(null),
            ]);
            if (readCartCount(cookies.get(cartName)?.value) !== count) {
                setCookies.push(cartCookie(channel, count, secure));
            }
            if (pricing !== null)
                setCookies.push(pricingCookie(pages.config.secret, channel, token, pricing, secure));
        } catch {
            // the API failed: the page says so already; the cookies stay as they were
        }
    }
    for (const cookie of setCookies) response.headers.append('set-cookie', cookie);
}

/** What {@link storeShared} needs about a shared page's render. */
interface SharedRender {
    key: string;
    answers: AnswerLog;
    /** Whether the render set a cookie of its own (a new session…): the page is then not stored. */
    ownCookies: boolean;
    /** The shopper cookies to set on this response (never stored). */
    shopperCookies: string[];
    hsts: boolean;
    secure: boolean;
}

/**
 * A freshly rendered shared page: stored in the page cache when it may be (see
 * lib/page-cache/page-cache.ts), with the headers a CDN needs (`Cache-Control` with `s-maxage` for
 * regular prices, `Vary`, `Surrogate-Key`), and `x-radiant-page-cache: MISS` (stored) or `BYPASS`.
 */
function storeShared(pages: PageCache, response: Response, render: SharedRender): Response {
    const { answers } = render;
    const html = (response.headers.get('content-type') ?? '').startsWith('text/html');
    const storable =
        response.status === 200 && html && !!response.body && !render.ownCookies && answers.storable();
    const keys = [...answers.keys];
    const pricingKey = answers.pricingKey();
    const shared = pricingKey === '';
    let out = response;
    if (storable) {
        const headers = storableHeaders(response);
        const status = response.status;
        const ttlMs = pages.config.ttlSeconds * 1000;
        out = new Response(
            teeForStore(response.body, gzip => {
                // Parts of the page streamed after its head (related products, the menu) asked the
                // Shop API too: their answers must have been cacheable, and their keys count.
                if (!answers.storable() || answers.pricingKey() !== pricingKey) return;
                const allKeys = [...answers.keys];
                void pages.store
                    .set(
                        render.key,
                        { status, headers, gzip, keys: allKeys, shared, storedAt: Date.now() },
                        ttlMs,
                    )
                    .catch((e: unknown) =>
                        console.error(`[storefront] page cache store failed: ${String(e)}`),
                    );
            }),
            response,
        );
    }
    out.headers.set('x-radiant-page-cache', storable ? 'MISS' : 'BYPASS');
    for (const cookie of render.shopperCookies) out.headers.append('set-cookie', cookie);
    const cacheable = storable && shared && !render.shopperCookies.length;
    return withHeaders(
        out,
        cacheable ? sharedCacheControl(pages.config.ttlSeconds) : 'private, no-cache',
        render.hsts,
        render.secure,
        storable ? keys : undefined,
    );
}

/** Astro's `clientAddress`, or undefined where Astro cannot tell (it throws then). */
function clientAddressOf(context: { clientAddress: string }): string | undefined {
    try {
        return context.clientAddress;
    } catch {
        return undefined;
    }
}

/** The "unavailable" page answered as 429 with `Retry-After` (the API's rate limit refused the request). */
function tooManyRequests(page: Response, retryAfter: number): Response {
    const headers = new Headers(page.headers);
    headers.set('retry-after', String(retryAfter));
    return new Response(page.body, { status: 429, statusText: 'Too Many Requests', headers });
}

/** Freshness of anonymous catalogue pages in shared caches (CDN, proxy): see storefront/README.md. */
export const PUBLIC_CACHE_CONTROL = 'public, max-age=60, stale-while-revalidate=300';
const CATALOGUE_PATH = /^\/(?:$|collections\/[^/]+$|products\/[^/]+$|search$|sitemap\.xml$|robots\.txt$)/;
const PERSONAL_PATH = /^\/(?:cart|checkout|account)(?:\/|$)/;

/**
 * The `Cache-Control` of a page:
 * - cart, checkout and account pages (personal data): `private, no-store`;
 * - catalogue pages (home, collections, products, search, sitemap, robots) for a visitor without
 *   any Radiant cookie (no session, cart, channel or theme choice), when the response sets none
 *   and shows no flash message: the same page for everyone, so shared caches may keep it briefly
 *   ({@link PUBLIC_CACHE_CONTROL}, with `Vary: Cookie`);
 * - anything else: `private, no-cache` (the header shows the visitor's cart and channel).
 */
export function cacheControl(
    path: string,
    request: Request,
    setsCookies: boolean,
    hasFlash: boolean,
): string {
    if (PERSONAL_PATH.test(path)) return 'private, no-store';
    const anonymous = !/(?:^|;\s*)radiant_/.test(request.headers.get('cookie') ?? '');
    if (
        (request.method === 'GET' || request.method === 'HEAD') &&
        CATALOGUE_PATH.test(path) &&
        anonymous &&
        !setsCookies &&
        !hasFlash
    ) {
        return PUBLIC_CACHE_CONTROL;
    }
    return 'private, no-cache';
}

/** Loopback origins of a development shop: its asset server and the CinetPay simulator. */
const LOOPBACK_SOURCES = 'http://localhost:* http://127.0.0.1:*';

/**
 * The page's `Content-Security-Policy` (rendered by Astro from `experimental.csp` in
 * astro.config.mjs, with the hashes of the page's inline scripts and styles) for a page served
 * over plain http: such a shop (development, a local Docker Compose) has its asset server and the
 * CinetPay simulator on loopback http origins, so `img-src` and `form-action` also allow those.
 * Over https the policy is left as it is (an https page cannot show http images anyway).
 *
 * @param policy the header Astro set, e.g. `default-src 'self'; img-src 'self' data: https:; …`
 * @returns the policy with {@link LOOPBACK_SOURCES} appended to `img-src` and `form-action`
 */
export function plainHttpPolicy(policy: string): string {
    return policy.replace(/(^|;\s*)(img-src|form-action)([^;]*)/g, `$1$2$3 ${LOOPBACK_SOURCES}`);
}

/**
 * Sets the page's `Cache-Control` (unless the page set its own; see {@link cacheControl}) and, for a
 * cached page, its `Surrogate-Key` (the keys a purge names), plus
 * the usual hardening headers (no framing, no MIME sniffing, same-origin referrers in full only),
 * when `hsts`, `Strict-Transport-Security`, and for a page not served over https (`secure`
 * false) the plain-http allowances of {@link plainHttpPolicy} in its `Content-Security-Policy`.
 */
function withHeaders(
    response: Response,
    cache: string,
    hsts = false,
    secure = true,
    surrogateKeys?: string[],
): Response {
    try {
        const headers = response.headers;
        const policy = headers.get('content-security-policy');
        if (policy && !secure) headers.set('content-security-policy', plainHttpPolicy(policy));
        if (!headers.has('cache-control')) {
            headers.set('cache-control', cache);
            if (cache.startsWith('public') && !headers.has('vary')) headers.append('vary', 'Cookie');
        }
        if (surrogateKeys?.length) headers.set('surrogate-key', surrogateKeys.join(' '));
        headers.set('x-content-type-options', 'nosniff');
        headers.set('x-frame-options', 'DENY');
        headers.set('referrer-policy', 'strict-origin-when-cross-origin');
        if (hsts) headers.set('strict-transport-security', HSTS);
    } catch {
        // immutable headers (should not happen): leave the response as it is
    }
    return response;
}

const COMPRESSIBLE = /^(?:text\/|application\/(?:xml|json|ld\+json))/;

/**
 * Gzips text responses (pages, sitemap) when the browser accepts it: the Node adapter serves
 * them uncompressed, and pages are several times smaller gzipped. Static files (/_astro/) are
 * served by the adapter before the middleware; a reverse proxy may compress those.
 */
function compress(response: Response, request: Request): Response {
    const type = response.headers.get('content-type') ?? '';
    // A Server-Sent Events stream (support threads' live updates) must reach the browser event
    // by event: a gzip stream would hold them back in its buffer.
    if (
        !response.body ||
        response.headers.has('content-encoding') ||
        !COMPRESSIBLE.test(type) ||
        type.startsWith('text/event-stream')
    )
        return response;
    if (!/\bgzip\b/i.test(request.headers.get('accept-encoding') ?? '')) return response;
    const headers = new Headers(response.headers);
    headers.set('content-encoding', 'gzip');
    headers.delete('content-length');
    headers.append('vary', 'Accept-Encoding');
    return new Response(response.body.pipeThrough(new CompressionStream('gzip')), {
        status: response.status,
        statusText: response.statusText,
        headers,
    });
}
