import { SupportThreadPriority } from './status-machine';

/** Minutes per priority. */
export type MinutesPerPriority = Record<SupportThreadPriority, number>;

/** A channel's support settings (settings store `supportThreads.settings`, else the plugin options). */
export interface SupportChannelSettings {
    /** Days after which a resolved thread closes by itself (0: never). Default 7. */
    autoCloseAfterDays: number;
    /** Target of the first staff reply, in minutes from the thread's opening, per priority. */
    firstResponseMinutes: MinutesPerPriority;
    /** Target of each later staff reply, in minutes from the customer's message, per priority. */
    nextResponseMinutes: MinutesPerPriority;
    /** Where alerts go when a thread has no assignee (new customer message, SLA breach); empty: none. */
    supportEmail: string;
}

/** The defaults: a week before auto-close; 1 day / 8 h / 2 h first-response targets. */
export const DEFAULT_SUPPORT_SETTINGS: SupportChannelSettings = {
    autoCloseAfterDays: 7,
    firstResponseMinutes: { low: 2 * 1440, normal: 1440, high: 480, urgent: 120 },
    nextResponseMinutes: { low: 2 * 1440, normal: 1440, high: 480, urgent: 240 },
    supportEmail: '',
};

const PRIORITIES = Object.values(SupportThreadPriority);

function minutes(value: unknown, fallback: MinutesPerPriority): MinutesPerPriority {
    const given = (value && typeof value === 'object' ? value : {}) as Record<string, unknown>;
    return Object.fromEntries(
        PRIORITIES.map(p => {
            const v = given[p];
            return [p, typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : fallback[p]];
        }),
    ) as MinutesPerPriority;
}

/**
 * `layers` merged over the defaults, first to last, ignoring values of the wrong type or range
 * (settings store values are JSON an administrator typed).
 */
export function mergeSettings(...layers: unknown[]): SupportChannelSettings {
    let result = DEFAULT_SUPPORT_SETTINGS;
    for (const layer of layers) {
        if (!layer || typeof layer !== 'object') continue;
        const l = layer as Record<string, unknown>;
        result = {
            autoCloseAfterDays:
                typeof l.autoCloseAfterDays === 'number' && l.autoCloseAfterDays >= 0
                    ? l.autoCloseAfterDays
                    : result.autoCloseAfterDays,
            firstResponseMinutes: minutes(l.firstResponseMinutes, result.firstResponseMinutes),
            nextResponseMinutes: minutes(l.nextResponseMinutes, result.nextResponseMinutes),
            supportEmail: typeof l.supportEmail === 'string' ? l.supportEmail.trim() : result.supportEmail,
        };
    }
    return result;
}

/** The SLA fields of a thread. */
export interface SlaThread {
    priority: SupportThreadPriority;
    waitingSince: Date | null;
    firstResponseAt: Date | null;
}

/**
 * When the staff must answer by: `waitingSince` + the first-response target (no staff reply yet)
 * or the next-response target, for the thread's priority. Null when nobody waits for the staff.
 */
export function responseDueAt(thread: SlaThread, settings: SupportChannelSettings): Date | null {
    if (!thread.waitingSince) return null;
    const targets = thread.firstResponseAt ? settings.nextResponseMinutes : settings.firstResponseMinutes;
    return new Date(thread.waitingSince.getTime() + targets[thread.priority] * 60_000);
}

/** Seconds left before {@link responseDueAt} at `now` (negative once passed), or null. */
export function secondsLeft(thread: SlaThread, settings: SupportChannelSettings, now: Date): number | null {
    const due = responseDueAt(thread, settings);
    return due ? Math.round((due.getTime() - now.getTime()) / 1000) : null;
}
