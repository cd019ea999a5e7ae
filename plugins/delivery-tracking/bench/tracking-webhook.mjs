/**
 * `tracking-webhook` (closed loop): signed generic carrier webhooks, --connections carriers each
 * delivering again as soon as answered: throughput at saturation. See `_webhook.mjs`.
 */
import { trackingWebhookScenario } from './_webhook.mjs';

export default trackingWebhookScenario({
    name: 'tracking-webhook',
    description:
        'signed generic carrier webhook, closed loop (throughput at saturation; latency mostly queueing)',
    order: 90,
});
