import { Inject, Injectable } from '@nestjs/common';
import { RequestContext, SettingsStoreService } from '@vendure/core';
import { SETTINGS_KEY, SUPPORT_THREADS_OPTIONS } from '../constants';
import { mergeSettings, SupportChannelSettings } from '../helpers/sla';
import type { SupportThreadsPluginOptions } from '../types';

/**
 * A channel's support settings (auto-close delay, SLA targets, support address): the built-in
 * defaults, under the options' `defaults`, under `channels[token]`, under the channel's settings
 * store value `supportThreads.settings` (set with Vendure's `setSettingsStoreValue`).
 */
@Injectable()
export class SupportSettingsService {
    constructor(
        private readonly settingsStore: SettingsStoreService,
        @Inject(SUPPORT_THREADS_OPTIONS) private readonly options: SupportThreadsPluginOptions,
    ) {}

    /** The settings of the channel of `ctx`. */
    async forChannel(ctx: RequestContext): Promise<SupportChannelSettings> {
        const stored = await this.settingsStore.get(ctx, SETTINGS_KEY);
        return mergeSettings(this.options.defaults, this.options.channels?.[ctx.channel.token], stored);
    }
}
