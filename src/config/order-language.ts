/**
 * The shopper's language on each order, so that the emails about it (order confirmation, invoice)
 * speak it even when they are sent from a request the shopper did not make.
 *
 * Vendure 3.7's `Order` has no language column, and an order is often settled outside the
 * shopper's request (a Stripe webhook, a CinetPay notification, an administrator), whose
 * `RequestContext.languageCode` is not the shopper's. So Radiant records it: the Order custom field
 * `languageCode` takes the `languageCode` of the Shop API request (`?languageCode=en`, which the
 * storefront sends on every request; the channel's default language when a client sends none) when
 * that request creates the order (Created → AddingItems), sends it back to the cart (→ AddingItems)
 * or takes it to the payment step (→ ArrangingPayment): it is the language the shopper checked out
 * in. Payment transitions, the Admin API and gateways leave it alone.
 *
 * See https://docs.vendure.io/guides/core-concepts/orders/#custom-order-process and
 * https://docs.vendure.io/guides/developer-guide/custom-fields/
 */
import {
    type CustomFieldConfig,
    LanguageCode,
    type OrderProcess,
    PluginCommonModule,
    VendurePlugin,
} from '@vendure/core';

declare module '@vendure/core/dist/entity/custom-entity-fields' {
    interface CustomOrderFields {
        /**
         * The language (ISO 639-1 code, e.g. `en`, `fr`) of the Shop API request that last moved the
         * order to another state; null for orders created before Radiant recorded it.
         */
        languageCode?: string | null;
    }
}

/** The Order custom field `languageCode`: read-only in the Admin API, not in the Shop API. */
export const orderLanguageCustomField: CustomFieldConfig = {
    name: 'languageCode',
    type: 'string',
    length: 16,
    nullable: true,
    readonly: true,
    public: false,
    label: [
        { languageCode: LanguageCode.en, value: 'Shopper’s language' },
        { languageCode: LanguageCode.fr, value: 'Langue du client' },
    ],
    description: [
        {
            languageCode: LanguageCode.en,
            value: 'The language the shopper checked out in; the order emails are sent in it.',
        },
        {
            languageCode: LanguageCode.fr,
            value: 'La langue dans laquelle le client a commandé ; les e-mails de la commande sont envoyés dans cette langue.',
        },
    ],
};

/**
 * The states a shopper moves the order to while shopping: AddingItems (the order's creation, or
 * back from the payment step) and ArrangingPayment (the last step before paying). The payment's
 * own transitions are left out: they may come from a request in another language.
 */
const SHOPPER_STATES: ReadonlySet<string> = new Set(['AddingItems', 'ArrangingPayment']);

/**
 * Order process step recording `ctx.languageCode` in `order.customFields.languageCode` when a Shop
 * API request moves the order to AddingItems or ArrangingPayment. Vendure saves the order right after
 * `onTransitionStart`, in the transition's transaction; a refused transition saves nothing.
 */
export const recordOrderLanguageProcess: OrderProcess<never> = {
    onTransitionStart(_fromState, toState, { ctx, order }) {
        if (ctx.apiType === 'shop' && SHOPPER_STATES.has(toState)) {
            order.customFields.languageCode = ctx.languageCode;
        }
    },
};

/**
 * Adds the Order custom field `languageCode` and the order process step that fills it (after
 * Vendure's `defaultOrderProcess`). Idempotent: a process may build its configuration twice.
 */
@VendurePlugin({
    imports: [PluginCommonModule],
    configuration: config => {
        config.customFields.Order = [
            ...(config.customFields.Order ?? []).filter(f => f.name !== orderLanguageCustomField.name),
            orderLanguageCustomField,
        ];
        config.orderOptions.process = [
            ...config.orderOptions.process.filter(p => p !== recordOrderLanguageProcess),
            recordOrderLanguageProcess,
        ];
        return config;
    },
    compatibility: '^3.0.0',
})
export class OrderLanguagePlugin {}
