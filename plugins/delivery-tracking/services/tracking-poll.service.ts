import { Inject, Injectable } from '@nestjs/common';
import { Logger, TransactionalConnection } from '@vendure/core';

import { errorMessage } from '../../shared/error-message';
import { DEFAULT_EXPIRE_AFTER_DAYS, DELIVERY_TRACKING_OPTIONS, loggerCtx } from '../constants';
import { Parcel } from '../entities/parcel.entity';
import { TrackingCarrier } from '../entities/tracking-carrier.entity';
import { LaPosteClient } from '../helpers/la-poste-client';
import { TrackingStatus } from '../helpers/statuses';
import { DeliveryTrackingPluginOptions } from '../types';
import { TrackingTimelineService } from './tracking-timeline.service';

/** Parcels asked about in one polling run (oldest asked first). */
export const POLL_BATCH = 200;

/** What one polling run did. */
export interface PollResult {
    polled: number;
    eventsAdded: number;
    expired: number;
    failed: number;
}

/**
 * Polling of carriers that send no webhook (La Poste's Suivi v2 for Colissimo and Chronopost), run
 * by the `delivery-tracking-poll` ScheduledTask in the worker: every parcel of a carrier with a
 * polling adapter that is neither Delivered nor Expired, oldest-asked first; its new events go
 * through the same timeline as webhooks. A parcel without news for `expireAfterDays` (default 30)
 * becomes `Expired` and is no longer polled.
 */
@Injectable()
export class TrackingPollService {
    private readonly laPoste?: LaPosteClient;

    constructor(
        @Inject(DELIVERY_TRACKING_OPTIONS) private readonly options: DeliveryTrackingPluginOptions,
        private readonly connection: TransactionalConnection,
        private readonly timeline: TrackingTimelineService,
    ) {
        if (options.laPoste) this.laPoste = new LaPosteClient(options.laPoste);
    }

    /** One polling run (see the class comment). A carrier outage fails that parcel only (retried next run). */
    async poll(now = new Date()): Promise<PollResult> {
        const result: PollResult = { polled: 0, eventsAdded: 0, expired: 0, failed: 0 };
        if (!this.laPoste) return result;
        const expireBefore = new Date(
            now.getTime() - (this.options.expireAfterDays ?? DEFAULT_EXPIRE_AFTER_DAYS) * 86_400_000,
        );
        const parcels = await this.connection.rawConnection
            .getRepository(Parcel)
            .createQueryBuilder('parcel')
            .innerJoin(
                TrackingCarrier,
                'carrier',
                'carrier.channelId = parcel.channelId AND carrier.code = parcel.carrierCode',
            )
            .where('carrier.pollingAdapter = :adapter', { adapter: 'laposte' })
            .andWhere('parcel.status NOT IN (:...done)', {
                done: [TrackingStatus.Delivered, TrackingStatus.Expired],
            })
            .orderBy('parcel.lastPolledAt', 'ASC', 'NULLS FIRST')
            .addOrderBy('parcel.id', 'ASC')
            .take(POLL_BATCH)
            .getMany();
        for (const parcel of parcels) {
            const lastNews = parcel.lastEventAt ?? parcel.createdAt;
            try {
                const lookup = await this.laPoste.lookup(parcel.trackingNumber);
                result.polled++;
                const events = lookup.found ? lookup.events : [];
                const newest = events.reduce(
                    (t, e) => Math.max(t, e.occurredAt.getTime()),
                    lastNews.getTime(),
                );
                if (newest < expireBefore.getTime()) {
                    events.push({
                        eventId: `expired-${expireBefore.toISOString().slice(0, 10)}`,
                        status: TrackingStatus.Expired,
                        rawStatus: 'Expired',
                        message: `No news from the carrier for ${this.options.expireAfterDays ?? DEFAULT_EXPIRE_AFTER_DAYS} days`,
                        location: '',
                        occurredAt: now,
                    });
                    result.expired++;
                }
                if (events.length) {
                    result.eventsAdded += (await this.timeline.record(parcel.id, events, 'poll')).added;
                }
                await this.connection.rawConnection
                    .getRepository(Parcel)
                    .update({ id: parcel.id }, { lastPolledAt: now });
            } catch (err) {
                result.failed++;
                Logger.warn(`Polling ${parcel.trackingNumber} failed: ${errorMessage(err)}`, loggerCtx);
            }
        }
        return result;
    }
}
