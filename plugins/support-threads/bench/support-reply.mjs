/**
 * `support-reply` (Radiant only, `--db=postgres`): one staff reply, Admin API
 * `replyToSupportThread` (not a note), on the bulk threads of _support.mjs that are not closed, in turn: the message,
 * the thread's status and counters, the SupportMessageEvent (the customer's email is rendered by
 * the worker, not in the request). One virtual user: the time one reply takes. The number of SQL
 * statements of a reply is pinned by the e2e suite (sql-query-count).
 */
import { adminClient, seedSupport, STAFF_REPLY } from './_support.mjs';

export default {
    name: 'support-reply',
    description: 'Admin replyToSupportThread (staff reply) on 10 000 threads (PostgreSQL)',
    order: 122,
    connections: 1,
    configurations: ['radiant'],
    async setup(ctx) {
        const { writableThreads } = await seedSupport(ctx);
        return { supportAdmin: await adminClient(ctx), writableThreads };
    },
    async run(vu) {
        const { writableThreads, supportAdmin } = vu.shared;
        const threadId = writableThreads[vu.iteration % writableThreads.length];
        const { replyToSupportThread: r } = await supportAdmin.request(STAFF_REPLY, {
            input: { threadId, body: `Réponse ${vu.iteration}` },
        });
        if (r.__typename !== 'SupportThread')
            throw new Error(`replyToSupportThread: ${r.errorCode} ${r.message}`);
    },
};
