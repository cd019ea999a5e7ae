/**
 * The Admin API documents of the VIP price CSV suite (vip-pricing-csv.e2e-spec.ts). Their result and
 * variables types are generated into generated-admin-types.ts by `npm run codegen`.
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import gql from 'graphql-tag';
import type * as Codegen from './generated-admin-types';

/** The channel's VIP prices as CSV. */
export const EXPORT_PRICES: TypedDocumentNode<
    Codegen.ExportVipPricesQuery,
    Codegen.ExportVipPricesQueryVariables
> = gql`
    query ExportVipPrices {
        exportVipPrices
    }
`;

const IMPORT_RESULT = gql`
    fragment VipPriceImportResultFields on VipPriceImportResult {
        __typename
        ... on VipPriceImportSummary {
            dryRun
            created
            updated
            unchanged
        }
        ... on VipPriceImportError {
            errorCode
            message
            rowErrors {
                row
                field
                message
            }
        }
    }
`;

/** Imports a CSV given as text. */
export const IMPORT_PRICES: TypedDocumentNode<
    Codegen.ImportVipPricesMutation,
    Codegen.ImportVipPricesMutationVariables
> = gql`
    mutation ImportVipPrices($csv: String, $dryRun: Boolean) {
        importVipPrices(csv: $csv, dryRun: $dryRun) {
            ...VipPriceImportResultFields
        }
    }
    ${IMPORT_RESULT}
`;

/** Imports a CSV upload (with the test client's fileUploadMutation). */
export const IMPORT_PRICES_FILE: TypedDocumentNode<
    Codegen.ImportVipPricesFileMutation,
    Codegen.ImportVipPricesFileMutationVariables
> = gql`
    mutation ImportVipPricesFile($file: Upload!) {
        importVipPrices(file: $file) {
            ...VipPriceImportResultFields
        }
    }
    ${IMPORT_RESULT}
`;

/** One tier of the channel. */
export const GET_TIER: TypedDocumentNode<Codegen.GetVipTierQuery, Codegen.GetVipTierQueryVariables> = gql`
    query GetVipTier($id: ID!) {
        vipTier(id: $id) {
            id
            name
            rank
            discountPercent
            joinSpend
            keepSpend
            currencyCode
            customerGroup {
                id
            }
        }
    }
`;

/** Creates a role (for the permission tests). */
export const CREATE_VIP_ROLE: TypedDocumentNode<
    Codegen.CreateVipRoleMutation,
    Codegen.CreateVipRoleMutationVariables
> = gql`
    mutation CreateVipRole($input: CreateRoleInput!) {
        createRole(input: $input) {
            id
        }
    }
`;

/** Creates an administrator (for the permission tests). */
export const CREATE_VIP_ADMIN: TypedDocumentNode<
    Codegen.CreateVipAdminMutation,
    Codegen.CreateVipAdminMutationVariables
> = gql`
    mutation CreateVipAdmin($input: CreateAdministratorInput!) {
        createAdministrator(input: $input) {
            id
        }
    }
`;

/** The VIP prices of a variant, with tier and window. */
export const VARIANT_VIP_PRICES: TypedDocumentNode<
    Codegen.VariantVipPricesQuery,
    Codegen.VariantVipPricesQueryVariables
> = gql`
    query VariantVipPrices($productVariantId: ID!) {
        vipPrices(productVariantId: $productVariantId) {
            id
            price
            currencyCode
            startsAt
            endsAt
            tier {
                name
            }
        }
    }
`;

/** Variant ids by SKU (the first 50 of the channel). */
export const VARIANT_SKUS: TypedDocumentNode<Codegen.VariantSkusQuery, Codegen.VariantSkusQueryVariables> =
    gql`
        query VariantSkus {
            productVariants(options: { take: 50 }) {
                items {
                    id
                    sku
                }
            }
        }
    `;
