import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, Ctx, Fulfillment, Permission, RequestContext } from '@vendure/core';
import { trackingCarrierPermission } from '../constants';
import { Parcel } from '../entities/parcel.entity';
import { TrackingCarrier } from '../entities/tracking-carrier.entity';
import type {
    MutationAddParcelEventArgs,
    MutationResendShippedEmailArgs,
    MutationSaveTrackingCarrierArgs,
    QueryTrackingCarriersArgs,
} from '../gql/generated-admin-types';
import type { QueryTrackShipmentArgs } from '../gql/generated-shop-types';
import { InvalidParcelEvent, ParcelManualEventService } from '../services/parcel-manual-event.service';
import { ParcelService } from '../services/parcel.service';
import { FulfillmentNotShipped, ShippedEmailService } from '../services/shipped-email.service';
import { TrackingCarrierService } from '../services/tracking-carrier.service';
import {
    SHIPMENT_NOT_FOUND,
    TrackedShipment,
    TrackingLookupService,
} from '../services/tracking-lookup.service';

/**
 * Admin API `Fulfillment.parcels`: Vendure only hands a fulfillment out through an order the
 * administrator may read (ReadOrder in its channel).
 */
@Resolver('Fulfillment')
export class AdminFulfillmentParcelsResolver {
    constructor(private readonly parcelService: ParcelService) {}

    /** The fulfillment's parcels with their timelines. */
    @ResolveField()
    parcels(@Ctx() ctx: RequestContext, @Parent() fulfillment: Fulfillment): Promise<Parcel[]> {
        return this.parcelService.loadForFulfillment(ctx, fulfillment.id);
    }
}

/** Shop API `Fulfillment.parcels`: for the signed-in owner of the order only (see ParcelService.findForOwner). */
@Resolver('Fulfillment')
export class ShopFulfillmentParcelsResolver {
    constructor(private readonly parcelService: ParcelService) {}

    /** The fulfillment's parcels with their timelines, or none for anyone but the owner. */
    @ResolveField()
    parcels(@Ctx() ctx: RequestContext, @Parent() fulfillment: Fulfillment): Promise<Parcel[]> {
        return this.parcelService.findForOwner(ctx, fulfillment.id);
    }
}

/**
 * `Parcel.fulfillmentState` (Shop and Admin API): the state of the parcel's fulfillment, batched
 * per request (ParcelService.fulfillmentState). Lets a page tell a parcel the merchant has shipped
 * but the carrier has not scanned yet from one still being prepared.
 */
@Resolver('Parcel')
export class ParcelFulfillmentStateResolver {
    constructor(private readonly parcelService: ParcelService) {}

    /** Vendure's state of the fulfillment, e.g. `Pending`, `Shipped`, `Delivered`. */
    @ResolveField()
    fulfillmentState(@Ctx() ctx: RequestContext, @Parent() parcel: Parcel): Promise<string> {
        return this.parcelService.fulfillmentState(ctx, parcel);
    }
}

/** Shop API `trackShipment` (thin; see TrackingLookupService). */
@Resolver()
export class TrackShipmentResolver {
    constructor(private readonly lookup: TrackingLookupService) {}

    /** The public view, or `ShipmentNotFoundError` for any mismatch. */
    @Query()
    @Allow(Permission.Public)
    async trackShipment(
        @Ctx() ctx: RequestContext,
        @Args() args: QueryTrackShipmentArgs,
    ): Promise<
        | (TrackedShipment & { __typename: 'TrackedShipment' })
        | { __typename: 'ShipmentNotFoundError'; errorCode: string; message: string }
    > {
        const found = await this.lookup.track(ctx, args.orderCode, args);
        return found
            ? { __typename: 'TrackedShipment', ...found }
            : {
                  __typename: 'ShipmentNotFoundError',
                  errorCode: 'SHIPMENT_NOT_FOUND_ERROR',
                  message: SHIPMENT_NOT_FOUND,
              };
    }
}

/** Admin API: carriers and manual events (thin). */
@Resolver()
export class TrackingAdminResolver {
    constructor(
        private readonly carriers: TrackingCarrierService,
        private readonly manualEvents: ParcelManualEventService,
        private readonly shippedEmail: ShippedEmailService,
    ) {}

    /** The active channel's carriers, or those of an order's own channel. */
    @Query()
    @Allow(trackingCarrierPermission.Read)
    trackingCarriers(
        @Ctx() ctx: RequestContext,
        @Args() args: QueryTrackingCarriersArgs,
    ): Promise<TrackingCarrier[]> {
        return args.orderId == null
            ? this.carriers.findAll(ctx)
            : this.carriers.findForOrder(ctx, args.orderId);
    }

    /** Creates or updates a carrier; USER_INPUT_ERROR naming the field on bad input. */
    @Mutation()
    @Allow(trackingCarrierPermission.Create, trackingCarrierPermission.Update)
    saveTrackingCarrier(
        @Ctx() ctx: RequestContext,
        @Args() args: MutationSaveTrackingCarrierArgs,
    ): Promise<TrackingCarrier> {
        return this.carriers.save(ctx, args.input);
    }

    /** Adds a manual event; `InvalidParcelEventError` names the field on bad input. */
    @Mutation()
    @Allow(Permission.UpdateOrder)
    async addParcelEvent(@Ctx() ctx: RequestContext, @Args() args: MutationAddParcelEventArgs) {
        const result = await this.manualEvents.add(ctx, {
            ...args.input,
            status: args.input.status,
            occurredAt: args.input.occurredAt ? new Date(args.input.occurredAt as string) : null,
        });
        return result instanceof InvalidParcelEvent
            ? {
                  __typename: 'InvalidParcelEventError',
                  errorCode: 'INVALID_PARCEL_EVENT_ERROR',
                  message: result.message,
              }
            : { __typename: 'Parcel', ...result };
    }

    /** Sends a shipped fulfillment's email again; `FulfillmentNotShippedError` before it has shipped. */
    @Mutation()
    @Allow(Permission.UpdateOrder)
    async resendShippedEmail(@Ctx() ctx: RequestContext, @Args() args: MutationResendShippedEmailArgs) {
        const result = await this.shippedEmail.resend(ctx, args.fulfillmentId);
        return result instanceof FulfillmentNotShipped
            ? {
                  __typename: 'FulfillmentNotShippedError',
                  errorCode: 'FULFILLMENT_NOT_SHIPPED_ERROR',
                  message: result.message,
                  state: result.state,
              }
            : Object.assign(result, { __typename: 'Fulfillment' });
    }
}

/** Resolves the members of the plugin's unions from `__typename`. */
@Resolver('TrackShipmentResult')
export class TrackShipmentResultResolver {
    /** GraphQL type resolution. */
    @ResolveField()
    __resolveType(value: { __typename: string }): string {
        return value.__typename;
    }
}

/** Resolves the members of `ResendShippedEmailResult` from `__typename`. */
@Resolver('ResendShippedEmailResult')
export class ResendShippedEmailResultResolver {
    /** GraphQL type resolution. */
    @ResolveField()
    __resolveType(value: { __typename: string }): string {
        return value.__typename;
    }
}

/** Resolves the members of `AddParcelEventResult` from `__typename`. */
@Resolver('AddParcelEventResult')
export class AddParcelEventResultResolver {
    /** GraphQL type resolution. */
    @ResolveField()
    __resolveType(value: { __typename: string }): string {
        return value.__typename;
    }
}
