import { describe, expect, it } from 'vitest';
import {
    afterCustomerMessage,
    afterStaffReply,
    applyStatus,
    canTransition,
    SupportThreadStatus as S,
    ThreadTimes,
} from './status-machine';

const t0 = new Date('2026-01-01T10:00:00Z');
const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);
const fresh = (): ThreadTimes => ({
    status: S.open,
    firstResponseAt: null,
    firstResolvedAt: null,
    resolvedAt: null,
    closedAt: null,
    waitingSince: t0,
    reopenCount: 0,
});

describe('support status machine', () => {
    it('allows only the documented staff transitions', () => {
        expect(canTransition(S.open, S.pending)).toBe(true);
        expect(canTransition(S.resolved, S.open)).toBe(true);
        expect(canTransition(S.open, S.open)).toBe(false);
        expect(canTransition(S.resolved, S.pending)).toBe(false);
        for (const to of Object.values(S)) expect(canTransition(S.closed, to)).toBe(false);
    });

    it('records the first response once and ends the wait on a staff reply', () => {
        const thread = afterStaffReply(fresh(), at(5));
        expect(thread).toMatchObject({ status: S.pending, firstResponseAt: at(5), waitingSince: null });
        afterCustomerMessage(thread, at(10));
        expect(thread).toMatchObject({ status: S.open, waitingSince: at(10) });
        afterStaffReply(thread, at(20));
        expect(thread.firstResponseAt).toEqual(at(5));
    });

    it('counts a reopened thread once: firstResolvedAt stays, reopenCount grows', () => {
        const thread = applyStatus(fresh(), S.resolved, at(30));
        expect(thread).toMatchObject({ resolvedAt: at(30), firstResolvedAt: at(30), waitingSince: null });
        afterCustomerMessage(thread, at(40));
        expect(thread).toMatchObject({
            status: S.open,
            resolvedAt: null,
            firstResolvedAt: at(30),
            reopenCount: 1,
            waitingSince: at(40),
        });
        applyStatus(thread, S.resolved, at(50));
        applyStatus(thread, S.closed, at(60));
        expect(thread).toMatchObject({ firstResolvedAt: at(30), resolvedAt: at(50), closedAt: at(60) });
    });

    it('keeps the wait of a customer writing twice', () => {
        const thread = afterCustomerMessage(fresh(), at(15));
        expect(thread.waitingSince).toEqual(t0);
    });
});
