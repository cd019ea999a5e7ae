export { StripePlugin } from './stripe.plugin';
export { stripePaymentMethodHandler } from './config/stripe-payment-method-handler';
export { stripeDisputeEmailHandler } from './config/dispute-email-handler';
export { StripePaymentIntent } from './entities/stripe-payment-intent.entity';
export { StripeWebhookEvent } from './entities/stripe-webhook-event.entity';
export { StripeClientService } from './services/stripe-client.service';
export { StripePaymentIntentService, StripeGatewayError } from './services/stripe-payment-intent.service';
export { StripeWebhookService } from './services/stripe-webhook.service';
export { StripeWebhookEventService } from './services/stripe-webhook-event.service';
export { StripeSettlementService } from './services/stripe-settlement.service';
export { StripeRefundService } from './services/stripe-refund.service';
export { StripeDisputeService } from './services/stripe-dispute.service';
export { credentialsOf } from './helpers/credentials';
export { stripeRefundReason } from './helpers/refund-reason';
export { toStripeAmount, fromStripeAmount, ZERO_DECIMAL_CURRENCIES } from './helpers/amount';
export { StripeDisputeEvent } from './events/stripe-dispute-event';
export type { StripeDisputeDetails } from './events/stripe-dispute-event';
export { STRIPE_API_VERSION, STRIPE_HANDLER_CODE } from './constants';
export type {
    StripePluginOptions,
    StripeCredentials,
    StripeWebhookResult,
    StripePaymentConfiguration,
    StripePaymentStatus,
    WebhookAnswer,
} from './types';
