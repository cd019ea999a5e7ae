/** The ErrorResults of the plugin's mutations (GraphQL types of the same name, `ErrorCode` values). */
export const SUPPORT_ERRORS = {
    SupportThreadNotFoundError: 'SUPPORT_THREAD_NOT_FOUND_ERROR',
    SupportOrderNotFoundError: 'SUPPORT_ORDER_NOT_FOUND_ERROR',
    InvalidSupportMessageError: 'INVALID_SUPPORT_MESSAGE_ERROR',
    InvalidSupportAttachmentError: 'INVALID_SUPPORT_ATTACHMENT_ERROR',
    SupportThreadClosedError: 'SUPPORT_THREAD_CLOSED_ERROR',
    SupportThreadStatusError: 'SUPPORT_THREAD_STATUS_ERROR',
    InvalidSupportAssigneeError: 'INVALID_SUPPORT_ASSIGNEE_ERROR',
} as const;

/** The GraphQL type name of a plugin ErrorResult. */
export type SupportErrorType = keyof typeof SUPPORT_ERRORS;

/** An ErrorResult of the plugin, as the resolvers return it (nothing was stored). */
export class SupportError {
    readonly errorCode: (typeof SUPPORT_ERRORS)[SupportErrorType];
    constructor(
        public readonly __typename: SupportErrorType,
        public readonly message: string,
    ) {
        this.errorCode = SUPPORT_ERRORS[__typename];
    }
}

/** The message of a thread id that is unknown, of another customer or of another channel (the same). */
export const threadNotFound = (id: unknown) =>
    new SupportError('SupportThreadNotFoundError', `No support thread with id ${String(id)}.`);
