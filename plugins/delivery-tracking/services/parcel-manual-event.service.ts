import { Injectable } from '@nestjs/common';
import { DEFAULT_CHANNEL_CODE } from '@vendure/common/lib/shared-constants';
import { ID, idsAreEqual, RequestContext } from '@vendure/core';
import crypto from 'node:crypto';
import { Parcel } from '../entities/parcel.entity';
import { MAX_CARRIER_TEXT } from '../helpers/payloads';
import { TrackingStatus } from '../helpers/statuses';
import { ParcelService } from './parcel.service';
import { TrackingTimelineService } from './tracking-timeline.service';

/** A merchant's event, from the Dashboard (Admin API `addParcelEvent`). */
export interface ManualParcelEventInput {
    parcelId: ID;
    status: TrackingStatus;
    message?: string | null;
    location?: string | null;
    /** Default now; not in the future, not before the parcel existed. */
    occurredAt?: Date | null;
}

/** Why a manual event was refused (answered as `InvalidParcelEventError`). */
export class InvalidParcelEvent {
    constructor(public readonly message: string) {}
}

/**
 * Events a merchant adds by hand (a phone call with the carrier, a parcel handed over at the shop):
 * they join the timeline like the carrier's own (source `manual`), with the same monotonic rule.
 */
@Injectable()
export class ParcelManualEventService {
    constructor(
        private readonly parcelService: ParcelService,
        private readonly timeline: TrackingTimelineService,
    ) {}

    /**
     * Adds the event and returns the parcel with its timeline.
     *
     * @returns InvalidParcelEvent for an unknown parcel (or one of another channel), a text over 500
     *   characters, or a date in the future or before the parcel was created
     */
    async add(ctx: RequestContext, input: ManualParcelEventInput): Promise<Parcel | InvalidParcelEvent> {
        const parcel = await this.parcelService.findOne(ctx, input.parcelId);
        if (
            !parcel ||
            !(ctx.channel.code === DEFAULT_CHANNEL_CODE || idsAreEqual(parcel.channelId, ctx.channelId))
        )
            return new InvalidParcelEvent(`parcelId: no parcel ${String(input.parcelId)} in this channel`);
        const message = (input.message ?? '').trim();
        const location = (input.location ?? '').trim();
        if (message.length > MAX_CARRIER_TEXT || location.length > MAX_CARRIER_TEXT)
            return new InvalidParcelEvent(`message, location: at most ${MAX_CARRIER_TEXT} characters`);
        const occurredAt = input.occurredAt ?? new Date();
        if (occurredAt.getTime() > Date.now() + 60_000)
            return new InvalidParcelEvent('occurredAt: in the future');
        if (occurredAt.getTime() < parcel.createdAt.getTime() - 86_400_000)
            return new InvalidParcelEvent('occurredAt: before the parcel was created');
        await this.timeline.record(
            parcel.id,
            [
                {
                    eventId: `manual-${crypto.randomUUID()}`,
                    status: input.status,
                    rawStatus: input.status,
                    message,
                    location,
                    occurredAt,
                },
            ],
            'manual',
        );
        const [updated] = await this.parcelService
            .findByFulfillments(ctx, [parcel.fulfillmentId])
            .then(all => all.filter(p => idsAreEqual(p.id, parcel.id)));
        return updated;
    }
}
