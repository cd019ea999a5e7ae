import { Injectable } from '@nestjs/common';
import {
    Fulfillment,
    ID,
    Order,
    RequestContext,
    RequestContextCacheService,
    TransactionalConnection,
    UserInputError,
} from '@vendure/core';
import { In } from 'typeorm';
import { ParcelEvent } from '../entities/parcel-event.entity';
import { Parcel } from '../entities/parcel.entity';
import { batchLoader } from '../helpers/batch-loader';
import { normaliseTrackingNumber, trackingUrl } from '../helpers/tracking-numbers';
import { TrackingCarrierService } from './tracking-carrier.service';

/** What the fulfillment form gives for the parcels of one fulfillment. */
export interface ParcelsInput {
    carrierCode: string;
    /** One per parcel, as typed (normalised here). */
    trackingNumbers: string[];
    labelUrl?: string;
}

/** Most parcels in one fulfillment. */
export const MAX_PARCELS_PER_FULFILLMENT = 20;

/** Request-cache keys of the per-request batch loaders (Vendure's RequestContextCacheService). */
const ADMIN_LOADER = Symbol('delivery-tracking.parcels-by-fulfillment');
const OWNER_LOADER = Symbol('delivery-tracking.owner-parcels-by-fulfillment');
const STATE_LOADER = Symbol('delivery-tracking.fulfillment-states');

/** Parcels grouped by their fulfillment's id (as a string). */
function byFulfillment(parcels: Parcel[]): Map<string, Parcel[]> {
    const grouped = new Map<string, Parcel[]>();
    for (const parcel of parcels) {
        const key = String(parcel.fulfillmentId);
        grouped.set(key, [...(grouped.get(key) ?? []), parcel]);
    }
    return grouped;
}

/** The parcels of fulfillments: creation with a fulfillment, and reads (one job: the parcel records). */
@Injectable()
export class ParcelService {
    constructor(
        private readonly connection: TransactionalConnection,
        private readonly carrierService: TrackingCarrierService,
        private readonly requestCache: RequestContextCacheService,
    ) {}

    /**
     * Checks the fulfillment form's input before the fulfillment exists: a carrier of the order's
     * channel `channelId`, 1 to 20 distinct plausible tracking numbers not used by another parcel of that carrier,
     * an https label URL or none.
     *
     * @returns the carrier and the normalised numbers
     * @throws UserInputError naming the field (Vendure answers `CreateFulfillmentError` with it)
     */
    async validate(ctx: RequestContext, channelId: ID, input: ParcelsInput) {
        const carrier = await this.carrierService.findByCode(ctx, input.carrierCode, channelId);
        if (!carrier) throw new UserInputError(`carrier: no carrier "${input.carrierCode}" in this channel`);
        const numbers = input.trackingNumbers.map(n => n.trim()).filter(Boolean);
        if (numbers.length === 0) throw new UserInputError('trackingNumbers: at least one tracking number');
        if (numbers.length > MAX_PARCELS_PER_FULFILLMENT)
            throw new UserInputError(`trackingNumbers: at most ${MAX_PARCELS_PER_FULFILLMENT} parcels`);
        const normalised = numbers.map(n => {
            const number = normaliseTrackingNumber(n);
            if (!number)
                throw new UserInputError(`trackingNumbers: "${n.slice(0, 40)}" is not a tracking number`);
            return number;
        });
        if (new Set(normalised).size !== normalised.length)
            throw new UserInputError('trackingNumbers: a tracking number is listed twice');
        const taken = await this.connection.getRepository(ctx, Parcel).find({
            where: { channelId, carrierCode: carrier.code, trackingNumber: In(normalised) },
            select: { trackingNumber: true },
        });
        if (taken.length)
            throw new UserInputError(
                `trackingNumbers: ${taken[0].trackingNumber} is already another parcel's`,
            );
        const labelUrl = (input.labelUrl ?? '').trim();
        if (labelUrl && !/^https:\/\/\S{1,590}$/.test(labelUrl))
            throw new UserInputError('labelUrl: an https URL');
        return { carrier, numbers: normalised, labelUrl };
    }

    /**
     * Creates the parcels of a new fulfillment, in the request's transaction (called from a blocking
     * handler of Vendure's FulfillmentEvent, so the fulfillment and its parcels commit together).
     */
    async createForFulfillment(
        ctx: RequestContext,
        channelId: ID,
        fulfillment: Fulfillment,
        orderId: ID,
        input: ParcelsInput,
    ): Promise<Parcel[]> {
        const { carrier, numbers, labelUrl } = await this.validate(ctx, channelId, input);
        const repository = this.connection.getRepository(ctx, Parcel);
        return repository.save(
            numbers.map(
                trackingNumber =>
                    new Parcel({
                        channelId,
                        orderId,
                        fulfillmentId: fulfillment.id,
                        carrierCode: carrier.code,
                        carrierName: carrier.name,
                        trackingNumber,
                        trackingUrl: trackingUrl(carrier.trackingUrlTemplate, trackingNumber),
                        labelUrl,
                        shippedAt: null,
                        deliveredAt: null,
                        lastEventAt: null,
                        lastPolledAt: null,
                    }),
            ),
        );
    }

