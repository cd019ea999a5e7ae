import { ScheduledTask } from '@vendure/core';
import { SupportSchedulerService } from '../services/support-scheduler.service';

/** Closes resolved threads after each channel's `autoCloseAfterDays` (in the worker). */
export function supportAutoCloseTask(everyMinutes: number) {
    return new ScheduledTask({
        id: 'support-threads-auto-close',
        description: 'Closes support threads resolved for longer than the channel allows',
        schedule: cron => cron.every(everyMinutes).minutes(),
        execute: async ({ injector }) => ({
            closed: await injector.get(SupportSchedulerService).closeResolved(),
        }),
    });
}

/** Reminds the assignee or the support address once when a thread passes its response target. */
export function supportSlaTask(everyMinutes: number) {
    return new ScheduledTask({
        id: 'support-threads-sla',
        description: 'Reminds support staff of threads past their response target (once per breach)',
        schedule: cron => cron.every(everyMinutes).minutes(),
        execute: async ({ injector }) => ({
            reminded: await injector.get(SupportSchedulerService).remindBreaches(),
        }),
    });
}
