import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { ChannelService, ID, JobQueue, JobQueueService, Logger, RequestContextService } from '@vendure/core';
import { DELIVERY_TRACKING_OPTIONS, loggerCtx, WEBHOOK_QUEUE } from '../constants';
import { ParcelEventSource } from '../entities/parcel-event.entity';
import {
    CarrierEvent,
    parseAfterShipPayload,
    parseGenericPayload,
    ParcelUpdate,
    PayloadError,
} from '../helpers/payloads';
import { SignatureCheck, verifyAfterShipWebhook, verifyGenericWebhook } from '../helpers/signatures';
import { DeliveryTrackingPluginOptions, WEBHOOK_SOURCES, WebhookSource } from '../types';
import { ParcelService } from './parcel.service';
import { TrackingTimelineService } from './tracking-timeline.service';

/** The webhook's answer: HTTP status and a short plain-text reason. */
export interface WebhookAnswer {
    status: number;
    text: string;
}

/** A carrier event as the job carries it (JSON: the date as ISO 8601). */
type QueuedEvent = Omit<CarrierEvent, 'occurredAt'> & { occurredAt: string };

interface WebhookJobData {
    parcelId: ID;
    source: ParcelEventSource;
    events: QueuedEvent[];
}

/** Headers the webhook reads. */
export interface WebhookHeaders {
    radiantSignature?: string;
    afterShipSignature?: string;
}

/**
 * Carrier webhooks (`POST /tracking/webhook/:channelToken/:source`): checks the signature on the
 * raw body before anything else, reads the body, finds the parcel in the channel, and hands the
 * events to a job (the worker records them), answering 202 at once. Redeliveries are harmless: the
 * timeline stores an event id once per parcel.
 *
 * Answers: 202 accepted; 200 ignored (an AfterShip event other than `tracking_update`, or a parcel
 * this shop does not know — AfterShip would otherwise retry for days); 400 unreadable body (the
 * field named); 401 bad, missing or expired signature; 404 no webhook configured for this channel
 * and source; 422 generic format for an unknown parcel; 413 body over 512 KB (middleware).
 */
@Injectable()
export class TrackingWebhookService implements OnModuleInit {
    private queue?: JobQueue<WebhookJobData>;

    constructor(
        @Inject(DELIVERY_TRACKING_OPTIONS) private readonly options: DeliveryTrackingPluginOptions,
        private readonly jobQueueService: JobQueueService,
        private readonly channelService: ChannelService,
        private readonly requestContextService: RequestContextService,
        private readonly parcelService: ParcelService,
        private readonly timeline: TrackingTimelineService,
    ) {}

    /** Creates the job queue (its jobs run in the worker). */
    async onModuleInit(): Promise<void> {
        this.queue = await this.jobQueueService.createQueue<WebhookJobData>({
            name: WEBHOOK_QUEUE,
            process: async job => {
                const events = job.data.events.map(e => ({ ...e, occurredAt: new Date(e.occurredAt) }));
                return this.timeline.record(job.data.parcelId, events, job.data.source);
            },
        });
    }

    /** Handles one delivery; never throws for bad input (see the class comment for the answers). */
    async handle(
        channelToken: string,
        source: string,
        rawBody: unknown,
        headers: WebhookHeaders,
    ): Promise<WebhookAnswer> {
        const secret = (WEBHOOK_SOURCES as readonly string[]).includes(source)
            ? this.options.webhookSecrets?.[channelToken]?.[source as WebhookSource]
            : undefined;
        if (!secret) return { status: 404, text: 'no tracking webhook here' };
        if (!Buffer.isBuffer(rawBody)) return { status: 400, text: 'the body is missing' };
        const check: SignatureCheck =
            source === 'aftership'
                ? verifyAfterShipWebhook(headers.afterShipSignature, rawBody, secret)
                : verifyGenericWebhook(
                      headers.radiantSignature,
                      rawBody,
                      secret,
                      Math.floor(Date.now() / 1000),
                  );
        if (check !== 'ok') {
            Logger.warn(`Tracking webhook ${channelToken}/${source} refused: signature ${check}`, loggerCtx);
            return { status: 401, text: `signature ${check}` };
        }
        let update: ParcelUpdate;
        try {
            if (source === 'aftership') {
                const delivery = parseAfterShipPayload(rawBody, new Date());
                if (delivery.event !== 'tracking_update')
                    return { status: 200, text: `ignored: ${delivery.event}` };
                update = delivery.update;
            } else {
                update = parseGenericPayload(rawBody, new Date());
            }
        } catch (err) {
            if (err instanceof PayloadError) return { status: 400, text: err.message };
            throw err;
        }
        // A secret configured for a channel that no longer exists: nothing to deliver to.
        const channel = await this.channelService.getChannelFromToken(channelToken).catch(() => undefined);
        if (!channel || channel.token !== channelToken)
            return { status: 404, text: 'no tracking webhook here' };
        const ctx = await this.requestContextService.create({ apiType: 'admin', channelOrToken: channel });
        const parcel =
            (update.carrierCode &&
                (await this.parcelService.findByTrackingNumber(
                    ctx,
                    channel.id,
                    update.trackingNumber,
                    update.carrierCode,
                ))) ||
            (await this.parcelService.findByTrackingNumber(ctx, channel.id, update.trackingNumber));
        if (!parcel) {
            Logger.info(
                `Tracking webhook ${channelToken}/${source}: no parcel ${update.trackingNumber}`,
                loggerCtx,
            );
            return source === 'aftership'
                ? { status: 200, text: 'ignored: unknown parcel' }
                : {
                      status: 422,
                      text: `no parcel with tracking number ${update.trackingNumber} in this channel`,
                  };
        }
        await this.enqueue(parcel.id, update.events, 'webhook');
        return { status: 202, text: 'accepted' };
    }

    /** Queues events of a parcel for the worker (also used by the poller's catch-up). */
    async enqueue(parcelId: ID, events: CarrierEvent[], source: ParcelEventSource): Promise<void> {
        if (!this.queue) throw new Error('DeliveryTrackingPlugin: the webhook queue is not ready');
        await this.queue.add(
            {
                parcelId,
                source,
                events: events.map(e => ({ ...e, occurredAt: e.occurredAt.toISOString() })),
            },
            { retries: 5 },
        );
    }
}
