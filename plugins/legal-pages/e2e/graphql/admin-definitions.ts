/**
 * The Admin API documents of the legal pages plugin's e2e suite. Their result and variables types
 * are generated into generated-admin-types.ts by `npm run codegen` (codegen.plugins.cjs).
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import gql from 'graphql-tag';
import type * as Codegen from './generated-admin-types';

/** Every field of a page. */
export const LEGAL_PAGE_FIELDS = gql`
    fragment AdminLegalPageFields on LegalPage {
        id
        slug
        enabled
        languageCode
        title
        body
        translations {
            id
            languageCode
            title
            body
        }
    }
`;

/** The fields of the two ErrorResults of a save. */
export const SAVE_ERROR_FIELDS = gql`
    fragment LegalPageSaveErrorFields on ErrorResult {
        errorCode
        message
        ... on InvalidLegalPageInputError {
            field
        }
        ... on LegalPageSlugConflictError {
            slug
        }
    }
`;

/** The active channel's pages, sorted by slug. */
export const LEGAL_PAGES: TypedDocumentNode<Codegen.LegalPagesQuery, Codegen.LegalPagesQueryVariables> = gql`
    query LegalPages($options: LegalPageListOptions) {
        legalPages(options: $options) {
            totalItems
            items {
                ...AdminLegalPageFields
            }
        }
    }
    ${LEGAL_PAGE_FIELDS}
`;

/** One page by id. */
export const LEGAL_PAGE: TypedDocumentNode<Codegen.LegalPageQuery, Codegen.LegalPageQueryVariables> = gql`
    query LegalPage($id: ID!) {
        legalPage(id: $id) {
            ...AdminLegalPageFields
        }
    }
    ${LEGAL_PAGE_FIELDS}
`;

/** The placeholders and their values. */
export const LEGAL_PAGE_PLACEHOLDERS: TypedDocumentNode<
    Codegen.LegalPagePlaceholdersQuery,
    Codegen.LegalPagePlaceholdersQueryVariables
> = gql`
    query LegalPagePlaceholders {
        legalPagePlaceholders {
            name
            value
        }
    }
`;

/** Creates a page. */
export const CREATE_LEGAL_PAGE: TypedDocumentNode<
    Codegen.CreateLegalPageMutation,
    Codegen.CreateLegalPageMutationVariables
> = gql`
    mutation CreateLegalPage($input: CreateLegalPageInput!) {
        createLegalPage(input: $input) {
            ...AdminLegalPageFields
            ...LegalPageSaveErrorFields
        }
    }
    ${LEGAL_PAGE_FIELDS}
    ${SAVE_ERROR_FIELDS}
`;

/** Updates a page. */
export const UPDATE_LEGAL_PAGE: TypedDocumentNode<
    Codegen.UpdateLegalPageMutation,
    Codegen.UpdateLegalPageMutationVariables
> = gql`
    mutation UpdateLegalPage($input: UpdateLegalPageInput!) {
        updateLegalPage(input: $input) {
            ...AdminLegalPageFields
            ...LegalPageSaveErrorFields
        }
    }
    ${LEGAL_PAGE_FIELDS}
    ${SAVE_ERROR_FIELDS}
`;

/** Deletes a page. */
export const DELETE_LEGAL_PAGE: TypedDocumentNode<
    Codegen.DeleteLegalPageMutation,
    Codegen.DeleteLegalPageMutationVariables
> = gql`
    mutation DeleteLegalPage($id: ID!) {
        deleteLegalPage(id: $id) {
            result
            message
        }
    }
`;

/** Creates a role. */
export const CREATE_ROLE: TypedDocumentNode<Codegen.CreateRoleMutation, Codegen.CreateRoleMutationVariables> =
    gql`
        mutation CreateRole($input: CreateRoleInput!) {
            createRole(input: $input) {
                id
            }
        }
    `;

/** Creates an administrator. */
export const CREATE_ADMINISTRATOR: TypedDocumentNode<
    Codegen.CreateAdministratorMutation,
    Codegen.CreateAdministratorMutationVariables
> = gql`
    mutation CreateAdministrator($input: CreateAdministratorInput!) {
        createAdministrator(input: $input) {
            id
        }
    }
`;

/** The first customers' email addresses. */
export const CUSTOMERS: TypedDocumentNode<Codegen.CustomersQuery, Codegen.CustomersQueryVariables> = gql`
    query Customers {
        customers(options: { take: 1 }) {
            items {
                emailAddress
            }
        }
    }
`;
