import { EmailEventListener } from '@vendure/email-plugin';
import { StripeDisputeEvent } from '../events/stripe-dispute-event';

/**
 * EmailPlugin handler: alerts the merchant (StripePluginOptions.merchantEmail) when Stripe opens a
 * dispute on one of our payments. Template `stripe-dispute` (static/email/templates/stripe-dispute).
 * Nothing is sent when no merchant address is configured.
 */
export const stripeDisputeEmailHandler = new EmailEventListener('stripe-dispute')
    .on(StripeDisputeEvent)
    .filter(event => !!event.merchantEmail)
    .setRecipient(event => event.merchantEmail!)
    .setFrom('{{ fromAddress }}')
    .setSubject('Litige Stripe sur la commande {{ orderCode }}')
    .setTemplateVars(event => ({
        orderCode: event.order.code,
        amount: (event.dispute.amount / 100).toFixed(2),
        currencyCode: event.dispute.currencyCode,
        reason: event.dispute.reason,
        status: event.dispute.status,
        evidenceDueBy: event.dispute.evidenceDueBy,
        disputeId: event.dispute.disputeId,
        paymentIntentId: event.dispute.paymentIntentId,
    }));
