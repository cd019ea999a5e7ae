/**
 * Eligibility by order currency, for shipping and payment methods.
 *
 * Vendure assigns every channel-aware entity to the default channel as well, so the default
 * channel (`fr`, EUR) would otherwise offer the `ci` channel's XOF courier and payment methods —
 * and a shipping rate has no currency of its own (2 500,00 XOF would be charged as 2 500,00 €).
 * These checkers make a method eligible only for orders in its currency.
 */
import {
    CurrencyCode,
    LanguageCode,
    PaymentMethodEligibilityChecker,
    ShippingEligibilityChecker,
} from '@vendure/core';

const currencyArg = {
    type: 'string' as const,
    ui: {
        component: 'select-form-input',
        options: Object.values(CurrencyCode).map(code => ({ value: code })),
    },
    label: [
        { languageCode: LanguageCode.en, value: 'Order currency' },
        { languageCode: LanguageCode.fr, value: 'Devise de la commande' },
    ],
    description: [
        { languageCode: LanguageCode.en, value: 'Only orders in this currency are eligible' },
        { languageCode: LanguageCode.fr, value: 'Seules les commandes dans cette devise sont éligibles' },
    ],
};

/**
 * Shipping eligibility: the order is in `currencyCode` and its subtotal (tax included, minor
 * units) is at least `orderMinimum` — Vendure's default checker plus the currency.
 */
export const currencyShippingEligibilityChecker = new ShippingEligibilityChecker({
    code: 'currency-shipping-eligibility-checker',
    description: [
        { languageCode: LanguageCode.en, value: 'Order currency and minimum value' },
        { languageCode: LanguageCode.fr, value: 'Devise et montant minimum de la commande' },
    ],
    args: {
        currencyCode: currencyArg,
        orderMinimum: {
            type: 'int',
            defaultValue: 0,
            ui: { component: 'currency-form-input' },
            label: [
                { languageCode: LanguageCode.en, value: 'Minimum order value' },
                { languageCode: LanguageCode.fr, value: 'Montant minimum de la commande' },
            ],
        },
    },
    check: (ctx, order, args) =>
        (order.currencyCode as string) === args.currencyCode && order.subTotalWithTax >= args.orderMinimum,
});

/** Payment eligibility: the order is in `currencyCode`; otherwise the reason as `eligibilityMessage`. */
export const currencyPaymentEligibilityChecker = new PaymentMethodEligibilityChecker({
    code: 'currency-payment-eligibility-checker',
    description: [
        { languageCode: LanguageCode.en, value: 'Order currency' },
        { languageCode: LanguageCode.fr, value: 'Devise de la commande' },
    ],
    args: { currencyCode: currencyArg },
    check: (ctx, order, args) =>
        (order.currencyCode as string) === args.currencyCode ||
        `This payment method only accepts ${args.currencyCode}`,
});
