/**
 * `support-inbox-search` (Radiant only, `--db=postgres`): the inbox's free-text filter,
 * `supportInbox(filter: { search: "numéro 4242" })` over 10 000 threads and 100 000 messages
 * (_support.mjs): subjects, message bodies (trigram index on LOWER(body), migration
 * SupportSearchTrigram) and customers' names and emails. One virtual user. Target of issue 15:
 * p95 ≤ 150 ms (913 ms before the index).
 *
 * `summary` runs the inbox's search SQL itself with EXPLAIN ANALYZE, with the index and with
 * bitmap scans turned off in its own session (the sequential scan of the bodies it replaced).
 */
import { adminClient, database, INBOX, seedSupport } from './_support.mjs';

const SEARCH = 'numéro 4242';
const state = { ctx: null };

export default {
    name: 'support-inbox-search',
    description: 'Admin supportInbox(search: "numéro 4242"), 10 000 threads / 100 000 messages (PostgreSQL)',
    order: 121,
    connections: 1,
    configurations: ['radiant'],
    async setup(ctx) {
        await seedSupport(ctx);
        state.ctx = { databaseUrl: ctx.databaseUrl };
        return { supportAdmin: await adminClient(ctx) };
    },
    async run(vu) {
        const { supportInbox } = await vu.shared.supportAdmin.request(INBOX, { filter: { search: SEARCH } });
        if (supportInbox.totalItems < 1 || supportInbox.totalItems > 100)
            throw new Error(`supportInbox(search): ${supportInbox.totalItems} threads`);
    },
    async summary() {
        if (!state.ctx) return { lines: [] };
        const db = await database(state.ctx);
        const like = `%${SEARCH}%`;
        // The shape of SupportThreadService.inboxQuery's search: one table per part.
        const sql = `SELECT t.id FROM radiant_support_thread t
            WHERE LOWER(t.subject) LIKE $1
               OR t."customerId" IN (SELECT c.id FROM customer c WHERE LOWER(c."emailAddress") LIKE $1
                  OR LOWER(c."firstName" || ' ' || c."lastName") LIKE $1)
               OR t.id IN (SELECT m."threadId" FROM radiant_support_message m WHERE LOWER(m.body) LIKE $1)`;
        const time = async () => {
            const { rows } = await db.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${sql}`, [like]);
            const plan = rows[0]['QUERY PLAN'][0];
            return { ms: plan['Execution Time'], usesIndex: JSON.stringify(plan).includes('body_trgm') };
        };
        try {
            await time();
            const indexed = await time();
            await db.query('SET enable_bitmapscan = off');
            const scanned = await time();
            return {
                indexedMs: indexed.ms,
                scanMs: scanned.ms,
                lines: [
                    `search SQL alone (EXPLAIN ANALYZE): ${indexed.ms.toFixed(1)} ms with the trigram index` +
                        ` (${indexed.usesIndex ? 'used' : 'NOT used'}), ${scanned.ms.toFixed(1)} ms scanning the bodies`,
                ],
            };
        } finally {
            await db.end();
        }
    },
};
