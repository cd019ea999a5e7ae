/**
 * The `stripe` PaymentMethodHandler (same code and argument names as Vendure's StripePlugin, plus the
 * publishable key), one PaymentMethod per channel.
 *
 * Vendure calls `createPayment` whenever `addPaymentToOrder` runs with this method. It settles only a
 * payment the webhook flow proves: StripeSettlementService.settle claims the PaymentIntent row (one-time nonce)
 * inside a DB transaction, then calls `addPaymentToOrder` with an admin context and metadata
 * `{ stripeSettlement: { paymentIntentId, nonce, amount } }`. Anything else — the Shop API, a forged
 * or stale nonce, another order — is refused (throws), so no Payment is created.
 *
 * `createRefund` refunds through Stripe's Refunds API (partial refunds included), with an idempotency
 * key and the reason; see StripeRefundService.createRefund.
 */
import { Injector, LanguageCode, PaymentMethodHandler } from '@vendure/core';
import { SETTLEMENT_METADATA_KEY, STRIPE_HANDLER_CODE } from '../constants';
import { credentialsOf } from '../helpers/credentials';
import { StripeRefundService } from '../services/stripe-refund.service';
import { StripeSettlementService } from '../services/stripe-settlement.service';

let settlement: StripeSettlementService | undefined;
let refunds: StripeRefundService | undefined;

const secretInput = { component: 'password-form-input' };

/** See the module documentation. Args are admin-only (PaymentMethod.handler is not in the Shop API). */
export const stripePaymentMethodHandler = new PaymentMethodHandler({
    code: STRIPE_HANDLER_CODE,
    description: [
        { languageCode: LanguageCode.en, value: 'Stripe payments (Payment Element, cards, wallets)' },
        { languageCode: LanguageCode.fr, value: 'Paiements Stripe (Payment Element, cartes, portefeuilles)' },
    ],
    args: {
        apiKey: {
            type: 'string',
            required: true,
            ui: secretInput,
            label: [
                { languageCode: LanguageCode.en, value: 'Secret key (sk_…)' },
                { languageCode: LanguageCode.fr, value: 'Clé secrète (sk_…)' },
            ],
        },
        webhookSecret: {
            type: 'string',
            required: true,
            ui: secretInput,
            label: [
                { languageCode: LanguageCode.en, value: 'Webhook signing secret (whsec_…)' },
                { languageCode: LanguageCode.fr, value: 'Secret de signature du webhook (whsec_…)' },
            ],
            description: [
                {
                    languageCode: LanguageCode.en,
                    value: 'Endpoint: <public URL of the API server>/payments/stripe',
                },
                {
                    languageCode: LanguageCode.fr,
                    value: 'Point de terminaison : <URL publique du serveur API>/payments/stripe',
                },
            ],
        },
        publishableKey: {
            type: 'string',
            required: true,
            label: [
                { languageCode: LanguageCode.en, value: 'Publishable key (pk_…)' },
                { languageCode: LanguageCode.fr, value: 'Clé publiable (pk_…)' },
            ],
        },
    },
    init(injector: Injector) {
        settlement = injector.get(StripeSettlementService);
        refunds = injector.get(StripeRefundService);
    },
    createPayment: async (ctx, order, _amount, _args, metadata) => {
        if (ctx.apiType !== 'admin' || !settlement) {
            throw new Error(
                'Stripe payments are added only by the Stripe webhook after a verified payment_intent.succeeded',
            );
        }
        const verified = await settlement.verifySettlementClaim(
            ctx,
            order.id,
            metadata?.[SETTLEMENT_METADATA_KEY],
        );
        if (!verified)
            throw new Error('Stripe settlement claim refused (unknown, stale or not matching this order)');
        const { record, amount } = verified;
        return {
            amount,
            state: 'Settled' as const,
            transactionId: record.paymentIntentId,
            metadata: {
                public: { paymentIntentId: record.paymentIntentId },
                paymentIntentId: record.paymentIntentId,
                gatewayAmount: record.gatewayAmount,
                currencyCode: record.currencyCode,
            },
        };
    },
    settlePayment: () => ({ success: true }),
    createRefund: async (ctx, input, amount, order, payment, _args, method) => {
        if (!refunds)
            return { state: 'Failed' as const, metadata: { errorMessage: 'Stripe plugin not initialised' } };
        return refunds.createRefund(ctx, input, amount, order, payment, credentialsOf(method));
    },
});
