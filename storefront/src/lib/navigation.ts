/**
 * The catalogue's main navigation (header, footer, search and 404 pages): the channel's top-level
 * collections from the Shop API (`collections(options: { topLevelOnly: true })`, in the merchant's
 * Dashboard order), in the visitor's language. The answer is kept in memory for
 * {@link NAV_TTL_MS} per channel and language, so a page costs no extra Shop API request while the
 * menu is fresh; a merchant's change appears within that time.
 */
import { NavCollectionsQuery } from './documents';
import { localePath, type Lang } from './i18n';
import type { AnswerMeta, ShopClient } from './vendure';

/** One entry: the collection's slug in that language, its label, its page path and link. */
export interface NavItem {
    slug: string;
    label: string;
    /** Unprefixed page path, e.g. `/collections/perfumes` (to compare with `Astro.locals.path`). */
    path: string;
    /** Link in the visitor's language, e.g. `/en/collections/perfumes`. */
    href: string;
}

/** How long a channel's menu is reused before it is asked again (milliseconds). */
export const NAV_TTL_MS = 60_000;

interface NavAnswer {
    items: { slug: string; name: string }[];
    /** The answer's cache headers, reported again on each use (a cached page carries its keys). */
    meta?: AnswerMeta;
}

const cache = new Map<string, { at: number; items: Promise<NavAnswer> }>();

/**
 * The top-level collections of `shop`'s channel as menu entries in `lang`. Never throws: when the
 * Shop API fails (or `skipFetch` is set, e.g. on the "unavailable" page) it answers the last
 * known menu, or an empty one.
 */
export async function collectionNav(shop: ShopClient, lang: Lang, skipFetch = false): Promise<NavItem[]> {
    const key = `${shop.channel}:${shop.languageCode}`;
    const cached = cache.get(key);
    let items = cached?.items;
    if (!skipFetch && (!cached || Date.now() - cached.at > NAV_TTL_MS)) {
        const fresh = shop.requestWithMeta(NavCollectionsQuery).then(({ data, meta }) => ({
            items: data.collections.items.map(c => ({ slug: c.slug, name: c.name })),
            meta,
        }));
        const previous = cached?.items ?? Promise.resolve({ items: [] });
        // On failure keep the previous menu (and ask again at the next page).
        items = fresh.catch(() => {
            cache.delete(key);
            return previous;
        });
        cache.set(key, { at: Date.now(), items });
    }
    const answer: NavAnswer = (await items?.catch(() => ({ items: [] }))) ?? { items: [] };
    // A menu reused from memory is part of this page too: a cached page must carry its keys (a menu
    // without them, e.g. the fallback after a failure, keeps the page out of the page cache).
    // The menu shows no price: the pricing key of whoever fetched it says nothing about this page.
    shop.report({ surrogateKeys: answer.meta?.surrogateKeys ?? null, pricingKey: null });
    return answer.items.map(item => {
        const path = `/collections/${item.slug}`;
        return { slug: item.slug, label: item.name, path, href: localePath(lang, path) };
    });
}

/**
 * Forgets the menus whose answer carries one of the surrogate keys `keys` (a purge: a collection
 * renamed, added, moved), so that the next page asks the Shop API again instead of rendering the
 * old menu into a fresh cached page.
 */
export function forgetNav(keys: readonly string[]): void {
    const purged = new Set(keys);
    for (const [key, entry] of cache) {
        void entry.items.then(answer => {
            const held = answer.meta?.surrogateKeys?.split(' ') ?? [];
            if (held.some(k => purged.has(k)) && cache.get(key) === entry) {
                cache.delete(key);
            }
        });
    }
}
