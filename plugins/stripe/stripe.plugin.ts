import { PluginCommonModule, Type, VendurePlugin } from '@vendure/core';
import { shopApiExtensions } from './api/api-extensions';
import { rawBodyMiddleware } from '../shared/raw-body';
import { StripeController } from './api/stripe.controller';
import { StripeShopResolver } from './api/stripe-shop.resolver';
import { stripePaymentMethodHandler } from './config/stripe-payment-method-handler';
import { MAX_WEBHOOK_BYTES, STRIPE_PLUGIN_OPTIONS, WEBHOOK_PATH } from './constants';
import { StripePaymentIntent } from './entities/stripe-payment-intent.entity';
import { StripeWebhookEvent } from './entities/stripe-webhook-event.entity';
import { StripeClientService } from './services/stripe-client.service';
import { StripeDisputeService } from './services/stripe-dispute.service';
import { StripePaymentIntentService } from './services/stripe-payment-intent.service';
import { StripeRefundService } from './services/stripe-refund.service';
import { StripeSettlementService } from './services/stripe-settlement.service';
import { StripeWebhookEventService } from './services/stripe-webhook-event.service';
import { StripeWebhookService } from './services/stripe-webhook.service';
import { StripePluginOptions } from './types';
import { GatewaySettlementService } from '../shared/settlement';
import { allowPendingRefunds } from '../shared/pending-refund-process';

/**
 * Stripe for Radiant, on the current `stripe` SDK with a pinned API version: the `stripe` payment method
 * handler, the Shop API mutation `createStripePaymentIntent` and webhook `POST /payments/stripe` of
 * Vendure's StripePlugin (so standard Vendure storefronts work unchanged), with its known issues fixed.
 * See plugins/stripe/README.md.
 */
@VendurePlugin({
    imports: [PluginCommonModule],
    entities: [StripePaymentIntent, StripeWebhookEvent],
    providers: [
        StripeClientService,
        StripePaymentIntentService,
        StripeWebhookEventService,
        StripeSettlementService,
        StripeRefundService,
        StripeDisputeService,
        StripeWebhookService,
        GatewaySettlementService,
        { provide: STRIPE_PLUGIN_OPTIONS, useFactory: () => StripePlugin.options },
    ],
    controllers: [StripeController],
    shopApiExtensions: { schema: shopApiExtensions, resolvers: [StripeShopResolver] },
    configuration: config => {
        config.paymentOptions.paymentMethodHandlers.push(stripePaymentMethodHandler);
        // A Stripe refund still `pending` is recorded Pending and settled by the refund.updated webhook.
        allowPendingRefunds(config);
        config.apiOptions.middleware.push({
            route: `/${WEBHOOK_PATH}`,
            handler: rawBodyMiddleware(MAX_WEBHOOK_BYTES),
            beforeListen: true,
        });
        return config;
    },
    compatibility: '^3.0.0',
})
export class StripePlugin {
    /** The options given to {@link StripePlugin.init}. */
    static options: StripePluginOptions = {};

    /** @param options apiUrl defaults to https://api.stripe.com; merchantEmail receives dispute alerts */
    static init(options: StripePluginOptions = {}): Type<StripePlugin> {
        this.options = { apiUrl: 'https://api.stripe.com', ...options };
        return StripePlugin;
    }
}
