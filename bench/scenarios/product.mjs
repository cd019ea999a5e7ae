/**
 * `product`: a product page's data — product(slug) with its variants (prices, stock level,
 * options), assets and facet values. Rotates over every product of the catalogue.
 */
import { RequestError } from '../lib/http.mjs';

export const PRODUCT_QUERY = `
query BenchProduct($slug: String!) {
    product(slug: $slug) {
        id
        slug
        name
        description
        featuredAsset { id preview width height }
        assets { id preview width height }
        facetValues { id code name facet { id code name } }
        collections { id slug name }
        variants {
            id
            name
            sku
            currencyCode
            price
            priceWithTax
            stockLevel
            featuredAsset { id preview }
            options { id code name group { id code name } }
        }
    }
}`;

export default {
    name: 'product',
    // A catalogue read: also measured with the Shop API cache off.
    cacheable: true,
    description: 'product(slug) with variants, assets, facetValues',
    order: 20,
    // One request: the closed loop runs it on autocannon (bench/lib/load.mjs).
    request(vu) {
        const slugs = vu.shared.catalog.productSlugs;
        return {
            query: PRODUCT_QUERY,
            variables: { slug: slugs[(vu.iteration * vu.count + vu.id) % slugs.length] },
        };
    },
    check({ product }, { slug }) {
        if (!product || !product.variants.length)
            throw new RequestError(`product ${slug}: not found or no variant`);
    },
};
