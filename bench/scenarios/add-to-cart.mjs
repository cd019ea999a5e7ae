/**
 * `addItemToOrder`: each virtual user has its own session and cart; it adds one unit of an
 * in-stock variant per operation, and after 4 additions starts a new session (a new shopper), so
 * carts stay the size of real carts and the first addition (which creates the session and the
 * order) is part of the mix, 1 time in 4.
 */
import { expectOk } from '../lib/http.mjs';

const ITEMS_PER_CART = 4;

export const ADD_ITEM = `
mutation BenchAddItem($variantId: ID!, $quantity: Int!) {
    addItemToOrder(productVariantId: $variantId, quantity: $quantity) {
        __typename
        ... on Order { id code state totalQuantity subTotalWithTax totalWithTax lines { id quantity linePriceWithTax } }
        ... on ErrorResult { errorCode message }
    }
}`;

export default {
    name: 'addItemToOrder',
    description: 'addItemToOrder (own session per VU; new cart every 4 items)',
    order: 40,
    async run(vu) {
        if ((vu.state.adds ?? 0) >= ITEMS_PER_CART) {
            vu.client.resetSession();
            vu.state.adds = 0;
        }
        const variants = vu.shared.catalog.inStockVariantIds;
        const variantId = variants[(vu.iteration * vu.count + vu.id) % variants.length];
        const { addItemToOrder } = await vu.client.request(ADD_ITEM, { variantId, quantity: 1 });
        expectOk(addItemToOrder, `addItemToOrder(${variantId})`);
        vu.state.adds = (vu.state.adds ?? 0) + 1;
    },
};
