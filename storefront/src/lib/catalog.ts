/** Catalogue helpers shared by the listing pages. */
import type { SearchItemFieldsFragment, BrandFacetFieldsFragment } from './gql/graphql';

export type SearchItem = SearchItemFieldsFragment;

/** facet value id → brand name, from the `brand` facet. */
export function brandNames(facets: BrandFacetFieldsFragment[]): Map<string, string> {
    const map = new Map<string, string>();
    for (const facet of facets) {
        if (facet.code !== 'brand') continue;
        for (const value of facet.values) map.set(value.id, value.name);
    }
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
