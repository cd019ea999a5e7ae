/**
 * `search`: the faceted listing of a collection page — collectionSlug + one facet value filter
 * (a brand or a category present in that collection) + groupByProduct, 12 results, with the
 * facet counts a filter sidebar shows. Rotates over every (collection, facet value) pair.
 */
import { RequestError } from '../lib/http.mjs';

export const SEARCH_ITEM_FIELDS = `
    productId
    productName
    slug
    currencyCode
    inStock
    productAsset { id preview }
    priceWithTax { ... on PriceRange { min max } ... on SinglePrice { value } }
    facetValueIds
`;

const QUERY = `
query BenchSearch($input: SearchInput!) {
    search(input: $input) {
        totalItems
        items { ${SEARCH_ITEM_FIELDS} }
        facetValues { count facetValue { id name facet { id code name } } }
    }
}`;

const FACETS_OF_COLLECTION = `
query BenchCollectionFacets($slug: String!) {
    search(input: { collectionSlug: $slug, groupByProduct: true, take: 0 }) {
        facetValues { count facetValue { id facet { code } } }
    }
}`;

/** The variables of one (collection, facet value) search, the same object shape every time. */
function variablesOf(combo) {
    return {
        input: {
            collectionSlug: combo.collectionSlug,
            facetValueFilters: [{ and: combo.facetValueId }],
            groupByProduct: true,
            take: 12,
            sort: { name: 'ASC' },
        },
    };
}

export default {
    name: 'search',
    // A catalogue read: also measured with the Shop API cache off.
    cacheable: true,
    description: 'search: collectionSlug + facetValueFilters + groupByProduct, take 12, with facet counts',
    order: 10,
    async setup(ctx) {
        const client = ctx.createClient();
        try {
            const combos = [];
            for (const slug of ctx.catalog.collectionSlugs) {
                const { search } = await client.request(FACETS_OF_COLLECTION, { slug });
                for (const { count, facetValue } of search.facetValues) {
                    if (count > 0 && ['brand', 'category'].includes(facetValue.facet.code)) {
                        combos.push({ collectionSlug: slug, facetValueId: facetValue.id, expected: count });
                    }
                }
            }
            if (!combos.length) throw new Error('search setup: no facet value found in any collection');
            // Every combination once, as a running shop's traffic would have: the measurement then
            // sees the catalogue cache warm (there are more combinations than the warm-up asks for),
            // and the database's pages warm in the other configurations.
            for (const combo of combos) await client.request(QUERY, variablesOf(combo));
            return { combos };
        } finally {
            client.close();
        }
    },
    // One request: the closed loop runs it on autocannon (bench/lib/load.mjs).
    request(vu) {
        const { combos } = vu.shared;
        const combo = combos[(vu.iteration * vu.count + vu.id) % combos.length];
        return { query: QUERY, variables: variablesOf(combo) };
    },
    check({ search }, { input }) {
        if (search.totalItems < 1 || !search.items.length) {
            throw new RequestError(
                `search ${input.collectionSlug}/${input.facetValueFilters[0].and}: no result`,
            );
        }
    },
};
