/**
 * The storefront's two languages: French (default, unprefixed URLs) and English (`/en/…`).
 *
 * - Routing: `src/middleware.ts` recognises the `/en` prefix, sets `Astro.locals.lang = 'en'` and
 *   renders the unprefixed page (the page files stay where they are). Build every internal link
 *   with {@link localePath} so English visitors stay in English.
 * - Strings: {@link t} reads the shared dictionary below (header, footer, catalogue, errors…);
 *   a page or plugin component may keep its own dictionary with {@link defineMessages}, which
 *   type-checks that both languages define the same keys.
 * - The Shop API receives the language as `?languageCode=` (see `createShopClient`), so product,
 *   collection and facet names come back translated by Vendure.
 */

export type Lang = 'fr' | 'en';

export const LANGS: readonly Lang[] = ['fr', 'en'];
export const DEFAULT_LANG: Lang = 'fr';

/** Names of the languages in their own language, for the language switch. */
export const LANG_NAMES: Record<Lang, string> = { fr: 'Français', en: 'English' };

/** BCP 47 locale used with `Intl` for each language (dates, numbers, money). */
const INTL_LOCALES: Record<Lang, string> = { fr: 'fr-FR', en: 'en-GB' };

/** Open Graph `og:locale` of each language. */
export const OG_LOCALES: Record<Lang, string> = { fr: 'fr_FR', en: 'en_GB' };

export function isLang(value: unknown): value is Lang {
    return value === 'fr' || value === 'en';
}

/** The `Intl` locale of a language, e.g. `intlLocale('fr')` → `"fr-FR"`. */
export function intlLocale(lang: Lang): string {
    return INTL_LOCALES[lang];
}

/**
 * Splits a request path into its language and the unprefixed page path:
 * `/en/products/x` → `{ lang: 'en', path: '/products/x', prefixed: true }`, `/en` → `/`,
 * `/products/x` → French. `/fr/…` is reported as `prefixed` French (the middleware redirects it
 * to the unprefixed URL, French being the default).
 */
export function splitLocale(pathname: string): { lang: Lang; path: string; prefixed: boolean } {
    const match = /^\/(en|fr)(?=\/|$)(.*)$/.exec(pathname);
    if (!match) return { lang: DEFAULT_LANG, path: pathname || '/', prefixed: false };
    return { lang: match[1] as Lang, path: match[2] || '/', prefixed: true };
}

/**
 * The URL of a storefront path in a language: French paths are unprefixed, English ones start
 * with `/en`. `path` is an unprefixed absolute path and may carry a query string or fragment:
 * `localePath('en', '/collections/perfumes?page=2')` → `"/en/collections/perfumes?page=2"`,
 * `localePath('en', '/')` → `"/en"`, `localePath('fr', '/cart')` → `"/cart"`.
 */
export function localePath(lang: Lang, path: string): string {
    const normalized = path.startsWith('/') ? path : `/${path}`;
    if (lang === DEFAULT_LANG) return normalized;
    if (normalized === '/' || normalized.startsWith('/?') || normalized.startsWith('/#')) {
        return `/${lang}${normalized.slice(1)}`;
    }
    return `/${lang}${normalized}`;
}