    /** The parcels of these fulfillments with their timelines (events oldest first): two queries. */
    async findByFulfillments(ctx: RequestContext, fulfillmentIds: ID[]): Promise<Parcel[]> {
        if (fulfillmentIds.length === 0) return [];
        const parcels = await this.connection
            .getRepository(ctx, Parcel)
            .find({ where: { fulfillmentId: In(fulfillmentIds) }, order: { id: 'ASC' } });
        return this.withEvents(ctx, parcels);
    }

    /**
     * Admin API `Fulfillment.parcels`: the fulfillment's parcels with their timelines, batched per
     * request: the fulfillments of a response resolved together (an order's) cost two queries in all.
     */
    loadForFulfillment(ctx: RequestContext, fulfillmentId: ID): Promise<Parcel[]> {
        const load = this.requestCache.get(ctx, ADMIN_LOADER, () =>
            batchLoader(async ids => byFulfillment(await this.findByFulfillments(ctx, ids)), [] as Parcel[]),
        );
        return load(fulfillmentId);
    }

    /**
     * `Parcel.fulfillmentState`: Vendure's state of the parcel's fulfillment (`Pending` when it is
     * gone), batched per request like {@link loadForFulfillment}: one query for all the parcels of
     * a response.
     */
    fulfillmentState(ctx: RequestContext, parcel: Parcel): Promise<string> {
        const load = this.requestCache.get(ctx, STATE_LOADER, () =>
            batchLoader(async ids => {
                const rows = await this.connection.getRepository(ctx, Fulfillment).find({
                    where: { id: In(ids) },
                    select: { id: true, state: true },
                });
                return new Map(rows.map(row => [String(row.id), row.state as string]));
            }, 'Pending'),
        );
        return load(parcel.fulfillmentId);
    }

    /**
     * Shop API `Fulfillment.parcels`: the parcels of a fulfillment only when the request's signed-in
     * user is the order's customer. Vendure lets anyone holding a guest order's code read it for two
     * hours (`orderByCode`), which must not open the timeline; guests use the public lookup instead.
     * Batched per request like {@link loadForFulfillment}: three queries for an order's fulfillments.
     */
    findForOwner(ctx: RequestContext, fulfillmentId: ID): Promise<Parcel[]> {
        if (!ctx.activeUserId) return Promise.resolve([]);
        const load = this.requestCache.get(ctx, OWNER_LOADER, () =>
            batchLoader(async ids => byFulfillment(await this.ownedParcels(ctx, ids)), [] as Parcel[]),
        );
        return load(fulfillmentId);
    }

    /** The parcels of these fulfillments whose order belongs to the signed-in user, with timelines. */
    private async ownedParcels(ctx: RequestContext, fulfillmentIds: ID[]): Promise<Parcel[]> {
        const parcels = await this.connection
            .getRepository(ctx, Parcel)
            .find({ where: { fulfillmentId: In(fulfillmentIds) }, order: { id: 'ASC' } });
        if (parcels.length === 0) return parcels;
        const owned = await this.connection
            .getRepository(ctx, Order)
            .createQueryBuilder('order')
            .select('order.id', 'id')
            .innerJoin('order.customer', 'customer')
            .innerJoin('customer.user', 'user')
            .where('order.id IN (:...ids)', { ids: [...new Set(parcels.map(p => p.orderId))] })
            .andWhere('user.id = :userId', { userId: ctx.activeUserId })
            .getRawMany<{ id: ID }>();
        const ownedIds = new Set(owned.map(o => String(o.id)));
        return this.withEvents(
            ctx,
            parcels.filter(p => ownedIds.has(String(p.orderId))),
        );
    }

    /** The parcels of an order with their timelines. */
    async findByOrder(ctx: RequestContext, orderId: ID): Promise<Parcel[]> {
        const parcels = await this.connection
            .getRepository(ctx, Parcel)
            .find({ where: { orderId }, order: { id: 'ASC' } });
        return this.withEvents(ctx, parcels);
    }

    /** A parcel by id, or null. */
    findOne(ctx: RequestContext, id: ID): Promise<Parcel | null> {
        return this.connection.getRepository(ctx, Parcel).findOne({ where: { id } });
    }

    /**
     * The parcel with this tracking number in channel `channelId` (and of carrier `carrierCode` when
     * given; without it, the number must be unambiguous), or null.
     */
    async findByTrackingNumber(
        ctx: RequestContext,
        channelId: ID,
        trackingNumber: string,
        carrierCode?: string,
    ): Promise<Parcel | null> {
        const found = await this.connection.getRepository(ctx, Parcel).find({
            where: { channelId, trackingNumber, ...(carrierCode ? { carrierCode } : {}) },
            take: 2,
        });
        return found.length === 1 ? found[0] : null;
    }

    private async withEvents(ctx: RequestContext, parcels: Parcel[]): Promise<Parcel[]> {
        if (parcels.length === 0) return parcels;
        const events = await this.connection.getRepository(ctx, ParcelEvent).find({
            where: { parcelId: In(parcels.map(p => p.id)) },
            order: { occurredAt: 'ASC', id: 'ASC' },
        });
        for (const parcel of parcels)
            parcel.events = events.filter(e => String(e.parcelId) === String(parcel.id));
        return parcels;
    }
}
