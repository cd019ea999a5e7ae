/**
 * `vip-search`: the core `search` operation (collection + facet filter + groupByProduct, take 12,
 * facet counts, rotating over every collection × facet value) by a signed-in customer: VIP
 * Prestige on Radiant, asking for the regular price and the tier beside the price as the
 * storefront's cards do; a plain customer on stock Vendure. Target ratio ≥ 0.9 (issue 14). Runs on
 * the bench's own loop (a session per VU).
 */
import search, { SEARCH_ITEM_FIELDS } from '../../../bench/scenarios/search.mjs';
import { expectVipPrices, signedIn, vipCustomers } from './_vip-shopper.mjs';

const query = vip => `
query BenchVipSearch($input: SearchInput!) {
    search(input: $input) {
        totalItems
        items { ${SEARCH_ITEM_FIELDS} ${vip} }
        facetValues { count facetValue { id name facet { id code name } } }
    }
}`;
const STOCK = query('');
const RADIANT = query(
    'originalPriceWithTax { ... on PriceRange { min max } ... on SinglePrice { value } } vipTier { name }',
);

export default {
    name: 'vip-search',
    description: 'search (as `search`) as a signed-in customer (Radiant: VIP Prestige); target ratio ≥ 0.9',
    order: 11,
    ratioTarget: 0.9,
    async setup(ctx) {
        return { ...(await search.setup(ctx)), ...(await vipCustomers(ctx)) };
    },
    async run(vu) {
        await signedIn(vu);
        const { combos } = vu.shared;
        const combo = combos[(vu.iteration * vu.count + vu.id) % combos.length];
        const input = {
            collectionSlug: combo.collectionSlug,
            facetValueFilters: [{ and: combo.facetValueId }],
            groupByProduct: true,
            take: 12,
            sort: { name: 'ASC' },
        };
        const data = await vu.client.request(vu.configName === 'radiant' ? RADIANT : STOCK, { input });
        search.check(data, { input });
        expectVipPrices(vu, data.search.items, `search ${combo.collectionSlug}`);
    },
};
