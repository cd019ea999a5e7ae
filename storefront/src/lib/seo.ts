/**
 * SEO helpers: absolute URLs (canonical, hreflang, Open Graph, sitemap) and JSON-LD.
 *
 * The public origin is `PUBLIC_STOREFRONT_URL` when set (e.g. `https://radiant.example`, behind a
 * proxy), otherwise the request's own origin.
 */
import { LANGS, localePath, type Lang } from './i18n';

/** The storefront's public origin, without a trailing slash. */
export function siteOrigin(requestUrl: URL): string {
    const configured = process.env.PUBLIC_STOREFRONT_URL;
    if (configured) {
        try {
            return new URL(configured).origin;
        } catch {
            // invalid setting: fall back to the request's origin
        }
    }
    return requestUrl.origin;
}

/** An absolute URL for a storefront path (`/en/products/x` → `https://…/en/products/x`). */
export function absoluteUrl(requestUrl: URL, path: string): string {
    return siteOrigin(requestUrl) + (path.startsWith('/') ? path : `/${path}`);
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
export function hreflangLinks(requestUrl: URL, alternates: Alternates): { hreflang: string; href: string }[] {
    const links: { hreflang: string; href: string }[] = LANGS.map(lang => ({ hreflang: lang, href: absoluteUrl(requestUrl, localePath(lang, alternates[lang])) }));
    links.push({ hreflang: 'x-default', href: absoluteUrl(requestUrl, localePath('fr', alternates.fr)) });
    return links;
}

/** A translated slug from Vendure `translations`, falling back to `fallback`. */
export function slugIn(translations: { languageCode: string; slug: string }[] | undefined, lang: Lang, fallback: string): string {
    return translations?.find(tr => tr.languageCode === lang)?.slug || fallback;
}

/** JSON for a `<script type="application/ld+json">`: `<` escaped so the data cannot close the script. */
export function jsonLd(data: unknown): string {
    return JSON.stringify(data).replace(/</g, '\\u003c');
}

/** Text of an HTML description (tags removed, spaces collapsed), cut at `max` characters on a word. */
export function plainText(html: string, max = 160): string {
    const text = html.replace(/<[^>]+>/g, ' ').replace(/&nbsp;/g, ' ').replace(/\s+/g, ' ').trim();
    if (text.length <= max) return text;
    const cut = text.slice(0, max - 1);
    return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max - 20))}…`;
}
