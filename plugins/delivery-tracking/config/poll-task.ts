import { ScheduledTask } from '@vendure/core';
import { TrackingPollService } from '../services/tracking-poll.service';

/**
 * Polls carriers without webhooks (in the worker, with DefaultSchedulerPlugin), every
 * `everyMinutes` minutes. See TrackingPollService.poll.
 */
export function trackingPollTask(everyMinutes: number) {
    return new ScheduledTask({
        id: 'delivery-tracking-poll',
        description: 'Reads new parcel events from carriers without webhooks (La Poste Suivi)',
        schedule: cron => cron.every(everyMinutes).minutes(),
        execute: async ({ injector }) => injector.get(TrackingPollService).poll(),
    });
}
