import { LanguageCode, type LocalizedString } from '@vendure/common/lib/generated-types';
import { type CustomFieldConfig, type Injector, OrderService, type RequestContext } from '@vendure/core';
import {
    inEuVatArea,
    normaliseSiren,
    normaliseVatNumber,
    sirenProblem,
    vatNumberProblem,
    type BuyerTaxIdProblem,
} from '../helpers/buyer-tax-id';

declare module '@vendure/core/dist/entity/custom-entity-fields' {
    interface CustomOrderFields {
        /** The buyer's intra-EU VAT number (B2B), as given at checkout; printed on the invoice. */
        buyerVatNumber?: string | null;
        /** The buyer's French SIREN (B2B), as given at checkout; printed on the invoice. */
        buyerSiren?: string | null;
    }
}

function fr(value: string): LocalizedString {
    return { languageCode: LanguageCode.fr, value };
}
function en(value: string): LocalizedString {
    return { languageCode: LanguageCode.en, value };
}

const VAT_MESSAGES: Record<BuyerTaxIdProblem, (v: string) => LocalizedString[]> = {
    prefix: v => [
        fr(
            `Le numéro de TVA intracommunautaire « ${v} » doit commencer par le code d’un pays de l’UE (FR, DE, BE…).`,
        ),
        en(`The EU VAT number "${v}" must start with an EU country code (FR, DE, BE…).`),
    ],
    format: v => [
        fr(`Le numéro de TVA intracommunautaire « ${v} » n’a pas le format de son pays.`),
        en(`The EU VAT number "${v}" does not have its country's format.`),
    ],
    key: v => [
        fr(`Le numéro de TVA intracommunautaire « ${v} » n’est pas valide (clé incorrecte).`),
        en(`The EU VAT number "${v}" is not valid (wrong check key).`),
    ],
};

const SIREN_MESSAGES: Record<BuyerTaxIdProblem, (v: string) => LocalizedString[]> = {
    prefix: v => SIREN_MESSAGES.format(v),
    format: v => [
        fr(`Le SIREN « ${v} » doit compter 9 chiffres.`),
        en(`The SIREN "${v}" must have 9 digits.`),
    ],
    key: v => [
        fr(`Le SIREN « ${v} » n’est pas valide (clé de contrôle incorrecte).`),
        en(`The SIREN "${v}" is not valid (wrong check digit).`),
    ],
};

/**
 * What is echoed back in an error message: the characters a tax id may contain (the message goes
 * through Vendure's i18n, where `:` and `{{` mean something), at most 30.
 */
function shown(value: string): string {
    const safe = value.replace(/[^A-Za-z0-9 .\-/+*]/g, '');
    return safe.length > 30 ? `${safe.slice(0, 30)}…` : safe;
}

/**
 * `validate` of `Order.customFields.buyerVatNumber`: empty or null clears it; otherwise an EU VAT
 * number (spaces, dots, dashes and case do not matter), see {@link vatNumberProblem}.
 */
export function validateBuyerVatNumber(value: string | null | undefined): LocalizedString[] | undefined {
    if (value == null || normaliseVatNumber(value) === '') return undefined;
    const problem = vatNumberProblem(value);
    return problem ? VAT_MESSAGES[problem](shown(value)) : undefined;
}

/** The message of an EU VAT number given for an order delivered outside the EU VAT area. */
const outsideEuMessages = (country: string): LocalizedString[] => [
    fr(
        `Le numéro de TVA intracommunautaire ne s’applique qu’à une adresse dans l’Union européenne (adresse de livraison : ${country}).`,
    ),
    en(`An EU VAT number only applies to an address in the European Union (shipping address: ${country}).`),
];

/**
 * The second check of `Order.customFields.buyerVatNumber`, on the Shop API: a VAT number (not an
 * empty one, which clears it) is refused when the shopper's active order is delivered outside the
 * EU VAT area ({@link inEuVatArea}), e.g. to Côte d'Ivoire or Senegal. An order without a shipping
 * address yet is not checked; the invoice ignores a VAT number whose buyer address is outside.
 */
export async function vatNumberOutsideEuProblem(
    value: string | null | undefined,
    injector: Injector,
    ctx: RequestContext,
): Promise<LocalizedString[] | undefined> {
    if (value == null || normaliseVatNumber(value) === '' || ctx.apiType !== 'shop') return undefined;
    const orderId = ctx.session?.activeOrderId;
    if (!orderId) return undefined;
    const order = await injector.get(OrderService).findOne(ctx, orderId, []);
    const country = order?.shippingAddress?.countryCode;
    return country && !inEuVatArea(country) ? outsideEuMessages(shown(country)) : undefined;
}

/** `validate` of `Order.customFields.buyerSiren`: empty or null clears it; otherwise a valid SIREN. */
export function validateBuyerSiren(value: string | null | undefined): LocalizedString[] | undefined {
    if (value == null || normaliseSiren(value) === '') return undefined;
    const problem = sirenProblem(value);
    return problem ? SIREN_MESSAGES[problem](shown(value)) : undefined;
}

/**
 * The Order custom fields of a B2B buyer, set by the shopper with the Shop API's
 * `setOrderCustomFields` while the order is active, copied into the invoice snapshot when it is
 * issued. The company name is the billing (else shipping) address's `company`.
 */
export const buyerCustomFields: CustomFieldConfig[] = [
    {
        name: 'buyerVatNumber',
        type: 'string',
        public: true,
        nullable: true,
        length: 40,
        label: [fr('N° de TVA intracommunautaire de l’acheteur'), en('Buyer EU VAT number')],
        description: [
            fr('Imprimé sur la facture (achats professionnels, adresse dans l’UE)'),
            en('Printed on the invoice (business purchases, address in the EU)'),
        ],
        validate: async (value: string | null, injector, ctx) =>
            validateBuyerVatNumber(value) ?? (await vatNumberOutsideEuProblem(value, injector, ctx)),
        ui: { tab: 'Invoice' },
    },
    {
        name: 'buyerSiren',
        type: 'string',
        public: true,
        nullable: true,
        length: 20,
        label: [fr('SIREN de l’acheteur'), en('Buyer SIREN')],
        description: [
            fr('Imprimé sur la facture (achats professionnels)'),
            en('Printed on the invoice (business purchases)'),
        ],
        validate: (value: string | null) => validateBuyerSiren(value),
        ui: { tab: 'Invoice' },
    },
];
