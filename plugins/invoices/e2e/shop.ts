/**
 * Test helpers: a checkout on the demo shop's fr channel with the test payment method (which
 * settles at once), split in two so settlements can be fired concurrently.
 */
import { SimpleGraphQLClient } from '@vendure/testing';
import gql from 'graphql-tag';
import { expect } from 'vitest';

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
            }
            ... on ErrorResult {
                errorCode
            }
        }
    }
`;
const SET_CUSTOMER = gql`
    mutation SetCustomer($input: CreateCustomerInput!) {
        setCustomerForOrder(input: $input) {
            ... on Order {
                id
            }
            ... on ErrorResult {
                errorCode
            }
        }
    }
`;
const SET_ADDRESS = gql`
    mutation SetAddress($input: CreateAddressInput!) {
        setOrderShippingAddress(input: $input) {
            ... on Order {
                id
            }
        }
    }
`;
const SHIPPING = gql`
    query {
        eligibleShippingMethods {
            id
        }
    }
`;
const SET_SHIPPING = gql`
    mutation SetShipping($id: [ID!]!) {
        setOrderShippingMethod(shippingMethodId: $id) {
            ... on Order {
                id
            }
        }
    }
`;
const TO_ARRANGING = gql`
    mutation {
        transitionOrderToState(state: "ArrangingPayment") {
            ... on Order {
                state
            }
        }
    }
`;
const PAY = gql`
    mutation {
        addPaymentToOrder(input: { method: "test-payment-fr", metadata: {} }) {
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

/** A settled order as the Shop API returns it. */
export interface PaidOrder {
    id: string;
    code: string;
    state: string;
    total: number;
    totalWithTax: number;
    currencyCode: string;
    taxSummary: Array<{ taxRate: number; taxBase: number; taxTotal: number }>;
}

/** A new Shop API client on the fr channel, with its own session. */
export function shopClient(port: number): SimpleGraphQLClient {
    const client = new SimpleGraphQLClient(
        {
            apiOptions: { channelTokenKey: 'vendure-token' },
            authOptions: { authTokenHeaderKey: 'vendure-auth-token' },
        } as any,
        `http://localhost:${port}/shop-api`,
    );
    client.setChannelToken('fr');
    return client;
}

/**
 * Fills a cart (two variants of a perfume), customer (guest with `email`, or the logged-in one),
 * address, shipping; leaves it in ArrangingPayment.
 */
export async function prepareOrder(client: SimpleGraphQLClient, email: string | undefined): Promise<void> {
    const { product } = await client.query(PRODUCT, { slug: 'elie-saab-le-parfum' });
    const added = await client.query(ADD_ITEM, { id: product.variants[0].id, qty: 2 });
    expect(added.addItemToOrder.errorCode).toBeUndefined();
    await client.query(ADD_ITEM, { id: product.variants[1].id, qty: 1 });
    if (email) {
        // A guest checkout; a logged-in client (email undefined) is already the order's customer.
        const customer = await client.query(SET_CUSTOMER, {
            input: { emailAddress: email, firstName: 'Awa', lastName: 'Diallo' },
        });
        expect(customer.setCustomerForOrder.errorCode).toBeUndefined();
    }
    await client.query(SET_ADDRESS, {
        input: {
            fullName: 'Awa Diallo',
            streetLine1: '12 rue des Lilas',
            city: 'Paris',
            postalCode: '75011',
            countryCode: 'FR',
        },
    });
    const { eligibleShippingMethods } = await client.query(SHIPPING);
    await client.query(SET_SHIPPING, { id: [eligibleShippingMethods[0].id] });
    const arranging = await client.query(TO_ARRANGING);
    expect(arranging.transitionOrderToState.state).toBe('ArrangingPayment');
}

/** Pays with the test method (settles at once). */
export async function pay(client: SimpleGraphQLClient): Promise<PaidOrder> {
    const paid = await client.query(PAY);
    expect(paid.addPaymentToOrder.errorCode).toBeUndefined();
    expect(paid.addPaymentToOrder.state).toBe('PaymentSettled');
    return paid.addPaymentToOrder;
}

/** A full checkout with a fresh session. */
export async function checkout(port: number, email: string): Promise<PaidOrder> {
    const client = shopClient(port);
    await prepareOrder(client, email);
    return pay(client);
}
