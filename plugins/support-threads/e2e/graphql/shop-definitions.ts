/**
 * The Shop API documents of the support-threads e2e suite. Their result and variables types are
 * generated into generated-shop-types.ts by `npm run codegen` (codegen.plugins.cjs).
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import gql from 'graphql-tag';
import type * as Codegen from './generated-shop-types';

const THREAD_FIELDS = gql`
    fragment ShopThread on SupportThread {
        id
        subject
        status
        orderId
        orderCode
        unreadCount
        lastMessageAt
        previousThreadId
        messages {
            id
            authorType
            authorName
            body
            readByCustomerAt
            readByStaffAt
            attachments {
                id
                name
                mimeType
                fileSize
                url
                previewUrl
            }
        }
    }
`;

/** Signs a customer in. */
export const LOG_IN: TypedDocumentNode<Codegen.LogInMutation, Codegen.LogInMutationVariables> = gql`
    mutation LogIn($username: String!, $password: String!) {
        login(username: $username, password: $password) {
            __typename
            ... on CurrentUser {
                id
            }
        }
    }
`;

/** Opens a thread. */
export const OPEN_THREAD: TypedDocumentNode<Codegen.OpenThreadMutation, Codegen.OpenThreadMutationVariables> =
    gql`
        mutation OpenThread($input: OpenSupportThreadInput!) {
            openSupportThread(input: $input) {
                __typename
                ...ShopThread
                ... on ErrorResult {
                    errorCode
                    message
                }
            }
        }
        ${THREAD_FIELDS}
    `;

/** The customer's reply. */
export const REPLY: TypedDocumentNode<Codegen.ReplyMutation, Codegen.ReplyMutationVariables> = gql`
    mutation Reply($input: ReplyToSupportThreadInput!) {
        replyToSupportThread(input: $input) {
            __typename
            ...ShopThread
            ... on ErrorResult {
                errorCode
                message
            }
        }
    }
    ${THREAD_FIELDS}
`;

/** Marks the staff's replies read. */
export const MARK_READ: TypedDocumentNode<Codegen.MarkReadMutation, Codegen.MarkReadMutationVariables> = gql`
    mutation MarkRead($threadId: ID!) {
        markSupportThreadRead(threadId: $threadId) {
            __typename
            ...ShopThread
            ... on ErrorResult {
                errorCode
                message
            }
        }
    }
    ${THREAD_FIELDS}
`;

/** Closes a thread. */
export const CLOSE: TypedDocumentNode<Codegen.CloseMutation, Codegen.CloseMutationVariables> = gql`
    mutation Close($threadId: ID!) {
        closeSupportThread(threadId: $threadId) {
            __typename
            ...ShopThread
            ... on ErrorResult {
                errorCode
                message
            }
        }
    }
    ${THREAD_FIELDS}
`;

/** The customer's threads. */
export const MY_THREADS: TypedDocumentNode<Codegen.MyThreadsQuery, Codegen.MyThreadsQueryVariables> = gql`
    query MyThreads {
        mySupportThreads(options: { take: 100 }) {
            totalItems
            items {
                ...ShopThread
            }
        }
    }
    ${THREAD_FIELDS}
`;

/** One thread. */
export const THREAD: TypedDocumentNode<Codegen.ThreadQuery, Codegen.ThreadQueryVariables> = gql`
    query Thread($id: ID!) {
        supportThread(id: $id) {
            ...ShopThread
        }
    }
    ${THREAD_FIELDS}
`;
