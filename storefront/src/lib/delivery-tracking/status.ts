/**
 * Shopper-facing names of the nine parcel statuses (AfterShip's tags, see
 * plugins/delivery-tracking/README.md), for the parcel timeline.
 */
import { defineMessages, type Lang } from '../i18n';
import type { TrackingStatus } from '../gql/graphql';

const t = defineMessages({
    fr: {
        Pending: 'En préparation',
        InfoReceived: 'Étiquette créée',
        InTransit: 'En transit',
        OutForDelivery: 'En cours de livraison',
        AttemptFail: 'Tentative de livraison échouée',
        Delivered: 'Livré',
        AvailableForPickup: 'Disponible en point de retrait',
        Exception: 'Incident de livraison',
        Expired: 'Suivi interrompu',
    },
    en: {
        Pending: 'Being prepared',
        InfoReceived: 'Label created',
        InTransit: 'In transit',
        OutForDelivery: 'Out for delivery',
        AttemptFail: 'Delivery attempt failed',
        Delivered: 'Delivered',
        AvailableForPickup: 'Ready for pickup',
        Exception: 'Delivery problem',
        Expired: 'Tracking stopped',
    },
});

/** The status as a shopper reads it, in `lang`. */
export function parcelStatusLabel(status: TrackingStatus, lang: Lang): string {
    return t(lang, status);
}

/** True for statuses shown as a problem (coloured differently). */
export function isProblemStatus(status: TrackingStatus): boolean {
    return status === 'AttemptFail' || status === 'Exception' || status === 'Expired';
}
