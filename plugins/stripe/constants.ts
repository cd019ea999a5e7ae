/** Logger context of every Stripe log line. */
export const loggerCtx = 'StripePlugin';
/** Injection token of the plugin options ({@link StripePluginOptions}). */
export const STRIPE_PLUGIN_OPTIONS = Symbol('STRIPE_PLUGIN_OPTIONS');
/** Code of the PaymentMethodHandler (`PaymentMethod.handler.code`), the same as Vendure's StripePlugin. */
export const STRIPE_HANDLER_CODE = 'stripe';
/**
 * The Stripe API version every request is pinned to (the version the `stripe` SDK 23.1.0 was generated
 * for: https://docs.stripe.com/api/versioning). Webhook endpoints should be created with the same version.
 */
export const STRIPE_API_VERSION = '2026-10-28.endive';
/** Path of the webhook, under the API server (Vendure's StripePlugin contract). */
export const WEBHOOK_PATH = 'payments/stripe';
/** Key of the Payment metadata entry through which the webhook flow proves a settlement is its own. */
export const SETTLEMENT_METADATA_KEY = 'stripeSettlement';
/** Metadata key marking a Stripe Refund created by Vendure (so its webhook does not create a second Vendure Refund). */
export const REFUND_ORIGIN_METADATA_KEY = 'radiant_origin';
/** Largest webhook body accepted, in bytes (Stripe events are a few KB). */
export const MAX_WEBHOOK_BYTES = 1024 * 1024;
