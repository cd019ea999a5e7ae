/**
 * The catalogue's main navigation (header, footer, search and 404 pages): the channel's top-level
 * collections from the Shop API (`collections(options: { topLevelOnly: true })`, in the merchant's
 * Dashboard order), in the visitor's language. The answer is kept in memory for
 * {@link NAV_TTL_MS} per channel and language, so a page costs no extra Shop API request while the
 * menu is fresh; a merchant's change appears within that time.
 */
import { NavCollectionsQuery } from './documents';
import { localePath, type Lang } from './i18n';
import type { ShopClient } from './vendure';

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

const cache = new Map<string, { at: number; items: Promise<{ slug: string; name: string }[]> }>();

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
        const fresh = shop
            .request(NavCollectionsQuery)
            .then(data => data.collections.items.map(c => ({ slug: c.slug, name: c.name })));
        const previous = cached?.items ?? Promise.resolve([]);
        // On failure keep the previous menu (and ask again at the next page).
        items = fresh.catch(() => {
            cache.delete(key);
            return previous;
        });
        cache.set(key, { at: Date.now(), items });
    }
    const list = (await items?.catch(() => [])) ?? [];
    return list.map(item => {
        const path = `/collections/${item.slug}`;
        return { slug: item.slug, label: item.name, path, href: localePath(lang, path) };
    });
}
