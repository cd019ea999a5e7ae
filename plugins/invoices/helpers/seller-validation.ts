/**
 * Checks of a seller's legal identity before it is stored as a channel's invoice settings:
 * required fields, SIREN (9 digits, Luhn), SIRET (14 digits, Luhn, starting with the SIREN),
 * French VAT number (`FR` + 2-digit key + SIREN, key = (12 + 3 × (SIREN mod 97)) mod 97).
 * Pure functions, no Vendure: used by the settings store field's `validate`, the typed Admin
 * API and the unit tests.
 */
import type { InvoiceSeller } from '../types';

/** One invalid field of a seller identity: its path (e.g. `siren`, `address.city`) and why. */
export interface SellerFieldError {
    /** Path of the field in {@link InvoiceSeller}, e.g. `siret` or `address.postalCode`. */
    field: string;
    /** What is wrong, in English, for the form. */
    message: string;
}

/** The SIREN of La Poste, whose SIRETs follow another rule (sum of digits a multiple of 5). */
const LA_POSTE_SIREN = '356000000';

/** True when `digits` (a string of digits) passes the Luhn check (mod 10). */
export function luhnValid(digits: string): boolean {
    if (!/^\d+$/.test(digits)) return false;
    let sum = 0;
    for (let i = 0; i < digits.length; i++) {
        let d = Number(digits[digits.length - 1 - i]);
        if (i % 2 === 1) {
            d *= 2;
            if (d > 9) d -= 9;
        }
        sum += d;
    }
    return sum % 10 === 0;
}

/** Why a SIREN is invalid, or undefined when it is 9 digits passing the Luhn check. */
export function sirenError(siren: string): string | undefined {
    if (!/^\d{9}$/.test(siren)) return 'SIREN must be 9 digits';
    if (!luhnValid(siren)) return 'SIREN is not valid (check digit)';
    return undefined;
}

/**
 * Why a SIRET is invalid for `siren`, or undefined when it is 14 digits starting with the SIREN
 * and passing the Luhn check (La Poste's establishments: the sum of the digits is a multiple of 5).
 */
export function siretError(siret: string, siren: string): string | undefined {
    if (!/^\d{14}$/.test(siret)) return 'SIRET must be 14 digits';
    if (!siret.startsWith(siren)) return 'SIRET must start with the SIREN';
    const valid =
        siren === LA_POSTE_SIREN ? [...siret].reduce((s, d) => s + Number(d), 0) % 5 === 0 : luhnValid(siret);
    return valid ? undefined : 'SIRET is not valid (check digit)';
}

/** The 2-digit key of the French VAT number of a SIREN: (12 + 3 × (SIREN mod 97)) mod 97. */
export function frenchVatKey(siren: string): string {
    return String((12 + 3 * (Number(siren) % 97)) % 97).padStart(2, '0');
}

/** Why a VAT number is invalid for `siren`, or undefined when it is `FR` + its key + the SIREN. */
export function vatNumberError(vatNumber: string, siren: string): string | undefined {
    if (!/^FR\d{11}$/.test(vatNumber)) return 'VAT number must be FR followed by 11 digits (key + SIREN)';
    if (vatNumber.slice(4) !== siren) return 'VAT number must end with the SIREN';
    const key = frenchVatKey(siren);
    if (vatNumber.slice(2, 4) !== key) return `VAT number key is wrong (FR${key}${siren} expected)`;
    return undefined;
}

/** Removes spaces and dots from an identifier typed as "123 456 789" or "FR 32 123…", upper-cased. */
function compact(value: unknown): string {
    return typeof value === 'string' ? value.replace(/[\s.]/g, '').toUpperCase() : '';
}

/** A trimmed string, or undefined when empty or not a string. */
function text(value: unknown): string | undefined {
    const s = typeof value === 'string' ? value.trim() : '';
    return s || undefined;
}

