/**
 * Shared by the support-threads scenarios (Radiant only, `--db=postgres`): the bulk data of issue
 * 15's target — 10 000 threads and 100 000 messages (a tenth of them internal notes) of 500
 * customers in the `fr` channel — inserted with SQL in a few statements (seconds, where the API
 * would take an hour), once per configuration database, then ANALYZEd; and an Admin API client
 * signed in as the superadmin.
 *
 * Message bodies are `Bonjour, ma commande numéro <n> <two md5 hex words>`, n = 7·i mod 100 000, so
 * the free-text filter `numéro 4242` matches a handful of threads (4242, 42420…42429), as a staff
 * member looking for one order would.
 */
import { createRequire } from 'node:module';
import { createGraphQLClient } from '../../../bench/lib/http.mjs';

export const THREADS = Number(process.env.BENCH_SUPPORT_THREADS || 10_000);
export const MESSAGES = Number(process.env.BENCH_SUPPORT_MESSAGES || 100_000);
const CUSTOMERS = 500;
const SUPERADMIN = { username: 'superadmin', password: 'superadmin' };

const seeded = new Map();

/** A `pg` client of the configuration's database (connected; end it). */
export async function database(ctx) {
    if (!ctx.databaseUrl) throw new Error('the support-threads scenarios need --db=postgres');
    const pg = createRequire(import.meta.url)('pg');
    const client = new pg.Client({ connectionString: ctx.databaseUrl });
    await client.connect();
    return client;
}

/** Inserts the bulk threads and messages once per database; 2 000 ids of threads that are not closed. */
export function seedSupport(ctx) {
    if (!seeded.has(ctx.databaseUrl)) seeded.set(ctx.databaseUrl, insertBulk(ctx));
    return seeded.get(ctx.databaseUrl);
}

async function insertBulk(ctx) {
    const db = await database(ctx);
    try {
        const channel = (await db.query(`SELECT id FROM channel WHERE token = 'fr'`)).rows[0]?.id;
        if (!channel) throw new Error('no fr channel');
        const started = Date.now();
        await db.query('BEGIN');
        const customers = await db.query(
            `INSERT INTO customer ("firstName", "lastName", "emailAddress")
             SELECT 'Client', 'Bench ' || g, 'bench-support-' || g || '@example.com' FROM generate_series(1, $1) g
             RETURNING id`,
            [CUSTOMERS],
        );
        const firstCustomer = Math.min(...customers.rows.map(r => r.id));
        const threads = await db.query(
            `INSERT INTO radiant_support_thread ("channelId", "customerId", subject, status, priority, tags,
                 "languageCode", "lastMessageAt", "waitingSince", "staffUnreadCount")
             SELECT $1, $2 + (g % $3), 'Question ' || substr(md5(g::text), 1, 12),
                 (ARRAY['open','pending','resolved','closed'])[1 + g % 4],
                 (ARRAY['low','normal','high','urgent'])[1 + g % 4], '', 'fr',
                 now() - g * interval '1 minute',
                 CASE WHEN g % 4 = 0 THEN now() - g * interval '1 minute' END, g % 3
             FROM generate_series(1, $4) g
             RETURNING id`,
            [channel, firstCustomer, CUSTOMERS, THREADS],
        );
        const firstThread = Math.min(...threads.rows.map(r => r.id));
        await db.query(
            `INSERT INTO radiant_support_message ("threadId", "authorType", "authorName", body, internal, "createdAt")
             SELECT $1 + (g % $2), CASE WHEN g % 2 = 0 THEN 'customer' ELSE 'administrator' END, 'Bench',
                 'Bonjour, ma commande numéro ' || ((g * 7) % 100000) || ' ' || md5(g::text) || ' ' || md5((g + 1)::text),
                 g % 10 = 0, now() - (g % 10000) * interval '1 minute'
             FROM generate_series(1, $3) g`,
            [firstThread, THREADS, MESSAGES],
        );
        await db.query('COMMIT');
        await db.query('ANALYZE radiant_support_thread, radiant_support_message, customer');
        const writable = await db.query(
            `SELECT id FROM radiant_support_thread WHERE id >= $1 AND status <> 'closed' ORDER BY id LIMIT 2000`,
            [firstThread],
        );
        return { writableThreads: writable.rows.map(r => String(r.id)), seedMs: Date.now() - started };
    } finally {
        await db.end();
    }
}

/** An Admin API client signed in as the superadmin, in the `fr` channel (close it when done). */
export async function adminClient(ctx) {
    const admin = createGraphQLClient({ url: ctx.adminApiUrl, channel: 'fr' });
    const { login } = await admin.request(
        `mutation BenchSupportLogin($u: String!, $p: String!) { login(username: $u, password: $p) { __typename } }`,
        { u: SUPERADMIN.username, p: SUPERADMIN.password },
    );
    if (login.__typename !== 'CurrentUser') throw new Error('support bench: Admin API login failed');
    return admin;
}

/** The Admin API inbox query of the Dashboard's list (one page of 20). */
export const INBOX = `query BenchSupportInbox($filter: SupportInboxFilter) {
    supportInbox(filter: $filter, options: { take: 20 }) {
        totalItems
        items { id subject status priority waitingSince lastMessageAt staffUnreadCount }
    }
}`;

/** A staff reply (not a note): the thread becomes pending and the customer is emailed. */
export const STAFF_REPLY = `mutation BenchSupportReply($input: ReplyToSupportThreadInput!) {
    replyToSupportThread(input: $input) { __typename ... on SupportThread { id status } ... on ErrorResult { errorCode message } }
}`;
