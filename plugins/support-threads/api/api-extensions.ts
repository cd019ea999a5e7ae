import gql from 'graphql-tag';

const common = gql`
    "A support thread's status: open (waiting on the staff), pending (waiting on the customer), resolved, closed (final)."
    enum SupportThreadStatus {
        open
        pending
        resolved
        closed
    }

    "A support thread's priority; it selects the SLA targets."
    enum SupportThreadPriority {
        low
        normal
        high
        urgent
    }

    "Who wrote a support message."
    enum SupportMessageAuthorType {
        customer
        administrator
        system
    }

    "The thread id is unknown, another customer's or another channel's (they are not told apart)."
    type SupportThreadNotFoundError implements ErrorResult {
        errorCode: ErrorCode!
        message: String!
    }

    "The order id is unknown or not one of the signed-in customer's orders in this channel."
    type SupportOrderNotFoundError implements ErrorResult {
        errorCode: ErrorCode!
        message: String!
    }

    "An empty or too long body (limit 10 000 characters) or subject (limit 200), or invalid tags."
    type InvalidSupportMessageError implements ErrorResult {
        errorCode: ErrorCode!
        message: String!
    }

    "An attachment that is not a PNG, JPEG, WebP, GIF or PDF (checked from its bytes), over 5 MB, or more than 5."
    type InvalidSupportAttachmentError implements ErrorResult {
        errorCode: ErrorCode!
        message: String!
    }

    "The thread is closed: nobody writes to it any more (a customer opens a new thread with previousThreadId)."
    type SupportThreadClosedError implements ErrorResult {
        errorCode: ErrorCode!
        message: String!
    }

    "A status change that the status machine does not allow (the message lists the allowed ones)."
    type SupportThreadStatusError implements ErrorResult {
        errorCode: ErrorCode!
        message: String!
    }

    """
    A file attached to a support message (an image or a PDF, a Vendure Asset stored privately: the
    public asset server answers 404 for it). Download it from url / previewUrl with the same
    session (cookie or bearer token) as the API call that returned it.
    """
    type SupportAttachment {
        "The Asset's id."
        id: ID!
        "The safe file name (letters, digits, - and _, with the extension of its detected type)."
        name: String!
        "image/png, image/jpeg, image/webp, image/gif or application/pdf (detected from the bytes)."
        mimeType: String!
        "Size in bytes."
        fileSize: Int!
        "Pixels (0 for a PDF)."
        width: Int!
        height: Int!
        """
        Path on the Vendure server (prefix it with the API's origin) of the file:
        /support-threads/attachments/<id>?vendure-token=<channel token>. Authenticated: the
        thread's customer or staff with ReadSupportThread; 404 for anyone else.
        """
        url: String!
        "The same with &preview=1: a preview image (a PNG icon for a PDF)."
        previewUrl: String!
    }

    input SupportThreadListOptions {
        skip: Int
        "At most 100; default 20."
        take: Int
    }
`;

const message = `
        id: ID!
        createdAt: DateTime!
        authorType: SupportMessageAuthorType!
        "The author's name when written (a customer's or administrator's name, or the shop's for system messages)."
        authorName: String!
        "Plain text as typed (HTML is not interpreted: escape it when showing it; links may be autolinked)."
        body: String!
        "Images and PDFs, downloaded through an authenticated route (see SupportAttachment)."
        attachments: [SupportAttachment!]!
        "When the customer first saw it."
        readByCustomerAt: DateTime
        "When the staff first saw it."
        readByStaffAt: DateTime
`;

const thread = `
        id: ID!
        createdAt: DateTime!
        updatedAt: DateTime!
        subject: String!
        status: SupportThreadStatus!
        "The order the thread is about, or null."
        orderId: ID
        "The latest message the customer can see."
        lastMessageAt: DateTime
        "The closed thread this one follows up, or null."
        previousThreadId: ID
`;

