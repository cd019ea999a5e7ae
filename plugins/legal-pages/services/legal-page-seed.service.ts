import { Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import {
    Channel,
    ChannelEvent,
    EventBus,
    Logger,
    ProcessContext,
    RequestContext,
    TransactionalConnection,
} from '@vendure/core';
import { LEGAL_PAGES_PLUGIN_OPTIONS, loggerCtx } from '../constants';
import { LegalPageTranslation } from '../entities/legal-page-translation.entity';
import { LegalPage } from '../entities/legal-page.entity';
import { DEFAULT_LEGAL_PAGES } from '../seed/default-pages';
import type { LegalPagesPluginOptions } from '../types';

/**
 * Gives each channel (that the `seedChannel` option accepts) the default pages when it has no
 * legal page at all: at server start-up, and when a channel is created. A channel that already
 * has a page, even one only, is left alone, so the merchant's edits and deletions stand.
 */
@Injectable()
export class LegalPageSeedService implements OnApplicationBootstrap {
    constructor(
        private readonly connection: TransactionalConnection,
        private readonly eventBus: EventBus,
        private readonly processContext: ProcessContext,
        @Inject(LEGAL_PAGES_PLUGIN_OPTIONS) private readonly options: LegalPagesPluginOptions,
    ) {}

    /** Seeds the existing channels (server process only) and listens for new ones. */
    async onApplicationBootstrap(): Promise<void> {
        if (!this.processContext.isServer || this.defaults().length === 0) return;
        this.eventBus.ofType(ChannelEvent).subscribe(event => {
            if (event.type !== 'created') return;
            this.seedChannel(event.ctx, event.entity).catch((err: unknown) =>
                Logger.error(
                    `Could not seed the legal pages of channel ${event.entity.code}: ${String(err)}`,
                    loggerCtx,
                ),
            );
        });
        const channels = await this.connection.rawConnection.getRepository(Channel).find();
        for (const channel of channels) {
            // Another process starting at the same time may have seeded it (unique slug per channel).
            await this.seedChannel(undefined, channel).catch((err: unknown) =>
                Logger.warn(
                    `Could not seed the legal pages of channel ${channel.code}: ${String(err)}`,
                    loggerCtx,
                ),
            );
        }
    }

    /**
     * Creates the default pages in `channel` if it has no legal page and the options accept it.
     *
     * @returns the number of pages created
     */
    async seedChannel(ctx: RequestContext | undefined, channel: Channel): Promise<number> {
        const defaults = this.defaults();
        if (defaults.length === 0 || !(this.options.seedChannel?.(channel) ?? true)) return 0;
        return this.connection.withTransaction(ctx ?? RequestContext.empty(), async txCtx => {
            const pages = this.connection.getRepository(txCtx, LegalPage);
            if (await pages.exists({ where: { channelId: channel.id } })) return 0;
            for (const page of defaults) {
                const translations = await this.connection
                    .getRepository(txCtx, LegalPageTranslation)
                    .save(page.translations.map(t => new LegalPageTranslation({ ...t })));
                await pages.save(
                    new LegalPage({ channelId: channel.id, slug: page.slug, enabled: true, translations }),
                );
            }
            Logger.info(
                `Created ${defaults.length} default legal pages in channel ${channel.code}`,
                loggerCtx,
            );
            return defaults.length;
        });
    }

    private defaults() {
        return this.options.defaultPages === false ? [] : (this.options.defaultPages ?? DEFAULT_LEGAL_PAGES);
    }
}
