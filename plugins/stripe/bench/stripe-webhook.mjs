/**
 * `stripe-webhook` (closed loop): each virtual user sends the next order's `payment_intent.succeeded`
 * (twice at once, as Stripe may) as soon as its previous one is answered; --connections users. This
 * is the throughput at saturation; its latency is mostly the queue the users make themselves (see
 * `stripe-webhook-open` for the latency at a given arrival rate).
 */
import { stripeWebhookScenario } from './_stripe-webhook.mjs';

export default stripeWebhookScenario({
    name: 'stripe-webhook',
    description:
        'payment_intent.succeeded on a distinct order, delivered twice at once (exactly one settles); closed loop = throughput at saturation',
    order: 80,
});
