import { describe, expect, it } from 'vitest';
import type { InvoiceSeller } from '../types';
import {
    frenchVatKey,
    luhnValid,
    normalizeSeller,
    sellerErrors,
    sirenError,
    siretError,
    vatNumberError,
} from './seller-validation';

/** A valid identity (SIREN 404833048, the textbook example of the French VAT key: FR83). */
const VALID: InvoiceSeller = {
    legalName: 'Maison & Fils "Ô"',
    address: { streetLine1: '1 place du Marché', postalCode: '69001', city: 'Lyon', countryCode: 'FR' },
    siren: '404833048',
    siret: '40483304800022',
    legalForm: 'SARL',
    shareCapital: 500_000,
    shareCapitalCurrency: 'EUR',
    rcsCity: 'Lyon',
    vatNumber: 'FR83404833048',
    email: 'compta@maison.example',
};

describe('seller validation', () => {
    it('checks Luhn digits', () => {
        expect(luhnValid('404833048')).toBe(true);
        expect(luhnValid('404833049')).toBe(false);
        expect(luhnValid('12a')).toBe(false);
        expect(luhnValid('')).toBe(false);
    });

    it('checks a SIREN: 9 digits and Luhn', () => {
        expect(sirenError('404833048')).toBeUndefined();
        expect(sirenError('552100554')).toBeUndefined();
        expect(sirenError('123456789')).toBe('SIREN is not valid (check digit)');
        expect(sirenError('40483304')).toBe('SIREN must be 9 digits');
        expect(sirenError('40483304A')).toBe('SIREN must be 9 digits');
    });

    it('checks a SIRET: 14 digits, starts with the SIREN, Luhn (La Poste: digit sum multiple of 5)', () => {
        expect(siretError('40483304800022', '404833048')).toBeUndefined();
        expect(siretError('40483304800023', '404833048')).toBe('SIRET is not valid (check digit)');
        expect(siretError('55210055400013', '404833048')).toBe('SIRET must start with the SIREN');
        expect(siretError('4048330480002', '404833048')).toBe('SIRET must be 14 digits');
        // La Poste: the digits sum to a multiple of 5 (35600000000015 fails Luhn but sums to 20).
        expect(siretError('35600000000015', '356000000')).toBeUndefined();
        expect(siretError('35600000012345', '356000000')).toBe('SIRET is not valid (check digit)');
    });

    it('checks the French VAT key: (12 + 3 × (SIREN mod 97)) mod 97', () => {
        expect(frenchVatKey('404833048')).toBe('83');
        expect(vatNumberError('FR83404833048', '404833048')).toBeUndefined();
        expect(vatNumberError('FR84404833048', '404833048')).toBe(
            'VAT number key is wrong (FR83404833048 expected)',
        );
        expect(vatNumberError('FR83552100554', '404833048')).toBe('VAT number must end with the SIREN');
        expect(vatNumberError('DE123456789', '404833048')).toMatch(/^VAT number must be FR/);
        // A key below 10 is zero-padded.
        const siren = ['404833048', '552100554', '732829320', '356000000', '443061841'].find(
            s => Number(frenchVatKey(s)) < 10,
        );
        if (siren) expect(frenchVatKey(siren)).toHaveLength(2);
    });

    it('accepts a valid identity and normalizes what a form sends', () => {
        expect(sellerErrors(VALID)).toEqual([]);
        const typed = normalizeSeller({
            ...VALID,
            legalName: '  Maison & Fils "Ô" ',
            siren: '404 833 048',
            siret: '404 833 048 00022',
            vatNumber: 'fr 83 404833048',
            email: '',
            address: { ...VALID.address, countryCode: 'fr', streetLine2: ' ' },
        });
        expect(typed).toEqual({ ...VALID, email: undefined, address: VALID.address });
        expect('email' in typed).toBe(false);
        expect(sellerErrors(typed)).toEqual([]);
    });

    it('lists every invalid field, one message each', () => {
        const errors = sellerErrors(
            normalizeSeller({
                ...VALID,
                legalName: ' ',
                address: { streetLine1: '', city: 'Lyon', countryCode: 'France' },
                siren: '123456789',
                siret: '12345678900012',
                shareCapital: 12.5,
                shareCapitalCurrency: 'euro',
                rcsCity: '',
                vatNumber: 'FR32123456789',
                email: 'not-an-email',
            }),
        );
        expect(errors).toEqual([
            { field: 'legalName', message: 'Legal name is required' },
            { field: 'address.streetLine1', message: 'Street is required' },
            { field: 'address.postalCode', message: 'Postal code is required' },
            { field: 'address.countryCode', message: 'Country code must be 2 letters (ISO 3166-1), e.g. FR' },
            { field: 'siren', message: 'SIREN is not valid (check digit)' },
            { field: 'siret', message: 'SIRET is not valid (check digit)' },
            {
                field: 'shareCapital',
                message: 'Share capital must be a whole number of minor units (cents), 0 or more',
            },
            { field: 'shareCapitalCurrency', message: 'Currency must be an ISO 4217 code, e.g. EUR' },
            { field: 'rcsCity', message: 'RCS city is required' },
            { field: 'email', message: 'Email is not a valid address' },
        ]);
        // The VAT number is only checked against a valid SIREN (one error, on the SIREN).
        expect(
            sellerErrors(normalizeSeller({ ...VALID, vatNumber: 'FR00404833048' })).map(e => e.field),
        ).toEqual(['vatNumber']);
        expect(sellerErrors(normalizeSeller({ ...VALID, siren: '', siret: '' })).map(e => e.field)).toEqual([
            'siren',
        ]);
        expect(sellerErrors(normalizeSeller({})).map(e => e.field)).toContain('vatNumber');
    });
});
