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
    return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
        name in params ? String(params[name]) : whole,
    );
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
    return (lang, key, params) =>
        interpolate((dictionary[lang] as Record<string, string>)[key] ?? key, params);
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

/** The shared UI dictionary (layout, header, footer, catalogue, error pages). */
const ui = {
    fr: {
        'site.name': 'Radiant',
        'site.title': 'Radiant — Parfums & soins d’exception',
        'site.description':
            'Radiant — maison de parfums et de soins d’exception. Eaux de parfum, sérums, rituels pour le corps.',
        'layout.skip': 'Aller au contenu',
        'header.tagline': 'Maison de parfums & de soins',
        'header.delivery.fr': 'Livraison France & Monaco',
        'header.delivery.ci': 'Livraison Abidjan & Dakar',
        'header.home': '(accueil)',
        'header.city': 'Paris',
        'header.nav': 'Collections',
        'header.navMobile': 'Collections (mobile)',
        'header.cart': 'Panier',
        'header.cartEmpty': '(vide)',
        'header.cartOne': '({count} article)',
        'header.cartMany': '({count} articles)',
        'header.language': 'Langue',
        'header.channel': 'Boutique',
        'footer.tagline': 'Des parfums et des soins choisis avec exigence, pour la peau et pour la mémoire.',
        'footer.nav': 'Pied de page',
        'footer.collections': 'Collections',
        'footer.shop': 'Boutique',
        'footer.channel': 'Vous êtes sur la boutique {region}, prix en {currency}, TVA incluse.',
        'footer.reassurance': 'Paiement sécurisé · Livraison suivie',
        'footer.track': 'Suivre ma commande',
        'footer.rights': '© {year} Radiant. Tous droits réservés.',
        'footer.poweredBy': 'Propulsé par Radiant, commerce open source.',
        'header.search': 'Rechercher',
        'theme.dark': 'Thème sombre',
        'crumbs.label': 'Fil d’Ariane',
        'crumbs.home': 'Accueil',
        'collection.eyebrow': 'Collection',
        'listing.countOne': '{count} création',
        'listing.countMany': '{count} créations',
        'listing.pageOf': 'Page {page} / {total}',
        'listing.empty': 'Cette collection se prépare. Revenez bientôt.',
        'listing.noMatch': 'Aucune création ne correspond à ces filtres.',
        'filters.title': 'Affiner',
        'filters.brand': 'Marque',
        'filters.category': 'Catégorie',
        'filters.price': 'Prix',
        'filters.priceAny': 'Tous les prix',
        'filters.priceUnder': 'Moins de {max}',
        'filters.priceBetween': 'De {min} à {max}',
        'filters.priceOver': '{min} et plus',
        'filters.apply': 'Appliquer',
        'filters.clear': 'Tout effacer',
        'sort.label': 'Trier par',
        'sort.name': 'Nom, de A à Z',
        'sort.price-asc': 'Prix croissant',
        'sort.price-desc': 'Prix décroissant',
        'pagination.label': 'Pagination',
        'pagination.prev': 'Précédent',
        'pagination.next': 'Suivant',
        'pagination.page': 'Page {page}',
        'card.soldOut': 'Épuisé',
        'product.gallery': 'Galerie',
        'product.view': '{name}, vue {n}',
        'product.vat': 'TVA incluse',
        'product.size': 'Format',
        'product.quantity': 'Quantité',
        'product.add': 'Ajouter au panier',
        'product.soldOut': 'Épuisé',
        'product.description': 'Description',
        'product.shipping': 'Livraison & retours',
        'product.shipping.fr':
            'Colissimo Domicile sous 48 h ou Chronopost Express le lendemain avant 13 h, en France et à Monaco.',
        'product.shipping.ci': 'Livraison par coursier sous 24 à 72 h à Abidjan et à Dakar.',
        'product.handmade': 'Chaque commande est préparée à la main et suivie jusqu’à sa remise.',
        'product.references': 'Références',
        'product.related': 'Vous aimerez aussi',
        'product.allCollection': 'Toute la collection',
        'home.eyebrow': 'Maison de parfums & de soins',
        'home.title.before': 'L’art',
        'home.title.em': 'du',
        'home.title.after': 'sillage',
        'home.intro':
            'Grands parfums, sérums d’exception et rituels pour le corps : une sélection resserrée, choisie pour la justesse de ses matières et la trace qu’elle laisse.',
        'home.cta': 'Découvrir les parfums',
        'home.cta2': 'Les soins visage',
        'home.heroCaption': 'Collection · {name}',
        'home.universes.eyebrow': 'Les univers',
        'home.universes.title': 'Trois rituels, une exigence',
        'home.explore': 'Explorer',
        'home.manifesto': 'Manifeste',
        'home.quote': '« Un parfum est une signature que l’on ne lit pas, mais dont on se souvient. »',
        'home.quoteBy': 'La maison Radiant',
        'home.selection.eyebrow': 'La sélection',
        'home.selection.title': 'Les incontournables',
        'home.selection.all': 'Tous les parfums',
        'search.title': 'Recherche',
        'search.label': 'Rechercher dans la boutique',
        'search.placeholder': 'Un parfum, une marque, un soin…',
        'search.submit': 'Rechercher',
        'search.intro': 'Cherchez par nom de création, par marque ou par famille.',
        'search.resultsOne': '{count} résultat pour « {q} »',
        'search.resultsMany': '{count} résultats pour « {q} »',
        'search.none': 'Aucun résultat pour « {q} ».',
        'search.suggestions': 'Suggestions',
        'search.inCollections': 'Dans les collections',
        'search.browse': 'Parcourez nos collections',
        'search.popular': 'Nos incontournables',
        'notFound.eyebrow': 'Page introuvable',
        'notFound.title': 'Ce sillage s’est évaporé',
        'notFound.text':
            'La page que vous cherchez n’existe pas ou plus. Peut-être la trouverez-vous parmi nos collections.',
        'notFound.home': 'Retour à l’accueil',
        'unavailable.pageTitle': 'Boutique indisponible',
        'unavailable.eyebrow': 'Un instant',
        'unavailable.title': 'La boutique est momentanément indisponible',
        'unavailable.text':
            'Nous ne parvenons pas à joindre la boutique pour le moment. Votre panier est conservé : merci de réessayer dans quelques instants.',
        'unavailable.retry': 'Réessayer',
        'unavailable.home': 'Accueil',
        'error.pageTitle': 'Une erreur est survenue',
    },
    en: {
        'site.name': 'Radiant',
        'site.title': 'Radiant — Exceptional fragrances & skincare',
        'site.description':
            'Radiant — a house of exceptional fragrances and skincare. Eaux de parfum, serums, body rituals.',
        'layout.skip': 'Skip to content',
        'header.tagline': 'House of fragrance & skincare',
        'header.delivery.fr': 'Delivery to France & Monaco',
        'header.delivery.ci': 'Delivery to Abidjan & Dakar',
        'header.home': '(home)',
        'header.city': 'Paris',
        'header.nav': 'Collections',
        'header.navMobile': 'Collections (mobile)',
        'header.cart': 'Bag',
        'header.cartEmpty': '(empty)',
        'header.cartOne': '({count} item)',
        'header.cartMany': '({count} items)',
        'header.language': 'Language',
        'header.channel': 'Shop',
        'footer.tagline': 'Fragrances and skincare chosen with care, for the skin and for memory.',
        'footer.nav': 'Footer',
        'footer.collections': 'Collections',
        'footer.shop': 'Shop',
        'footer.channel': 'You are on the {region} shop, prices in {currency}, VAT included.',
        'footer.reassurance': 'Secure payment · Tracked delivery',
        'footer.track': 'Track my order',
        'footer.rights': '© {year} Radiant. All rights reserved.',
        'footer.poweredBy': 'Powered by Radiant, open-source commerce.',
        'header.search': 'Search',
        'theme.dark': 'Dark theme',
        'crumbs.label': 'Breadcrumb',
        'crumbs.home': 'Home',
        'collection.eyebrow': 'Collection',
        'listing.countOne': '{count} creation',
        'listing.countMany': '{count} creations',
        'listing.pageOf': 'Page {page} of {total}',
        'listing.empty': 'This collection is being prepared. Please come back soon.',
        'listing.noMatch': 'No creation matches these filters.',
        'filters.title': 'Refine',
        'filters.brand': 'Brand',
        'filters.category': 'Category',
        'filters.price': 'Price',
        'filters.priceAny': 'Any price',
        'filters.priceUnder': 'Under {max}',
        'filters.priceBetween': '{min} to {max}',
        'filters.priceOver': '{min} and above',
        'filters.apply': 'Apply',
        'filters.clear': 'Clear all',
        'sort.label': 'Sort by',
        'sort.name': 'Name, A to Z',
        'sort.price-asc': 'Price, low to high',
        'sort.price-desc': 'Price, high to low',
        'pagination.label': 'Pagination',
        'pagination.prev': 'Previous',
        'pagination.next': 'Next',
        'pagination.page': 'Page {page}',
        'card.soldOut': 'Sold out',
        'product.gallery': 'Gallery',
        'product.view': '{name}, view {n}',
        'product.vat': 'VAT included',
        'product.size': 'Size',
        'product.quantity': 'Quantity',
        'product.add': 'Add to bag',
        'product.soldOut': 'Sold out',
        'product.description': 'Description',
        'product.shipping': 'Delivery & returns',
        'product.shipping.fr':
            'Colissimo home delivery within 48 h or Chronopost Express the next day before 1 pm, in France and Monaco.',
        'product.shipping.ci': 'Courier delivery within 24 to 72 h in Abidjan and Dakar.',
        'product.handmade': 'Every order is prepared by hand and tracked until it is delivered.',
        'product.references': 'References',
        'product.related': 'You may also like',
        'product.allCollection': 'The whole collection',
        'home.eyebrow': 'House of fragrance & skincare',
        'home.title.before': 'The art',
        'home.title.em': 'of',
        'home.title.after': 'sillage',
        'home.intro':
            'Great fragrances, exceptional serums and body rituals: a tight selection, chosen for the precision of its materials and the trail it leaves.',
        'home.cta': 'Discover the perfumes',
        'home.cta2': 'Face care',
        'home.heroCaption': 'Collection · {name}',
        'home.universes.eyebrow': 'The worlds',
        'home.universes.title': 'Three rituals, one standard',
        'home.explore': 'Explore',
        'home.manifesto': 'Manifesto',
        'home.quote': '“A fragrance is a signature one does not read, but remembers.”',
        'home.quoteBy': 'The house of Radiant',
        'home.selection.eyebrow': 'The selection',
        'home.selection.title': 'The essentials',
        'home.selection.all': 'All perfumes',
        'search.title': 'Search',
        'search.label': 'Search the shop',
        'search.placeholder': 'A fragrance, a brand, a treatment…',
        'search.submit': 'Search',
        'search.intro': 'Search by name, by brand or by family.',
        'search.resultsOne': '{count} result for “{q}”',
        'search.resultsMany': '{count} results for “{q}”',
        'search.none': 'No results for “{q}”.',
        'search.suggestions': 'Suggestions',
        'search.inCollections': 'In the collections',
        'search.browse': 'Browse our collections',
        'search.popular': 'Our essentials',
        'notFound.eyebrow': 'Page not found',
        'notFound.title': 'This trail has faded',
        'notFound.text':
            'The page you are looking for does not exist or no longer exists. Perhaps you will find it among our collections.',
        'notFound.home': 'Back to the home page',
        'unavailable.pageTitle': 'Shop unavailable',
        'unavailable.eyebrow': 'One moment',
        'unavailable.title': 'The shop is temporarily unavailable',
        'unavailable.text':
            'We cannot reach the shop right now. Your bag is kept safe: please try again in a few moments.',
        'unavailable.retry': 'Try again',
        'unavailable.home': 'Home',
        'error.pageTitle': 'An error occurred',
    },
} as const satisfies Record<Lang, Record<string, string>>;

/** A key of the shared UI dictionary. */
export type MessageKey = keyof (typeof ui)['fr'];

/** Translates a key of the shared UI dictionary: `t('en', 'header.cart')` → `"Bag"`. */
export const t: (lang: Lang, key: MessageKey, params?: Record<string, string | number>) => string =
    defineMessages(ui);
