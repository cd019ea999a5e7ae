import { describe, expect, it } from 'vitest';
import { mapLaPosteCode, parseAfterShipPayload, parseGenericPayload, PayloadError } from './payloads';
import { TrackingStatus } from './statuses';

const now = new Date('2026-12-02T12:00:00Z');
const json = (value: unknown) => Buffer.from(JSON.stringify(value));

describe('generic payload', () => {
    it('reads a parcel and its events, normalising the tracking number', () => {
        const update = parseGenericPayload(
            json({
                trackingNumber: '6a 1234 5678 901',
                carrier: 'Colissimo',
                events: [
                    {
                        id: 'e1',
                        status: 'InTransit',
                        rawStatus: 'ET1',
                        message: 'En cours',
                        location: 'Paris',
                        occurredAt: '2026-12-01T10:00:00Z',
                    },
                ],
            }),
            now,
        );
        expect(update).toMatchObject({ trackingNumber: '6A12345678901', carrierCode: 'colissimo' });
        expect(update.events[0]).toMatchObject({
            eventId: 'e1',
            status: TrackingStatus.InTransit,
            rawStatus: 'ET1',
        });
    });

    it('keeps an unknown status raw and maps it to Pending', () => {
        const update = parseGenericPayload(
            json({
                trackingNumber: 'AB1234',
                events: [{ id: 'x', status: 'lost_in_space', occurredAt: '2026-12-01T00:00:00Z' }],
            }),
            now,
        );
        expect(update.events[0]).toMatchObject({
            status: TrackingStatus.Pending,
            rawStatus: 'lost_in_space',
        });
    });

    it.each([
        ['not json', Buffer.from('{'), 'not JSON'],
        ['no events', json({ trackingNumber: 'AB1234', events: [] }), 'events'],
        [
            'no id',
            json({
                trackingNumber: 'AB1234',
                events: [{ status: 'InTransit', occurredAt: '2026-12-01T00:00:00Z' }],
            }),
            'events[0].id',
        ],
        [
            'a date in 1970',
            json({
                trackingNumber: 'AB1234',
                events: [{ id: 'a', status: 'InTransit', occurredAt: '1970-01-01T00:00:00Z' }],
            }),
            'out of range',
        ],
        [
            'a date next year',
            json({
                trackingNumber: 'AB1234',
                events: [{ id: 'a', status: 'InTransit', occurredAt: '2027-12-01T00:00:00Z' }],
            }),
            'out of range',
        ],
        [
            'a bad tracking number',
            json({
                trackingNumber: '<script>',
                events: [{ id: 'a', status: 'InTransit', occurredAt: '2026-12-01T00:00:00Z' }],
            }),
            'trackingNumber',
        ],
    ])('refuses %s, naming the field', (_name, body, field) => {
        expect(() => parseGenericPayload(body, now)).toThrow(PayloadError);
        expect(() => parseGenericPayload(body, now)).toThrow(field);
    });
});

describe('AfterShip payload', () => {
    const delivery = {
        event_id: 'f1a7c0c2-0c3e-4f7d-9a59-1b2c3d4e5f60',
        event: 'tracking_update',
        msg: {
            tracking_number: '6A12345678901',
            slug: 'colissimo',
            tag: 'Delivered',
            checkpoints: [
                {
                    checkpoint_time: '2026-12-01T09:00:00+01:00',
                    tag: 'InTransit',
                    subtag: 'InTransit_001',
                    message: 'Pris en charge',
                    city: 'Paris',
                    country_region: 'FRA',
                },
                {
                    checkpoint_time: '2026-12-02T09:00:00+01:00',
                    tag: 'Delivered',
                    subtag: 'Delivered_001',
                    message: 'Livré',
                    raw_tag: 'DI1',
                },
            ],
        },
    };

    it('turns checkpoints into events with stable ids', () => {
        const a = parseAfterShipPayload(json(delivery), now);
        const b = parseAfterShipPayload(json(delivery), now);
        expect(a.deliveryId).toBe(delivery.event_id);
        expect(a.update.events.map(e => e.status)).toEqual([
            TrackingStatus.InTransit,
            TrackingStatus.Delivered,
        ]);
        expect(a.update.events[0].location).toBe('Paris, FRA');
        expect(a.update.events[1].rawStatus).toBe('DI1');
        expect(a.update.events.map(e => e.eventId)).toEqual(b.update.events.map(e => e.eventId));
        expect(new Set(a.update.events.map(e => e.eventId)).size).toBe(2);
    });

    it('refuses a delivery without msg', () => {
        expect(() => parseAfterShipPayload(json({ event_id: 'x', event: 'tracking_update' }), now)).toThrow(
            'msg',
        );
    });
});

describe('La Poste codes', () => {
    it('maps the documented codes', () => {
        expect(mapLaPosteCode('DI1')).toBe(TrackingStatus.Delivered);
        expect(mapLaPosteCode('md2')).toBe(TrackingStatus.OutForDelivery);
        expect(mapLaPosteCode('AG1')).toBe(TrackingStatus.AvailableForPickup);
        expect(mapLaPosteCode('ND1')).toBe(TrackingStatus.AttemptFail);
        expect(mapLaPosteCode('ZZ9')).toBe(TrackingStatus.InTransit);
    });
});
