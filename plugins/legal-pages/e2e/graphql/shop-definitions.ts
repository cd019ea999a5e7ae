/**
 * The Shop API documents of the legal pages plugin's e2e suite. Their result and variables types
 * are generated into generated-shop-types.ts by `npm run codegen` (codegen.plugins.cjs).
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import gql from 'graphql-tag';
import type * as Codegen from './generated-shop-types';

/** One enabled page by slug, in the request's language. */
export const SHOP_LEGAL_PAGE: TypedDocumentNode<
    Codegen.ShopLegalPageQuery,
    Codegen.ShopLegalPageQueryVariables
> = gql`
    query ShopLegalPage($slug: String!) {
        legalPage(slug: $slug) {
            id
            slug
            languageCode
            title
            body
        }
    }
`;

/** Every enabled page. */
export const SHOP_LEGAL_PAGES: TypedDocumentNode<
    Codegen.ShopLegalPagesQuery,
    Codegen.ShopLegalPagesQueryVariables
> = gql`
    query ShopLegalPages {
        legalPages {
            slug
            title
        }
    }
`;
