import { describe, expect, it } from 'vitest';
import { LanguageCode } from '@vendure/common/lib/generated-types';
import { validateBuyerSiren, validateBuyerVatNumber } from '../config/buyer-custom-fields';
import { facturXml } from './factur-x';
import {
    EU_VAT_AREA_COUNTRIES,
    frenchVatKey,
    inEuVatArea,
    normaliseVatNumber,
    sirenProblem,
    vatNumberProblem,
} from './buyer-tax-id';

describe('buyer VAT number', () => {
    it('computes the French key from the SIREN: (12 + 3 × (SIREN mod 97)) mod 97', () => {
        expect(frenchVatKey('303265045')).toBe('40');
        expect(frenchVatKey('000000000')).toBe('12');
        // A key below 10 keeps its leading zero (SIREN mod 97 = 30 gives (12 + 90) mod 97 = 5).
        expect(frenchVatKey('000000030')).toBe('05');
        expect(vatNumberProblem('FR05000000030')).toBeNull();
    });

    it('accepts French numbers with the right key, whatever the spaces, dots and case', () => {
        expect(vatNumberProblem('FR40303265045')).toBeNull();
        expect(vatNumberProblem('fr 40 303 265 045')).toBeNull();
        expect(vatNumberProblem('FR-40.303.265.045')).toBeNull();
        expect(normaliseVatNumber(' fr 40 303 265 045 ')).toBe('FR40303265045');
    });

    it('refuses a French number with a wrong key or the wrong length', () => {
        expect(vatNumberProblem('FR41303265045')).toBe('key');
        expect(vatNumberProblem('FR4030326504')).toBe('format');
        expect(vatNumberProblem('FRAB303265045')).toBe('format');
    });

    it('checks the national format of the other EU prefixes', () => {
        expect(vatNumberProblem('DE123456789')).toBeNull();
        expect(vatNumberProblem('DE12345678')).toBe('format');
        expect(vatNumberProblem('BE0123456789')).toBeNull();
        expect(vatNumberProblem('BE2123456789')).toBe('format');
        expect(vatNumberProblem('NL123456789B01')).toBeNull();
        expect(vatNumberProblem('ATU12345678')).toBeNull();
        expect(vatNumberProblem('ESX1234567X')).toBeNull();
        expect(vatNumberProblem('IT12345678901')).toBeNull();
        expect(vatNumberProblem('SE123456789001')).toBeNull();
        expect(vatNumberProblem('IE1234567T')).toBeNull();
    });

    it('writes Greece as EL and refuses non-EU or missing prefixes', () => {
        expect(normaliseVatNumber('GR123456789')).toBe('EL123456789');
        expect(vatNumberProblem('GR123456789')).toBeNull();
        expect(vatNumberProblem('GB123456789')).toBe('prefix');
        expect(vatNumberProblem('US123456789')).toBe('prefix');
        expect(vatNumberProblem('303265045')).toBe('prefix');
    });
});

describe('buyer SIREN', () => {
    it('accepts 9 digits with a valid Luhn checksum (and La Poste)', () => {
        expect(sirenProblem('303265045')).toBeNull();
        expect(sirenProblem('303 265 045')).toBeNull();
        expect(sirenProblem('356000000')).toBeNull();
    });

    it('refuses a wrong check digit or length', () => {
        expect(sirenProblem('303265046')).toBe('key');
        expect(sirenProblem('30326504')).toBe('format');
        expect(sirenProblem('30326504A')).toBe('format');
    });
});

describe('Order custom field validation', () => {
    it('lets an empty value clear the field', () => {
        expect(validateBuyerVatNumber(null)).toBeUndefined();
        expect(validateBuyerVatNumber('  ')).toBeUndefined();
        expect(validateBuyerSiren('')).toBeUndefined();
    });

    it('explains a refusal in French and English', () => {
        const messages = validateBuyerVatNumber('FR41303265045');
        expect(messages?.find(m => m.languageCode === LanguageCode.fr)?.value).toMatch(/clé incorrecte/);
        expect(messages?.find(m => m.languageCode === LanguageCode.en)?.value).toMatch(/wrong check key/);
        expect(validateBuyerVatNumber('XX1')?.find(m => m.languageCode === LanguageCode.en)?.value).toMatch(
            /EU country code/,
        );
        expect(validateBuyerSiren('123')?.find(m => m.languageCode === LanguageCode.fr)?.value).toMatch(
            /9 chiffres/,
        );
        expect(validateBuyerVatNumber('FR40303265045')).toBeUndefined();
        expect(validateBuyerSiren('303265045')).toBeUndefined();
    });

    it('shortens a long value echoed in the message', () => {
        const value = `FR${'9'.repeat(200)}`;
        const message = validateBuyerVatNumber(value)?.[0].value ?? '';
        expect(message.length).toBeLessThan(200);
    });
});

describe('Factur-X buyer', () => {
    const invoice = {
        number: 'RAD-2026-000001',
        type: 'invoice' as const,
        originalInvoiceNumber: null,
        orderCode: 'ABC',
        seller: {
            legalName: 'Seller SAS',
            address: { streetLine1: '1 rue', city: 'Paris', countryCode: 'FR' },
            siren: '123456782',
            legalForm: 'SAS',
            shareCapital: 100000,
            shareCapitalCurrency: 'EUR',
            rcsCity: 'Paris',
            vatNumber: 'FR00123456782',
        },
        lines: [],
        taxTotals: [],
        totalExclTax: 1000,
        totalInclTax: 1200,
        currencyCode: 'EUR',
        issuedAt: new Date('2026-11-21T10:00:00Z'),
        saleDate: new Date('2026-11-21T10:00:00Z'),
        paymentDate: null,
        paymentMethod: null,
    };

    it('names the company as buyer and gives its SIREN (read from a French VAT number) as legal id', () => {
        const xml = facturXml(
            {
                ...invoice,
                customer: { name: 'Ana Dupont', company: 'Dupont & Fils', vatNumber: 'FR40303265045' },
            },
            'Europe/Paris',
        );
        const buyer = xml.slice(xml.indexOf('<ram:BuyerTradeParty>'), xml.indexOf('</ram:BuyerTradeParty>'));
        expect(buyer).toContain('<ram:Name>Dupont &amp; Fils</ram:Name>');
        expect(buyer).toContain('<ram:ID schemeID="0002">303265045</ram:ID>');
    });

    it('keeps a consumer buyer to its name', () => {
        const xml = facturXml({ ...invoice, customer: { name: 'Ana Dupont' } }, 'Europe/Paris');
        const buyer = xml.slice(xml.indexOf('<ram:BuyerTradeParty>'), xml.indexOf('</ram:BuyerTradeParty>'));
        expect(buyer).toContain('<ram:Name>Ana Dupont</ram:Name>');
        expect(buyer).not.toContain('SpecifiedLegalOrganization');
    });
});

describe('inEuVatArea', () => {
    it('holds the 27 member states and Monaco, in any case', () => {
        expect(EU_VAT_AREA_COUNTRIES.size).toBe(28);
        for (const code of ['FR', 'fr', 'DE', 'GR', 'MC', 'IE']) expect(inEuVatArea(code), code).toBe(true);
    });

    it('excludes Côte d’Ivoire, Senegal, Switzerland, the United Kingdom and no country', () => {
        for (const code of ['CI', 'SN', 'CH', 'GB', 'EL', '', null, undefined])
            expect(inEuVatArea(code)).toBe(false);
    });
});
