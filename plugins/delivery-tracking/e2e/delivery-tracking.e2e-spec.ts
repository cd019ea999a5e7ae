/**
 * Delivery tracking end to end (the plugin alone, e2e/test-config.ts), on sql.js and PostgreSQL:
 * tracked fulfillments with several parcels, signed carrier webhooks (generic and AfterShip) and
 * what they refuse, exactly-once and monotonic timelines, fulfillment and order states that follow
 * them without touching stock, manual events, the La Poste poller against its fake, emails, and
 * the public lookup that answers a wrong email like an unknown order.
 */
import { TransactionalConnection } from '@vendure/core';
import type { EmailDetails } from '@vendure/email-plugin';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DATABASES } from '../../../test/support/plugin-test-env';
import { assertErrorResult, assertSuccess } from '../../../test/support/graphql-results';
import { payWithTestMethod, prepareOrder, shopClient } from '../../../test/support/shop-checkout';
import { waitForJobQueue } from '../../../src/tooling/job-queue';
import { ParcelEvent, signAfterShipWebhook, signGenericWebhook, TrackingPollService } from '../index';
import {
    ADD_FULFILLMENT,
    ADD_PARCEL_EVENT,
    CARRIERS,
    FIRST_CUSTOMER,
    ORDER_FULFILLMENT_PARCELS,
    ORDER_FULFILLMENTS,
    ORDER_TRACKING,
    RESEND_SHIPPED_EMAIL,
    SAVE_CARRIER,
} from './graphql/admin-definitions';
import { ORDER_PARCELS, TRACK_SHIPMENT } from './graphql/shop-definitions';
import { MERCHANT_EMAIL, TEST_SECRETS, trackingTestEnvironment } from './test-config';

const now = () => Math.floor(Date.now() / 1000);
const hoursAgo = (h: number) => new Date(Date.now() - h * 3600_000).toISOString();

