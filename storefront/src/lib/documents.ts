/**
 * Every Shop API operation the storefront sends. Types come from graphql-codegen
 * (`npm run codegen`, output in ./gql/, committed) and the committed `schema.graphql`.
 */
import { graphql } from './gql';

// ---------------------------------------------------------------------------------------------
// Fragments
// ---------------------------------------------------------------------------------------------

export const ErrorResultFields = graphql(`
    fragment ErrorResultFields on ErrorResult {
        errorCode
        message
    }
`);

export const SearchItemFields = graphql(`
    fragment SearchItemFields on SearchResult {
        productId
        productName
        slug
        currencyCode
        inStock
        productAsset {
            id
            preview
        }
        priceWithTax {
            ... on PriceRange {
                min
                max
            }
            ... on SinglePrice {
                value
            }
        }
        originalPriceWithTax {
            ... on PriceRange {
                min
                max
            }
            ... on SinglePrice {
                value
            }
        }
        vipTier {
            name
        }
        facetValueIds
    }
`);

export const BrandFacetFields = graphql(`
    fragment BrandFacetFields on Facet {
        code
        values {
            id
            name
        }
    }
`);

export const AddressFields = graphql(`
    fragment AddressFields on OrderAddress {
        fullName
        company
        streetLine1
        streetLine2
        city
        province
        postalCode
        country
        countryCode
        phoneNumber
    }
`);

export const OrderFields = graphql(`
    fragment OrderFields on Order {
        id
        code
        state
        active
        currencyCode
        totalQuantity
        subTotalWithTax
        shippingWithTax
        totalWithTax
        couponCodes
        discounts {
            description
            amountWithTax
        }
        taxSummary {
            description
            taxRate
            taxTotal
        }
        customer {
            id
            firstName
            lastName
            emailAddress
        }
        shippingAddress {
            ...AddressFields
        }
        billingAddress {
            ...AddressFields
        }
        customFields {
            buyerVatNumber
        }
        shippingLines {
            priceWithTax
            shippingMethod {
                id
                code
                name
            }
        }
        payments {
            id
            method
            state
            amount
        }
        lines {
            id
            quantity
            unitPriceWithTax
            linePriceWithTax
            featuredAsset {
                preview
            }
            productVariant {
                id
                name
                sku
                stockLevel
                priceWithTax
                originalPriceWithTax
                vipTier {
                    name
                }
                options {
                    name
                }
                product {
                    name
                    slug
                    featuredAsset {
                        preview
                    }
                }
            }
        }
    }
`);

// ---------------------------------------------------------------------------------------------
// Catalogue
// ---------------------------------------------------------------------------------------------

/** The main navigation: the channel's top-level collections, in the Dashboard's order. */
export const NavCollectionsQuery = graphql(`
    query NavCollections {
        collections(options: { topLevelOnly: true, sort: { position: ASC }, take: 8 }) {
            items {
                slug
                name
            }
        }
    }
`);

/**
 * The home page. Every list has an explicit `take`: the Shop API's complexity limit
 * (src/config/harden.ts) counts a paginated list without one as 1000 items.
 */
export const HomeQuery = graphql(`
    query Home($take: Int!) {
        collections(options: { topLevelOnly: true, sort: { position: ASC }, take: 100 }) {
            items {
                id
                slug
                name
                description
                featuredAsset {
                    preview
                }
            }
        }
        search(input: { groupByProduct: true, take: $take, sort: { name: ASC } }) {
            totalItems
            items {
                ...SearchItemFields
            }
        }
        facets(options: { filter: { code: { eq: "brand" } }, take: 1 }) {
            items {
                ...BrandFacetFields
            }
        }
    }
`);

export const FacetValueCountFields = graphql(`
    fragment FacetValueCountFields on FacetValueResult {
        count
        facetValue {
            id
            code
            name
            facet {
                id
                code
                name
            }
        }
    }
`);

/**
 * A collection page: the collection, the listing (`$input`: filters, sort, page) and, from a
 * second `search` without the shopper's filters (`$facetInput`), the brand/category facet values
 * with their counts, so the filter list stays the same whatever is selected.
 */
export const CollectionQuery = graphql(`
    query Collection($slug: String!, $input: SearchInput!, $facetInput: SearchInput!) {
        collection(slug: $slug) {
            id
            slug
            name
            description
            featuredAsset {
                preview
            }
            translations {
                languageCode
                slug
            }
        }
        search(input: $input) {
            totalItems
            items {
                ...SearchItemFields
            }
        }
        facetSearch: search(input: $facetInput) {
            totalItems
            facetValues {
                ...FacetValueCountFields
            }
        }
    }
`);

/** The search page: results for a term, their facet values (brand names) and collections. */
export const SearchQuery = graphql(`
    query Search($input: SearchInput!) {
        search(input: $input) {
            totalItems
            items {
                ...SearchItemFields
            }
            facetValues {
                ...FacetValueCountFields
            }
            collections {
                count
                collection {
                    id
                    slug
                    name
                }
            }
        }
    }
`);

/** Names for the search box's suggestions (a `<datalist>`): every product and brand of the channel. */
export const SuggestionsQuery = graphql(`
    query Suggestions($take: Int!) {
        search(input: { groupByProduct: true, take: $take, sort: { name: ASC } }) {
            totalItems
            items {
                productName
                slug
            }
            facetValues {
                ...FacetValueCountFields
            }
        }
    }
`);

/** Every product and collection slug, for `sitemap.xml` (paged by `$skip`). */
export const SitemapQuery = graphql(`
    query Sitemap($take: Int!, $skip: Int!) {
        search(input: { groupByProduct: true, take: $take, skip: $skip, sort: { name: ASC } }) {
            totalItems
            items {
                slug
            }
        }
        collections(options: { take: 100 }) {
            items {
                slug
                translations {
                    languageCode
                    slug
                }
            }
        }
    }
`);

