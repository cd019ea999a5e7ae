import { describe, expect, it } from 'vitest';
import { isMovement, isTrackingStatus, statusAfter, TrackingStatus } from './statuses';

const at = (iso: string) => new Date(iso);

describe('statusAfter', () => {
    it('is Pending without events', () => {
        expect(statusAfter([])).toBe(TrackingStatus.Pending);
    });

    it('takes the latest event by occurredAt, whatever the arrival order', () => {
        expect(
            statusAfter([
                { status: TrackingStatus.OutForDelivery, occurredAt: at('2026-12-02T08:00:00Z') },
                { status: TrackingStatus.InTransit, occurredAt: at('2026-12-01T08:00:00Z') },
            ]),
        ).toBe(TrackingStatus.OutForDelivery);
    });

    it('never leaves Delivered, even for a later event', () => {
        expect(
            statusAfter([
                { status: TrackingStatus.Delivered, occurredAt: at('2026-12-02T10:00:00Z') },
                { status: TrackingStatus.InTransit, occurredAt: at('2026-12-03T08:00:00Z') },
            ]),
        ).toBe(TrackingStatus.Delivered);
    });

    it('keeps arrival order on equal times', () => {
        const t = at('2026-12-02T10:00:00Z');
        expect(
            statusAfter([
                { status: TrackingStatus.InTransit, occurredAt: t },
                { status: TrackingStatus.AttemptFail, occurredAt: t },
            ]),
        ).toBe(TrackingStatus.AttemptFail);
    });
});

describe('status names', () => {
    it('knows the nine names and nothing else', () => {
        expect(isTrackingStatus('InTransit')).toBe(true);
        expect(isTrackingStatus('in_transit')).toBe(false);
        expect(isTrackingStatus(undefined)).toBe(false);
    });

    it('counts InTransit and later as movement, not InfoReceived', () => {
        expect(isMovement(TrackingStatus.InfoReceived)).toBe(false);
        expect(isMovement(TrackingStatus.Pending)).toBe(false);
        expect(isMovement(TrackingStatus.InTransit)).toBe(true);
        expect(isMovement(TrackingStatus.Delivered)).toBe(true);
    });
});