/**
 * A seller identity as typed in a form, cleaned: strings trimmed (empty optional ones dropped),
 * SIREN/SIRET/VAT number without spaces and upper-cased, country and currency codes upper-cased.
 * Does not validate (see {@link sellerErrors}).
 */
export function normalizeSeller(input: unknown): InvoiceSeller {
    const i = (input ?? {}) as Record<string, unknown>;
    const a = (i.address ?? {}) as Record<string, unknown>;
    const seller: InvoiceSeller = {
        legalName: text(i.legalName) ?? '',
        address: {
            fullName: text(a.fullName),
            company: text(a.company),
            streetLine1: text(a.streetLine1) ?? '',
            streetLine2: text(a.streetLine2),
            postalCode: text(a.postalCode),
            city: text(a.city) ?? '',
            countryCode: (text(a.countryCode) ?? '').toUpperCase(),
            country: text(a.country),
        },
        siren: compact(i.siren),
        siret: compact(i.siret) || undefined,
        legalForm: text(i.legalForm) ?? '',
        // Checked by sellerErrors (a non-negative integer in minor units).
        shareCapital: i.shareCapital as InvoiceSeller['shareCapital'],
        shareCapitalCurrency: (text(i.shareCapitalCurrency) ?? '').toUpperCase(),
        rcsCity: text(i.rcsCity) ?? '',
        vatNumber: compact(i.vatNumber),
        email: text(i.email),
    };
    // Keep the stored JSON free of undefined keys.
    for (const obj of [seller, seller.address] as unknown as Array<Record<string, unknown>>) {
        for (const k of Object.keys(obj)) if (obj[k] === undefined) delete obj[k];
    }
    return seller;
}

/**
 * Every problem of a (normalized) seller identity, one per field, in form order; empty when
 * valid. Required: legal name, street, postal code, city, country code, SIREN, legal form, share
 * capital (integer minor units ≥ 0), its currency, RCS city, VAT number. Optional: SIRET, email.
 */
export function sellerErrors(seller: InvoiceSeller): SellerFieldError[] {
    const errors: SellerFieldError[] = [];
    const add = (field: string, message: string | undefined) => {
        if (message) errors.push({ field, message });
    };
    const required = (field: string, value: unknown, label: string) => {
        if (typeof value !== 'string' || !value.trim()) {
            add(field, `${label} is required`);
            return false;
        }
        return true;
    };
    required('legalName', seller.legalName, 'Legal name');
    required('address.streetLine1', seller.address?.streetLine1, 'Street');
    required('address.postalCode', seller.address?.postalCode, 'Postal code');
    required('address.city', seller.address?.city, 'City');
    if (
        required('address.countryCode', seller.address?.countryCode, 'Country code') &&
        !/^[A-Z]{2}$/.test(seller.address.countryCode)
    ) {
        add('address.countryCode', 'Country code must be 2 letters (ISO 3166-1), e.g. FR');
    }
    const sirenOk = required('siren', seller.siren, 'SIREN') && !sirenError(seller.siren);
    if (seller.siren) add('siren', sirenError(seller.siren));
    if (seller.siret) add('siret', siretError(seller.siret, seller.siren));
    required('legalForm', seller.legalForm, 'Legal form');
    if (!Number.isSafeInteger(seller.shareCapital) || seller.shareCapital < 0) {
        add('shareCapital', 'Share capital must be a whole number of minor units (cents), 0 or more');
    }
    if (
        required('shareCapitalCurrency', seller.shareCapitalCurrency, 'Share capital currency') &&
        !/^[A-Z]{3}$/.test(seller.shareCapitalCurrency)
    ) {
        add('shareCapitalCurrency', 'Currency must be an ISO 4217 code, e.g. EUR');
    }
    required('rcsCity', seller.rcsCity, 'RCS city');
    if (required('vatNumber', seller.vatNumber, 'VAT number') && sirenOk)
        add('vatNumber', vatNumberError(seller.vatNumber, seller.siren));
    if (seller.email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(seller.email))
        add('email', 'Email is not a valid address');
    return errors;
}