export const RelatedQuery = graphql(`
    query Related($collectionSlug: String!, $take: Int!) {
        search(input: { collectionSlug: $collectionSlug, groupByProduct: true, take: $take, inStock: true }) {
            items {
                ...SearchItemFields
            }
        }
        facets(options: { filter: { code: { eq: "brand" } }, take: 1 }) {
            items {
                ...BrandFacetFields
            }
        }
    }
`);

export const ProductQuery = graphql(`
    query Product($slug: String!) {
        product(slug: $slug) {
            id
            slug
            name
            description
            featuredAsset {
                id
                preview
                width
                height
            }
            assets {
                id
                preview
                width
                height
            }
            facetValues {
                id
                name
                code
                facet {
                    code
                    name
                }
            }
            collections {
                slug
                name
                translations {
                    languageCode
                    slug
                }
            }
            translations {
                languageCode
                slug
            }
            variants {
                id
                name
                sku
                currencyCode
                priceWithTax
                originalPriceWithTax
                vipTier {
                    name
                }
                stockLevel
                options {
                    code
                    name
                    group {
                        name
                    }
                }
            }
        }
    }
`);

// ---------------------------------------------------------------------------------------------
// Active order (cart)
// ---------------------------------------------------------------------------------------------

export const CartCountQuery = graphql(`
    query CartCount {
        activeOrder {
            id
            totalQuantity
        }
    }
`);

export const ActiveOrderQuery = graphql(`
    query ActiveOrder {
        activeOrder {
            ...OrderFields
        }
    }
`);

export const AddItemMutation = graphql(`
    mutation AddItem($variantId: ID!, $quantity: Int!) {
        addItemToOrder(productVariantId: $variantId, quantity: $quantity) {
            __typename
            ... on Order {
                id
                totalQuantity
            }
            ... on InsufficientStockError {
                quantityAvailable
            }
            ...ErrorResultFields
        }
    }
`);

export const AdjustLineMutation = graphql(`
    mutation AdjustLine($lineId: ID!, $quantity: Int!) {
        adjustOrderLine(orderLineId: $lineId, quantity: $quantity) {
            __typename
            ... on Order {
                id
                totalQuantity
            }
            ... on InsufficientStockError {
                quantityAvailable
            }
            ...ErrorResultFields
        }
    }
`);

export const RemoveLineMutation = graphql(`
    mutation RemoveLine($lineId: ID!) {
        removeOrderLine(orderLineId: $lineId) {
            __typename
            ... on Order {
                id
                totalQuantity
            }
            ...ErrorResultFields
        }
    }
`);

export const TransitionOrderMutation = graphql(`
    mutation TransitionOrder($state: String!) {
        transitionOrderToState(state: $state) {
            __typename
            ... on Order {
                id
                state
            }
            ... on OrderStateTransitionError {
                transitionError
                fromState
                toState
            }
            ...ErrorResultFields
        }
    }
`);

// ---------------------------------------------------------------------------------------------
// Checkout
// ---------------------------------------------------------------------------------------------

export const SetCustomerMutation = graphql(`
    mutation SetCustomer($input: CreateCustomerInput!) {
        setCustomerForOrder(input: $input) {
            __typename
            ... on Order {
                id
            }
            ... on GuestCheckoutError {
                errorDetail
            }
            ...ErrorResultFields
        }
    }
`);

export const CountriesQuery = graphql(`
    query Countries {
        availableCountries {
            id
            code
            name
        }
    }
`);

export const SetShippingAddressMutation = graphql(`
    mutation SetShippingAddress($input: CreateAddressInput!) {
        setOrderShippingAddress(input: $input) {
            __typename
            ... on Order {
                id
            }
            ...ErrorResultFields
        }
    }
`);

/**
 * Sets the active order's buyer VAT number (invoices plugin). A value the server refuses comes
 * back as a GraphQL `USER_INPUT_ERROR` whose message, in the request's language, explains why.
 */
export const SetBuyerVatNumberMutation = graphql(`
    mutation SetBuyerVatNumber($buyerVatNumber: String) {
        setOrderCustomFields(input: { customFields: { buyerVatNumber: $buyerVatNumber } }) {
            __typename
            ... on Order {
                id
            }
            ...ErrorResultFields
        }
    }
`);

export const ShippingMethodsQuery = graphql(`
    query ShippingMethods {
        eligibleShippingMethods {
            id
            code
            name
            description
            priceWithTax
        }
    }
`);

export const SetShippingMethodMutation = graphql(`
    mutation SetShippingMethod($ids: [ID!]!) {
        setOrderShippingMethod(shippingMethodId: $ids) {
            __typename
            ... on Order {
                id
            }
            ...ErrorResultFields
        }
    }
`);

export const PaymentMethodsQuery = graphql(`
    query PaymentMethods {
        eligiblePaymentMethods {
            id
            code
            name
            description
            isEligible
            eligibilityMessage
        }
    }
`);

export const AddPaymentMutation = graphql(`
    mutation AddPayment($input: PaymentInput!) {
        addPaymentToOrder(input: $input) {
            __typename
            ... on Order {
                id
                code
                state
            }
            ... on PaymentDeclinedError {
                paymentErrorMessage
            }
            ... on PaymentFailedError {
                paymentErrorMessage
            }
            ... on IneligiblePaymentMethodError {
                eligibilityCheckerMessage
            }
            ...ErrorResultFields
        }
    }
`);

export const OrderByCodeQuery = graphql(`
    query OrderByCode($code: String!) {
        orderByCode(code: $code) {
            ...OrderFields
            orderPlacedAt
        }
    }
`);
