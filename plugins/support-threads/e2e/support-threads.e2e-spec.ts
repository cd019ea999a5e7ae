/**
 * Support threads end to end (the plugin alone, e2e/test-config.ts), on sql.js and PostgreSQL:
 * owner checks on every Shop API operation, internal notes absent from every Shop API response
 * and email, attachments checked from their bytes (type, size, count, names), text kept as typed,
 * the status machine with reopening, follow-ups and auto-close, SLA reminders sent once, the
 * inbox's filters and order, emails in the customer's language, and bad input that stores nothing.
 */
import {
    Asset,
    ConfigService,
    Customer,
    RequestContextService,
    TransactionalConnection,
} from '@vendure/core';
import gql from 'graphql-tag';
import { In } from 'typeorm';
import type { EmailDetails } from '@vendure/email-plugin';
import type { SimpleGraphQLClient } from '@vendure/testing';
import { print } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DATABASES } from '../../../test/support/plugin-test-env';
import { assertErrorResult, assertSuccess } from '../../../test/support/graphql-results';
import { payWithTestMethod, prepareOrder, shopClient } from '../../../test/support/shop-checkout';
import { waitForJobQueue } from '../../../src/tooling/job-queue';
import {
    SupportLiveService,
    SupportMessage,
    SupportMessageAuthorType,
    SupportSchedulerService,
    SupportThread,
    SupportThreadService,
} from '../index';
import {
    ADMIN_MARK_READ,
    ADMIN_REPLY,
    ADMIN_THREAD,
    ASSIGN,
    CREATE_ADMIN,
    CREATE_ROLE,
    CUSTOMERS,
    INBOX,
    ME,
    SET_PRIORITY,
    SET_SETTING,
    SET_STATUS,
    SET_TAGS,
    SETTINGS,
} from './graphql/admin-definitions';
import { CLOSE, LOG_IN, MARK_READ, MY_THREADS, OPEN_THREAD, REPLY, THREAD } from './graphql/shop-definitions';
import { STOREFRONT_URL, SUPPORT_EMAIL, supportTestEnvironment } from './test-config';
import { SupportAttachmentChannels1796300200000 as PostgresAttachmentChannels } from '../../../migrations/postgres/1796300200000-SupportAttachmentChannels';
import { SupportCustomerSearchTrigram1796300300000 as SupportCustomerSearchTrigram } from '../../../migrations/postgres/1796300300000-SupportCustomerSearchTrigram';
import { SupportAttachmentChannels1796300200000 as SqliteAttachmentChannels } from '../../../migrations/sqlite/1796300200000-SupportAttachmentChannels';

const DAY = 86_400_000;
// A valid 2×2 PNG (the asset server's sharp decodes it for the preview).
const PNG = Buffer.from(
    '89504e470d0a1a0a0000000d4948445200000002000000020802000000fdd49a730000000970485973000003e8000003e801b57b526b0000001249444154789c6338212777424e8e014201001f260411b88253000000000049454e44ae426082',
    'hex',
);
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
const SCRIPT = Buffer.from('#!/bin/sh\necho pwned\n');

/** A Server-Sent Event as a test reads it. */
interface SseEvent {
    id: string | undefined;
    data: Record<string, unknown>;
}

interface UploadFile {
    name: string;
    bytes: Buffer;
    type?: string;
}

