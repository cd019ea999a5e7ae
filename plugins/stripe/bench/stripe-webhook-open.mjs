/**
 * `stripe-webhook-open` (open loop): `payment_intent.succeeded` webhooks for distinct orders ARRIVE at
 * `BENCH_STRIPE_RATE` orders per second (default 8; Poisson arrivals, each delivered twice at once),
 * whatever the server's speed, as Stripe sends them; latency from the arrival. Their concurrency is
 * what arrivals and handling time make it (mean and maximum in flight are printed). This is the
 * figure for the target: p95 ≤ 100 ms with concurrent webhooks on distinct orders.
 */
import { stripeWebhookScenario } from './_stripe-webhook.mjs';

const rate = Number(process.env.BENCH_STRIPE_RATE || 8);

export default stripeWebhookScenario({
    name: 'stripe-webhook-open',
    description: `payment_intent.succeeded on distinct orders arriving at ${rate}/s (Poisson), twice each at once; open loop = latency under concurrent arrivals`,
    order: 81,
    arrivalRate: rate,
    connections: 64,
    // Enough for 40 s of arrivals (warm-up included) unless BENCH_STRIPE_ORDERS says otherwise.
    pool: Number(process.env.BENCH_STRIPE_ORDERS) || Math.ceil(rate * 40),
});
