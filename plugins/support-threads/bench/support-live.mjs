/**
 * `support-live` (Radiant only, `--db=postgres`): Server-Sent Events. One operation is a staff
 * reply (Admin API) to a customer's thread whose live stream (`GET /support-threads/live/:id`, the
 * customer's bearer token) is open, until the stream delivers that message; `summary` reports the
 * **delivery lag** (from the reply's answer to the event's arrival; the server polls the database
 * every `liveIntervalMs`, 1000 ms by default, so up to about a second is expected) and the
 * server's **memory per 1 000 open streams** (RSS with 1 000 more streams open on the same
 * thread, minus before). The bulk data of _support.mjs is there, as in production.
 */
import http from 'node:http';
import { expectOk } from '../../../bench/lib/http.mjs';
import { readMemory } from '../../../bench/lib/processes.mjs';
import { adminClient, seedSupport, STAFF_REPLY } from './_support.mjs';

const EXTRA_STREAMS = 1000;
const PASSWORD = 'bench-support-live';
const state = { lags: [], liveUrl: null, token: null, serverPid: null };

/** Opens a stream; `waitFor(text)` resolves when an event containing `text` arrived. */
function openStream(url, token, agent) {
    return new Promise((resolve, reject) => {
        const waiters = [];
        let buffer = '';
        const req = http.get(
            url,
            {
                agent,
                headers: {
                    authorization: `Bearer ${token}`,
                    'vendure-token': 'fr',
                    accept: 'text/event-stream',
                },
            },
            res => {
                if (res.statusCode !== 200) return reject(new Error(`live stream: HTTP ${res.statusCode}`));
                res.setEncoding('utf8');
                let opened = false;
                res.on('data', chunk => {
                    buffer += chunk;
                    if (!opened) {
                        opened = true;
                        resolve({
                            waitFor: text =>
                                new Promise(done => {
                                    if (buffer.includes(text)) done(Date.now());
                                    else waiters.push({ text, done });
                                }),
                            close: () => req.destroy(),
                        });
                    }
                    for (const w of waiters.splice(0)) {
                        if (buffer.includes(w.text)) w.done(Date.now());
                        else waiters.push(w);
                    }
                    if (buffer.length > 100_000) buffer = buffer.slice(-10_000);
                });
            },
        );
        req.on('error', reject);
    });
}

const percentile = (values, p) => {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};

export default {
    name: 'support-live',
    description:
        'staff reply until a connected SSE client receives it; memory per 1 000 streams (PostgreSQL)',
    order: 123,
    connections: 1,
    configurations: ['radiant'],
    async setup(ctx) {
        await seedSupport(ctx);
        const admin = await adminClient(ctx);
        const email = `bench-live-${Date.now()}@example.com`;
        const { createCustomer } = await admin.request(
            `mutation BenchLiveCustomer($input: CreateCustomerInput!, $password: String) {
                createCustomer(input: $input, password: $password) { __typename ... on Customer { id } ... on ErrorResult { errorCode message } }
            }`,
            { input: { emailAddress: email, firstName: 'Awa', lastName: 'Live' }, password: PASSWORD },
        );
        expectOk(createCustomer, 'createCustomer');
        const shop = ctx.createClient();
        const { login } = await shop.request(
            `mutation BenchLiveLogin($u: String!, $p: String!) { login(username: $u, password: $p) { __typename ... on ErrorResult { errorCode message } } }`,
            { u: email, p: PASSWORD },
        );
        expectOk(login, 'login');
        const { openSupportThread } = await shop.request(
            `mutation BenchLiveOpen { openSupportThread(input: { subject: "En direct", body: "Bonjour" }) { __typename ... on SupportThread { id } ... on ErrorResult { errorCode message } } }`,
        );
        const threadId = expectOk(openSupportThread, 'openSupportThread').id;
        state.liveUrl = `${new URL(ctx.shopApiUrl).origin}/support-threads/live/${threadId}`;
        state.token = shop.token;
        state.serverPid = ctx.serverPid;
        const stream = await openStream(state.liveUrl, state.token, new http.Agent({ keepAlive: false }));
        return { supportAdmin: admin, threadId, stream };
    },
    async run(vu) {
        const marker = `live-${vu.iteration}-${Math.random().toString(36).slice(2)}`;
        const arrived = vu.shared.stream.waitFor(marker);
        const { replyToSupportThread: r } = await vu.shared.supportAdmin.request(STAFF_REPLY, {
            input: { threadId: vu.shared.threadId, body: marker },
        });
        const answered = Date.now();
        if (r.__typename !== 'SupportThread')
            throw new Error(`replyToSupportThread: ${r.errorCode} ${r.message}`);
        const timeout = new Promise((_, reject) =>
            setTimeout(() => reject(new Error('no SSE event within 10 s')), 10_000).unref(),
        );
        state.lags.push((await Promise.race([arrived, timeout])) - answered);
    },
    async summary() {
        if (!state.liveUrl) return { lines: [] };
        const lines = [];
        const figures = {};
        if (state.lags.length) {
            figures.deliveryLagMs = { p50: percentile(state.lags, 50), p95: percentile(state.lags, 95) };
            lines.push(
                `SSE delivery lag after the reply's answer (${state.lags.length} messages): p50 ${figures.deliveryLagMs.p50} ms, p95 ${figures.deliveryLagMs.p95} ms`,
            );
        }
        if (state.serverPid) {
            const agent = new http.Agent({ keepAlive: false, maxSockets: Infinity });
            await new Promise(r => setTimeout(r, 2000));
            const before = readMemory(state.serverPid).rss;
            const streams = [];
            for (let i = 0; i < EXTRA_STREAMS; i += 50)
                streams.push(
                    ...(await Promise.all(
                        Array.from({ length: 50 }, () => openStream(state.liveUrl, state.token, agent)),
                    )),
                );
            await new Promise(r => setTimeout(r, 3000));
            const after = readMemory(state.serverPid).rss;
            for (const s of streams) s.close();
            figures.mbPer1000Streams = after - before;
            lines.push(
                `server RSS with ${EXTRA_STREAMS} more open streams: +${(after - before).toFixed(1)} MB (${before.toFixed(0)} → ${after.toFixed(0)} MB)`,
            );
        }
        return { lines, ...figures };
    },
};
