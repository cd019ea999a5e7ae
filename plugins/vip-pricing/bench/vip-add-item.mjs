/**
 * `vip-addItemToOrder`: the core `addItemToOrder` operation by a signed-in customer (VIP Prestige on
 * Radiant: the order-line price goes through the VIP price function for the order's customer; a
 * plain customer on stock Vendure). Each virtual user is its own customer with its own cart; a
 * signed-in customer keeps their cart across sessions, so every 4th operation starts by emptying it
 * (`removeAllOrderLines`, 2 requests then, on both configurations alike) — carts stay the size of
 * real carts. Target ratio ≥ 0.9 (issue 14).
 */
import { expectOk } from '../../../bench/lib/http.mjs';
import { ADD_ITEM } from '../../../bench/scenarios/add-to-cart.mjs';
import { signedIn, vipCustomers } from './_vip-shopper.mjs';

const ITEMS_PER_CART = 4;

const EMPTY_CART = `
mutation BenchVipEmptyCart {
    removeAllOrderLines { __typename ... on ErrorResult { errorCode message } }
}`;

export default {
    name: 'vip-addItemToOrder',
    description:
        'addItemToOrder as a signed-in customer (Radiant: VIP Prestige); cart emptied every 4 items; target ratio ≥ 0.9',
    order: 41,
    ratioTarget: 0.9,
    requestsPerOp: 1.25,
    setup: vipCustomers,
    async run(vu) {
        await signedIn(vu);
        if ((vu.state.adds ?? 0) >= ITEMS_PER_CART) {
            const { removeAllOrderLines } = await vu.client.request(EMPTY_CART);
            expectOk(removeAllOrderLines, 'removeAllOrderLines');
            vu.state.adds = 0;
        }
        const variants = vu.shared.catalog.inStockVariantIds;
        const variantId = variants[(vu.iteration * vu.count + vu.id) % variants.length];
        const { addItemToOrder } = await vu.client.request(ADD_ITEM, { variantId, quantity: 1 });
        expectOk(addItemToOrder, `addItemToOrder(${variantId})`);
        vu.state.adds = (vu.state.adds ?? 0) + 1;
    },
};
