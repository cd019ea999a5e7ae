import type { TrackingCarrierInput } from '../services/tracking-carrier.service';

/**
 * The demo shop's carriers per channel token: Colissimo and Chronopost on `fr` (both tracked by La
 * Poste's Suivi API, so polled when `LAPOSTE_API_KEY` is set), the local courier on `ci` (events by
 * webhook or by hand). Codes are AfterShip's courier slugs where AfterShip has one, so AfterShip
 * webhooks name the same carrier.
 */
export const DEMO_CARRIERS: Record<string, TrackingCarrierInput[]> = {
    fr: [
        {
            code: 'colissimo',
            name: 'Colissimo',
            trackingUrlTemplate: 'https://www.laposte.fr/outils/suivre-vos-envois?code={trackingNumber}',
            pollingAdapter: 'laposte',
        },
        {
            code: 'chronopost',
            name: 'Chronopost',
            trackingUrlTemplate:
                'https://www.chronopost.fr/tracking-no-cms/suivi-page?listeNumerosLT={trackingNumber}',
            pollingAdapter: 'laposte',
        },
    ],
    ci: [
        {
            code: 'coursier-abidjan',
            name: 'Coursier Abidjan / Dakar',
            trackingUrlTemplate: '',
            pollingAdapter: null,
        },
    ],
};
