/** The Admin API documents and types shared by the legal pages screens. */

/** A page as the screens read it. */
export interface AdminLegalPage {
    id: string;
    updatedAt: string;
    slug: string;
    enabled: boolean;
    title: string;
    translations: Array<{ id: string; languageCode: string; title: string; body: string }>;
}

export const PAGE_FIELDS = `
    id
    updatedAt
    slug
    enabled
    title
    translations {
        id
        languageCode
        title
        body
    }
`;

export const LEGAL_PAGES_QUERY = /* GraphQL */ `
    query DashboardLegalPages {
        legalPages(options: { sort: { slug: ASC }, take: 100 }) {
            totalItems
            items {
                ${PAGE_FIELDS}
            }
        }
    }
`;

export const LEGAL_PAGE_QUERY = /* GraphQL */ `
    query DashboardLegalPage($id: ID!) {
        legalPage(id: $id) {
            ${PAGE_FIELDS}
        }
        legalPagePlaceholders {
            name
            value
        }
    }
`;

export const PLACEHOLDERS_QUERY = /* GraphQL */ `
    query DashboardLegalPagePlaceholders {
        legalPagePlaceholders {
            name
            value
        }
    }
`;

const SAVE_RESULT = `
    __typename
    ... on LegalPage {
        ${PAGE_FIELDS}
    }
    ... on ErrorResult {
        errorCode
        message
    }
    ... on InvalidLegalPageInputError {
        field
    }
`;

export const CREATE_LEGAL_PAGE = /* GraphQL */ `
    mutation DashboardCreateLegalPage($input: CreateLegalPageInput!) {
        createLegalPage(input: $input) {
            ${SAVE_RESULT}
        }
    }
`;

export const UPDATE_LEGAL_PAGE = /* GraphQL */ `
    mutation DashboardUpdateLegalPage($input: UpdateLegalPageInput!) {
        updateLegalPage(input: $input) {
            ${SAVE_RESULT}
        }
    }
`;

export const DELETE_LEGAL_PAGE = /* GraphQL */ `
    mutation DashboardDeleteLegalPage($id: ID!) {
        deleteLegalPage(id: $id) {
            result
            message
        }
    }
`;

/** What a save returns: the page, or an error (with the invalid field for invalid input). */
export type SaveResult =
    | ({ __typename: 'LegalPage' } & AdminLegalPage)
    | {
          __typename: 'InvalidLegalPageInputError' | 'LegalPageSlugConflictError';
          message: string;
          field?: string;
      };
