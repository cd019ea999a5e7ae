/**
 * The fulfillment form merchants fill in the Dashboard when they ship an order.
 *
 * Vendure's `manualFulfillmentHandler` asks for `method` and `trackingCode` without labels, so the
 * Dashboard showed the raw argument names. {@link labelledManualFulfillmentHandler} is the same
 * handler (same code, `manual-fulfillment`, so existing shipping methods keep using it; same
 * Fulfillment `method` and `trackingCode`), with labels and descriptions in French and English.
 * Vendure reference: https://docs.vendure.io/reference/typescript-api/fulfillment/fulfillment-handler/
 */
import { FulfillmentHandler, LanguageCode, manualFulfillmentHandler } from '@vendure/core';

/** Vendure's manual fulfillment with labelled fields (see the module comment). */
export const labelledManualFulfillmentHandler = new FulfillmentHandler({
    code: manualFulfillmentHandler.code,
    description: [
        { languageCode: LanguageCode.en, value: 'Enter the carrier and the tracking number' },
        { languageCode: LanguageCode.fr, value: 'Saisir le transporteur et le numéro de suivi' },
    ],
    args: {
        method: {
            type: 'string',
            required: false,
            label: [
                { languageCode: LanguageCode.en, value: 'Carrier' },
                { languageCode: LanguageCode.fr, value: 'Transporteur' },
            ],
            description: [
                { languageCode: LanguageCode.en, value: 'e.g. Colissimo, Chronopost, local courier' },
                { languageCode: LanguageCode.fr, value: 'par ex. Colissimo, Chronopost, coursier' },
            ],
        },
        trackingCode: {
            type: 'string',
            required: false,
            label: [
                { languageCode: LanguageCode.en, value: 'Tracking number' },
                { languageCode: LanguageCode.fr, value: 'Numéro de suivi' },
            ],
        },
    },
    createFulfillment: (_ctx, _orders, _lines, args) => ({
        method: args.method,
        trackingCode: args.trackingCode,
    }),
});