/** Shop API: the signed-in customer's own threads of the active channel. */
export const shopApiExtensions = gql`
    ${common}

    "One message of a support thread (internal notes are never part of the Shop API)."
    type SupportMessage implements Node {
        ${message}
    }

    "A support thread of the signed-in customer."
    type SupportThread implements Node {
        ${thread}
        "The code of the order the thread is about, or null."
        orderCode: String
        "Staff replies the customer has not read."
        unreadCount: Int!
        "The messages, oldest first, without the staff's internal notes."
        messages: [SupportMessage!]!
    }

    type SupportThreadList implements PaginatedList {
        items: [SupportThread!]!
        totalItems: Int!
    }

    input OpenSupportThreadInput {
        "1 to 200 characters."
        subject: String!
        "1 to 10 000 characters, plain text."
        body: String!
        "One of the customer's orders in this channel."
        orderId: ID
        "A closed thread of the customer this one follows up."
        previousThreadId: ID
        "Up to 5 images (PNG, JPEG, WebP, GIF) or PDFs of 5 MB at most (GraphQL multipart upload)."
        attachments: [Upload!]
    }

    input ReplyToSupportThreadInput {
        threadId: ID!
        "1 to 10 000 characters, plain text."
        body: String!
        attachments: [Upload!]
    }

    union OpenSupportThreadResult =
          SupportThread
        | SupportOrderNotFoundError
        | SupportThreadNotFoundError
        | SupportThreadStatusError
        | InvalidSupportMessageError
        | InvalidSupportAttachmentError

    union ReplyToSupportThreadResult =
          SupportThread
        | SupportThreadNotFoundError
        | SupportThreadClosedError
        | InvalidSupportMessageError
        | InvalidSupportAttachmentError

    union MarkSupportThreadReadResult = SupportThread | SupportThreadNotFoundError

    union CloseSupportThreadResult = SupportThread | SupportThreadNotFoundError | SupportThreadStatusError

    extend type Query {
        "The signed-in customer's threads in this channel, latest activity first, with unread counts."
        mySupportThreads(options: SupportThreadListOptions): SupportThreadList!
        "One of the signed-in customer's threads, or null (unknown or another customer's)."
        supportThread(id: ID!): SupportThread
    }

    extend type Mutation {
        "Opens a thread with its first message, optionally about one of the customer's orders."
        openSupportThread(input: OpenSupportThreadInput!): OpenSupportThreadResult!
        "Adds the customer's message; a pending or resolved thread reopens."
        replyToSupportThread(input: ReplyToSupportThreadInput!): ReplyToSupportThreadResult!
        "Marks the staff's replies read; unreadCount becomes 0."
        markSupportThreadRead(threadId: ID!): MarkSupportThreadReadResult!
        "Closes the thread for good."
        closeSupportThread(threadId: ID!): CloseSupportThreadResult!
    }
`;

