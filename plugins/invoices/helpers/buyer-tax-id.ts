/**
 * The buyer's tax identifiers printed on B2B invoices: the intra-EU VAT number (format per country
 * prefix, with the French key checked) and the French SIREN (9 digits, Luhn). Pure functions, used
 * by the Order custom fields' `validate` and by the invoice snapshot.
 */

/**
 * The national part of an EU VAT number per prefix (VIES formats). `EL` is Greece, `XI` Northern
 * Ireland (goods, under the Windsor Framework).
 */
const VAT_FORMATS: Record<string, RegExp> = {
    AT: /^U\d{8}$/,
    BE: /^[01]\d{9}$/,
    BG: /^\d{9,10}$/,
    CY: /^\d{8}[A-Z]$/,
    CZ: /^\d{8,10}$/,
    DE: /^\d{9}$/,
    DK: /^\d{8}$/,
    EE: /^\d{9}$/,
    EL: /^\d{9}$/,
    ES: /^[A-Z0-9]\d{7}[A-Z0-9]$/,
    FI: /^\d{8}$/,
    FR: /^\d{2}\d{9}$/,
    HR: /^\d{11}$/,
    HU: /^\d{8}$/,
    IE: /^(\d{7}[A-W][A-I]?|\d[A-Z+*]\d{5}[A-W])$/,
    IT: /^\d{11}$/,
    LT: /^(\d{9}|\d{12})$/,
    LU: /^\d{8}$/,
    LV: /^\d{11}$/,
    MT: /^\d{8}$/,
    NL: /^\d{9}B\d{2}$/,
    PL: /^\d{10}$/,
    PT: /^\d{9}$/,
    RO: /^[1-9]\d{1,9}$/,
    SE: /^\d{10}01$/,
    SI: /^\d{8}$/,
    SK: /^\d{10}$/,
    XI: /^(\d{9}|\d{12}|GD\d{3}|HA\d{3})$/,
};

/** Why a buyer tax identifier was refused. */
export type BuyerTaxIdProblem = 'prefix' | 'format' | 'key';

/**
 * A VAT number as written on invoices: spaces, dots, dashes and slashes removed, upper case, and
 * the ISO code `GR` replaced by the VAT prefix `EL`. Empty input gives "".
 */
export function normaliseVatNumber(input: string): string {
    const compact = input.replace(/[\s.\-/]/g, '').toUpperCase();
    return compact.startsWith('GR') ? `EL${compact.slice(2)}` : compact;
}

/** The French VAT key of a SIREN: (12 + 3 × (SIREN mod 97)) mod 97, two digits. */
export function frenchVatKey(siren: string): string {
    return String((12 + 3 * (Number(siren) % 97)) % 97).padStart(2, '0');
}

/**
 * Checks an intra-EU VAT number (normalised first, see {@link normaliseVatNumber}): a known EU
 * prefix, the national format of that country and, for France, the 2-digit key against the SIREN.
 *
 * @returns null when valid, else what is wrong
 */
export function vatNumberProblem(input: string): BuyerTaxIdProblem | null {
    const vat = normaliseVatNumber(input);
    const format = VAT_FORMATS[vat.slice(0, 2)];
    if (!format) return 'prefix';
    const national = vat.slice(2);
    if (!format.test(national)) return 'format';
    if (vat.startsWith('FR') && national.slice(0, 2) !== frenchVatKey(national.slice(2))) return 'key';
    return null;
}

/** A SIREN without spaces. */
export function normaliseSiren(input: string): string {
    return input.replace(/\s/g, '');
}

/**
 * Checks a French SIREN: 9 digits whose Luhn checksum is valid (La Poste's 356 000 000 and its
 * sum-of-digits rule included).
 *
 * @returns null when valid, else what is wrong
 */
export function sirenProblem(input: string): BuyerTaxIdProblem | null {
    const siren = normaliseSiren(input);
    if (!/^\d{9}$/.test(siren)) return 'format';
    if (siren === '356000000') return null;
    let sum = 0;
    for (let i = 0; i < 9; i++) {
        let d = Number(siren[8 - i]);
        if (i % 2 === 1) {
            d *= 2;
            if (d > 9) d -= 9;
        }
        sum += d;
    }
    return sum % 10 === 0 ? null : 'key';
}

/**
 * The countries (ISO 3166-1 alpha-2) whose addresses are in the EU VAT area, where an intra-EU VAT
 * number applies: the 27 member states, and Monaco, part of the French VAT territory (its
 * businesses have FR VAT numbers). Côte d'Ivoire, Senegal and every other country are outside.
 * Source: https://taxation-customs.ec.europa.eu/taxation/vat/vat-directive/territorial-status-eu-countries-and-certain-territories_en
 */
export const EU_VAT_AREA_COUNTRIES: ReadonlySet<string> = new Set([
    'AT',
    'BE',
    'BG',
    'CY',
    'CZ',
    'DE',
    'DK',
    'EE',
    'ES',
    'FI',
    'FR',
    'GR',
    'HR',
    'HU',
    'IE',
    'IT',
    'LT',
    'LU',
    'LV',
    'MC',
    'MT',
    'NL',
    'PL',
    'PT',
    'RO',
    'SE',
    'SI',
    'SK',
]);

/** True when an address in `countryCode` (ISO 3166-1 alpha-2, any case) is in the EU VAT area. */
export function inEuVatArea(countryCode: string | null | undefined): boolean {
    return !!countryCode && EU_VAT_AREA_COUNTRIES.has(countryCode.toUpperCase());
}
