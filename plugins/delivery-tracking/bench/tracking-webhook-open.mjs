/**
 * `tracking-webhook-open` (open loop): signed generic carrier webhooks ARRIVING at
 * `BENCH_TRACKING_RATE` per second (default 20; Poisson), each on a new connection, whatever the
 * server's speed: the acceptance latency a carrier sees, for the target (p95 ≤ 50 ms). See
 * `_webhook.mjs`.
 */
import { trackingWebhookScenario } from './_webhook.mjs';

const rate = Number(process.env.BENCH_TRACKING_RATE || 20);

export default trackingWebhookScenario({
    name: 'tracking-webhook-open',
    description: `signed generic carrier webhook, deliveries arriving at ${rate}/s (Poisson); open loop = acceptance latency`,
    order: 91,
    arrivalRate: rate,
    connections: 64,
});
