/**
 * The fulfillment form for tracked parcels: one carrier (a carrier code of the order's channel),
 * one tracking number per parcel, and an optional label URL. The fulfillment keeps Vendure's own
 * `method` (the carrier's name) and `trackingCode` (the numbers, comma-separated) so every Vendure
 * screen and storefront still shows them; the parcels themselves are created in the same
 * transaction (see ParcelSubscriberService). Vendure reference:
 * https://docs.vendure.io/reference/typescript-api/fulfillment/fulfillment-handler/
 */
import {
    ChannelService,
    FulfillmentHandler,
    Injector,
    LanguageCode,
    TransactionalConnection,
} from '@vendure/core';
import { orderSellerChannel } from '../../shared/order-channel';
import { TRACKED_FULFILLMENT_CODE } from '../constants';
import { ParcelService } from '../services/parcel.service';

let parcelService: ParcelService;
let connection: TransactionalConnection;
let channelService: ChannelService;

/** Reads the handler's arguments as Vendure hands them over (a list argument is a JSON array string). */
export function parcelsArguments(args: {
    carrier?: string;
    trackingNumbers?: string | string[];
    labelUrl?: string;
}) {
    const numbers = Array.isArray(args.trackingNumbers)
        ? args.trackingNumbers
        : (() => {
              try {
                  const parsed: unknown = JSON.parse(args.trackingNumbers ?? '[]');
                  return Array.isArray(parsed) ? parsed.map(String) : [String(parsed)];
              } catch {
                  return (args.trackingNumbers ?? '').split(/[,;\n]/);
              }
          })();
    return { carrierCode: args.carrier ?? '', trackingNumbers: numbers, labelUrl: args.labelUrl ?? '' };
}

/** Vendure FulfillmentHandler `tracked-parcels` (see the module comment). */
export const trackedFulfillmentHandler = new FulfillmentHandler({
    code: TRACKED_FULFILLMENT_CODE,
    description: [
        { languageCode: LanguageCode.en, value: 'Ship tracked parcels (carrier and tracking numbers)' },
        {
            languageCode: LanguageCode.fr,
            value: 'Expédier des colis suivis (transporteur et numéros de suivi)',
        },
    ],
    args: {
        carrier: {
            type: 'string',
            required: true,
            // The Dashboard's select of the order channel's carriers (dashboard/carrier-select-input.tsx);
            // the classic admin does not know it and shows its text field.
            ui: { component: 'delivery-tracking-carrier-select' },
            label: [
                { languageCode: LanguageCode.en, value: 'Carrier code' },
                { languageCode: LanguageCode.fr, value: 'Code du transporteur' },
            ],
            description: [
                { languageCode: LanguageCode.en, value: 'e.g. colissimo, chronopost, coursier-abidjan' },
                { languageCode: LanguageCode.fr, value: 'par ex. colissimo, chronopost, coursier-abidjan' },
            ],
        },
        trackingNumbers: {
            type: 'string',
            list: true,
            required: true,
            label: [
                { languageCode: LanguageCode.en, value: 'Tracking numbers (one per parcel)' },
                { languageCode: LanguageCode.fr, value: 'Numéros de suivi (un par colis)' },
            ],
        },
        labelUrl: {
            type: 'string',
            required: false,
            label: [
                { languageCode: LanguageCode.en, value: 'Label URL (optional)' },
                { languageCode: LanguageCode.fr, value: "URL de l'étiquette (facultatif)" },
            ],
        },
    },
    init: (injector: Injector) => {
        parcelService = injector.get(ParcelService);
        connection = injector.get(TransactionalConnection);
        channelService = injector.get(ChannelService);
    },
    createFulfillment: async (ctx, orders, _lines, args) => {
        if (orders.length !== 1) throw new Error('A tracked fulfillment covers exactly one order');
        const channel = await orderSellerChannel(connection, channelService, orders[0].id);
        const { carrier, numbers } = await parcelService.validate(ctx, channel.id, parcelsArguments(args));
        return { method: carrier.name, trackingCode: numbers.join(', ') };
    },
});
