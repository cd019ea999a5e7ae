/**
 * Postal address forms (checkout shipping step and the account's address book): the fields,
 * reading and validating a submitted form, and the countries a channel delivers to.
 */
import { CHANNELS, type ChannelToken } from '../channels';
import { CountriesQuery } from '../documents';
import type { ShopClient } from '../vendure';
import type { CustomerAddressFieldsFragment } from '../gql/graphql';
import type { FieldErrors } from './account';
import { defineMessages, type Lang } from '../i18n';

/** The fields of an address form, as strings (empty when not filled). */
export interface AddressValues {
    fullName: string;
    company: string;
    streetLine1: string;
    streetLine2: string;
    postalCode: string;
    city: string;
    countryCode: string;
    phoneNumber: string;
}
export type AddressField = keyof AddressValues;

export const ADDRESS_FIELDS: AddressField[] = [
    'fullName',
    'company',
    'streetLine1',
    'streetLine2',
    'postalCode',
    'city',
    'countryCode',
    'phoneNumber',
];

/**
 * Longest value per field, in characters: the Shop API's limits (the server's
 * src/config/contact-validation.ts), so the form says it before the API refuses.
 */
export const ADDRESS_MAX_LENGTH: Record<AddressField, number> = {
    fullName: 100,
    company: 100,
    streetLine1: 100,
    streetLine2: 100,
    postalCode: 16,
    city: 60,
    countryCode: 2,
    phoneNumber: 30,
};

/** Postal-code formats the form checks (the Shop API checks every country it knows). */
const POSTAL_CODE_FORMATS: Record<string, RegExp> = {
    FR: /^\d{2} ?\d{3}$/,
    MC: /^980\d{2}$/,
    SN: /^\d{5}$/,
};

/** A country offered in the form. */
export interface CountryOption {
    code: string;
    name: string;
}

/**
 * The countries the channel delivers to, in the channel's order (Vendure's `availableCountries`
 * is global), or every available country when none of the channel's is enabled.
 */
export async function channelCountries(shop: ShopClient, channel: ChannelToken): Promise<CountryOption[]> {
    const { availableCountries } = await shop.request(CountriesQuery);
    const wanted = CHANNELS[channel].countries;
    const mine = availableCountries
        .filter(c => wanted.includes(c.code))
        .sort((a, b) => wanted.indexOf(a.code) - wanted.indexOf(b.code));
    return mine.length > 0 ? mine : availableCountries;
}

/** The required fields: the postal code only where addresses have one (France). */
export function requiredAddressFields(channel: ChannelToken): AddressField[] {
    const required: AddressField[] = ['fullName', 'streetLine1', 'city', 'countryCode', 'phoneNumber'];
    if (channel === 'fr') required.push('postalCode');
    return required;
}

/** The address fields of a submitted form (trimmed, at most 200 characters each). */
export function readAddress(form: FormData | null): AddressValues {
    const values = {} as AddressValues;
    for (const key of ADDRESS_FIELDS) {
        const value = form?.get(key);
        values[key] = typeof value === 'string' ? value.trim().slice(0, 200) : '';
    }
    return values;
}

const MESSAGES = defineMessages({
    fr: {
        fullName: 'Saisissez le nom du destinataire.',
        company: '',
        streetLine1: 'Saisissez le numéro et la rue.',
        streetLine2: '',
        postalCode: 'Saisissez le code postal.',
        city: 'Saisissez la ville.',
        countryCode: 'Choisissez le pays.',
        countryUnknown: 'Nous ne livrons pas ce pays depuis cette boutique.',
        phoneNumber: 'Saisissez un numéro de téléphone pour le transporteur.',
        tooLong: '{max} caractères au plus.',
        postalCodeFormat: 'Ce code postal n’existe pas dans ce pays.',
    },
    en: {
        fullName: 'Enter the recipient’s name.',
        company: '',
        streetLine1: 'Enter the street and number.',
        streetLine2: '',
        postalCode: 'Enter the postcode.',
        city: 'Enter the city.',
        countryCode: 'Choose the country.',
        countryUnknown: 'This shop does not deliver to that country.',
        phoneNumber: 'Enter a phone number for the carrier.',
        tooLong: '{max} characters at most.',
        postalCodeFormat: 'This is not a postcode of that country.',
    },
});

/** One message per missing or wrong field; empty when the address can be sent to the Shop API. */
export function validateAddress(
    values: AddressValues,
    countries: CountryOption[],
    channel: ChannelToken,
    lang: Lang,
): FieldErrors {
    const errors: FieldErrors = {};
    for (const key of requiredAddressFields(channel)) if (!values[key]) errors[key] = MESSAGES(lang, key);
    if (values.countryCode && !countries.some(c => c.code === values.countryCode))
        errors.countryCode = MESSAGES(lang, 'countryUnknown');
    if (values.phoneNumber && !/^[+0-9 ().-]{6,30}$/.test(values.phoneNumber))
        errors.phoneNumber = MESSAGES(lang, 'phoneNumber');
    const postalFormat = POSTAL_CODE_FORMATS[values.countryCode];
    if (values.postalCode && postalFormat && !postalFormat.test(values.postalCode))
        errors.postalCode = MESSAGES(lang, 'postalCodeFormat');
    for (const key of ADDRESS_FIELDS) {
        if ([...values[key]].length > ADDRESS_MAX_LENGTH[key])
            errors[key] = MESSAGES(lang, 'tooLong', { max: ADDRESS_MAX_LENGTH[key] });
    }
    return errors;
}

/**
 * The Shop API input for an address. Empty strings, not null: Vendure copies an order's address
 * into the customer's address book, whose columns are NOT NULL.
 */
export function addressInput(values: AddressValues) {
    return { ...values, province: '' };
}

/** A saved (customer) address in the shape of an order address, for display with Address.astro. */
export function asOrderAddress(address: CustomerAddressFieldsFragment) {
    return { ...address, country: address.country.name, countryCode: address.country.code };
}

/** A saved address as form values. */
export function addressValues(address: CustomerAddressFieldsFragment): AddressValues {
    return {
        fullName: address.fullName ?? '',
        company: address.company ?? '',
        streetLine1: address.streetLine1,
        streetLine2: address.streetLine2 ?? '',
        postalCode: address.postalCode ?? '',
        city: address.city ?? '',
        countryCode: address.country.code,
        phoneNumber: address.phoneNumber ?? '',
    };
}
