/**
 * `vip-product`: the core `product` operation (product(slug) with variants, assets, facet values,
 * rotating over every product) by a signed-in customer: VIP Prestige on Radiant, asking for the
 * regular price and the tier beside the price as the storefront does; a plain customer on stock
 * Vendure. Target ratio ≥ 0.9 (issue 14). Runs on the bench's own loop (a session per VU).
 */
import { RequestError } from '../../../bench/lib/http.mjs';
import { expectVipPrices, signedIn, vipCustomers } from './_vip-shopper.mjs';

const query = vip => `
query BenchVipProduct($slug: String!) {
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
            ${vip}
            stockLevel
            featuredAsset { id preview }
            options { id code name group { id code name } }
        }
    }
}`;
const STOCK = query('');
const RADIANT = query('originalPriceWithTax vipTier { name }');

export default {
    name: 'vip-product',
    description: 'product(slug) as a signed-in customer (Radiant: VIP Prestige); target ratio ≥ 0.9',
    order: 21,
    ratioTarget: 0.9,
    setup: vipCustomers,
    async run(vu) {
        await signedIn(vu);
        const slugs = vu.shared.catalog.productSlugs;
        const slug = slugs[(vu.iteration * vu.count + vu.id) % slugs.length];
        const { product } = await vu.client.request(vu.configName === 'radiant' ? RADIANT : STOCK, {
            slug,
        });
        if (!product || !product.variants.length)
            throw new RequestError(`product ${slug}: not found or no variant`);
        expectVipPrices(vu, product.variants, `product ${slug}`);
    },
};
