import { describe, expect, it } from 'vitest';
import { DEFAULT_SUPPORT_SETTINGS, mergeSettings, responseDueAt, secondsLeft } from './sla';
import { SupportThreadPriority } from './status-machine';

const waiting = new Date('2026-01-01T10:00:00Z');

describe('support SLA', () => {
    it('uses the first-response target before any staff reply, the next-response one after', () => {
        const settings = mergeSettings({
            firstResponseMinutes: { urgent: 60 },
            nextResponseMinutes: { urgent: 30 },
        });
        const thread = {
            priority: SupportThreadPriority.urgent,
            waitingSince: waiting,
            firstResponseAt: null,
        };
        expect(responseDueAt(thread, settings)).toEqual(new Date('2026-01-01T11:00:00Z'));
        expect(responseDueAt({ ...thread, firstResponseAt: waiting }, settings)).toEqual(
            new Date('2026-01-01T10:30:00Z'),
        );
        expect(secondsLeft(thread, settings, new Date('2026-01-01T11:10:00Z'))).toBe(-600);
        expect(responseDueAt({ ...thread, waitingSince: null }, settings)).toBeNull();
    });

    it('ignores values of the wrong type and merges layers in order', () => {
        const merged = mergeSettings(
            { autoCloseAfterDays: 3, supportEmail: ' a@b.c ' },
            { autoCloseAfterDays: -1, firstResponseMinutes: { low: 'x', high: 10 } },
            null,
        );
        expect(merged.autoCloseAfterDays).toBe(3);
        expect(merged.supportEmail).toBe('a@b.c');
        expect(merged.firstResponseMinutes).toEqual({
            ...DEFAULT_SUPPORT_SETTINGS.firstResponseMinutes,
            high: 10,
        });
    });
});
