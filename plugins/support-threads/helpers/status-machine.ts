/**
 * The status machine of a support thread (plain functions, no Vendure):
 *
 * - `open`: waiting on the staff; `pending`: waiting on the customer (a staff reply sets it);
 *   `resolved`: done, the customer may still answer (which reopens it) and it closes by itself
 *   after N days; `closed`: locked, nobody writes to it any more (a customer who writes again
 *   starts a new thread linked to it).
 * - A customer reply reopens a pending or resolved thread; a staff reply makes an open or
 *   resolved thread pending; internal notes change nothing.
 */

/** The statuses of a thread. */
export enum SupportThreadStatus {
    open = 'open',
    pending = 'pending',
    resolved = 'resolved',
    closed = 'closed',
}

/** The priorities of a thread (they select the SLA targets). */
export enum SupportThreadPriority {
    low = 'low',
    normal = 'normal',
    high = 'high',
    urgent = 'urgent',
}

/** Who wrote a message. */
export enum SupportMessageAuthorType {
    customer = 'customer',
    administrator = 'administrator',
    system = 'system',
}

/** The status changes an administrator may make by hand (`setSupportThreadStatus`). */
export const STAFF_TRANSITIONS: Readonly<Record<SupportThreadStatus, readonly SupportThreadStatus[]>> = {
    open: [SupportThreadStatus.pending, SupportThreadStatus.resolved, SupportThreadStatus.closed],
    pending: [SupportThreadStatus.open, SupportThreadStatus.resolved, SupportThreadStatus.closed],
    resolved: [SupportThreadStatus.open, SupportThreadStatus.closed],
    closed: [],
};

/** Whether an administrator may move a thread from `from` to `to`. */
export function canTransition(from: SupportThreadStatus, to: SupportThreadStatus): boolean {
    return STAFF_TRANSITIONS[from].includes(to);
}

/** The thread fields the machine reads and writes. */
export interface ThreadTimes {
    status: SupportThreadStatus;
    firstResponseAt: Date | null;
    firstResolvedAt: Date | null;
    resolvedAt: Date | null;
    closedAt: Date | null;
    waitingSince: Date | null;
    reopenCount: number;
}

/**
 * Applies a status change at `now` to `thread` (mutates it) and returns it: resolution and
 * closing times, the wait. Reopening clears `resolvedAt` and counts in `reopenCount`; it never
 * creates a new thread, and `firstResolvedAt` keeps the first resolution, so a reopened thread is
 * counted once in reports.
 */
export function applyStatus<T extends ThreadTimes>(thread: T, to: SupportThreadStatus, now: Date): T {
    const from = thread.status;
    thread.status = to;
    if (to === SupportThreadStatus.resolved || to === SupportThreadStatus.closed) {
        thread.resolvedAt ??= now;
        thread.firstResolvedAt ??= now;
        thread.waitingSince = null;
        if (to === SupportThreadStatus.closed) thread.closedAt = now;
    } else if (from === SupportThreadStatus.resolved) {
        thread.resolvedAt = null;
        thread.reopenCount += 1;
    }
    if (to === SupportThreadStatus.open && from !== SupportThreadStatus.open) thread.waitingSince ??= now;
    if (to === SupportThreadStatus.pending) thread.waitingSince = null;
    return thread;
}

/**
 * A customer message at `now`: reopens a pending or resolved thread, starts the wait if the staff
 * had answered last. The caller refuses messages to a closed thread before.
 */
export function afterCustomerMessage<T extends ThreadTimes>(thread: T, now: Date): T {
    if (thread.status !== SupportThreadStatus.open) applyStatus(thread, SupportThreadStatus.open, now);
    thread.waitingSince ??= now;
    return thread;
}

/**
 * A staff reply (not a note) at `now`: records the first response, ends the wait, and makes an
 * open or resolved thread pending (waiting on the customer).
 */
export function afterStaffReply<T extends ThreadTimes>(thread: T, now: Date): T {
    thread.firstResponseAt ??= now;
    if (thread.status !== SupportThreadStatus.pending) applyStatus(thread, SupportThreadStatus.pending, now);
    thread.waitingSince = null;
    return thread;
}
