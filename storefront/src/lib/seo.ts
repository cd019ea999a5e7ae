/**
 * SEO helpers: absolute URLs (canonical, hreflang, Open Graph, sitemap) and JSON-LD.
 *
 * The public origin is `PUBLIC_STOREFRONT_URL` (e.g. `https://radiant.example`, behind a proxy;
 * required in production), otherwise, in development only, the request's own origin.
 */
import { safeHtml } from './html';
import { LANGS, localePath, type Lang } from './i18n';

/** Thrown in production when `PUBLIC_STOREFRONT_URL` is missing or is not an http(s) URL. */
export class PublicUrlMissingError extends Error {
    override readonly name = 'PublicUrlMissingError';
}

/**
 * The storefront's public origin, without a trailing slash, used for canonical links, hreflang,
 * Open Graph, the sitemap and robots.txt.
 *
 * - `PUBLIC_STOREFRONT_URL` when set (e.g. `https://radiant.example`).
 * - In production (`NODE_ENV=production`) it is required: public URLs are never built from request
 *   headers there, since a forged `Host`/`X-Forwarded-Host` would otherwise end up in pages that
 *   shared caches keep (`public, max-age=60`) and serve to everyone (web cache poisoning).
 * - In development: the request's `X-Forwarded-Proto`/`X-Forwarded-Host` or `Host` (the Node
 *   adapter's own request URL does not carry the real host and port).
 *
 * @throws PublicUrlMissingError in production without a valid `PUBLIC_STOREFRONT_URL`
 */
export function siteOrigin(request: Request, env: Record<string, string | undefined> = process.env): string {
    const configured = env.PUBLIC_STOREFRONT_URL;
    if (configured) {
        try {
            const url = new URL(configured);
            if (url.protocol === 'http:' || url.protocol === 'https:') return url.origin;
        } catch {
            // invalid setting: refused in production, request headers in development
        }
    }
    if (env.NODE_ENV === 'production') {
        throw new PublicUrlMissingError(
            'PUBLIC_STOREFRONT_URL must be set to the public http(s) URL of the storefront in production',
        );
    }
    const url = new URL(request.url);
    const first = (name: string) => request.headers.get(name)?.split(',')[0]?.trim();
    const host = first('x-forwarded-host') || first('host');
    const proto = first('x-forwarded-proto') || url.protocol.replace(':', '');
    if (
        host &&
        /^[A-Za-z0-9.-]+(?::\d{1,5})?$|^\[[0-9a-fA-F:]+\](?::\d{1,5})?$/.test(host) &&
        (proto === 'http' || proto === 'https')
    ) {
        return `${proto}://${host}`;
    }
    return url.origin;
}

/** An absolute URL for a storefront path on `origin` (`/en/products/x` → `https://…/en/products/x`). */
export function absoluteUrl(origin: string, path: string): string {
    return origin + (path.startsWith('/') ? path : `/${path}`);
}

/**
 * The page's unprefixed path in each language. Pages whose slug is translated (collections)
 * pass their own; others are the same path in both languages.
 */
export type Alternates = Record<Lang, string>;

export function sameAlternates(path: string): Alternates {
    return { fr: path, en: path };
}

/** `<link rel="alternate" hreflang>` entries: one per language plus `x-default` (French). */
export function hreflangLinks(origin: string, alternates: Alternates): { hreflang: string; href: string }[] {
    const links: { hreflang: string; href: string }[] = LANGS.map(lang => ({
        hreflang: lang,
        href: absoluteUrl(origin, localePath(lang, alternates[lang])),
    }));
    links.push({ hreflang: 'x-default', href: absoluteUrl(origin, localePath('fr', alternates.fr)) });
    return links;
}

/** A translated slug from Vendure `translations`, falling back to `fallback`. */
export function slugIn(
    translations: { languageCode: string; slug: string }[] | undefined,
    lang: Lang,
    fallback: string,
): string {
    return translations?.find(tr => tr.languageCode === lang)?.slug || fallback;
}

/** JSON for a `<script type="application/ld+json">`: `<` escaped so the data cannot close the script. */
export function jsonLd(data: unknown): string {
    return JSON.stringify(data).replace(/</g, '\\u003c');
}

/** Text of an HTML description (tags removed, spaces collapsed), cut at `max` characters on a word. */
export function plainText(html: string, max = 160): string {
    // safeHtml first: the text of <script> or <style> elements is no description.
    const text = safeHtml(html)
        .replace(/<[^>]+>/g, ' ')
        .replace(/&nbsp;/g, ' ')
        .replace(/\s+/g, ' ')
        .trim();
    if (text.length <= max) return text;
    const cut = text.slice(0, max - 1);
    return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max - 20))}…`;
}
