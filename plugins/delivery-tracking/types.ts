import type { LaPosteClientOptions } from './helpers/la-poste-client';

/** The formats a carrier webhook can arrive in (`:source` of the webhook path). */
export type WebhookSource = 'generic' | 'aftership';

/** The webhook sources, as the path names them. */
export const WEBHOOK_SOURCES: readonly WebhookSource[] = ['generic', 'aftership'];

/** Options of `DeliveryTrackingPlugin.init()`. */
export interface DeliveryTrackingPluginOptions {
    /**
     * Webhook secrets per channel token and source, e.g. `{ fr: { generic: '…', aftership: '…' } }`.
     * A source without a secret answers 404: nothing unsigned is ever accepted. Default: none.
     */
    webhookSecrets?: Record<string, Partial<Record<WebhookSource, string>>>;
    /** La Poste Suivi v2 (Colissimo, Chronopost) polling; without it carriers with `pollingAdapter: 'laposte'` are not polled. */
    laPoste?: LaPosteClientOptions;
    /** Minutes between two polling runs in the worker. Default 60. */
    pollEveryMinutes?: number;
    /** Days without news after which a polled parcel becomes `Expired`. Default 30. */
    expireAfterDays?: number;
    /**
     * Where "delivery problem" emails go (Exception, AttemptFail), per channel token; falls back to
     * `default`. Without an address the order history entry is the only alert.
     */
    merchantEmails?: Record<string, string>;
}
