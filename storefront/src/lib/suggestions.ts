/**
 * Search suggestions: every product name and brand of a channel in a language, kept in memory for
 * {@link SUGGESTIONS_TTL_MS} (the catalogue changes rarely; one Shop API query per channel and
 * language per 5 minutes). Used by the search page's `<datalist>` and its "did you mean" links.
 */
import { SuggestionsQuery } from './documents';
import type { ShopClient } from './vendure';
import { MAX_TAKE } from './catalog';

export const SUGGESTIONS_TTL_MS = 5 * 60_000;

export interface Suggestions {
    products: { name: string; slug: string }[];
    brands: string[];
}

const cache = new Map<string, { expires: number; value: Promise<Suggestions> }>();

/** The channel's product names and brands in the client's language (cached; failures are not cached). */
export function loadSuggestions(shop: ShopClient, now = Date.now()): Promise<Suggestions> {
    const key = `${shop.channel}:${shop.languageCode}`;
    const hit = cache.get(key);
    if (hit && hit.expires > now) return hit.value;
    const value = shop.request(SuggestionsQuery, { take: MAX_TAKE }).then(data => ({
        products: data.search.items.map(item => ({ name: item.productName, slug: item.slug })),
        brands: [
            ...new Set(
                data.search.facetValues
                    .filter(v => v.facetValue.facet.code === 'brand')
                    .map(v => v.facetValue.name),
            ),
        ].sort(),
    }));
    cache.set(key, { expires: now + SUGGESTIONS_TTL_MS, value });
    value.catch(() => cache.delete(key));
    return value;
}

const fold = (text: string) =>
    text
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase();

/**
 * Up to `limit` names close to `term`: names containing it first, then names sharing a word
 * that starts like one of the term's words (accents and case ignored), e.g. "chanell" → "Chanel".
 */
export function closeMatches(term: string, names: string[], limit = 6): string[] {
    const q = fold(term.trim());
    if (!q) return [];
    const words = q.split(/\s+/).filter(w => w.length >= 3);
    const contains = names.filter(n => fold(n).includes(q));
    const prefix = names.filter(n => {
        if (contains.includes(n)) return false;
        const nameWords = fold(n).split(/[\s'’-]+/);
        return words.some(w =>
            nameWords.some(
                nw => nw.length >= 3 && (nw.startsWith(w.slice(0, 4)) || w.startsWith(nw.slice(0, 4))),
            ),
        );
    });
    return [...contains, ...prefix].slice(0, limit);
}
