import { CrudPermissionDefinition } from '@vendure/core';

/** Nest injection token of the plugin's options ({@link DeliveryTrackingPluginOptions}). */
export const DELIVERY_TRACKING_OPTIONS = Symbol('DELIVERY_TRACKING_OPTIONS');
/** Logger context of the plugin. */
export const loggerCtx = 'DeliveryTrackingPlugin';
/** Code of the FulfillmentHandler that records parcels (carrier + tracking numbers). */
export const TRACKED_FULFILLMENT_CODE = 'tracked-parcels';
/** Base path of the carrier webhooks: `POST /tracking/webhook/:channelToken/:source`. */
export const WEBHOOK_PATH = 'tracking/webhook';
/** Largest webhook body accepted (bytes); larger answers 413. */
export const MAX_WEBHOOK_BYTES = 512 * 1024;
/** Job queue of accepted webhook deliveries. */
export const WEBHOOK_QUEUE = 'delivery-tracking-webhook';
/** Days without news after which a polled parcel is `Expired` and no longer polled. */
export const DEFAULT_EXPIRE_AFTER_DAYS = 30;

/** Create/Read/Update/Delete the channel's carriers (Admin API `trackingCarriers`…). */
export const trackingCarrierPermission = new CrudPermissionDefinition('TrackingCarrier');
