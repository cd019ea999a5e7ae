/**
 * `checkout`: a whole guest checkout as one operation, in a new session each time:
 * addItemToOrder → setCustomerForOrder → setOrderShippingAddress → eligibleShippingMethods →
 * setOrderShippingMethod → transitionOrderToState(ArrangingPayment) → addPaymentToOrder
 * (test-payment-fr, which settles at once). Counts checkouts/s and the latency of the whole flow.
 *
 * Setup (through the Admin API, identically in every configuration): the few variants it buys get
 * a large stock, so that no run, however long, sells out (the seed's stock levels are small).
 */
import { expectOk, RequestError } from '../lib/http.mjs';

const VARIANTS_USED = 8;

const ORDER_FIELDS = `__typename ... on Order { id code state totalWithTax } ... on ErrorResult { errorCode message }`;

const ADD_ITEM = `mutation BenchCoAdd($variantId: ID!) { addItemToOrder(productVariantId: $variantId, quantity: 1) { ${ORDER_FIELDS} } }`;
const SET_CUSTOMER = `mutation BenchCoCustomer($input: CreateCustomerInput!) { setCustomerForOrder(input: $input) { ${ORDER_FIELDS} } }`;
const SET_ADDRESS = `mutation BenchCoAddress($input: CreateAddressInput!) { setOrderShippingAddress(input: $input) { ${ORDER_FIELDS} } }`;
const SHIPPING_METHODS = `query BenchCoMethods { eligibleShippingMethods { id code name priceWithTax } }`;
const SET_SHIPPING = `mutation BenchCoShipping($ids: [ID!]!) { setOrderShippingMethod(shippingMethodId: $ids) { ${ORDER_FIELDS} } }`;
const TRANSITION = `mutation BenchCoTransition { transitionOrderToState(state: "ArrangingPayment") { ${ORDER_FIELDS} } }`;
const ADD_PAYMENT = `mutation BenchCoPayment($input: PaymentInput!) {
    addPaymentToOrder(input: $input) {
        __typename
        ... on Order { id code state totalWithTax payments { id state amount method } }
        ... on ErrorResult { errorCode message }
    }
}`;

const UPDATE_STOCK = `mutation BenchStock($input: [UpdateProductVariantInput!]!) { updateProductVariants(input: $input) { id stockOnHand } }`;

export default {
    name: 'checkout',
    description:
        'whole guest checkout: add item → customer → address → shipping methods → shipping → ArrangingPayment → payment',
    unit: 'checkout',
    requestsPerOp: 7,
    order: 50,
    async setup(ctx) {
        const variantIds = ctx.catalog.inStockVariantIds.slice(0, VARIANTS_USED);
        await ctx.adminRequest(UPDATE_STOCK, {
            input: variantIds.map(id => ({ id, stockOnHand: 1_000_000 })),
        });
        return { variantIds, paymentMethod: `test-payment-${ctx.channel}` };
    },
    async run(vu) {
        const { client } = vu;
        const { variantIds, paymentMethod } = vu.shared;
        const n = vu.iteration * vu.count + vu.id;
        client.resetSession();
        /** One step: the request, its result checked; an error names the step. */
        const step = async (label, query, variables, field) => {
            let data;
            try {
                data = await client.request(query, variables);
            } catch (err) {
                throw new RequestError(`${label}: ${err.message}`);
            }
            return field ? expectOk(data[field], label) : data;
        };

        await step(
            'addItemToOrder',
            ADD_ITEM,
            { variantId: variantIds[n % variantIds.length] },
            'addItemToOrder',
        );
        await step(
            'setCustomerForOrder',
            SET_CUSTOMER,
            {
                input: {
                    emailAddress: `bench-${vu.configName}-${vu.id}-${vu.iteration}-${Date.now()}@example.com`,
                    firstName: 'Bench',
                    lastName: `Shopper ${vu.id}`,
                },
            },
            'setCustomerForOrder',
        );
        await step(
            'setOrderShippingAddress',
            SET_ADDRESS,
            {
                input: {
                    fullName: `Bench Shopper ${vu.id}`,
                    streetLine1: '12 rue de la Paix',
                    city: 'Paris',
                    postalCode: '75002',
                    countryCode: 'FR',
                    phoneNumber: '+33100000000',
                },
            },
            'setOrderShippingAddress',
        );
        const { eligibleShippingMethods } = await step('eligibleShippingMethods', SHIPPING_METHODS, {});
        if (!eligibleShippingMethods.length) throw new RequestError('eligibleShippingMethods: none');
        await step(
            'setOrderShippingMethod',
            SET_SHIPPING,
            { ids: [eligibleShippingMethods[0].id] },
            'setOrderShippingMethod',
        );
        await step('transitionOrderToState(ArrangingPayment)', TRANSITION, {}, 'transitionOrderToState');
        const order = await step(
            'addPaymentToOrder',
            ADD_PAYMENT,
            { input: { method: paymentMethod, metadata: {} } },
            'addPaymentToOrder',
        );
        if (order.state !== 'PaymentSettled' && order.state !== 'PaymentAuthorized') {
            throw new RequestError(`addPaymentToOrder: order ${order.code} ended in state ${order.state}`);
        }
    },
};
