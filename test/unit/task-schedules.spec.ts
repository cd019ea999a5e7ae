/**
 * `TASK_SCHEDULES` (src/config/scheduler.ts, src/environment.ts): parsed and checked at start, then
 * applied to the tasks Vendure and every plugin registered.
 */
import { ScheduledTask } from '@vendure/core';
import { describe, expect, it } from 'vitest';
import { UnknownScheduledTaskError, withSchedules } from '../../src/config/scheduler';
import { EnvironmentError, readEnvironment } from '../../src/environment';

const root = '/srv/radiant';
const task = (id: string) =>
    new ScheduledTask({ id, schedule: cron => cron.every(10).minutes(), execute: () => Promise.resolve() });

describe('TASK_SCHEDULES', () => {
    it('reads taskId=cron entries, with 5 fields or 6 (seconds first)', () => {
        const env = readEnvironment(
            { TASK_SCHEDULES: ' vip-pricing-evaluate = 0 4 * * * ; requeue-stale-jobs=*/5 * * * * * ' },
            root,
        );
        expect(env.taskSchedules).toEqual({
            'vip-pricing-evaluate': '0 4 * * *',
            'requeue-stale-jobs': '*/5 * * * * *',
        });
        expect(readEnvironment({}, root).taskSchedules).toEqual({});
    });

    it('names the variable for a malformed entry', () => {
        for (const bad of ['vip-pricing-evaluate', 'vip=0 4 * *', '=0 4 * * *']) {
            let problems: string[] = [];
            try {
                readEnvironment({ TASK_SCHEDULES: bad }, root);
            } catch (err) {
                problems = (err as EnvironmentError).problems;
            }
            expect(problems, bad).toEqual([
                expect.stringMatching(/^TASK_SCHEDULES must be taskId=cron entries/),
            ]);
        }
    });

    it('replaces the schedule of the named tasks only, and refuses an unknown task id', () => {
        const [a, b] = withSchedules([task('a'), task('b')], { b: '*/5 * * * * *' });
        expect(typeof a.options.schedule).toBe('function');
        expect(b.options.schedule).toBe('*/5 * * * * *');
        expect(() => withSchedules([task('a')], { nope: '0 4 * * *' })).toThrow(UnknownScheduledTaskError);
        expect(() => withSchedules([task('a')], { nope: '0 4 * * *' })).toThrow(
            'TASK_SCHEDULES: no scheduled task "nope" (known: a)',
        );
    });
});
