import { describe, expect, it } from 'vitest';
import { exportRange, startOfDayIn } from './export';

describe('export range', () => {
    it('starts days in the shop’s time zone, DST included', () => {
        expect(startOfDayIn('2026-01-15', 'Europe/Paris').toISOString()).toBe('2026-01-14T23:00:00.000Z');
        expect(startOfDayIn('2026-07-15', 'Europe/Paris').toISOString()).toBe('2026-07-14T22:00:00.000Z');
        expect(startOfDayIn('2026-03-29', 'Europe/Paris').toISOString()).toBe('2026-03-28T23:00:00.000Z');
        expect(startOfDayIn('2026-03-30', 'Europe/Paris').toISOString()).toBe('2026-03-29T22:00:00.000Z');
        expect(startOfDayIn('2026-11-21', 'UTC').toISOString()).toBe('2026-11-21T00:00:00.000Z');
    });
    it('covers whole days from `from` to `to` inclusive', () => {
        const { start, end } = exportRange('2026-11-01', '2026-11-30', 'Europe/Paris');
        expect(start.toISOString()).toBe('2026-10-31T23:00:00.000Z');
        expect(end.toISOString()).toBe('2026-11-30T23:00:00.000Z');
    });
    it('refuses malformed, reversed and too long ranges', () => {
        expect(() => exportRange('2026-11', '2026-11-30', 'UTC')).toThrow('YYYY-MM-DD');
        expect(() => exportRange(undefined, '2026-11-30', 'UTC')).toThrow('YYYY-MM-DD');
        expect(() => exportRange('2026-12-01', '2026-11-30', 'UTC')).toThrow('after');
        expect(() => exportRange('2025-01-01', '2026-11-30', 'UTC')).toThrow('366');
    });
});
