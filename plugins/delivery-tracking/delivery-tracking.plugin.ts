import { PluginCommonModule, Type, VendurePlugin } from '@vendure/core';
import { rawBodyMiddleware } from '../shared/raw-body';
import { adminApiExtensions, shopApiExtensions } from './api/api-extensions';
import {
    AddParcelEventResultResolver,
    AdminFulfillmentParcelsResolver,
    ParcelFulfillmentStateResolver,
    ResendShippedEmailResultResolver,
    ShopFulfillmentParcelsResolver,
    TrackingAdminResolver,
    TrackShipmentResolver,
    TrackShipmentResultResolver,
} from './api/tracking.resolver';
import { TrackingWebhookController } from './api/tracking-webhook.controller';
import { trackingPollTask } from './config/poll-task';
import { trackedFulfillmentHandler } from './config/tracked-fulfillment-handler';
import {
    DELIVERY_TRACKING_OPTIONS,
    MAX_WEBHOOK_BYTES,
    trackingCarrierPermission,
    WEBHOOK_PATH,
} from './constants';
import { ParcelEvent } from './entities/parcel-event.entity';
import { Parcel } from './entities/parcel.entity';
import { TrackingCarrier } from './entities/tracking-carrier.entity';
import { ParcelManualEventService } from './services/parcel-manual-event.service';
import { ShippedEmailService } from './services/shipped-email.service';
import { ParcelSubscriberService } from './services/parcel-subscriber.service';
import { ParcelService } from './services/parcel.service';
import { TrackingCarrierService } from './services/tracking-carrier.service';
import { TrackingLookupService } from './services/tracking-lookup.service';
import { TrackingPollService } from './services/tracking-poll.service';
import { TrackingTimelineService } from './services/tracking-timeline.service';
import { TrackingWebhookService } from './services/tracking-webhook.service';
import type { DeliveryTrackingPluginOptions } from './types';

/**
 * Parcels on fulfillments, an immutable event timeline per parcel fed by signed carrier webhooks,
 * polling (La Poste Suivi) and merchants, fulfillment and order states that follow it, and a public
 * tracking lookup. See plugins/delivery-tracking/README.md.
 */
@VendurePlugin({
    imports: [PluginCommonModule],
    entities: [TrackingCarrier, Parcel, ParcelEvent],
    providers: [
        TrackingCarrierService,
        ParcelService,
        ParcelSubscriberService,
        TrackingTimelineService,
        TrackingWebhookService,
        TrackingPollService,
        TrackingLookupService,
        ParcelManualEventService,
        ShippedEmailService,
        { provide: DELIVERY_TRACKING_OPTIONS, useFactory: () => DeliveryTrackingPlugin.options },
    ],
    controllers: [TrackingWebhookController],
    shopApiExtensions: {
        schema: shopApiExtensions,
        resolvers: [
            ShopFulfillmentParcelsResolver,
            ParcelFulfillmentStateResolver,
            TrackShipmentResolver,
            TrackShipmentResultResolver,
        ],
    },
    adminApiExtensions: {
        schema: adminApiExtensions,
        resolvers: [
            AdminFulfillmentParcelsResolver,
            ParcelFulfillmentStateResolver,
            TrackingAdminResolver,
            AddParcelEventResultResolver,
            ResendShippedEmailResultResolver,
        ],
    },
    configuration: config => {
        config.authOptions.customPermissions.push(trackingCarrierPermission);
        config.shippingOptions.fulfillmentHandlers.push(trackedFulfillmentHandler);
        config.schedulerOptions.tasks = [
            ...(config.schedulerOptions.tasks ?? []),
            trackingPollTask(DeliveryTrackingPlugin.options.pollEveryMinutes ?? 60),
        ];
        config.apiOptions.middleware.push({
            route: `/${WEBHOOK_PATH}`,
            handler: rawBodyMiddleware(MAX_WEBHOOK_BYTES),
            beforeListen: true,
        });
        return config;
    },
    dashboard: './dashboard/index.tsx',
    compatibility: '^3.0.0',
})
export class DeliveryTrackingPlugin {
    /** The options given to {@link DeliveryTrackingPlugin.init}. */
    static options: DeliveryTrackingPluginOptions = {};

    /** Configures the plugin (see {@link DeliveryTrackingPluginOptions}). */
    static init(options: DeliveryTrackingPluginOptions = {}): Type<DeliveryTrackingPlugin> {
        this.options = options;
        return DeliveryTrackingPlugin;
    }
}
