/**
 * Per request: the language (`/en/…` prefix, French without prefix: the prefix is removed and the
 * unprefixed page rendered with `locals.lang = 'en'`), the channel (cookie `radiant_channel`), a
 * Shop API client bound to the channel's session cookie and language, the header's cart count and
 * the flash message. A {@link ShopApiError} thrown by
 * a page or endpoint becomes the "shop unavailable" page (HTTP 503) instead of a stack trace.
 */
import { defineMiddleware } from 'astro:middleware';
import { readChannel } from './lib/channels';
import { CartCountQuery } from './lib/documents';
import { takeFlash } from './lib/flash';
import { isSameOriginPost, isSecureRequest, refererPath, safeReturnPath } from './lib/http';
import { createShopClient, ShopApiError, shopperAddress, trustedProxyHops } from './lib/vendure';
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
    locals.shop = createShopClient({
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

    try {
        if (request.method === 'GET' || request.method === 'HEAD') {
            locals.flash = takeFlash(cookies);
            // Only visitors with a session can have a cart: no session is created just for this.
            if (locals.shop.hasSession()) {
                const { activeOrder } = await locals.shop.request(CartCountQuery);
                locals.cartCount = activeOrder?.totalQuantity ?? 0;
            }
        }
        let response = await next(rewriteTo);
        if (rewriteTo && response.status === 404 && response.headers.get('x-astro-reroute') !== 'no') {
            // An English page answered "not found" without rendering: Astro's own 404 handling
            // does not follow rewrites, so render the (English) 404 page here.
            response = await context.rewrite('/404');
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
 * Sets the page's `Cache-Control` (unless the page set its own; see {@link cacheControl}), plus
 * the usual hardening headers (no framing, no MIME sniffing, same-origin referrers in full only),
 * when `hsts`, `Strict-Transport-Security`, and for a page not served over https (`secure`
 * false) the plain-http allowances of {@link plainHttpPolicy} in its `Content-Security-Policy`.
 */
function withHeaders(response: Response, cache: string, hsts = false, secure = true): Response {
    try {
        const headers = response.headers;
        const policy = headers.get('content-security-policy');
        if (policy && !secure) headers.set('content-security-policy', plainHttpPolicy(policy));
        if (!headers.has('cache-control')) {
            headers.set('cache-control', cache);
            if (cache.startsWith('public')) headers.append('vary', 'Cookie');
        }
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
