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

const handedOver = defineMessages({
    fr: { label: 'Expédié', note: 'Remis au transporteur, qui ne l’a pas encore scanné.' },
    en: { label: 'Shipped', note: 'Handed to the carrier, who has not scanned it yet.' },
});

/** The status as a shopper reads it, in `lang`. */
export function parcelStatusLabel(status: TrackingStatus, lang: Lang): string {
    return t(lang, status);
}

/**
 * Whether a parcel has been handed to the carrier by the merchant (its fulfillment is Shipped or
 * Delivered in Vendure) while the carrier has sent nothing yet (status Pending): it is no longer
 * "being prepared", whatever the carrier says later.
 */
export function isHandedOver(parcel: { status: TrackingStatus; fulfillmentState: string }): boolean {
    return (
        parcel.status === 'Pending' &&
        (parcel.fulfillmentState === 'Shipped' || parcel.fulfillmentState === 'Delivered')
    );
}

/** A parcel's headline status in `lang`: "Shipped" for a parcel handed over ({@link isHandedOver}). */
export function parcelHeadline(
    parcel: { status: TrackingStatus; fulfillmentState: string },
    lang: Lang,
): string {
    return isHandedOver(parcel) ? handedOver(lang, 'label') : t(lang, parcel.status);
}

/** The line shown under a handed-over parcel that has no carrier event yet, in `lang`. */
export function handedOverNote(lang: Lang): string {
    return handedOver(lang, 'note');
}

/** True for statuses shown as a problem (coloured differently). */
export function isProblemStatus(status: TrackingStatus): boolean {
    return status === 'AttemptFail' || status === 'Exception' || status === 'Expired';
}
