import { Injectable } from '@nestjs/common';
import { Order, RequestContext, TransactionalConnection } from '@vendure/core';
import crypto from 'node:crypto';
import { Parcel } from '../entities/parcel.entity';
import { ParcelService } from './parcel.service';

/** The public view of an order's delivery: statuses, dates and towns, nothing personal. */
export interface TrackedShipment {
    orderCode: string;
    /** Vendure's order state, e.g. `Shipped`. */
    orderState: string;
    parcels: Parcel[];
}

/** Why a lookup found nothing; the same for an unknown code and a wrong email or postal code. */
export const SHIPMENT_NOT_FOUND = 'No shipment matches this order number and email address or postal code';

function digest(value: string): Buffer {
    return crypto.createHash('sha256').update(value).digest();
}

function normaliseEmail(value: string | null | undefined): string {
    return (value ?? '').trim().toLowerCase();
}

function normalisePostalCode(value: string | null | undefined): string {
    return (value ?? '').replace(/\s+/g, '').toUpperCase();
}

/**
 * The public "track my order" lookup (Shop API `trackShipment`): an order of the active channel by
 * its code **and** the customer's email address or the shipping postal code. Unlike Vendure's
 * `orderByCode` (open to anyone for 2 hours after placement), it needs the second factor, and it
 * answers an unknown code and a wrong factor alike: the same result, after the same queries and a
 * constant-time comparison. Rate limits (per IP and per order code) are the rate-limit plugin's rules.
 */
@Injectable()
export class TrackingLookupService {
    constructor(
        private readonly connection: TransactionalConnection,
        private readonly parcelService: ParcelService,
    ) {}

    /** The tracked shipment, or undefined when the code and the factor do not match an order. */
    async track(
        ctx: RequestContext,
        orderCode: string,
        factor: { emailAddress?: string | null; postalCode?: string | null },
    ): Promise<TrackedShipment | undefined> {
        const email = normaliseEmail(factor.emailAddress);
        const postalCode = normalisePostalCode(factor.postalCode);
        const order = await this.connection
            .getRepository(ctx, Order)
            .createQueryBuilder('order')
            .innerJoin('order.channels', 'channel', 'channel.id = :channelId', { channelId: ctx.channelId })
            .leftJoinAndSelect('order.customer', 'customer')
            .where('order.code = :code', { code: orderCode.trim().slice(0, 64) })
            .andWhere('order.active = :active', { active: false })
            .getOne();
        const expectedEmail = normaliseEmail(order?.customer?.emailAddress);
        const expectedPostal = normalisePostalCode(order?.shippingAddress?.postalCode);
        // Both comparisons always run, on fixed-size digests, whether or not the order exists.
        const emailMatches = crypto.timingSafeEqual(digest(email), digest(expectedEmail)) && email !== '';
        const postalMatches =
            crypto.timingSafeEqual(digest(postalCode), digest(expectedPostal)) && postalCode !== '';
        const parcels = await this.parcelService.findByOrder(ctx, order?.id ?? -1);
        if (!order || !(emailMatches || postalMatches)) return undefined;
        return { orderCode: order.code, orderState: order.state, parcels };
    }
}
