/**
 * `TASK_SCHEDULES`: an operator's schedules for Vendure scheduled tasks, replacing the ones the code
 * gives them (docs/deployment.md, "What runs once"). E.g. move the VIP re-evaluation to another night
 * hour, or, in the scale-out test, run `requeue-stale-jobs` every few seconds to watch two workers
 * share it.
 *
 * Applied by {@link TaskSchedulesPlugin}, listed last so that the tasks every plugin adds in its own
 * `configuration` hook are there. Vendure's `DefaultSchedulerPlugin` still decides who runs a task:
 * every worker's cron fires, and a row lock on the task's record (plus a hold window after each run)
 * lets one worker run it per period.
 */
import { ScheduledTask, VendurePlugin } from '@vendure/core';
import type { RuntimeVendureConfig } from '@vendure/core';

/** Thrown at start-up when `TASK_SCHEDULES` names a task nobody registered. */
export class UnknownScheduledTaskError extends Error {
    /**
     * @param id the unknown task id
     * @param known the ids of the registered tasks
     */
    constructor(id: string, known: string[]) {
        super(`TASK_SCHEDULES: no scheduled task "${id}" (known: ${known.join(', ')})`);
        this.name = 'UnknownScheduledTaskError';
    }
}

/**
 * `tasks` with the schedules of `schedules` (task id → cron pattern) put in place of their own, with
 * Vendure's `ScheduledTask.configure`.
 *
 * @throws UnknownScheduledTaskError when an id matches no task
 */
export function withSchedules(tasks: ScheduledTask[], schedules: Record<string, string>): ScheduledTask[] {
    const known = tasks.map(t => t.id);
    for (const id of Object.keys(schedules)) {
        if (!known.includes(id)) throw new UnknownScheduledTaskError(id, known);
    }
    return tasks.map(task => (schedules[task.id] ? task.configure({ schedule: schedules[task.id] }) : task));
}

/** Overrides scheduled tasks' schedules in its `configuration` hook; list it after every plugin. */
@VendurePlugin({
    configuration: (config: RuntimeVendureConfig) => {
        config.schedulerOptions.tasks = withSchedules(
            config.schedulerOptions.tasks ?? [],
            TaskSchedulesPlugin.schedules,
        );
        return config;
    },
    compatibility: '^3.0.0',
})
export class TaskSchedulesPlugin {
    /** Task id → cron pattern, set by {@link TaskSchedulesPlugin.init}. */
    static schedules: Record<string, string> = {};

    /** @param schedules task id → cron pattern (the environment's `TASK_SCHEDULES`) */
    static init(schedules: Record<string, string>): typeof TaskSchedulesPlugin {
        this.schedules = schedules;
        return this;
    }
}
