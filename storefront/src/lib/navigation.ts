/** The catalogue's main navigation (header and footer), per language. */
import { localePath, type Lang } from './i18n';

/** One entry: the collection's slug in that language, its label, its page path and link. */
export interface NavItem {
    slug: string;
    label: string;
    /** Unprefixed page path, e.g. `/collections/perfumes` (to compare with `Astro.locals.path`). */
    path: string;
    /** Link in the visitor's language, e.g. `/en/collections/perfumes`. */
    href: string;
}

/** The three top-level collections of the demo shop, with their translated slugs (see src/seed/demo-shop.ts). */
const COLLECTIONS: Record<Lang, { slug: string; label: string }[]> = {
    fr: [
        { slug: 'parfums', label: 'Parfums' },
        { slug: 'soins-visage', label: 'Soins visage' },
        { slug: 'corps', label: 'Corps' },
    ],
    en: [
        { slug: 'perfumes', label: 'Perfumes' },
        { slug: 'face-care', label: 'Face care' },
        { slug: 'body', label: 'Body' },
    ],
};

export function collectionNav(lang: Lang): NavItem[] {
    return COLLECTIONS[lang].map(item => {
        const path = `/collections/${item.slug}`;
        return { ...item, path, href: localePath(lang, path) };
    });
}