for (const db of TEST_DATABASES) {
    describe(`support threads on ${db}`, () => {
        let t: Awaited<ReturnType<typeof supportTestEnvironment>>;
        let alice: SimpleGraphQLClient; // writes in English
        let bruno: SimpleGraphQLClient; // writes in French
        let aliceEmail: string;
        let aliceOrder: { id: string; code: string };
        let brunoOrder: { id: string; code: string };
        let adminId: string;

        const repo = <T extends object>(entity: new () => T) =>
            t.server.app.get(TransactionalConnection).rawConnection.getRepository(entity);
        const counts = async () => ({
            threads: await repo(SupportThread).count(),
            messages: await repo(SupportMessage).count(),
            assets: await repo(Asset).count(),
        });
        /** Waits (≤ 10 s) until `count` emails match: the EmailPlugin renders and sends in the background. */
        const waitForEmails = async (match: (e: EmailDetails) => boolean, count = 1) => {
            for (let i = 0; i < 100 && t.emails.filter(match).length < count; i++)
                await new Promise(r => setTimeout(r, 100));
            await waitForJobQueue(t.server.app);
            return t.emails.filter(match);
        };
        const emailsTo = (to: string, count = 1) => waitForEmails(e => e.recipient === to, count);
        /** The database id of an API id (the test harness prefixes ids with `T_`). */
        const rawId = (id: string) => Number(id.replace(/^T_/, ''));
        const everyEmailText = () => t.emails.map(e => `${e.subject}\n${e.body}`).join('\n');
        /** A GraphQL multipart request (the files go to `variables.input.attachments`). */
        const upload = async <R, V>(
            client: SimpleGraphQLClient,
            api: 'shop-api' | 'admin-api',
            doc: TypedDocumentNode<R, V>,
            input: Record<string, unknown>,
            files: UploadFile[],
        ) => {
            const body = new FormData();
            body.append(
                'operations',
                JSON.stringify({
                    query: print(doc),
                    variables: { input: { ...input, attachments: files.map(() => null) } },
                }),
            );
            body.append(
                'map',
                JSON.stringify(
                    Object.fromEntries(
                        files.map((_, i) => [String(i), [`variables.input.attachments.${i}`]]),
                    ),
                ),
            );
            files.forEach((f, i) =>
                body.append(String(i), new Blob([f.bytes], { type: f.type ?? 'image/png' }), f.name),
            );
            const response = await fetch(`http://localhost:${t.port}/${api}`, {
                method: 'POST',
                body,
                headers: { authorization: `Bearer ${client.getAuthToken()}`, 'vendure-token': 'fr' },
            });
            const json = (await response.json()) as { data: R; errors?: unknown[] };
            expect(json.errors).toBeUndefined();
            return json.data;
        };
        const open = (
            client: SimpleGraphQLClient,
            input: { subject: string; body: string; orderId?: string; previousThreadId?: string },
        ) => client.query(OPEN_THREAD, { input }).then(r => r.openSupportThread);
        const openOk = async (
            client: SimpleGraphQLClient,
            subject: string,
            body = 'Bonjour, une question.',
        ) => {
            const opened = await open(client, { subject, body });
            assertSuccess(opened, 'id');
            return opened;
        };
        const adminThread = async (id: string) =>
            (await t.adminClient.query(ADMIN_THREAD, { id })).supportThread;
        /**
         * Opens a Server-Sent Events stream (200, `text/event-stream`) and collects its text until
         * `close()`; resolves once the stream says it follows (`: following`, sent once subscribed).
         * `events(type)` parses the events of that type received so far: `id:` and JSON `data`.
         */
        const openStream = async (url: string, init: RequestInit) => {
            const abort = new AbortController();
            const response = await fetch(url, { ...init, signal: abort.signal });
            expect(response.status).toBe(200);
            expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
            const stream = { text: '' };
            const reading = (async () => {
                const decoder = new TextDecoder();
                try {
                    for await (const chunk of response.body!)
                        stream.text += decoder.decode(chunk as Uint8Array);
                } catch {
                    // closed by the test
                }
            })();
            for (let i = 0; i < 100 && !stream.text.includes(': following'); i++)
                await new Promise(r => setTimeout(r, 50));
            return Object.assign(stream, {
                close: async () => {
                    abort.abort();
                    await reading;
                },
                events: (type: string): SseEvent[] =>
                    stream.text
                        .split('\n\n')
                        .filter(block => block.startsWith(`event: ${type}\n`))
                        .map(block => ({
                            id: /\nid: (.*)/.exec(block)?.[1],
                            data: JSON.parse(block.split('\ndata: ')[1]) as Record<string, unknown>,
                        })),
            });
        };

        beforeAll(async () => {
            t = await supportTestEnvironment(db);
            await t.adminClient.asSuperAdmin();
            adminId = (await t.adminClient.query(ME)).activeAdministrator.id;
            const { customers } = await t.adminClient.query(CUSTOMERS);
            aliceEmail = customers.items[0].emailAddress;
            alice = shopClient(t.port, 'fr', 'en');
            bruno = shopClient(t.port, 'fr', 'fr');
            await alice.query(LOG_IN, { username: aliceEmail, password: 'test' });
            await bruno.query(LOG_IN, { username: customers.items[1].emailAddress, password: 'test' });
            const a = await prepareOrder(alice);
            await payWithTestMethod(alice);
            aliceOrder = { id: a.id, code: a.code };
            const b = await prepareOrder(bruno);
            await payWithTestMethod(bruno);
            brunoOrder = { id: b.id, code: b.code };
        });

        afterAll(async () => {
            await t?.server.destroy();
            t?.cleanup();
        });

        it('opens a thread about one of my orders, and alerts the support address in French', async () => {
            const opened = await open(alice, {
                subject: 'Flacon abîmé',
                body: 'The bottle arrived <b>broken</b> <script>alert(1)</script>',
                orderId: aliceOrder.id,
            });
            assertSuccess(opened, 'id');
            expect(opened).toMatchObject({ status: 'open', orderCode: aliceOrder.code, unreadCount: 0 });
            // Kept as typed: clients escape it when they show it.
            expect(opened.messages[0].body).toBe(
                'The bottle arrived <b>broken</b> <script>alert(1)</script>',
            );
            const alerts = await emailsTo(SUPPORT_EMAIL);
            expect(alerts).toHaveLength(1);
            expect(alerts[0].subject).toBe(`[Support n° ${opened.id}] Flacon abîmé`);
            // Handlebars escaped the customer's HTML in the email.
            expect(alerts[0].body).toContain('&lt;script&gt;');
            expect(alerts[0].body).not.toContain('<script>alert');
        });

        it('refuses an order of another customer or an unknown one, and stores nothing', async () => {
            const before = await counts();
            for (const orderId of [brunoOrder.id, '999999']) {
                const refused = await open(alice, { subject: 'Question', body: 'Hello', orderId });
                assertErrorResult(refused);
                expect(refused.errorCode).toBe('SUPPORT_ORDER_NOT_FOUND_ERROR');
            }
            expect(await counts()).toEqual(before);
        });

        it('refuses empty and too long messages and subjects with clear messages, storing nothing', async () => {
            const before = await counts();
            const cases = [
                { subject: 'Question', body: '   \n ', message: 'The message is empty.' },
                {
                    subject: 'Question',
                    body: 'x'.repeat(20_000),
                    message: 'The message is 20000 characters long; the limit is 10000.',
                },
                { subject: ' ', body: 'Hello', message: 'The subject is empty.' },
                {
                    subject: 's'.repeat(201),
                    body: 'Hello',
                    message: 'The subject is 201 characters long; the limit is 200.',
                },
            ];
            for (const c of cases) {
                const refused = await open(alice, { subject: c.subject, body: c.body });
                assertErrorResult(refused);
                expect(refused).toMatchObject({
                    errorCode: 'INVALID_SUPPORT_MESSAGE_ERROR',
                    message: c.message,
                });
            }
            const thread = (await alice.query(MY_THREADS)).mySupportThreads.items[0];
            const reply = await alice.query(REPLY, { input: { threadId: thread.id, body: '' } });
            assertErrorResult(reply.replyToSupportThread);
            expect(await counts()).toEqual(before);
        });

        it("keeps every operation on another customer's thread out of reach", async () => {
            const mine = (await alice.query(MY_THREADS)).mySupportThreads.items[0];
            const before = await counts();
            expect((await bruno.query(THREAD, { id: mine.id })).supportThread).toBeNull();
            expect((await bruno.query(MY_THREADS)).mySupportThreads.items.map(i => i.id)).not.toContain(
                mine.id,
            );
            const results = [
                (await bruno.query(REPLY, { input: { threadId: mine.id, body: 'Intrus' } }))
                    .replyToSupportThread,
                (await bruno.query(MARK_READ, { threadId: mine.id })).markSupportThreadRead,
                (await bruno.query(CLOSE, { threadId: mine.id })).closeSupportThread,
                await open(bruno, { subject: 'Suite', body: 'Suite', previousThreadId: mine.id }),
                (
                    await upload(bruno, 'shop-api', REPLY, { threadId: mine.id, body: 'Pièce' }, [
                        { name: 'a.png', bytes: PNG },
                    ])
                ).replyToSupportThread,
            ];
            for (const r of results) expect(r).toMatchObject({ errorCode: 'SUPPORT_THREAD_NOT_FOUND_ERROR' });
            expect(await counts()).toEqual(before);
            expect((await adminThread(mine.id)).status).toBe('open');
            // Signed out: no access at all.
            const anonymous = shopClient(t.port, 'fr');
            await expect(anonymous.query(MY_THREADS)).rejects.toThrow(/not currently authorized/);
            await expect(anonymous.query(THREAD, { id: mine.id })).rejects.toThrow(
                /not currently authorized/,
            );
        });

        it('emails a staff reply in the customer’s language and never shows or emails an internal note', async () => {
            const mine = (await alice.query(MY_THREADS)).mySupportThreads.items[0];
            const note = await t.adminClient.query(ADMIN_REPLY, {
                input: { threadId: mine.id, body: 'NOTE-SECRETE: client difficile', internal: true },
            });
            assertSuccess(note.replyToSupportThread, 'id');
            expect(note.replyToSupportThread.status).toBe('open');
            const reply = await t.adminClient.query(ADMIN_REPLY, {
                input: { threadId: mine.id, body: 'We are sending a new bottle today.' },
            });
            assertSuccess(reply.replyToSupportThread, 'id');
            expect(reply.replyToSupportThread).toMatchObject({ status: 'pending', waitingSince: null });
            expect(reply.replyToSupportThread.firstResponseAt).toBeTruthy();
            expect(reply.replyToSupportThread.messages.map(m => m.internal)).toEqual([false, true, false]);

            const toAlice = await emailsTo(aliceEmail);
            expect(toAlice).toHaveLength(1);
            expect(toAlice[0].subject).toBe('Reply to your request “Flacon abîmé”');
            expect(toAlice[0].body).toContain('We are sending a new bottle today.');
            expect(toAlice[0].body).toContain(`${STOREFRONT_URL}/en/compte/demandes/${mine.id}`);
            expect(everyEmailText()).not.toContain('NOTE-SECRETE');

            const shopViews = [
                (await alice.query(THREAD, { id: mine.id })).supportThread,
                (await alice.query(MY_THREADS)).mySupportThreads.items.find(i => i.id === mine.id)!,
            ];
            for (const view of shopViews) {
                expect(view.messages.map(m => m.body)).not.toContain('NOTE-SECRETE: client difficile');
                expect(view.messages).toHaveLength(2);
                expect(view.unreadCount).toBe(1);
            }
            const read = (await alice.query(MARK_READ, { threadId: mine.id })).markSupportThreadRead;
            assertSuccess(read, 'id');
            expect(read.unreadCount).toBe(0);
            expect(read.messages.every(m => m.readByCustomerAt)).toBe(true);
            expect(JSON.stringify(read)).not.toContain('NOTE-SECRETE');
        });

        it('reopens on a customer reply, counts the first resolution once, and locks a closed thread', async () => {
            const mine = (await alice.query(MY_THREADS)).mySupportThreads.items[0];
            const reopened = (await alice.query(REPLY, { input: { threadId: mine.id, body: 'Thanks!' } }))
                .replyToSupportThread;
            assertSuccess(reopened, 'id');
            expect(reopened.status).toBe('open');
            const resolved = (
                await t.adminClient.query(SET_STATUS, { threadId: mine.id, status: 'resolved' })
            ).setSupportThreadStatus;
            assertSuccess(resolved, 'id');
            const firstResolvedAt: unknown = resolved.firstResolvedAt;
            expect(resolved).toMatchObject({
                resolvedAt: firstResolvedAt,
                waitingSince: null,
                reopenCount: 0,
            });
            const statusEmails = await waitForEmails(
                e => e.recipient === aliceEmail && e.subject.includes('resolved'),
            );
            expect(statusEmails).toHaveLength(1);

            await alice.query(REPLY, { input: { threadId: mine.id, body: 'Actually, one more thing.' } });
            const again = await adminThread(mine.id);
            expect(again).toMatchObject({
                status: 'open',
                resolvedAt: null,
                reopenCount: 1,
                firstResolvedAt,
            });
            expect(again.waitingSince).toBeTruthy();

            const impossible = (await t.adminClient.query(SET_STATUS, { threadId: mine.id, status: 'open' }))
                .setSupportThreadStatus;
            assertErrorResult(impossible);
            expect(impossible.message).toBe(
                'A open thread cannot become open; it can become pending, resolved, closed.',
            );

            const closed = (await alice.query(CLOSE, { threadId: mine.id })).closeSupportThread;
            assertSuccess(closed, 'id');
            expect(closed.status).toBe('closed');
            const resolvedAgain = await adminThread(mine.id);
            expect(resolvedAgain.firstResolvedAt).toBe(firstResolvedAt);
            expect(resolvedAgain.resolutionSeconds).toBeGreaterThanOrEqual(0);

            const before = await counts();
            const locked = (await alice.query(REPLY, { input: { threadId: mine.id, body: 'Hello?' } }))
                .replyToSupportThread;
            assertErrorResult(locked);
            expect(locked.errorCode).toBe('SUPPORT_THREAD_CLOSED_ERROR');
            const staffLocked = (
                await t.adminClient.query(ADMIN_REPLY, { input: { threadId: mine.id, body: 'Hi' } })
            ).replyToSupportThread;
            assertErrorResult(staffLocked);
            for (const status of ['open', 'pending', 'resolved'] as const) {
                const r = (await t.adminClient.query(SET_STATUS, { threadId: mine.id, status }))
                    .setSupportThreadStatus;
                assertErrorResult(r);
                expect(r.errorCode).toBe('SUPPORT_THREAD_STATUS_ERROR');
            }
            assertErrorResult((await alice.query(CLOSE, { threadId: mine.id })).closeSupportThread);
            expect(await counts()).toEqual(before);

            const followUp = await open(alice, {
                subject: 'Again',
                body: 'New question',
                previousThreadId: mine.id,
            });
            assertSuccess(followUp, 'id');
            expect(followUp.previousThreadId).toBe(mine.id);
        });

        it('stores images and PDFs checked from their bytes, with safe names', async () => {
            const thread = await openOk(bruno, 'Pièces jointes');
            const result = (
                await upload(bruno, 'shop-api', REPLY, { threadId: thread.id, body: 'Voici les photos' }, [
                    { name: 'photo.png', bytes: PNG },
                    { name: 'Facture été <x>.php.pdf', bytes: PDF, type: 'application/pdf' },
                    { name: 'no-extension', bytes: PNG, type: 'application/octet-stream' },
                ])
            ).replyToSupportThread;
            assertSuccess(result, 'messages');
            const attachments = result.messages[1].attachments;
            expect(attachments.map(a => a.name)).toEqual([
                'photo.png',
                'Facture-ete-x-php.pdf',
                'no-extension.png',
            ]);
            expect(attachments.map(a => a.mimeType)).toEqual(['image/png', 'application/pdf', 'image/png']);
        });

        it('keeps attachments off the public asset server and serves them to the owner and the staff only', async () => {
            const get = (url: string, client?: SimpleGraphQLClient) =>
                fetch(`http://localhost:${t.port}${url}`, {
                    headers: client ? { authorization: `Bearer ${client.getAuthToken()}` } : {},
                });
            const thread = await openOk(bruno, 'Facture scannée');
            const replied = (
                await upload(bruno, 'shop-api', REPLY, { threadId: thread.id, body: 'Ma facture' }, [
                    { name: 'facture.png', bytes: PNG },
                    { name: 'facture.pdf', bytes: PDF, type: 'application/pdf' },
                ])
            ).replyToSupportThread;
            assertSuccess(replied, 'messages');
            const [image, pdf] = replied.messages[1].attachments;
            expect(image.url).toBe(`/support-threads/attachments/${image.id}?vendure-token=fr`);
            expect(image.previewUrl).toBe(`${image.url}&preview=1`);

            // The public asset server: the file, its preview and any transform answer 404.
            const asset = await repo(Asset).findOneByOrFail({ id: rawId(image.id) });
            expect(asset.source).toMatch(/^support-private\/[0-9a-f]{32}\/facture\.png$/);
            expect(asset.preview.startsWith(asset.source.replace(/facture\.png$/, ''))).toBe(true);
            for (const key of [
                asset.source,
                asset.preview,
                `${asset.source}?preset=thumb`,
                asset.source.toUpperCase(),
            ])
                expect((await get(`/assets/${key}`)).status, key).toBe(404);

            // The owner gets the bytes (and the preview image); the PDF keeps its type.
            const own = await get(image.url, bruno);
            expect(own.status).toBe(200);
            expect(own.headers.get('content-type')).toBe('image/png');
            expect(own.headers.get('cache-control')).toBe('private, max-age=300');
            expect(Buffer.from(await own.arrayBuffer()).equals(PNG)).toBe(true);
            const preview = await get(image.previewUrl, bruno);
            expect(preview.status).toBe(200);
            expect(preview.headers.get('content-type')).toMatch(/^image\//);
            const ownPdf = await get(pdf.url, bruno);
            expect(ownPdf.headers.get('content-type')).toBe('application/pdf');
            expect(Buffer.from(await ownPdf.arrayBuffer()).equals(PDF)).toBe(true);

            // Another customer, an unknown id, a plain id: the same 404; signed out: 403.
            const foreign = await get(image.url, alice);
            expect(foreign.status).toBe(404);
            const unknown = await get('/support-threads/attachments/T_99999?vendure-token=fr', bruno);
            expect([unknown.status, await unknown.text()]).toEqual([404, await foreign.text()]);
            expect((await get('/support-threads/attachments/x%27;--?vendure-token=fr', bruno)).status).toBe(
                404,
            );
            expect((await get(image.url)).status).toBe(403);

            // The staff (ReadSupportThread): 200, and the Admin API gives the same route.
            const staff = await get(image.url, t.adminClient);
            expect(staff.status).toBe(200);
            expect(Buffer.from(await staff.arrayBuffer()).equals(PNG)).toBe(true);
            const note = (
                await upload(
                    t.adminClient,
                    'admin-api',
                    ADMIN_REPLY,
                    { threadId: thread.id, body: 'Scan interne', internal: true },
                    [{ name: 'interne.png', bytes: PNG }],
                )
            ).replyToSupportThread;
            assertSuccess(note, 'messages');
            const noteFile = note.messages[note.messages.length - 1].attachments[0];
            expect(noteFile.url).toBe(`/support-threads/attachments/${noteFile.id}?vendure-token=fr`);
            expect((await get(noteFile.url, t.adminClient)).status).toBe(200);
            // An internal note's file: never to the customer, even on their own thread.
            expect((await get(noteFile.url, bruno)).status).toBe(404);
        });

        it('keeps attachments out of the asset library, still served to their owner and the staff', async () => {
            const get = (url: string, client: SimpleGraphQLClient) =>
                fetch(`http://localhost:${t.port}${url}`, {
                    headers: { authorization: `Bearer ${client.getAuthToken()}` },
                });
            const thread = await openOk(bruno, 'Photo privée');
            const replied = (
                await upload(bruno, 'shop-api', REPLY, { threadId: thread.id, body: 'Voici la photo' }, [
                    { name: 'colis-abime.png', bytes: PNG },
                ])
            ).replyToSupportThread;
            assertSuccess(replied, 'messages');
            const [file] = replied.messages[1].attachments;

            // The Dashboard's asset library and asset(id), as superadmin, in both channels (`fr` is
            // the default channel's token).
            for (const channel of ['fr', 'ci']) {
                t.adminClient.setChannelToken(channel);
                const { assets, asset } = await t.adminClient.query<{
                    assets: { items: Array<{ id: string; name: string }>; totalItems: number };
                    asset: { id: string } | null;
                }>(
                    gql`
                        query ($id: ID!) {
                            assets(options: { take: 1000 }) {
                                items {
                                    id
                                    name
                                }
                                totalItems
                            }
                            asset(id: $id) {
                                id
                            }
                        }
                    `,
                    { id: file.id },
                );
                expect(
                    assets.items.map(a => a.id),
                    String(channel),
                ).not.toContain(file.id);
                expect(assets.items.map(a => a.name).join(' ')).not.toContain('colis-abime');
                expect(asset, String(channel)).toBeNull();
            }
            t.adminClient.setChannelToken('fr');

            // An attachment stored before the fix (still in a channel): the migration takes it out.
            const listed = async () =>
                (
                    await t.adminClient.query<{ assets: { items: Array<{ id: string }> } }>(gql`
                        query {
                            assets(options: { take: 1000 }) {
                                items {
                                    id
                                }
                            }
                        }
                    `)
                ).assets.items.map(a => a.id);
            const connection = t.server.app.get(TransactionalConnection).rawConnection;
            await connection.query(
                `INSERT INTO "asset_channels_channel" ("assetId", "channelId") VALUES (${rawId(file.id)}, 1)`,
            );
            expect(await listed()).toContain(file.id);
            const runner = connection.createQueryRunner();
            await (db === 'postgres' ? new PostgresAttachmentChannels() : new SqliteAttachmentChannels()).up(
                runner,
            );
            await runner.release();
            expect(await listed()).not.toContain(file.id);

            // The plugin's own route still serves it to the owner and the staff.
            for (const client of [bruno, t.adminClient]) {
                const res = await get(file.url, client);
                expect(res.status).toBe(200);
                expect(Buffer.from(await res.arrayBuffer()).equals(PNG)).toBe(true);
            }
            expect((await get(file.previewUrl, bruno)).status).toBe(200);
            const shown = await adminThread(thread.id);
            expect(shown?.messages.flatMap(m => m.attachments.map(a => a.name))).toContain('colis-abime.png');
        });

        it('deletes the attachments, files included, with their thread', async () => {
            const thread = await openOk(bruno, 'À supprimer');
            const replied = (
                await upload(bruno, 'shop-api', REPLY, { threadId: thread.id, body: 'Pièces' }, [
                    { name: 'photo.png', bytes: PNG },
                    { name: 'bon.pdf', bytes: PDF, type: 'application/pdf' },
                ])
            ).replyToSupportThread;
            assertSuccess(replied, 'messages');
            const ids = replied.messages[1].attachments.map(a => rawId(a.id));
            const assets = await repo(Asset).findBy({ id: In(ids) });
            expect(assets).toHaveLength(2);
            const storage = t.server.app.get(ConfigService).assetOptions.assetStorageStrategy;
            for (const asset of assets) expect(await storage.fileExists?.(asset.source)).toBe(true);
            const { deleteSupportThread } = await t.adminClient.query<{
                deleteSupportThread: { result: string };
            }>(
                gql`
                    mutation ($id: ID!) {
                        deleteSupportThread(threadId: $id) {
                            result
                        }
                    }
                `,
                { id: thread.id },
            );
            expect(deleteSupportThread.result).toBe('DELETED');
            await expect.poll(() => repo(Asset).countBy({ id: In(ids) }), { timeout: 15_000 }).toBe(0);
            for (const asset of assets) {
                expect(await storage.fileExists?.(asset.source)).toBe(false);
                expect(await storage.fileExists?.(asset.preview)).toBe(false);
            }
        });

        it('runs the same number of SQL statements for a reply on a short and a long thread', async () => {
            /** Statements of one customer reply, its events and emails included (all settled). */
            const replyCost = async (threadId: string) => {
                await waitForJobQueue(t.server.app);
                const before = t.sqlQueryCount();
                assertSuccess(
                    (await bruno.query(REPLY, { input: { threadId, body: 'Encore une question' } }))
                        .replyToSupportThread,
                    'id',
                );
                await waitForJobQueue(t.server.app);
                return t.sqlQueryCount() - before;
            };
            const short = await openOk(bruno, 'Court');
            const long = await openOk(bruno, 'Long');
            await repo(SupportMessage).save(
                Array.from(
                    { length: 40 },
                    (_, i) =>
                        new SupportMessage({
                            threadId: rawId(long.id),
                            authorType:
                                i % 2
                                    ? SupportMessageAuthorType.administrator
                                    : SupportMessageAuthorType.customer,
                            authorName: 'Bench',
                            body: `Message ${i}`,
                            internal: i % 5 === 0,
                        }),
                ),
            );
            await replyCost(short.id); // the first reply of a customer warms the caches
            const shortCost = await replyCost(short.id);
            const longCost = await replyCost(long.id);
            // Measured: 12 statements on sql.js, 9 on PostgreSQL (README, "Measured").
            expect(longCost).toBe(shortCost);
            expect(shortCost).toBeLessThanOrEqual(20);
        });

        it('refuses wrong types, oversized files, too many files and hides no path trick, storing nothing', async () => {
            const thread = (await bruno.query(MY_THREADS)).mySupportThreads.items[0];
            const before = await counts();
            const attempts: Array<{ files: UploadFile[]; message: RegExp }> = [
                {
                    files: [{ name: 'evil.png', bytes: SCRIPT }],
                    message: /"evil.png" is not an image .* or a PDF/,
                },
                {
                    files: [{ name: 'payload.html', bytes: Buffer.from('<html><script>x</script>') }],
                    message: /not an image/,
                },
                {
                    files: [{ name: 'big.png', bytes: Buffer.concat([PNG, Buffer.alloc(5 * 1024 * 1024)]) }],
                    message: /"big.png" is larger than 5 MB/,
                },
                {
                    files: Array.from({ length: 6 }, (_, i) => ({ name: `p${i}.png`, bytes: PNG })),
                    message: /6 attachments; at most 5/,
                },
                // A good first file does not get stored when the second is refused.
                {
                    files: [
                        { name: 'ok.png', bytes: PNG },
                        { name: '../../../etc/passwd', bytes: SCRIPT },
                    ],
                    message: /is not an image/,
                },
            ];
            for (const attempt of attempts) {
                const r = (
                    await upload(
                        bruno,
                        'shop-api',
                        REPLY,
                        { threadId: thread.id, body: 'Fichier' },
                        attempt.files,
                    )
                ).replyToSupportThread;
                assertErrorResult(r);
                expect(r.errorCode).toBe('INVALID_SUPPORT_ATTACHMENT_ERROR');
                expect(r.message).toMatch(attempt.message);
            }
            const opening = (
                await upload(bruno, 'shop-api', OPEN_THREAD, { subject: 'x', body: 'y' }, attempts[0].files)
            ).openSupportThread;
            assertErrorResult(opening);
            expect(opening.errorCode).toBe('INVALID_SUPPORT_ATTACHMENT_ERROR');
            expect(await counts()).toEqual(before);
        });

        it('lists the inbox longest-waiting first with its filters', async () => {
            const old = await openOk(bruno, 'Plus ancienne attente', 'zèbre-unique dans le texte');
            const recent = await openOk(alice, 'Attente récente');
            await repo(SupportThread).update(
                { id: rawId(old.id) },
                { waitingSince: new Date(Date.now() - 3 * DAY) },
            );
            const openIds = (
                await t.adminClient.query(INBOX, { filter: { status: ['open'] } })
            ).supportInbox.items.map(i => i.id);
            expect(openIds.indexOf(old.id)).toBeLessThan(openIds.indexOf(recent.id));
            expect(openIds[0]).toBe(old.id);

            const search = (await t.adminClient.query(INBOX, { filter: { search: 'ZÈBRE-unique' } }))
                .supportInbox;
            expect(search.items.map(i => i.id)).toEqual([old.id]);
            const byEmail = (await t.adminClient.query(INBOX, { filter: { search: aliceEmail } }))
                .supportInbox;
            expect(byEmail.items.length).toBeGreaterThan(0);

            assertSuccess(
                (await t.adminClient.query(ASSIGN, { threadId: recent.id, administratorId: adminId }))
                    .assignSupportThread,
                'id',
            );
            const prio = (
                await t.adminClient.query(SET_PRIORITY, { threadId: recent.id, priority: 'urgent' })
            ).setSupportThreadPriority;
            assertSuccess(prio, 'id');
            const tagged = (
                await t.adminClient.query(SET_TAGS, {
                    threadId: recent.id,
                    tags: ['Livraison', 'livraison ', 'casse'],
                })
            ).setSupportThreadTags;
            assertSuccess(tagged, 'id');
            expect(tagged.tags).toEqual(['livraison', 'casse']);
            const assigned = (
                await t.adminClient.query(INBOX, { filter: { assigneeId: adminId, priority: ['urgent'] } })
            ).supportInbox;
            expect(assigned.items.map(i => i.id)).toEqual([recent.id]);
            const unknown = (
                await t.adminClient.query(ASSIGN, { threadId: recent.id, administratorId: '9999' })
            ).assignSupportThread;
            assertErrorResult(unknown);
            expect(unknown.errorCode).toBe('INVALID_SUPPORT_ASSIGNEE_ERROR');

            const unread = (
                await t.adminClient.query(INBOX, { filter: { unread: true } })
            ).supportInbox.items.map(i => i.id);
            expect(unread).toContain(recent.id);
            const read = (await t.adminClient.query(ADMIN_MARK_READ, { threadId: recent.id }))
                .markSupportThreadRead;
            assertSuccess(read, 'id');
            expect(read.staffUnreadCount).toBe(0);
            const unreadAfter = (
                await t.adminClient.query(INBOX, { filter: { unread: true } })
            ).supportInbox.items.map(i => i.id);
            expect(unreadAfter).not.toContain(recent.id);

            const withOrders = await t.adminClient.query(ADMIN_THREAD, { id: recent.id });
            expect(withOrders.supportThread.customerOrders.items.map(o => o.code)).toContain(aliceOrder.code);
        });

        it('finds threads by the customer’s name and email, through trigram indexes on PostgreSQL', async () => {
            const aliceRow = await repo(Customer).findOneByOrFail({ emailAddress: aliceEmail });
            const own = await openOk(alice, 'Sans nom dans le sujet');
            const aliceThreads = (
                await t.adminClient.query(INBOX, { filter: { customerId: String(aliceRow.id) } })
            ).supportInbox.items.map(i => i.id);
            expect(aliceThreads).toContain(own.id);
            for (const search of [
                aliceEmail.toUpperCase(),
                `${aliceRow.firstName} ${aliceRow.lastName}`.toLowerCase(),
                aliceRow.lastName.slice(1),
            ]) {
                const found = (await t.adminClient.query(INBOX, { filter: { search } })).supportInbox;
                expect(found.items.map(i => i.id).sort(), search).toEqual([...aliceThreads].sort());
            }
            if (db !== 'postgres') return;

            // The schema of the e2e database is synchronized from the entities: add the indexes
            // of the migration, then EXPLAIN the inbox's own SQL.
            const connection = t.server.app.get(TransactionalConnection).rawConnection;
            const runner = connection.createQueryRunner();
            try {
                await new SupportCustomerSearchTrigram().up(runner);
                const ctx = await t.server.app.get(RequestContextService).create({ apiType: 'admin' });
                const [sql, parameters] = t.server.app
                    .get(SupportThreadService)
                    .inboxQuery(ctx, { search: 'Dupont' })
                    .getQueryAndParameters();
                // A 3-row table is cheaper to scan: forbid the scan to see whether an index can serve.
                await runner.query('SET enable_seqscan = off');
                const plan = (
                    (await runner.query(`EXPLAIN ${sql}`, parameters)) as Array<{ 'QUERY PLAN': string }>
                )
                    .map(row => row['QUERY PLAN'])
                    .join('\n');
                expect(plan).toContain('IDX_radiant_customer_email_trgm');
                expect(plan).toContain('IDX_radiant_customer_name_trgm');
                expect(plan).not.toMatch(/Seq Scan on customer/);
            } finally {
                await runner.query('RESET enable_seqscan');
                await runner.release();
            }
        });

        it('reminds of an SLA breach once per wait, to the assignee or the support address', async () => {
            const scheduler = t.server.app.get(SupportSchedulerService);
            const thread = await openOk(bruno, 'Délai');
            const sla = await adminThread(thread.id);
            expect(sla.responseTimeLeft).toBeGreaterThan(23 * 3600);
            expect(sla.responseTimeLeft).toBeLessThanOrEqual(24 * 3600);
            const isSla = (e: EmailDetails) =>
                e.subject.includes(`[Support n° ${thread.id}] Délai de réponse`);
            const slaMail = () => t.emails.filter(isSla);
            expect(await scheduler.remindBreaches(new Date(Date.now() + 3 * DAY))).toBeGreaterThan(0);
            expect(await scheduler.remindBreaches(new Date(Date.now() + 4 * DAY))).toBe(0);
            await waitForEmails(isSla, 1);
            expect(slaMail()).toHaveLength(1);
            expect(slaMail()[0].recipient).toBe(SUPPORT_EMAIL);

            // A new wait after a staff reply is a new breach, reminded once to the assignee.
            await t.adminClient.query(ASSIGN, { threadId: thread.id, administratorId: adminId });
            await t.adminClient.query(ADMIN_REPLY, {
                input: { threadId: thread.id, body: 'Nous regardons.' },
            });
            await bruno.query(REPLY, { input: { threadId: thread.id, body: 'Toujours rien ?' } });
            expect(await scheduler.remindBreaches(new Date(Date.now() + 3 * DAY))).toBe(1);
            expect(await scheduler.remindBreaches(new Date(Date.now() + 3 * DAY))).toBe(0);
            await waitForEmails(isSla, 2);
            expect(slaMail()).toHaveLength(2);
            expect(slaMail()[1].recipient).toBe(
                (await t.adminClient.query(ME)).activeAdministrator.emailAddress,
            );
        });

        it('closes resolved threads after the channel’s delay, and emails the customer in French', async () => {
            const scheduler = t.server.app.get(SupportSchedulerService);
            const thread = await openOk(bruno, 'À clore');
            assertSuccess(
                (await t.adminClient.query(SET_STATUS, { threadId: thread.id, status: 'resolved' }))
                    .setSupportThreadStatus,
                'id',
            );

            const saved = await t.adminClient.query(SET_SETTING, {
                input: { key: 'supportThreads.settings', value: { autoCloseAfterDays: 30 } },
            });
            expect(saved.setSettingsStoreValue.result).toBe(true);
            expect((await t.adminClient.query(SETTINGS)).supportSettings).toMatchObject({
                autoCloseAfterDays: 30,
                supportEmail: SUPPORT_EMAIL,
            });
            await scheduler.closeResolved(new Date(Date.now() + 8 * DAY));
            expect((await adminThread(thread.id)).status).toBe('resolved');

            await t.adminClient.query(SET_SETTING, {
                input: { key: 'supportThreads.settings', value: { autoCloseAfterDays: 7 } },
            });
            await scheduler.closeResolved(new Date(Date.now() + 8 * DAY));
            const closed = await adminThread(thread.id);
            expect(closed.status).toBe('closed');
            expect(closed.closedAt).toBeTruthy();
            const brunoEmail = closed.customer.emailAddress;
            const mails = await waitForEmails(
                e => e.recipient === brunoEmail && e.subject.includes('« À clore »'),
                2,
            );
            expect(mails.map(m => m.subject)).toEqual([
                'Votre demande « À clore » : résolue',
                'Votre demande « À clore » : close',
            ]);
            expect(mails[1].body).toContain(`${STOREFRONT_URL}/compte/demandes/${thread.id}`);
            expect(everyEmailText()).not.toContain('NOTE-SECRETE');
        });
        it('guards the Admin API with the plugin’s own permissions', async () => {
            const thread = (await t.adminClient.query(INBOX, { filter: {} })).supportInbox.items[0];
            const role = async (code: string, permissions: string[]) =>
                (
                    await t.adminClient.query(CREATE_ROLE, {
                        input: { code, description: code, permissions: permissions as never },
                    })
                ).createRole.id;
            const reader = await role('support-reader', ['ReadSupportThread']);
            const other = await role('catalog-only', ['ReadCatalog']);
            for (const [email, roleId] of [
                ['reader@radiant.example', reader],
                ['other@radiant.example', other],
            ])
                await t.adminClient.query(CREATE_ADMIN, {
                    input: {
                        firstName: 'A',
                        lastName: 'B',
                        emailAddress: email,
                        password: 'secret-pw',
                        roleIds: [roleId],
                    },
                });
            try {
                await t.adminClient.asUserWithCredentials('other@radiant.example', 'secret-pw');
                await expect(t.adminClient.query(INBOX, { filter: {} })).rejects.toThrow(
                    /not currently authorized/,
                );
                await t.adminClient.asUserWithCredentials('reader@radiant.example', 'secret-pw');
                expect(
                    (await t.adminClient.query(INBOX, { filter: {} })).supportInbox.totalItems,
                ).toBeGreaterThan(0);
                await expect(
                    t.adminClient.query(SET_STATUS, { threadId: thread.id, status: 'closed' }),
                ).rejects.toThrow(/not currently authorized/);
            } finally {
                await t.adminClient.asSuperAdmin();
            }
        });

        it('streams new messages of my own thread live, from any process, without internal notes', async () => {
            const thread = await openOk(alice, 'En direct');
            const url = `http://localhost:${t.port}/support-threads/live/${thread.id}`;
            const headers = (client: SimpleGraphQLClient) => ({
                authorization: `Bearer ${client.getAuthToken()}`,
                'vendure-token': 'fr',
            });
            expect((await fetch(url, { headers: headers(bruno) })).status).toBe(404);
            expect((await fetch(url, { headers: { 'vendure-token': 'fr' } })).status).toBe(403);

            const abort = new AbortController();
            const response = await fetch(url, { headers: headers(alice), signal: abort.signal });
            expect(response.status).toBe(200);
            expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
            let received = '';
            const reading = (async () => {
                const decoder = new TextDecoder();
                try {
                    for await (const chunk of response.body!) received += decoder.decode(chunk as Uint8Array);
                } catch {
                    // aborted at the end of the test
                }
            })();
            const waitForText = async (text: string) => {
                for (let i = 0; i < 100 && !received.includes(text); i++)
                    await new Promise(r => setTimeout(r, 100));
                return received.includes(text);
            };
            await waitForText(': following thread');

            await t.adminClient.query(ADMIN_REPLY, {
                input: { threadId: thread.id, body: 'NOTE-LIVE: ne pas montrer', internal: true },
            });
            await t.adminClient.query(ADMIN_REPLY, {
                input: { threadId: thread.id, body: 'Réponse en direct' },
            });
            expect(await waitForText('Réponse en direct')).toBe(true);
            // A message another server process wrote: only the database carries it here.
            await repo(SupportMessage).save(
                new SupportMessage({
                    threadId: rawId(thread.id),
                    authorType: SupportMessageAuthorType.administrator,
                    authorName: 'Autre processus',
                    body: 'Écrit ailleurs',
                    internal: false,
                    readByStaffAt: new Date(),
                    readByCustomerAt: null,
                    administratorId: null,
                }),
            );
            expect(await waitForText('Écrit ailleurs')).toBe(true);
            const events = received
                .split('\n\n')
                .filter(block => block.startsWith('event: message'))
                .map(block => JSON.parse(block.split('\ndata: ')[1]) as { body: string; authorType: string });
            expect(events.map(e => e.body)).toEqual(['Réponse en direct', 'Écrit ailleurs']);
            expect(received).not.toContain('NOTE-LIVE');

            abort.abort();
            await reading;
            const live = t.server.app.get(SupportLiveService);
            for (let i = 0; i < 50 && live.streamCount > 0; i++) await new Promise(r => setTimeout(r, 100));
            expect(live.streamCount).toBe(0);
        });

        it('streams every message, notes included, and thread changes to the staff', async () => {
            const url = `http://localhost:${t.port}/support-threads/admin/live`;
            /** Signs in on the Admin API; returns its bearer token and its session cookie. */
            const adminLogin = async (username: string, password: string) => {
                const res = await fetch(`http://localhost:${t.port}/admin-api`, {
                    method: 'POST',
                    headers: { 'content-type': 'application/json' },
                    body: JSON.stringify({
                        query: `mutation { login(username: "${username}", password: "${password}") { __typename } }`,
                    }),
                });
                const cookie = res.headers
                    .getSetCookie()
                    .map(c => c.split(';')[0])
                    .join('; ');
                return { bearer: res.headers.get('vendure-auth-token')!, cookie };
            };
            const roleId = async (code: string, permissions: string[]) =>
                (
                    await t.adminClient.query(CREATE_ROLE, {
                        input: { code, description: code, permissions: permissions as never },
                    })
                ).createRole.id;
            for (const [email, permissions] of [
                ['live-reader@radiant.example', ['ReadSupportThread']],
                ['live-other@radiant.example', ['ReadCustomer']],
            ] as const)
                await t.adminClient.query(CREATE_ADMIN, {
                    input: {
                        firstName: 'Live',
                        lastName: 'Staff',
                        emailAddress: email,
                        password: 'secret-pw',
                        roleIds: [await roleId(email.split('@')[0], [...permissions])],
                    },
                });
            const reader = await adminLogin('live-reader@radiant.example', 'secret-pw');
            const other = await adminLogin('live-other@radiant.example', 'secret-pw');
            const superadmin = await adminLogin('superadmin', 'superadmin');
            expect(reader.cookie).toContain('session=');

            // Anonymous, a customer, and an administrator without ReadSupportThread are refused.
            expect((await fetch(`${url}?vendure-token=fr`)).status).toBe(403);
            expect(
                (
                    await fetch(url, {
                        headers: { authorization: `Bearer ${alice.getAuthToken()}`, 'vendure-token': 'fr' },
                    })
                ).status,
            ).toBe(403);
            expect(
                (
                    await fetch(url, {
                        headers: { authorization: `Bearer ${other.bearer}`, 'vendure-token': 'fr' },
                    })
                ).status,
            ).toBe(403);

            /** Opens a stream and collects its text. */
            const follow = (init: RequestInit & { query?: string }) =>
                openStream(`${url}${init.query ?? ''}`, init);
            const events = (text: string, type: string) =>
                text
                    .split('\n\n')
                    .filter(block => block.startsWith(`event: ${type}\n`))
                    .map(block => JSON.parse(block.split('\ndata: ')[1]) as Record<string, unknown>);
            const waitFor = async (check: () => boolean) => {
                for (let i = 0; i < 100 && !check(); i++) await new Promise(r => setTimeout(r, 100));
                return check();
            };

            // The browser's way: the session cookie and ?vendure-token= (EventSource sets no header).
            const byCookie = await follow({ headers: { cookie: reader.cookie }, query: '?vendure-token=fr' });
            // Another channel's stream does not see the default channel's threads.
            const ci = await follow({
                headers: { authorization: `Bearer ${superadmin.bearer}`, 'vendure-token': 'ci' },
            });

            const thread = await openOk(alice, 'Suivi par l’équipe');
            await t.adminClient.query(ADMIN_REPLY, {
                input: { threadId: thread.id, body: 'NOTE-EQUIPE: client fidèle', internal: true },
            });
            await alice.query(REPLY, { input: { threadId: thread.id, body: 'Message client en direct' } });
            await t.adminClient.query(SET_STATUS, { threadId: thread.id, status: 'resolved' });

            expect(
                await waitFor(() =>
                    events(byCookie.text, 'thread').some(
                        e => e.threadId === thread.id && e.status === 'resolved',
                    ),
                ),
            ).toBe(true);
            const messages = events(byCookie.text, 'message').filter(e => e.threadId === thread.id);
            expect(messages.map(e => [e.body, e.internal, e.authorType])).toEqual([
                ['Bonjour, une question.', false, 'customer'],
                ['NOTE-EQUIPE: client fidèle', true, 'administrator'],
                ['Message client en direct', false, 'customer'],
            ]);
            expect(ci.text).not.toContain('NOTE-EQUIPE');
            expect(ci.text).not.toContain('Message client en direct');

            await Promise.all([byCookie.close(), ci.close()]);
            const live = t.server.app.get(SupportLiveService);
            for (let i = 0; i < 50 && live.streamCount > 0; i++) await new Promise(r => setTimeout(r, 100));
            expect(live.streamCount).toBe(0);
        });

        it('resumes a stream after Last-Event-ID with exactly the messages it missed', async () => {
            const base = `http://localhost:${t.port}/support-threads`;
            const follow = (url: string, headers: Record<string, string>) => openStream(url, { headers });
            const until = async (check: () => boolean) => {
                for (let i = 0; i < 100 && !check(); i++) await new Promise(r => setTimeout(r, 100));
                expect(check()).toBe(true);
            };
            const reply = (body: string, internal = false) =>
                t.adminClient.query(ADMIN_REPLY, { input: { threadId: thread.id, body, internal } });
            const customer = { authorization: `Bearer ${alice.getAuthToken()}`, 'vendure-token': 'fr' };
            const staff = { authorization: `Bearer ${t.adminClient.getAuthToken()}`, 'vendure-token': 'fr' };
            const bodies = (events: SseEvent[]) =>
                events.filter(e => e.data.threadId === thread.id).map(e => e.data.body);

            const thread = await openOk(alice, 'Coupure réseau');
            const first = await follow(`${base}/live/${thread.id}`, customer);
            const staffFirst = await follow(`${base}/admin/live`, staff);
            await reply('Avant coupure');
            await until(() => first.events('message').length === 1);
            await until(() => bodies(staffFirst.events('message')).includes('Avant coupure'));
            const lastId = first.events('message')[0].id!;
            const staffLastId = staffFirst.events('message').at(-1)!.id!;
            expect(lastId).toBe(first.events('message')[0].data.id);
            expect(staffLastId).toMatch(/^.+:\d+$/);
            await first.close();
            await staffFirst.close();
            const live = t.server.app.get(SupportLiveService);
            await until(() => live.streamCount === 0);

            // While disconnected (no stream open anywhere): a reply, a note, a customer message, a status.
            await reply('Manqué 1');
            await reply('NOTE-MANQUEE: interne', true);
            await alice.query(REPLY, { input: { threadId: thread.id, body: 'Manqué 2' } });
            await t.adminClient.query(SET_STATUS, { threadId: thread.id, status: 'resolved' });

            // The customer: the header (as EventSource sends it), and the query parameter fallback.
            const resumed = await follow(`${base}/live/${thread.id}`, {
                ...customer,
                'last-event-id': lastId,
            });
            const byQuery = await follow(
                `${base}/live/${thread.id}?lastEventId=${encodeURIComponent(lastId)}`,
                customer,
            );
            const staffResumed = await follow(`${base}/admin/live`, {
                ...staff,
                'last-event-id': staffLastId,
            });
            const ci = await follow(`${base}/admin/live`, {
                ...staff,
                'vendure-token': 'ci',
                'last-event-id': staffLastId,
            });
            await until(() => resumed.events('message').length === 2);
            await reply('Après reprise');
            await until(
                () => resumed.events('message').length === 3 && byQuery.events('message').length === 3,
            );
            await until(() => bodies(staffResumed.events('message')).includes('Après reprise'));
            for (const stream of [resumed, byQuery]) {
                expect(bodies(stream.events('message'))).toEqual(['Manqué 1', 'Manqué 2', 'Après reprise']);
                expect(stream.text).not.toContain('NOTE-MANQUEE');
                const ids = stream.events('message').map(e => e.id);
                expect(ids).toEqual(stream.events('message').map(e => e.data.id));
                expect(ids.map(i => rawId(i!))).toEqual(ids.map(i => rawId(i!)).sort((a, b) => a - b));
            }
            expect(bodies(staffResumed.events('message'))).toEqual([
                'Manqué 1',
                'NOTE-MANQUEE: interne',
                'Manqué 2',
                'Après reprise',
            ]);
            expect(
                staffResumed
                    .events('thread')
                    .some(e => e.data.threadId === thread.id && e.data.status === 'resolved'),
            ).toBe(true);
            expect(ci.text).not.toContain('Manqué');
            for (const stream of [resumed, byQuery, staffResumed, ci]) await stream.close();
            await until(() => live.streamCount === 0);
        });

        it('gives a resumed staff stream a thread changed in the same second as the last state it got', async () => {
            // SQLite keeps `updatedAt` to the second and compares it as text: a stream whose last
            // thread state carried this very `updatedAt` once missed a change made in that second.
            const thread = await openOk(alice, 'Même seconde');
            await t.adminClient.query(SET_STATUS, { threadId: thread.id, status: 'resolved' });
            const stored = await repo(SupportThread).findOneByOrFail({ id: rawId(thread.id) });
            const missed = await t.server.app
                .get(SupportLiveService)
                .missedStaff(null, 2_000_000_000, stored.updatedAt.getTime()); // no message, only threads
            expect(
                missed.some(
                    e =>
                        e.type === 'thread' &&
                        Number(e.threadId) === rawId(thread.id) &&
                        e.status === 'resolved',
                ),
            ).toBe(true);
        });
    });
}
