import type { SupportChannelSettings } from './helpers/sla';

/** Options of `SupportThreadsPlugin.init()`. */
export interface SupportThreadsPluginOptions {
    /**
     * Settings of every channel, under a channel's own settings store value
     * (`supportThreads.settings`) and over the built-in defaults (auto-close after 7 days; first
     * response 2 d / 1 d / 8 h / 2 h and next response 2 d / 1 d / 8 h / 4 h for low / normal / high
     * / urgent; no support address).
     */
    defaults?: Partial<SupportChannelSettings>;
    /** Settings per channel token, between `defaults` and the channel's settings store value. */
    channels?: Record<string, Partial<SupportChannelSettings>>;
    /** Minutes between two runs of the auto-close and SLA tasks in the worker. Default 15. */
    checkEveryMinutes?: number;
    /**
     * Milliseconds between two reads of new messages for the live streams, per server process,
     * while at least one stream is open. Default 1000.
     */
    liveIntervalMs?: number;
}
