import { ID, RequestContext, VendureEvent } from '@vendure/core';
import type { SupportMessage } from '../entities/support-message.entity';
import type { SupportThread } from '../entities/support-thread.entity';
import type { SupportThreadStatus } from '../helpers/status-machine';

/**
 * Published after a message was added to a thread (committed): a customer message, a staff reply,
 * or an internal note (`message.internal`: staff only; the plugin's emails ignore it and so must
 * anything that reaches the customer).
 */
export class SupportMessageEvent extends VendureEvent {
    constructor(
        public ctx: RequestContext,
        /** The thread after the message (status, counts). */
        public thread: SupportThread,
        /** The new message. */
        public message: SupportMessage,
        /**
         * For a customer message: who the staff alert goes to (the assignee's address, else the
         * channel's support address), or undefined when there is nobody to alert.
         */
        public staffRecipient?: string,
    ) {
        super();
    }
}

/** Who changed a thread's status. */
export type SupportActor = 'customer' | 'administrator' | 'system';

/**
 * Published after a thread's status changed on its own (an administrator's or customer's explicit
 * change, the auto-close task); the changes a message implies (a staff reply making it pending, a
 * customer reply reopening it) come with the {@link SupportMessageEvent} instead.
 */
export class SupportThreadStatusEvent extends VendureEvent {
    constructor(
        public ctx: RequestContext,
        /** The thread after the change. */
        public thread: SupportThread,
        public fromStatus: SupportThreadStatus,
        public toStatus: SupportThreadStatus,
        public by: SupportActor,
    ) {
        super();
    }
}

/**
 * Published after a thread and its messages were deleted (committed), with the ids of the Assets
 * its messages carried, which the plugin then deletes (files included): a deleted conversation
 * leaves no private attachment behind.
 */
export class SupportThreadDeletedEvent extends VendureEvent {
    constructor(
        public ctx: RequestContext,
        /** The thread as it was before its deletion. */
        public thread: SupportThread,
        /** The Assets attached to its messages (notes included). */
        public attachmentIds: ID[],
    ) {
        super();
    }
}

/**
 * Published once per customer wait when a thread passes its response target (the SLA task):
 * `recipient` is the assignee's address or the channel's support address.
 */
export class SupportSlaBreachEvent extends VendureEvent {
    constructor(
        public ctx: RequestContext,
        public thread: SupportThread,
        /** When the reply was due. */
        public dueAt: Date,
        /** Who is reminded. */
        public recipient: string,
    ) {
        super();
    }
}
