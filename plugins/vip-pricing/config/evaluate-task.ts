import { ScheduledTask } from '@vendure/core';
import { VipEvaluationService } from '../services/vip-evaluation.service';

/**
 * Nightly: queues the re-evaluation of every customer holding or having held a tier, on every
 * channel with tiers, so that spend leaving the rolling window demotes them (jobs run in the worker).
 *
 * @param schedule cron expression (the plugin option `evaluationSchedule`)
 */
export function vipEvaluationTask(schedule: string): ScheduledTask {
    return new ScheduledTask({
        id: 'vip-pricing-evaluate',
        description: 'Re-evaluates VIP tiers for spend leaving the rolling window',
        schedule,
        execute: async ({ injector }) => ({ queued: await injector.get(VipEvaluationService).evaluateAll() }),
    });
}
