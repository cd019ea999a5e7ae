/**
 * The Admin API documents of the support-threads e2e suite. Their result and variables types are
 * generated into generated-admin-types.ts by `npm run codegen` (codegen.plugins.cjs).
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import gql from 'graphql-tag';
import type * as Codegen from './generated-admin-types';

const THREAD_FIELDS = gql`
    fragment AdminThread on SupportThread {
        id
        channelId
        subject
        status
        priority
        tags
        languageCode
        orderId
        previousThreadId
        customer {
            id
            emailAddress
        }
        assignee {
            id
        }
        firstResponseAt
        firstResolvedAt
        resolvedAt
        closedAt
        reopenCount
        waitingSince
        responseDueAt
        responseTimeLeft
        firstResponseSeconds
        resolutionSeconds
        staffUnreadCount
        customerUnreadCount
        messages {
            id
            authorType
            body
            internal
            readByStaffAt
            attachments {
                id
                name
                url
                previewUrl
            }
        }
    }
`;

/** The first customers of the test data. */
export const CUSTOMERS: TypedDocumentNode<Codegen.CustomersQuery, Codegen.CustomersQueryVariables> = gql`
    query Customers {
        customers(options: { take: 3, sort: { id: ASC } }) {
            items {
                id
                emailAddress
            }
        }
    }
`;

/** The signed-in administrator. */
export const ME: TypedDocumentNode<Codegen.MeQuery, Codegen.MeQueryVariables> = gql`
    query Me {
        activeAdministrator {
            id
            emailAddress
        }
    }
`;

/** The inbox. */
export const INBOX: TypedDocumentNode<Codegen.InboxQuery, Codegen.InboxQueryVariables> = gql`
    query Inbox($filter: SupportInboxFilter!) {
        supportInbox(filter: $filter, options: { take: 100 }) {
            totalItems
            items {
                id
                subject
                status
                waitingSince
            }
        }
    }
`;

/** One thread with everything. */
export const ADMIN_THREAD: TypedDocumentNode<Codegen.AdminThreadQuery, Codegen.AdminThreadQueryVariables> =
    gql`
        query AdminThread($id: ID!) {
            supportThread(id: $id) {
                ...AdminThread
                customerOrders {
                    totalItems
                    items {
                        code
                    }
                }
            }
        }
        ${THREAD_FIELDS}
    `;

/** A staff reply or note. */
export const ADMIN_REPLY: TypedDocumentNode<Codegen.AdminReplyMutation, Codegen.AdminReplyMutationVariables> =
    gql`
        mutation AdminReply($input: ReplyToSupportThreadInput!) {
            replyToSupportThread(input: $input) {
                __typename
                ...AdminThread
                ... on ErrorResult {
                    errorCode
                    message
                }
            }
        }
        ${THREAD_FIELDS}
    `;

/** Changes the status. */
export const SET_STATUS: TypedDocumentNode<Codegen.SetStatusMutation, Codegen.SetStatusMutationVariables> =
    gql`
        mutation SetStatus($threadId: ID!, $status: SupportThreadStatus!) {
            setSupportThreadStatus(threadId: $threadId, status: $status) {
                __typename
                ...AdminThread
                ... on ErrorResult {
                    errorCode
                    message
                }
            }
        }
        ${THREAD_FIELDS}
    `;

/** Assigns. */
export const ASSIGN: TypedDocumentNode<Codegen.AssignMutation, Codegen.AssignMutationVariables> = gql`
    mutation Assign($threadId: ID!, $administratorId: ID) {
        assignSupportThread(threadId: $threadId, administratorId: $administratorId) {
            __typename
            ...AdminThread
            ... on ErrorResult {
                errorCode
                message
            }
        }
    }
    ${THREAD_FIELDS}
`;

/** Sets the priority. */
export const SET_PRIORITY: TypedDocumentNode<
    Codegen.SetPriorityMutation,
    Codegen.SetPriorityMutationVariables
> = gql`
    mutation SetPriority($threadId: ID!, $priority: SupportThreadPriority!) {
        setSupportThreadPriority(threadId: $threadId, priority: $priority) {
            __typename
            ...AdminThread
            ... on ErrorResult {
                errorCode
                message
            }
        }
    }
    ${THREAD_FIELDS}
`;

/** Sets the tags. */
export const SET_TAGS: TypedDocumentNode<Codegen.SetTagsMutation, Codegen.SetTagsMutationVariables> = gql`
    mutation SetTags($threadId: ID!, $tags: [String!]!) {
        setSupportThreadTags(threadId: $threadId, tags: $tags) {
            __typename
            ...AdminThread
            ... on ErrorResult {
                errorCode
                message
            }
        }
    }
    ${THREAD_FIELDS}
`;

/** The staff reads the thread. */
export const ADMIN_MARK_READ: TypedDocumentNode<
    Codegen.AdminMarkReadMutation,
    Codegen.AdminMarkReadMutationVariables
> = gql`
    mutation AdminMarkRead($threadId: ID!) {
        markSupportThreadRead(threadId: $threadId) {
            __typename
            ...AdminThread
            ... on ErrorResult {
                errorCode
                message
            }
        }
    }
    ${THREAD_FIELDS}
`;

/** Vendure's settings store write (the channel's support settings). */
export const SET_SETTING: TypedDocumentNode<Codegen.SetSettingMutation, Codegen.SetSettingMutationVariables> =
    gql`
        mutation SetSetting($input: SettingsStoreInput!) {
            setSettingsStoreValue(input: $input) {
                key
                result
                error
            }
        }
    `;

/** The effective settings. */
export const SETTINGS: TypedDocumentNode<Codegen.SettingsQuery, Codegen.SettingsQueryVariables> = gql`
    query Settings {
        supportSettings {
            autoCloseAfterDays
            firstResponseMinutes
            supportEmail
        }
    }
`;

/** A role for the permission checks. */
export const CREATE_ROLE: TypedDocumentNode<Codegen.CreateRoleMutation, Codegen.CreateRoleMutationVariables> =
    gql`
        mutation CreateRole($input: CreateRoleInput!) {
            createRole(input: $input) {
                id
            }
        }
    `;

/** An administrator for the permission checks. */
export const CREATE_ADMIN: TypedDocumentNode<
    Codegen.CreateAdminMutation,
    Codegen.CreateAdminMutationVariables
> = gql`
    mutation CreateAdmin($input: CreateAdministratorInput!) {
        createAdministrator(input: $input) {
            id
        }
    }
`;