for (const db of TEST_DATABASES) {
    describe(`delivery tracking on ${db}`, () => {
        let t: Awaited<ReturnType<typeof trackingTestEnvironment>>;
        let order: { id: string; code: string; email: string };
        let lineIds: string[];

        const post = (
            path: string,
            body: string,
            headers: Record<string, string> = {},
        ): Promise<{ status: number; text: string }> =>
            fetch(`http://localhost:${t.port}/tracking/webhook/${path}`, {
                method: 'POST',
                headers: { 'content-type': 'application/json', ...headers },
                body,
            }).then(async r => ({ status: r.status, text: await r.text() }));
        const generic = (channel: 'fr' | 'ci', payload: unknown, timestamp = now()) => {
            const body = JSON.stringify(payload);
            return post(`${channel}/generic`, body, {
                'Radiant-Signature': signGenericWebhook(body, TEST_SECRETS[channel].generic, timestamp),
            });
        };
        const event = (trackingNumber: string, id: string, status: string, occurredAt: string) => ({
            trackingNumber,
            carrier: 'colissimo',
            events: [
                { id, status, rawStatus: status, message: `${status} <b>`, location: 'Paris', occurredAt },
            ],
        });
        const tracking = async () => {
            await waitForJobQueue(t.server.app);
            const { order: o } = await t.adminClient.query(ORDER_TRACKING, { id: order.id });
            // Vendure returns an order's fulfillments unsorted (PostgreSQL's order varies): oldest first.
            o.fulfillments?.sort((a, b) => Number(a.id.replace(/\D/g, '')) - Number(b.id.replace(/\D/g, '')));
            return o;
        };
        const parcel = async (number: string) =>
            (await tracking()).fulfillments.flatMap(f => f.parcels).find(p => p.trackingNumber === number)!;
        const track = (
            client: ReturnType<typeof shopClient>,
            vars: { orderCode: string; emailAddress?: string; postalCode?: string },
        ) => client.query(TRACK_SHIPMENT, { emailAddress: '', postalCode: '', ...vars });
        /** Waits (≤ 10 s) until `count` emails match: the EmailPlugin renders and sends in the background. */
        const waitForEmail = async (match: (e: EmailDetails) => boolean, count = 1) => {
            for (let i = 0; i < 100 && t.emails.filter(match).length < count; i++)
                await new Promise(r => setTimeout(r, 100));
        };
        /** Ships every line of order `orderId` in one tracked fulfillment. */
        const shipWholeOrder = async (orderId: string, carrier: string, trackingNumbers: string[]) => {
            const { order: o } = await t.adminClient.query(ORDER_TRACKING, { id: orderId });
            const shipped = await t.adminClient.query(ADD_FULFILLMENT, {
                input: {
                    lines: o.lines.map(l => ({ orderLineId: l.id, quantity: l.quantity })),
                    handler: {
                        code: 'tracked-parcels',
                        arguments: [
                            { name: 'carrier', value: carrier },
                            { name: 'trackingNumbers', value: JSON.stringify(trackingNumbers) },
                        ],
                    },
                },
            });
            assertSuccess(shipped.addFulfillmentToOrder, 'parcels');
        };
        const eventRows = () =>
            t.server.app.get(TransactionalConnection).rawConnection.getRepository(ParcelEvent).count();

        beforeAll(async () => {
            t = await trackingTestEnvironment(db);
            await t.adminClient.asSuperAdmin();
            t.adminClient.setChannelToken('fr');
            await t.adminClient.query(SAVE_CARRIER, {
                input: {
                    code: 'colissimo',
                    name: 'Colissimo',
                    trackingUrlTemplate:
                        'https://www.laposte.fr/outils/suivre-vos-envois?code={trackingNumber}',
                    pollingAdapter: 'laposte',
                },
            });
            await t.adminClient.query(SAVE_CARRIER, { input: { code: 'chronopost', name: 'Chronopost' } });
            const shop = shopClient(t.port, 'fr');
            const email = 'suivi.colis@example.com';
            const prepared = await prepareOrder(shop, { channel: 'fr', email });
            await payWithTestMethod(shop, 'fr');
            order = { id: prepared.id, code: prepared.code, email };
            lineIds = (await tracking()).lines.map(l => l.id);
        });

        afterAll(async () => {
            await t?.server.destroy();
            await t?.cleanup();
        });

        it('refuses a fulfillment with an unknown carrier or a repeated or malformed number, creating nothing', async () => {
            const lines = [{ orderLineId: lineIds[0], quantity: 2 }];
            for (const [args, field] of [
                [{ carrier: 'dhl', trackingNumbers: '["6A10000000001"]' }, 'carrier'],
                [
                    { carrier: 'colissimo', trackingNumbers: '["6A10000000001","6a1000 0000001"]' },
                    'listed twice',
                ],
                [{ carrier: 'colissimo', trackingNumbers: '["<script>"]' }, 'trackingNumbers'],
            ] as const) {
                const { addFulfillmentToOrder: result } = await t.adminClient.query(ADD_FULFILLMENT, {
                    input: {
                        lines,
                        handler: {
                            code: 'tracked-parcels',
                            arguments: Object.entries(args).map(([name, value]) => ({ name, value })),
                        },
                    },
                });
                assertErrorResult(result);
                expect(result.errorCode).toBe('CREATE_FULFILLMENT_ERROR');
                expect(JSON.stringify(result)).toContain(field);
            }
            expect((await tracking()).fulfillments).toEqual([]);
        });

        it('ships two fulfillments as tracked parcels, keeping Vendure’s method and tracking code', async () => {
            const ship = (lineId: string, quantity: number, carrier: string, numbers: string[]) =>
                t.adminClient.query(ADD_FULFILLMENT, {
                    input: {
                        lines: [{ orderLineId: lineId, quantity }],
                        handler: {
                            code: 'tracked-parcels',
                            arguments: [
                                { name: 'carrier', value: carrier },
                                { name: 'trackingNumbers', value: JSON.stringify(numbers) },
                            ],
                        },
                    },
                });
            const first = (await ship(lineIds[0], 2, 'colissimo', ['6A 1000 0000 001', '6A10000000002']))
                .addFulfillmentToOrder;
            assertSuccess(first, 'parcels');
            expect(first).toMatchObject({
                state: 'Pending',
                method: 'Colissimo',
                trackingCode: '6A10000000001, 6A10000000002',
            });
            expect(first.parcels.map(p => [p.trackingNumber, p.status, p.trackingUrl])).toEqual([
                [
                    '6A10000000001',
                    'Pending',
                    'https://www.laposte.fr/outils/suivre-vos-envois?code=6A10000000001',
                ],
                [
                    '6A10000000002',
                    'Pending',
                    'https://www.laposte.fr/outils/suivre-vos-envois?code=6A10000000002',
                ],
            ]);
            const second = (await ship(lineIds[1], 1, 'chronopost', ['XY100000001FR'])).addFulfillmentToOrder;
            assertSuccess(second, 'parcels');
            expect(second.parcels[0]).toMatchObject({ carrierName: 'Chronopost', trackingUrl: '' });
        });

        it('refuses unsigned, wrongly signed, expired and unknown-channel deliveries, storing nothing', async () => {
            const body = JSON.stringify(event('6A10000000001', 'evt-1', 'InTransit', hoursAgo(5)));
            const before = await eventRows();
            expect((await post('fr/generic', body)).status).toBe(401);
            expect(
                (
                    await post('fr/generic', body, {
                        'Radiant-Signature': signGenericWebhook(body, 'wrong', now()),
                    })
                ).status,
            ).toBe(401);
            expect(
                (
                    await post('fr/generic', body, {
                        'Radiant-Signature': signGenericWebhook(body, TEST_SECRETS.fr.generic, now() - 600),
                    })
                ).status,
            ).toBe(401);
            // Signed with ci's secret but sent to fr, and a channel without a webhook.
            expect(
                (
                    await post('fr/generic', body, {
                        'Radiant-Signature': signGenericWebhook(body, TEST_SECRETS.ci.generic, now()),
                    })
                ).status,
            ).toBe(401);
            expect((await post('nope/generic', body)).status).toBe(404);
            expect((await post('ci/aftership', body)).status).toBe(404);
            expect(await eventRows()).toBe(before);
        });

        it('answers 400 naming the field for a malformed body, 422 for a parcel of another channel', async () => {
            const bad = await generic('fr', {
                trackingNumber: '6A10000000001',
                events: [{ id: 'x', status: 'InTransit', occurredAt: '1970-01-01T00:00:00Z' }],
            });
            expect(bad.status).toBe(400);
            expect(bad.text).toContain('events[0].occurredAt');
            const notJson = '{"trackingNumber":';
            expect(
                (
                    await post('fr/generic', notJson, {
                        'Radiant-Signature': signGenericWebhook(notJson, TEST_SECRETS.fr.generic, now()),
                    })
                ).status,
            ).toBe(400);
            // The parcel is fr's: ci's webhook does not know it.
            expect(
                (await generic('ci', event('6A10000000001', 'evt-x', 'Delivered', hoursAgo(1)))).status,
            ).toBe(422);
            expect((await parcel('6A10000000001')).events).toEqual([]);
        });

        it('records an event once, however often it is delivered, and ships the fulfillment', async () => {
            const payload = event('6A10000000001', 'evt-1', 'InTransit', hoursAgo(48));
            expect(await generic('fr', payload)).toEqual({ status: 202, text: 'accepted' });
            expect((await generic('fr', payload)).status).toBe(202);
            await Promise.all([generic('fr', payload), generic('fr', payload)]);
            const o = await tracking();
            const p = o.fulfillments[0].parcels.find(x => x.trackingNumber === '6A10000000001')!;
            expect(p.events).toHaveLength(1);
            expect(p.status).toBe('InTransit');
            expect(p.shippedAt).toBeTruthy();
            expect(p.events[0]).toMatchObject({
                message: 'InTransit <b>',
                source: 'webhook',
                location: 'Paris',
            });
            expect(o.fulfillments[0].state).toBe('Shipped');
            expect(o.state).toBe('PartiallyShipped');
        });

        it('sends the shipped email with each parcel’s carrier link, and again on request once shipped', async () => {
            const isShipped = (e: EmailDetails) => e.recipient === order.email && /expédiée/.test(e.subject);
            await waitForEmail(isShipped);
            const shipped = t.emails.filter(isShipped);
            expect(shipped.map(e => e.subject)).toEqual([
                `Votre commande ${order.code} est expédiée — Radiant`,
            ]);
            const body = shipped[0].body.replace(/&#x3D;/g, '=');
            for (const number of ['6A10000000001', '6A10000000002'])
                expect(body).toContain(`https://www.laposte.fr/outils/suivre-vos-envois?code=${number}`);
            expect(body).toContain('Suivre sur le site de Colissimo');
            expect(body).toContain(`https://radiant.example/suivi?commande=${order.code}`);
            // The other fulfillment has not shipped: refused with its state, nothing sent.
            const [first, second] = (await tracking()).fulfillments;
            const refused = await t.adminClient.query(RESEND_SHIPPED_EMAIL, { fulfillmentId: second.id });
            expect(refused.resendShippedEmail).toMatchObject({
                errorCode: 'FULFILLMENT_NOT_SHIPPED_ERROR',
                state: 'Pending',
            });
            const resent = await t.adminClient.query(RESEND_SHIPPED_EMAIL, { fulfillmentId: first.id });
            expect(resent.resendShippedEmail).toEqual({ id: first.id, state: 'Shipped' });
            await waitForEmail(isShipped, 2);
            expect(t.emails.filter(isShipped).map(e => e.body)).toEqual([shipped[0].body, shipped[0].body]);
            expect(JSON.stringify((await tracking()).history.items)).toContain(
                'Shipped email sent again for Colissimo 6A10000000001, 6A10000000002',
            );
            // Another shop's administrator does not find the fulfillment.
            t.adminClient.setChannelToken('ci');
            await expect(
                t.adminClient.query(RESEND_SHIPPED_EMAIL, { fulfillmentId: first.id }),
            ).rejects.toThrow(/No Fulfillment with the id/);
            t.adminClient.setChannelToken('fr');
            await waitForJobQueue(t.server.app);
            expect(t.emails.filter(isShipped)).toHaveLength(2);
        });

        it('keeps a delivered parcel delivered and the timeline in carrier order, whatever arrives late', async () => {
            const stockBefore = (await tracking()).lines.map(l => l.productVariant);
            await generic('fr', event('6A10000000001', 'evt-3', 'Delivered', hoursAgo(2)));
            // Late and out of order: an older movement, then a newer "in transit" after delivery.
            await generic('fr', event('6A10000000001', 'evt-2', 'OutForDelivery', hoursAgo(6)));
            await generic('fr', event('6A10000000001', 'evt-4', 'InTransit', hoursAgo(1)));
            const p = await parcel('6A10000000001');
            expect(p.status).toBe('Delivered');
            expect(p.events.map(e => e.status)).toEqual([
                'InTransit',
                'OutForDelivery',
                'Delivered',
                'InTransit',
            ]);
            const o = await tracking();
            // The fulfillment's other parcel is not delivered yet.
            expect(o.fulfillments[0].state).toBe('Shipped');
            expect(o.lines.map(l => l.productVariant)).toEqual(stockBefore);
        });

        it('notes a failed attempt on the order and tells the merchant; a manual event joins the timeline', async () => {
            t.emails.length = 0;
            const future = await t.adminClient.query(ADD_PARCEL_EVENT, {
                input: {
                    parcelId: (await parcel('6A10000000002')).id,
                    status: 'AttemptFail',
                    occurredAt: new Date(Date.now() + 3600_000).toISOString(),
                },
            });
            assertErrorResult(future.addParcelEvent);
            expect(future.addParcelEvent.message).toContain('occurredAt');
            const added = await t.adminClient.query(ADD_PARCEL_EVENT, {
                input: {
                    parcelId: (await parcel('6A10000000002')).id,
                    status: 'AttemptFail',
                    message: 'Absent',
                    occurredAt: hoursAgo(3),
                },
            });
            assertSuccess(added.addParcelEvent, 'status');
            expect(added.addParcelEvent.status).toBe('AttemptFail');
            const o = await tracking();
            expect(o.fulfillments[0].state).toBe('Shipped');
            expect(JSON.stringify(o.history.items)).toContain('6A10000000002: delivery attempt failed');
            await waitForEmail(e => e.recipient === MERCHANT_EMAIL);
            expect(t.emails.filter(e => e.recipient === MERCHANT_EMAIL).map(e => e.subject)).toEqual([
                expect.stringContaining(order.code),
            ]);
            const problem = t.emails.find(e => e.recipient === MERCHANT_EMAIL)!;
            expect(problem.body).toContain('Un événement ajouté à la main signale un problème');
            expect(problem.body).toContain('Message : Absent');
        });

        it('delivers the fulfillment when all its parcels are, then the order when AfterShip reports the other one', async () => {
            t.emails.length = 0;
            await generic('fr', event('6A10000000002', 'evt-b1', 'Delivered', hoursAgo(1)));
            let o = await tracking();
            expect(o.fulfillments.map(f => f.state)).toEqual(['Delivered', 'Pending']);
            expect(o.state).toBe('PartiallyDelivered');
            const delivery = JSON.stringify({
                event_id: 'a6c1f2d4-1b2c-4d5e-8f90-123456789abc',
                event: 'tracking_update',
                is_tracking_first_tag: false,
                msg: {
                    tracking_number: 'XY100000001FR',
                    slug: 'chronopost',
                    tag: 'Delivered',
                    checkpoints: [
                        {
                            checkpoint_time: hoursAgo(30),
                            tag: 'InTransit',
                            subtag: 'InTransit_001',
                            message: 'Pris en charge',
                            city: 'Chilly-Mazarin',
                        },
                        {
                            checkpoint_time: hoursAgo(4),
                            tag: 'Delivered',
                            subtag: 'Delivered_001',
                            message: 'Livré',
                            city: 'Paris',
                        },
                    ],
                },
            });
            const wrong = await post('fr/aftership', delivery, {
                'aftership-hmac-sha256': signAfterShipWebhook(delivery, 'nope'),
            });
            expect(wrong.status).toBe(401);
            const ok = await post('fr/aftership', delivery, {
                'aftership-hmac-sha256': signAfterShipWebhook(delivery, TEST_SECRETS.fr.aftership),
            });
            expect(ok.status).toBe(202);
            // AfterShip resends the whole list: still two events.
            await post('fr/aftership', delivery, {
                'aftership-hmac-sha256': signAfterShipWebhook(delivery, TEST_SECRETS.fr.aftership),
            });
            o = await tracking();
            expect(o.fulfillments.map(f => f.state)).toEqual(['Delivered', 'Delivered']);
            expect(o.state).toBe('Delivered');
            expect((await parcel('XY100000001FR')).events.map(e => e.location)).toEqual([
                'Chilly-Mazarin',
                'Paris',
            ]);
            // The Chronopost fulfillment also ships on the way (its shipped email): the deliveries only.
            const isDelivered = (e: EmailDetails) => e.recipient === order.email && /livré/.test(e.subject);
            await waitForEmail(isDelivered, 2);
            const delivered = t.emails.filter(isDelivered);
            expect(delivered.map(e => e.subject)).toEqual([
                `Votre colis est livré — commande ${order.code}`,
                `Votre colis est livré — commande ${order.code}`,
            ]);
            expect(delivered[0].body.replace(/&#x3D;/g, '=')).toContain(
                'https://www.laposte.fr/outils/suivre-vos-envois?code=6A10000000002',
            );
        });

        it('reads the parcels, timelines and fulfillment states of all an order’s fulfillments in three queries', async () => {
            await waitForJobQueue(t.server.app);
            const queriesOf = async (run: () => Promise<unknown>) => {
                const before = t.sqlQueryCount();
                await run();
                return t.sqlQueryCount() - before;
            };
            let fulfillments: unknown[] = [];
            let parcels: { events: unknown[]; fulfillmentState: string; fulfillment: string }[] = [];
            const baseline = await queriesOf(async () => {
                fulfillments = (await t.adminClient.query(ORDER_FULFILLMENTS, { id: order.id })).order
                    .fulfillments!;
            });
            const withParcels = await queriesOf(async () => {
                parcels = (
                    await t.adminClient.query(ORDER_FULFILLMENT_PARCELS, { id: order.id })
                ).order.fulfillments.flatMap(f => f.parcels.map(p => ({ ...p, fulfillment: f.state })));
            });
            expect(fulfillments).toHaveLength(2);
            expect(parcels).toHaveLength(3);
            expect(parcels.every(p => p.events.length > 0)).toBe(true);
            expect(parcels.map(p => p.fulfillmentState)).toEqual(parcels.map(p => p.fulfillment));
            // One query for the parcels of both fulfillments, one for all their events, one for the
            // states of their fulfillments.
            expect(withParcels - baseline).toBe(3);
        });

        it('shows the owner the parcels, and the public lookup only with the right email or postal code', async () => {
            const owner = shopClient(t.port, 'fr');
            const good = await track(owner, {
                orderCode: order.code,
                emailAddress: ` ${order.email.toUpperCase()} `,
            });
            expect(good.trackShipment.__typename).toBe('TrackedShipment');
            const json = JSON.stringify(good);
            expect(json).toContain('6A10000000001');
            expect(json).not.toContain('Diallo');
            expect(json).not.toContain('rue des Lilas');
            const byPostal = await track(owner, {
                orderCode: order.code,
                postalCode: '75 011',
            });
            expect(byPostal.trackShipment.__typename).toBe('TrackedShipment');
            const wrongEmail = await track(owner, {
                orderCode: order.code,
                emailAddress: 'someone@example.com',
            });
            const unknown = await track(owner, {
                orderCode: 'NOPE1234',
                emailAddress: order.email,
            });
            const noFactor = await track(owner, { orderCode: order.code });
            expect(wrongEmail).toEqual(unknown);
            expect(noFactor).toEqual(unknown);
            expect(unknown.trackShipment.__typename).toBe('ShipmentNotFoundError');
            // The ci shop does not see fr's orders.
            const ci = await track(shopClient(t.port, 'ci'), {
                orderCode: order.code,
                emailAddress: order.email,
            });
            expect(ci).toEqual(unknown);
        });

        it('limits lookups per order code (rate-limit plugin), answering TOO_MANY_REQUESTS', async () => {
            // Earlier tests looked this code up 5 times; the limit is 10 per hour and order code.
            const client = shopClient(t.port, 'fr');
            const results: string[] = [];
            for (let i = 0; i < 7; i++) {
                results.push(
                    await client
                        .query(TRACK_SHIPMENT, {
                            orderCode: order.code,
                            emailAddress: `guess${i}@example.com`,
                            postalCode: '',
                        })
                        .then(
                            () => 'answered',
                            (err: Error) =>
                                /too many attempts|trop de tentatives/i.test(err.message)
                                    ? 'refused'
                                    : err.message,
                        ),
                );
            }
            expect(results).toEqual([
                'answered',
                'answered',
                'answered',
                'answered',
                'answered',
                'refused',
                'refused',
            ]);
            // Another order code from the same IP is still answered (the IP limit is 30 per hour).
            const other = await client.query(TRACK_SHIPMENT, {
                orderCode: 'OTHER123',
                emailAddress: 'a@b.example',
                postalCode: '',
            });
            expect(other.trackShipment.__typename).toBe('ShipmentNotFoundError');
        });

        it('polls La Poste for parcels without webhooks, once per event, and expires them after 30 days of silence', async () => {
            const shop = shopClient(t.port, 'fr');
            const prepared = await prepareOrder(shop, { channel: 'fr', email: 'poll@example.com' });
            await payWithTestMethod(shop, 'fr');
            await shipWholeOrder(prepared.id, 'colissimo', ['6A20000000001', '6A20000000002']);
            t.laPoste.setShipment('6A20000000001', [
                { code: 'PC1', label: 'Pris en charge', date: hoursAgo(20) },
                { code: 'MD2', label: 'En cours de livraison', date: hoursAgo(2) },
            ]);
            const poller = t.server.app.get(TrackingPollService);
            const first = await poller.poll();
            expect(first).toMatchObject({ eventsAdded: 2, failed: 0 });
            expect(t.laPoste.requests).toEqual(expect.arrayContaining(['6A20000000001', '6A20000000002']));
            const second = await poller.poll();
            expect(second.eventsAdded).toBe(0);
            const { order: after } = await t.adminClient.query(ORDER_TRACKING, { id: prepared.id });
            const parcels = after.fulfillments[0].parcels;
            expect(parcels.map(p => p.status)).toEqual(['OutForDelivery', 'Pending']);
            expect(parcels[0].events.map(e => [e.rawStatus, e.source])).toEqual([
                ['PC1', 'poll'],
                ['MD2', 'poll'],
            ]);
            expect(after.fulfillments[0].state).toBe('Shipped');
            // 31 days later without news: both expire and are no longer polled.
            const later = new Date(Date.now() + 31 * 86_400_000);
            const expiring = await poller.poll(later);
            expect(expiring.expired).toBeGreaterThanOrEqual(2);
            const requests = t.laPoste.requests.length;
            await poller.poll(later);
            expect(t.laPoste.requests.slice(requests)).not.toContain('6A20000000001');
        });

        it('lists carriers per channel, and the carriers of an order’s channel for its fulfillment form', async () => {
            const fr = await t.adminClient.query(CARRIERS);
            expect(fr.trackingCarriers.map(c => c.code)).toEqual(['chronopost', 'colissimo']);
            const forOrder = await t.adminClient.query(CARRIERS, { orderId: order.id });
            expect(forOrder.trackingCarriers.map(c => c.code)).toEqual(['chronopost', 'colissimo']);
            t.adminClient.setChannelToken('ci');
            const ci = await t.adminClient.query(CARRIERS);
            // ci's administrator cannot read fr's order: no carriers through it.
            const ciForFrOrder = await t.adminClient.query(CARRIERS, { orderId: order.id });
            t.adminClient.setChannelToken('fr');
            expect(ci.trackingCarriers).toEqual([]);
            expect(ciForFrOrder.trackingCarriers).toEqual([]);
        });

        it('shows the parcels on the order to its signed-in owner only', async () => {
            // Vendure lets anyone with a guest order's code read it for two hours: not its parcels.
            const stranger = shopClient(t.port, 'fr');
            const { orderByCode } = await stranger.query(ORDER_PARCELS, { code: order.code });
            expect(orderByCode?.fulfillments?.flatMap(f => f.parcels)).toEqual([]);

            const { customers } = await t.adminClient.query(FIRST_CUSTOMER);
            const owner = shopClient(t.port, 'fr');
            await owner.asUserWithCredentials(customers.items[0].emailAddress, 'test');
            const prepared = await prepareOrder(owner, { channel: 'fr' });
            await payWithTestMethod(owner, 'fr');
            await shipWholeOrder(prepared.id, 'chronopost', ['XY300000001FR']);
            const mine = await owner.query(ORDER_PARCELS, { code: prepared.code });
            expect(
                mine.orderByCode?.fulfillments?.flatMap(f => f.parcels.map(p => p.trackingNumber)),
            ).toEqual(['XY300000001FR']);
        });

        it('escapes the carrier’s name and link in the shipped email', async () => {
            await t.adminClient.query(SAVE_CARRIER, {
                input: {
                    code: 'express',
                    name: 'Express <i>&</i> Co',
                    trackingUrlTemplate: 'https://track.example/?n={trackingNumber}&lang="fr"',
                },
            });
            const shop = shopClient(t.port, 'fr');
            const prepared = await prepareOrder(shop, { channel: 'fr', email: 'express@example.com' });
            await payWithTestMethod(shop, 'fr');
            await shipWholeOrder(prepared.id, 'express', ['EX1000000001']);
            await generic('fr', {
                trackingNumber: 'EX1000000001',
                events: [{ id: 'ex-1', status: 'InTransit', occurredAt: hoursAgo(1) }],
            });
            const isShipped = (e: EmailDetails) => e.recipient === 'express@example.com';
            await waitForEmail(isShipped);
            const [email] = t.emails.filter(isShipped);
            expect(email.body).toContain('Express &lt;i&gt;&amp;&lt;/i&gt; Co');
            expect(email.body).not.toContain('<i>&</i>');
            expect(email.body).toContain(
                'href="https://track.example/?n&#x3D;EX1000000001&amp;lang&#x3D;&quot;fr&quot;"',
            );
        });
    });
}
