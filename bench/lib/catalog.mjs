/**
 * What the scenarios need to know about the seeded shop, read once per configuration through the
 * Shop API (so nothing is hard-coded but the collection of the product-page example): collection
 * slugs, product slugs, and the ids of the variants in stock.
 */
const COLLECTIONS = `query BenchCatalogCollections { collections(options: { take: 100 }) { items { slug } } }`;
const PRODUCTS = `query BenchCatalogProducts($skip: Int!) {
    search(input: { groupByProduct: true, take: 100, skip: $skip, sort: { name: ASC } }) { totalItems items { slug } }
}`;
const VARIANTS = `query BenchCatalogVariants($skip: Int!) {
    search(input: { groupByProduct: false, inStock: true, take: 100, skip: $skip, sort: { name: ASC } }) { totalItems items { productVariantId inStock } }
}`;

async function paginate(client, query, pick) {
    const items = [];
    for (let skip = 0; ; skip += 100) {
        const { search } = await client.request(query, { skip });
        items.push(...search.items.map(pick).filter(x => x !== null));
        if (skip + 100 >= search.totalItems || !search.items.length) return items;
    }
}

/** @returns {Promise<{collectionSlugs: string[], productSlugs: string[], inStockVariantIds: string[]}>} */
export async function readCatalog(client) {
    const { collections } = await client.request(COLLECTIONS);
    const collectionSlugs = collections.items.map(c => c.slug);
    const productSlugs = await paginate(client, PRODUCTS, i => i.slug);
    const inStockVariantIds = await paginate(client, VARIANTS, i => (i.inStock ? i.productVariantId : null));
    const problems = [];
    if (!collectionSlugs.length) problems.push('no collection');
    if (!productSlugs.length) problems.push('no product in the search index');
    if (!inStockVariantIds.length) problems.push('no variant in stock');
    if (problems.length)
        throw new Error(`The seeded shop is not usable for the benchmark: ${problems.join(', ')}`);
    return { collectionSlugs, productSlugs, inStockVariantIds };
}
