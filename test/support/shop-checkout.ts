/**
 * Shared Shop API checkout steps for e2e tests of the demo shop: fill a cart, set the customer and
 * the address, choose shipping, move to ArrangingPayment, pay with the channel's test method.
 * Every plugin's e2e suite (payments, invoices…) builds its orders with these, so a change in the
 * demo data or in the checkout flow is fixed in one place.
 */
import { SimpleGraphQLClient } from '@vendure/testing';
import gql from 'graphql-tag';
import { expect } from 'vitest';

/** A demo-shop channel token: `fr` (EUR, the default channel) or `ci` (XOF). */
export type ShopChannel = 'fr' | 'ci';

const PRODUCT = gql`
    query Product($slug: String!) {
        product(slug: $slug) {
            variants {
                id
                sku
                name
                priceWithTax
            }
        }
    }
`;
const ADD_ITEM = gql`
    mutation Add($id: ID!, $qty: Int!) {
        addItemToOrder(productVariantId: $id, quantity: $qty) {
            ... on Order {
                id
                code
            }
            ... on ErrorResult {
                errorCode
                message
            }
        }
    }
`;
const SET_CUSTOMER = gql`
    mutation SetCustomer($input: CreateCustomerInput!) {
        setCustomerForOrder(input: $input) {
            ... on ErrorResult {
                errorCode
                message
            }
        }
    }
`;
const SET_ADDRESS = gql`
    mutation SetAddress($input: CreateAddressInput!) {
        setOrderShippingAddress(input: $input) {
            ... on ErrorResult {
                errorCode
                message
            }
        }
    }
`;
const SHIPPING = gql`
    query {
        eligibleShippingMethods {
            id
            code
            priceWithTax
        }
    }
`;
const SET_SHIPPING = gql`
    mutation SetShipping($id: [ID!]!) {
        setOrderShippingMethod(shippingMethodId: $id) {
            ... on Order {
                totalWithTax
            }
            ... on ErrorResult {
                errorCode
                message
            }
        }
    }
`;
/** Moves the active order to ArrangingPayment (`transitionOrderToState`), with its transition error if any. */
export const TO_ARRANGING = gql`
    mutation {
        transitionOrderToState(state: "ArrangingPayment") {
            ... on Order {
                state
            }
            ... on OrderStateTransitionError {
                errorCode
                message
                transitionError
            }
        }
    }
`;
const PAY = gql`
    mutation Pay($method: String!) {
        addPaymentToOrder(input: { method: $method, metadata: {} }) {
            ... on Order {
                id
                code
                state
                total
                totalWithTax
                currencyCode
                taxSummary {
                    taxRate
                    taxBase
                    taxTotal
                }
            }
            ... on ErrorResult {
                errorCode
                message
            }
        }
    }
`;

/** A settled order as the Shop API returns it (amounts in minor units of `currencyCode`). */
export interface PaidOrder {
    id: string;
    code: string;
    state: string;
    total: number;
    totalWithTax: number;
    currencyCode: string;
    taxSummary: Array<{ taxRate: number; taxBase: number; taxTotal: number }>;
}

/** The order a prepared checkout leaves behind. `totalWithTax` is 0 when shipping was not chosen. */
export interface PreparedOrder {
    id: string;
    code: string;
    totalWithTax: number;
}

/** What to put in the cart and how far to go. */
export interface PrepareOptions {
    /** Channel token; default `fr`. */
    channel?: ShopChannel;
    /** Guest email; `undefined` when the client is logged in (already the order's customer). */
    email?: string;
    /** Cart lines: product slug, which variant (index in the product's variants) and quantity. Default: Elie Saab 2 × variant 0 + 1 × variant 1. */
    lines?: Array<{ slug: string; variant: number; quantity: number }>;
    /** Choose the first eligible shipping method; default true. */
    shipping?: boolean;
    /** Move to ArrangingPayment (needs shipping); default true. */
    arrangePayment?: boolean;
}

const ADDRESSES: Record<
    ShopChannel,
    { city: string; postalCode: string; countryCode: string; phoneNumber: string }
