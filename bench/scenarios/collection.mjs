/**
 * `collection`: a collection page — collection(slug) and the first 12 products of its search
 * listing (with facet counts), in one request as a storefront sends it.
 */
import { RequestError } from '../lib/http.mjs';
import { SEARCH_ITEM_FIELDS } from './search.mjs';

const QUERY = `
query BenchCollection($slug: String!) {
    collection(slug: $slug) {
        id
        slug
        name
        description
        featuredAsset { id preview }
        breadcrumbs { id slug name }
        children { id slug name }
    }
    search(input: { collectionSlug: $slug, groupByProduct: true, take: 12, sort: { name: ASC } }) {
        totalItems
        items { ${SEARCH_ITEM_FIELDS} }
        facetValues { count facetValue { id name facet { id code name } } }
    }
}`;

export default {
    name: 'collection',
    // A catalogue read: also measured with the Shop API cache off.
    cacheable: true,
    description: 'collection(slug) + its search listing (take 12, facet counts)',
    order: 30,
    // One request: the closed loop runs it on autocannon (bench/lib/load.mjs).
    request(vu) {
        const slugs = vu.shared.catalog.collectionSlugs;
        return { query: QUERY, variables: { slug: slugs[(vu.iteration * vu.count + vu.id) % slugs.length] } };
    },
    check({ collection, search }, { slug }) {
        if (!collection) throw new RequestError(`collection ${slug}: not found`);
        if (!search.items.length) throw new RequestError(`collection ${slug}: empty listing`);
    },
};
