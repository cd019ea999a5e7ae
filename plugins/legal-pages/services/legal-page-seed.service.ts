import { Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { Channel, Logger, ProcessContext, RequestContext, TransactionalConnection } from '@vendure/core';
import { LEGAL_PAGES_PLUGIN_OPTIONS, loggerCtx } from '../constants';
import { LegalPageTranslation } from '../entities/legal-page-translation.entity';
import { LegalPage } from '../entities/legal-page.entity';
import { DEFAULT_LEGAL_PAGES } from '../seed/default-pages';
import type { LegalPagesPluginOptions } from '../types';

/**
 * Gives each channel (that the `seedChannel` option accepts) the default pages when it has no
 * legal page at all: at server start-up, and for a channel created later, the first time its pages
 * are read ({@link ensureSeeded}; not on the ChannelEvent, whose handler would run concurrently
 * with the request that created the channel). A channel that already has a page, even one only, is
 * left alone, so the merchant's edits and deletions stand.
 */
@Injectable()
export class LegalPageSeedService implements OnApplicationBootstrap {
    constructor(
        private readonly connection: TransactionalConnection,
        private readonly processContext: ProcessContext,
        @Inject(LEGAL_PAGES_PLUGIN_OPTIONS) private readonly options: LegalPagesPluginOptions,
    ) {}

    /** The channels this process has seeded or found with pages (no need to look again). */
    private readonly checked = new Set<string>();

    /** Seeds the existing channels (server process only). */
    async onApplicationBootstrap(): Promise<void> {
        if (!this.processContext.isServer || this.defaults().length === 0) return;
        const channels = await this.connection.rawConnection.getRepository(Channel).find();
        for (const channel of channels) {
            // Another process starting at the same time may have seeded it (unique slug per channel).
            await this.seedChannel(undefined, channel)
                .then(() => this.checked.add(String(channel.id)))
                .catch((err: unknown) =>
                    Logger.warn(
                        `Could not seed the legal pages of channel ${channel.code}: ${String(err)}`,
                        loggerCtx,
                    ),
                );
        }
    }

    /**
     * Seeds the request's channel if this process has not checked it yet (a channel created after
     * start-up); called before the channel's pages are read. A failure (e.g. another process seeding
     * at the same time) is logged, never thrown: the read goes on.
     */
    async ensureSeeded(ctx: RequestContext): Promise<void> {
        const key = String(ctx.channelId);
        if (this.checked.has(key) || this.defaults().length === 0) return;
        try {
            await this.seedChannel(ctx, ctx.channel);
            this.checked.add(key);
        } catch (err) {
            Logger.warn(
                `Could not seed the legal pages of channel ${ctx.channel.code}: ${String(err)}`,
                loggerCtx,
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
