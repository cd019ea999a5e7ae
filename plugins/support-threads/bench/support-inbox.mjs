/**
 * `support-inbox` (Radiant only, `--db=postgres`): the Dashboard's support inbox, Admin API
 * `supportInbox` (first page of 20, no filter: the longest waits first) over 10 000 threads and
 * 100 000 messages (_support.mjs). One virtual user: the latency one staff member sees. Target of
 * issue 15: p95 ≤ 150 ms.
 */
import { adminClient, INBOX, seedSupport } from './_support.mjs';

export default {
    name: 'support-inbox',
    description: 'Admin supportInbox, 10 000 threads / 100 000 messages, no filter (PostgreSQL)',
    order: 120,
    connections: 1,
    configurations: ['radiant'],
    async setup(ctx) {
        await seedSupport(ctx);
        return { supportAdmin: await adminClient(ctx) };
    },
    async run(vu) {
        const { supportInbox } = await vu.shared.supportAdmin.request(INBOX, {});
        if (supportInbox.totalItems < 10_000 || supportInbox.items.length !== 20)
            throw new Error(
                `supportInbox: ${supportInbox.totalItems} threads, ${supportInbox.items.length} items`,
            );
    },
};