/** Replaces `{name}` placeholders with `params.name`; unknown placeholders are left as they are. */
export function interpolate(template: string, params?: Record<string, string | number>): string {
    if (!params) return template;
    return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/**
 * A typed two-language dictionary: `en` must define exactly the keys of `fr`.
 * Returns a translator `(lang, key, params?) => string` with `{name}` interpolation.
 *
 * ```ts
 * const m = defineMessages({ fr: { hello: 'Bonjour {name}' }, en: { hello: 'Hello {name}' } });
 * m('en', 'hello', { name: 'Ada' }); // "Hello Ada"
 * ```
 */
export function defineMessages<const F extends Record<string, string>>(dictionary: {
    fr: F;
    en: { [K in keyof F]: string };
}): (lang: Lang, key: keyof F & string, params?: Record<string, string | number>) => string {
    return (lang, key, params) => interpolate((dictionary[lang] as Record<string, string>)[key] ?? key, params);
}

const pluralRules = new Map<Lang, Intl.PluralRules>();

/**
 * Picks the singular or plural form for `count` following the language's plural rules (French
 * treats 0 and 1 as singular) and interpolates `{count}`:
 * `plural('fr', 2, { one: '{count} article', other: '{count} articles' })` → `"2 articles"`.
 */
export function plural(lang: Lang, count: number, forms: { one: string; other: string }): string {
    let rules = pluralRules.get(lang);
    if (!rules) {
        rules = new Intl.PluralRules(intlLocale(lang));
        pluralRules.set(lang, rules);
    }
    const form = rules.select(count) === 'one' ? forms.one : forms.other;
    return interpolate(form, { count: new Intl.NumberFormat(intlLocale(lang)).format(count) });
}

/** The shared UI dictionary (layout, header, footer, common words). */
const ui = {
    fr: {
        'site.name': 'Radiant',
        'site.title': 'Radiant — Parfums & soins d’exception',
        'site.description': 'Radiant — maison de parfums et de soins d’exception. Eaux de parfum, sérums, rituels pour le corps.',
        'layout.skip': 'Aller au contenu',
        'header.tagline': 'Maison de parfums & de soins',
        'header.delivery.fr': 'Livraison France & Monaco',
        'header.delivery.ci': 'Livraison Abidjan & Dakar',
        'header.home': 'Radiant, accueil',
        'header.city': 'Paris',
        'header.nav': 'Collections',
        'header.navMobile': 'Collections (mobile)',
        'header.cart': 'Panier',
        'header.cartEmpty': 'Panier, vide',
        'header.cartOne': 'Panier, {count} article',
        'header.cartMany': 'Panier, {count} articles',
        'header.language': 'Langue',
        'header.channel': 'Boutique',
        'footer.tagline': 'Des parfums et des soins choisis avec exigence, pour la peau et pour la mémoire.',
        'footer.nav': 'Pied de page',
        'footer.collections': 'Collections',
        'footer.shop': 'Boutique',
        'footer.channel': 'Vous êtes sur la boutique {region}, prix en {currency}, TVA incluse.',
        'footer.reassurance': 'Paiement sécurisé · Livraison suivie',
        'footer.rights': '© {year} Radiant. Tous droits réservés.',
        'footer.poweredBy': 'Propulsé par Radiant, commerce open source.',
    },
    en: {
        'site.name': 'Radiant',
        'site.title': 'Radiant — Exceptional fragrances & skincare',
        'site.description': 'Radiant — a house of exceptional fragrances and skincare. Eaux de parfum, serums, body rituals.',
        'layout.skip': 'Skip to content',
        'header.tagline': 'House of fragrance & skincare',
        'header.delivery.fr': 'Delivery to France & Monaco',
        'header.delivery.ci': 'Delivery to Abidjan & Dakar',
        'header.home': 'Radiant, home',
        'header.city': 'Paris',
        'header.nav': 'Collections',
        'header.navMobile': 'Collections (mobile)',
        'header.cart': 'Bag',
        'header.cartEmpty': 'Bag, empty',
        'header.cartOne': 'Bag, {count} item',
        'header.cartMany': 'Bag, {count} items',
        'header.language': 'Language',
        'header.channel': 'Shop',
        'footer.tagline': 'Fragrances and skincare chosen with care, for the skin and for memory.',
        'footer.nav': 'Footer',
        'footer.collections': 'Collections',
        'footer.shop': 'Shop',
        'footer.channel': 'You are on the {region} shop, prices in {currency}, VAT included.',
        'footer.reassurance': 'Secure payment · Tracked delivery',
        'footer.rights': '© {year} Radiant. All rights reserved.',
        'footer.poweredBy': 'Powered by Radiant, open-source commerce.',
    },
} as const satisfies Record<Lang, Record<string, string>>;

/** A key of the shared UI dictionary. */
export type MessageKey = keyof (typeof ui)['fr'];

/** Translates a key of the shared UI dictionary: `t('en', 'header.cart')` → `"Bag"`. */
export const t: (lang: Lang, key: MessageKey, params?: Record<string, string | number>) => string = defineMessages(ui);