/** Admin API: the inbox and the staff's actions, with the plugin's SupportThread permissions. */
export const adminApiExtensions = gql`
    ${common}

    "No administrator with that id."
    type InvalidSupportAssigneeError implements ErrorResult {
        errorCode: ErrorCode!
        message: String!
    }

    "One message of a support thread, internal notes included."
    type SupportMessage implements Node {
        ${message}
        "A staff-only note: never shown to the customer nor emailed."
        internal: Boolean!
        "The administrator who wrote it, if any."
        administratorId: ID
    }

    "A support thread, with its SLA figures."
    type SupportThread implements Node {
        ${thread}
        channelId: ID!
        customer: Customer!
        order: Order
        priority: SupportThreadPriority!
        assignee: Administrator
        tags: [String!]!
        "The customer's language (their emails use it)."
        languageCode: String!
        "The first staff reply (never reset)."
        firstResponseAt: DateTime
        "The first resolution (never reset: a reopened thread is counted once)."
        firstResolvedAt: DateTime
        "The latest resolution; null while open or pending."
        resolvedAt: DateTime
        closedAt: DateTime
        "How many times a customer reply reopened it after a resolution."
        reopenCount: Int!
        "Since when the customer waits for the staff; null when the staff answered last."
        waitingSince: DateTime
        "When the next staff reply is due (first- or next-response target of the priority), or null."
        responseDueAt: DateTime
        "Seconds left before responseDueAt (negative once passed), or null."
        responseTimeLeft: Int
        "Seconds from the opening to the first staff reply, or null."
        firstResponseSeconds: Int
        "Seconds from the opening to the first resolution, or null."
        resolutionSeconds: Int
        "Customer messages the staff has not read."
        staffUnreadCount: Int!
        "Staff replies the customer has not read."
        customerUnreadCount: Int!
        "The messages, oldest first, internal notes included."
        messages: [SupportMessage!]!
        "The customer's placed orders in the thread's channel, latest first (20)."
        customerOrders: OrderList!
    }

    type SupportThreadList implements PaginatedList {
        items: [SupportThread!]!
        totalItems: Int!
    }

    "Inbox filters, combined (AND)."
    input SupportInboxFilter {
        status: [SupportThreadStatus!]
        priority: [SupportThreadPriority!]
        assigneeId: ID
        "Only threads nobody is assigned to."
        unassigned: Boolean
        "true: with unread customer messages; false: without."
        unread: Boolean
        "From the default channel: one channel only (other channels only see their own threads)."
        channelId: ID
        customerId: ID
        orderId: ID
        "Words in the subject, the messages (notes included), the customer's name or email."
        search: String
    }

    input ReplyToSupportThreadInput {
        threadId: ID!
        "1 to 10 000 characters, plain text."
        body: String!
        "true: an internal note (staff only, no email, no status change)."
        internal: Boolean
        attachments: [Upload!]
    }

    "A channel's effective support settings (settings store supportThreads.settings over the plugin options)."
    type SupportSettings {
        autoCloseAfterDays: Int!
        "Minutes per priority, as JSON: { low, normal, high, urgent }."
        firstResponseMinutes: JSON!
        nextResponseMinutes: JSON!
        supportEmail: String!
    }

    union ReplyToSupportThreadResult =
          SupportThread
        | SupportThreadNotFoundError
        | SupportThreadClosedError
        | InvalidSupportMessageError
        | InvalidSupportAttachmentError

    union UpdateSupportThreadResult =
          SupportThread
        | SupportThreadNotFoundError
        | SupportThreadStatusError
        | InvalidSupportAssigneeError
        | InvalidSupportMessageError

    extend type Query {
        "The inbox: the longest-waiting threads first, then the latest activity."
        supportInbox(filter: SupportInboxFilter, options: SupportThreadListOptions): SupportThreadList!
        supportThread(id: ID!): SupportThread
        "The active channel's effective support settings."
        supportSettings: SupportSettings!
    }

    extend type Mutation {
        "A staff reply (the thread becomes pending; the customer is emailed) or an internal note."
        replyToSupportThread(input: ReplyToSupportThreadInput!): ReplyToSupportThreadResult!
        "Marks the customer's messages read by the staff."
        markSupportThreadRead(threadId: ID!): UpdateSupportThreadResult!
        "Changes the status (see the plugin README for the allowed changes)."
        setSupportThreadStatus(threadId: ID!, status: SupportThreadStatus!): UpdateSupportThreadResult!
        "Assigns the thread (null: unassigned)."
        assignSupportThread(threadId: ID!, administratorId: ID): UpdateSupportThreadResult!
        setSupportThreadPriority(threadId: ID!, priority: SupportThreadPriority!): UpdateSupportThreadResult!
        "Replaces the tags (lower-cased, unique, at most 20 of 40 characters)."
        setSupportThreadTags(threadId: ID!, tags: [String!]!): UpdateSupportThreadResult!
        "Deletes the thread and its messages."
        deleteSupportThread(threadId: ID!): DeletionResponse!
    }
`;