> = {
    fr: { city: 'Paris', postalCode: '75011', countryCode: 'FR', phoneNumber: '0601020304' },
    ci: { city: 'Abidjan', postalCode: '01 BP 1234', countryCode: 'CI', phoneNumber: '0707070707' },
};

/**
 * A new Shop API client for `port` on `channel`, with its own session; with `languageCode`, every
 * request carries `?languageCode=` as the storefront's do (without it: the channel's language).
 */
export function shopClient(
    port: number,
    channel: ShopChannel = 'fr',
    languageCode?: 'fr' | 'en',
): SimpleGraphQLClient {
    const client = new SimpleGraphQLClient(
        {
            apiOptions: { channelTokenKey: 'vendure-token' },
            authOptions: { authTokenHeaderKey: 'vendure-auth-token' },
        } as any,
        `http://localhost:${port}/shop-api${languageCode ? `?languageCode=${languageCode}` : ''}`,
    );
    client.setChannelToken(channel);
    return client;
}

/**
 * Fills the client's active order on `options.channel` (cart, customer, address, shipping) and
 * by default moves it to ArrangingPayment. Fails the test on any ErrorResult.
 */
export async function prepareOrder(
    client: SimpleGraphQLClient,
    options: PrepareOptions = {},
): Promise<PreparedOrder> {
    const channel = options.channel ?? 'fr';
    const lines = options.lines ?? [
        { slug: 'elie-saab-le-parfum', variant: 0, quantity: 2 },
        { slug: 'elie-saab-le-parfum', variant: 1, quantity: 1 },
    ];
    client.setChannelToken(channel);
    let order: { id: string; code: string } | undefined;
    for (const line of lines) {
        const { product } = await client.query(PRODUCT, { slug: line.slug });
        const added = await client.query(ADD_ITEM, {
            id: product.variants[line.variant].id,
            qty: line.quantity,
        });
        expect(added.addItemToOrder.errorCode).toBeUndefined();
        order = added.addItemToOrder;
    }
    if (options.email) {
        const customer = await client.query(SET_CUSTOMER, {
            input: { emailAddress: options.email, firstName: 'Awa', lastName: 'Diallo' },
        });
        expect(customer.setCustomerForOrder.errorCode).toBeUndefined();
    }
    const address = await client.query(SET_ADDRESS, {
        input: { fullName: 'Awa Diallo', streetLine1: '12 rue des Lilas', ...ADDRESSES[channel] },
    });
    expect(address.setOrderShippingAddress.errorCode).toBeUndefined();
    let totalWithTax = 0;
    if (options.shipping !== false) {
        const { eligibleShippingMethods } = await client.query(SHIPPING);
        const shipped = await client.query(SET_SHIPPING, { id: [eligibleShippingMethods[0].id] });
        expect(shipped.setOrderShippingMethod.errorCode).toBeUndefined();
        totalWithTax = shipped.setOrderShippingMethod.totalWithTax;
        if (options.arrangePayment !== false) {
            const arranging = await client.query(TO_ARRANGING);
            expect(arranging.transitionOrderToState.state).toBe('ArrangingPayment');
        }
    }
    return { id: order!.id, code: order!.code, totalWithTax };
}

/** Pays with the channel's test method (`test-payment-<channel>`, settles at once). */
export async function payWithTestMethod(
    client: SimpleGraphQLClient,
    channel: ShopChannel = 'fr',
): Promise<PaidOrder> {
    const paid = await client.query(PAY, { method: `test-payment-${channel}` });
    expect(paid.addPaymentToOrder.errorCode).toBeUndefined();
    expect(paid.addPaymentToOrder.state).toBe('PaymentSettled');
    return paid.addPaymentToOrder;
}

/** A full guest checkout with a fresh session, paid with the test method. */
export async function checkout(port: number, email: string, channel: ShopChannel = 'fr'): Promise<PaidOrder> {
    const client = shopClient(port, channel);
    await prepareOrder(client, { channel, email });
    return payWithTestMethod(client, channel);
}
