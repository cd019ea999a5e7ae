/**
 * The Shop API documents of the VIP pricing e2e suite. Their result and variables types are
 * generated into generated-shop-types.ts by `npm run codegen` (codegen.plugins.cjs).
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import gql from 'graphql-tag';
import type * as Codegen from './generated-shop-types';

/** A product's variants with their regular and VIP prices. */
export const PRODUCT_PRICES: TypedDocumentNode<
    Codegen.ProductPricesQuery,
    Codegen.ProductPricesQueryVariables
> = gql`
    query ProductPrices($slug: String!) {
        product(slug: $slug) {
            id
            variants {
                id
                sku
                price
                priceWithTax
                originalPrice
                originalPriceWithTax
                vipTier {
                    id
                    name
                    rank
                }
            }
        }
    }
`;

/** A search page with regular and VIP prices. */
export const SEARCH_PRICES: TypedDocumentNode<Codegen.SearchPricesQuery, Codegen.SearchPricesQueryVariables> =
    gql`
        query SearchPrices($input: SearchInput!) {
            search(input: $input) {
                totalItems
                items {
                    productId
                    productVariantId
                    slug
                    sku
                    priceWithTax {
                        ... on SinglePrice {
                            value
                        }
                        ... on PriceRange {
                            min
                            max
                        }
                    }
                    originalPriceWithTax {
                        ... on SinglePrice {
                            value
                        }
                        ... on PriceRange {
                            min
                            max
                        }
                    }
                    vipTier {
                        name
                    }
                }
            }
        }
    `;

/** A product listing page (24 products with their variants' prices). */
export const PRODUCT_LISTING: TypedDocumentNode<
    Codegen.ProductListingQuery,
    Codegen.ProductListingQueryVariables
> = gql`
    query ProductListing($take: Int!) {
        products(options: { take: $take, sort: { id: ASC } }) {
            items {
                id
                variants {
                    id
                    priceWithTax
                    originalPriceWithTax
                }
            }
        }
    }
`;

/** Signs in. */
export const LOGIN: TypedDocumentNode<Codegen.LogInMutation, Codegen.LogInMutationVariables> = gql`
    mutation LogIn($username: String!, $password: String!) {
        login(username: $username, password: $password) {
            ... on CurrentUser {
                id
            }
            ... on ErrorResult {
                errorCode
                message
            }
        }
    }
`;

/** Adds a variant to the cart. */
export const ADD_TO_CART: TypedDocumentNode<Codegen.AddToCartMutation, Codegen.AddToCartMutationVariables> =
    gql`
        mutation AddToCart($productVariantId: ID!, $quantity: Int!) {
            addItemToOrder(productVariantId: $productVariantId, quantity: $quantity) {
                ... on Order {
                    id
                    code
                    subTotalWithTax
                    lines {
                        unitPriceWithTax
                    }
                }
                ... on ErrorResult {
                    errorCode
                    message
                }
            }
        }
    `;

/** The cart with its lines' prices. */
export const ACTIVE_ORDER: TypedDocumentNode<
    Codegen.ActiveOrderPricesQuery,
    Codegen.ActiveOrderPricesQueryVariables
> = gql`
    query ActiveOrderPrices {
        activeOrder {
            id
            code
            subTotalWithTax
            totalWithTax
            currencyCode
            discounts {
                amountWithTax
            }
            lines {
                quantity
                unitPriceWithTax
                linePriceWithTax
                productVariant {
                    id
                    priceWithTax
                    originalPriceWithTax
                }
            }
        }
    }
`;

/** The signed-in customer's VIP standing. */
export const VIP_STATUS: TypedDocumentNode<Codegen.MyVipStatusQuery, Codegen.MyVipStatusQueryVariables> = gql`
    query MyVipStatus {
        activeCustomer {
            id
            vipStatus {
                tier {
                    name
                    rank
                }
                spend
                currencyCode
                nextTier {
                    name
                    joinSpend
                }
                amountToNextTier
                pinned
            }
        }
    }
`;
