/**
 * Catalogue helpers shared by the listing pages: brand names, listing filters read from the URL
 * (brand, category, price range, sort, page) and turned into a Shop API `SearchInput`.
 */
import type {
    SearchItemFieldsFragment,
    BrandFacetFieldsFragment,
    FacetValueCountFieldsFragment,
    SearchInput,
} from './gql/graphql';
import type { ChannelToken } from './channels';

export type SearchItem = SearchItemFieldsFragment;
export type FacetValueCount = FacetValueCountFieldsFragment;

/** facet value id → brand name, from the `brand` facet (a `facets` query or search facet counts). */
export function brandNames(facets: BrandFacetFieldsFragment[]): Map<string, string> {
    const map = new Map<string, string>();
    for (const facet of facets) {
        if (facet.code !== 'brand') continue;
        for (const value of facet.values) map.set(value.id, value.name);
    }
    return map;
}

/** facet value id → brand name, from a search's `facetValues`. */
export function brandNamesFromCounts(values: FacetValueCount[]): Map<string, string> {
    const map = new Map<string, string>();
    for (const { facetValue } of values)
        if (facetValue.facet.code === 'brand') map.set(facetValue.id, facetValue.name);
    return map;
}

export function brandOf(item: SearchItem, brands: Map<string, string>): string | undefined {
    for (const id of item.facetValueIds) {
        const name = brands.get(id);
        if (name) return name;
    }
    return undefined;
}

export const PAGE_SIZE = 12;
/** Vendure's default `shopListQueryLimit`: the most a `search` returns at once. */
export const MAX_TAKE = 100;

/** `?page=` as a 1-based page number (invalid → 1). */
export function pageFromUrl(url: URL): number {
    const raw = url.searchParams.get('page');
    const n = raw ? Number.parseInt(raw, 10) : 1;
    return Number.isFinite(n) && n >= 1 && n <= 10_000 ? n : 1;
}

/** "Guerlain Shalimar" under the brand "Guerlain" reads "Shalimar" (the brand is shown above). */
export function nameWithoutBrand(name: string, brand: string | undefined): string {
    if (brand && name.length > brand.length + 1 && name.toLowerCase().startsWith(`${brand.toLowerCase()} `)) {
        return name.slice(brand.length + 1);
    }
    return name;
}

export type SortKey = 'name' | 'price-asc' | 'price-desc';
export const SORT_KEYS: readonly SortKey[] = ['name', 'price-asc', 'price-desc'];

/** A price band in minor units (`max` exclusive; `undefined` = open-ended). */
export interface PriceBand {
    key: string;
    min?: number;
    max?: number;
}

/**
 * The price bands offered per channel currency, in minor units (XOF is stored × 100 too).
 * Vendure's DefaultSearchPlugin has no price filter: bands are applied by the storefront on the
 * collection's listing (at most {@link MAX_TAKE} products), see {@link applyPriceBand}.
 */
export const PRICE_BANDS: Record<ChannelToken, PriceBand[]> = {
    fr: [
        { key: '0-50', max: 5_000 },
        { key: '50-100', min: 5_000, max: 10_000 },
        { key: '100-150', min: 10_000, max: 15_000 },
        { key: '150-', min: 15_000 },
    ],
    ci: [
        { key: '0-30000', max: 3_000_000 },
        { key: '30000-60000', min: 3_000_000, max: 6_000_000 },
        { key: '60000-100000', min: 6_000_000, max: 10_000_000 },
        { key: '100000-', min: 10_000_000 },
    ],
};

/** The shopper's listing choices, as read from the URL. */
export interface ListingFilters {
    brands: string[];
    categories: string[];
    price?: PriceBand;
    sort: SortKey;
    page: number;
}

const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * Reads `?brand=<facet value id>` (repeatable), `?category=…`, `?price=<band key>`,
 * `?sort=name|price-asc|price-desc` and `?page=` — anything invalid is ignored.
 */
export function readListingFilters(url: URL, channel: ChannelToken): ListingFilters {
    const ids = (name: string) =>
        [...new Set(url.searchParams.getAll(name).filter(v => ID_PATTERN.test(v)))].slice(0, 20);
    const sortParam = url.searchParams.get('sort');
    const priceParam = url.searchParams.get('price');
    return {
        brands: ids('brand'),
        categories: ids('category'),
        price: PRICE_BANDS[channel].find(b => b.key === priceParam),
        sort: SORT_KEYS.includes(sortParam as SortKey) ? (sortParam as SortKey) : 'name',
        page: pageFromUrl(url),
    };
}

/** True if the shopper narrowed the listing (any filter other than sort and page). */
export function hasFilters(filters: ListingFilters): boolean {
    return filters.brands.length > 0 || filters.categories.length > 0 || !!filters.price;
}

/**
 * The `SearchInput` of a listing: facet filters (OR within brand, OR within category, AND
 * between them), sort and page. With a price band the whole listing is fetched (up to
 * {@link MAX_TAKE}) and paged by the storefront after {@link applyPriceBand}.
 */
export function listingSearchInput(
    base: Pick<SearchInput, 'collectionSlug' | 'term'>,
    filters: ListingFilters,
): SearchInput {
    const facetValueFilters = [filters.brands, filters.categories]
        .filter(ids => ids.length > 0)
        .map(ids => ({ or: ids }));
    const sort =
        filters.sort === 'name'
            ? { name: 'ASC' as const }
            : { price: filters.sort === 'price-asc' ? ('ASC' as const) : ('DESC' as const) };
    const input: SearchInput = { ...base, groupByProduct: true, sort };
    if (facetValueFilters.length) input.facetValueFilters = facetValueFilters;
    if (filters.price) {
        input.take = MAX_TAKE;
        input.skip = 0;
    } else {
        input.take = PAGE_SIZE;
        input.skip = (filters.page - 1) * PAGE_SIZE;
    }
    return input;
}

/** The lowest price of a search result, in minor units. */
export function minPrice(item: SearchItem): number {
    const price = item.priceWithTax;
    return 'value' in price ? price.value : 'min' in price ? price.min : 0;
}

/**
 * Keeps the results whose lowest price falls in the band and cuts the requested page.
 * Without a band, returns the search's own page and total unchanged.
 */
export function applyPriceBand(
    items: SearchItem[],
    totalItems: number,
    filters: ListingFilters,
): { items: SearchItem[]; totalItems: number } {
    const band = filters.price;
    if (!band) return { items, totalItems };
    const kept = items.filter(item => {
        const p = minPrice(item);
        return (band.min === undefined || p >= band.min) && (band.max === undefined || p < band.max);
    });
    const start = (filters.page - 1) * PAGE_SIZE;
    return { items: kept.slice(start, start + PAGE_SIZE), totalItems: kept.length };
}

/** The listing's URL with one parameter changed (`null` removes it); the page resets to 1. */
export function withParam(url: URL, path: string, name: string, value: string | null): string {
    const params = new URLSearchParams(url.search);
    params.delete('page');
    if (value === null) params.delete(name);
    else params.set(name, value);
    const query = params.toString();
    return query ? `${path}?${query}` : path;
}

/** The listing's URL for page `page` (other parameters kept; page 1 has no `page` parameter). */
export function pageHref(url: URL, path: string, page: number): string {
    const params = new URLSearchParams(url.search);
    if (page <= 1) params.delete('page');
    else params.set('page', String(page));
    const query = params.toString();
    return query ? `${path}?${query}` : path;
}
