/**
 * The storefront's account helpers (storefront/src/lib/account): address validation per channel,
 * links per language, password rules, error messages and the promo code form's logic against a
 * fake Shop API client that records the operations it receives.
 */
import { describe, expect, it } from 'vitest';
import {
    describeAccountError,
    describePasswordCheckError,
    isEmail,
    isPassword,
    personFieldErrors,
    orderStateLabel,
} from '../src/lib/account/account';
import {
    readAddress,
    requiredAddressFields,
    validateAddress,
    type AddressValues,
} from '../src/lib/account/address';
import { submitCoupon } from '../src/lib/account/coupon';
import type { ShopClient } from '../src/lib/vendure';

const FR = [
    { code: 'FR', name: 'France' },
    { code: 'MC', name: 'Monaco' },
];
const PARIS: AddressValues = {
    fullName: 'Inès Diallo',
    company: '',
    streetLine1: '12 rue du Bac',
    streetLine2: '',
    postalCode: '75007',
    city: 'Paris',
    countryCode: 'FR',
    phoneNumber: '+33 6 98 76 54 32',
};

function form(values: Record<string, string>): FormData {
    const data = new FormData();
    for (const [k, v] of Object.entries(values)) data.set(k, v);
    return data;
}

/** A ShopClient that answers each operation (by its operation name) with `answers[name]`. */
function fakeShop(
    answers: Record<string, unknown>,
): ShopClient & { calls: { name: string; variables: unknown }[] } {
    const calls: { name: string; variables: unknown }[] = [];
    return {
        channel: 'fr',
        languageCode: 'fr',
        hasSession: () => true,
        calls,
        async request(document: any, variables?: unknown) {
            const name = document.definitions.find((d: any) => d.kind === 'OperationDefinition').name
                .value as string;
            calls.push({ name, variables });
            if (!(name in answers)) throw new Error(`unexpected operation ${name}`);
            return answers[name] as never;
        },
    } as never;
}

describe('storefront account helpers', () => {
    it('validates addresses per channel: the postal code is required in France only', () => {
        expect(validateAddress(PARIS, FR, 'fr', 'fr')).toEqual({});
        expect(Object.keys(validateAddress({ ...PARIS, postalCode: '' }, FR, 'fr', 'fr'))).toEqual([
            'postalCode',
        ]);
        expect(requiredAddressFields('ci')).not.toContain('postalCode');
        const abidjan = { ...PARIS, postalCode: '', city: 'Abidjan', countryCode: 'CI' };
        expect(validateAddress(abidjan, [{ code: 'CI', name: "Côte d'Ivoire" }], 'ci', 'fr')).toEqual({});
    });

    it('names every missing or wrong field, in the page language', () => {
        const errors = validateAddress(
            { ...PARIS, fullName: '', streetLine1: '', countryCode: 'US', phoneNumber: 'call me' },
            FR,
            'fr',
            'en',
        );
        expect(errors).toEqual({
            fullName: 'Enter the recipient’s name.',
            streetLine1: 'Enter the street and number.',
            countryCode: 'This shop does not deliver to that country.',
            phoneNumber: 'Enter a phone number for the carrier.',
        });
    });

    it('refuses what the Shop API refuses: over-long fields and a postal code of the wrong shape', () => {
        const errors = validateAddress(
            { ...PARIS, fullName: 'A'.repeat(101), postalCode: '1234567890123456789012345' },
            FR,
            'fr',
            'fr',
        );
        expect(errors).toEqual({ fullName: '100 caractères au plus.', postalCode: '16 caractères au plus.' });
        expect(validateAddress({ ...PARIS, postalCode: '750011' }, FR, 'fr', 'en')).toEqual({
            postalCode: 'This is not a postcode of that country.',
        });
        expect(validateAddress({ ...PARIS, postalCode: '75 011' }, FR, 'fr', 'fr')).toEqual({});
    });

    it('reads an address form trimmed and capped at 200 characters', () => {
        const values = readAddress(form({ fullName: '  Inès Diallo  ', streetLine1: 'x'.repeat(500) }));
        expect(values.fullName).toBe('Inès Diallo');
        expect(values.streetLine1).toHaveLength(200);
        expect(values.company).toBe('');
    });

    it('checks e-mails and passwords', () => {
        expect(isEmail('ines@example.com')).toBe(true);
        expect(isEmail('ines@example')).toBe(false);
        expect(isEmail('inès.dupont+vip@exemple.fr')).toBe(true);
        expect(isEmail('ines@sub.exemple-boutique.co.uk')).toBe(true);
        // What the Shop API refuses (issue 12, item 18) is refused here too, with a field error.
        expect(isEmail('x@example.com<script>')).toBe(false);
        expect(isEmail('<script>@example.com')).toBe(false);
        expect(isEmail('"Ines" <ines@example.com>')).toBe(false);
        expect(isEmail('ines@exa;mple.com')).toBe(false);
        expect(isEmail('.ines@example.com')).toBe(false);
        expect(isEmail('ines..d@example.com')).toBe(false);
        expect(isEmail('ines@-example.com')).toBe(false);
        expect(isEmail('ines@example.c')).toBe(false);
        expect(isPassword('short')).toBe(false);
        expect(isPassword('long-enough')).toBe(true);
        expect(isPassword('x'.repeat(73))).toBe(false);
    });

    it('refuses names and phones the Shop API would refuse, per field', () => {
        expect(
            personFieldErrors(
                { firstName: 'Inès', lastName: 'Dupont', phoneNumber: '+33 6 12 34 56 78' },
                'fr',
            ),
        ).toEqual({});
        expect(personFieldErrors({ firstName: 'é'.repeat(60), lastName: 'D' }, 'en')).toEqual({});
        expect(personFieldErrors({ firstName: 'I'.repeat(61), lastName: 'D'.repeat(100) }, 'fr')).toEqual({
            firstName: '60 caractères au plus.',
            lastName: '60 caractères au plus.',
        });
        expect(personFieldErrors({ firstName: 'I', lastName: 'D', phoneNumber: 'call me' }, 'en')).toEqual({
            phoneNumber: 'Enter a phone number: digits, spaces, +, dots, hyphens.',
        });
        expect(personFieldErrors({ phoneNumber: '0'.repeat(31) }, 'en')).toEqual({
            phoneNumber: '30 characters at most.',
        });
    });

    it('explains the Shop API error codes and order states', () => {
        expect(describeAccountError({ errorCode: 'INVALID_CREDENTIALS_ERROR' }, 'fr')).toBe(
            'Adresse e-mail ou mot de passe incorrect.',
        );
        // Where only the current password was typed, a wrong one is named as such.
        expect(describePasswordCheckError({ errorCode: 'INVALID_CREDENTIALS_ERROR' }, 'fr')).toBe(
            'Mot de passe actuel incorrect.',
        );
        expect(describePasswordCheckError({ errorCode: 'INVALID_CREDENTIALS_ERROR' }, 'en')).toBe(
            'Incorrect current password.',
        );
        expect(describePasswordCheckError({ errorCode: 'PASSWORD_VALIDATION_ERROR' }, 'en')).toMatch(
            /8 to 72/,
        );
        expect(describeAccountError({ errorCode: 'SOMETHING_NEW' }, 'en')).toBe(
            'Something went wrong. Please try again.',
        );
        expect(orderStateLabel('PaymentSettled', 'fr')).toBe('Payée');
        expect(orderStateLabel('CustomState', 'en')).toBe('CustomState');
    });

    it('applies a promo code, reports Vendure’s errors and never sends malformed codes', async () => {
        const ok = fakeShop({ ApplyCoupon: { applyCouponCode: { __typename: 'Order', id: '1' } } });
        expect(await submitCoupon(ok, form({ couponCode: ' BIENVENUE10 ' }), 'fr')).toEqual({
            ok: true,
            message: 'Le code BIENVENUE10 est appliqué.',
        });
        expect(ok.calls).toEqual([{ name: 'ApplyCoupon', variables: { couponCode: 'BIENVENUE10' } }]);

        const expired = fakeShop({
            ApplyCoupon: {
                applyCouponCode: {
                    __typename: 'CouponCodeExpiredError',
                    errorCode: 'COUPON_CODE_EXPIRED_ERROR',
                    message: 'expired',
                },
            },
        });
        expect(await submitCoupon(expired, form({ couponCode: 'NOEL2025' }), 'en')).toEqual({
            ok: false,
            couponCode: 'NOEL2025',
            error: 'This promo code has expired.',
        });

        const none = fakeShop({});
        expect(await submitCoupon(none, form({ couponCode: '<script>' }), 'fr')).toMatchObject({
            ok: false,
            error: 'Ce code promotionnel n’existe pas.',
        });
        expect(await submitCoupon(none, form({ couponCode: '' }), 'fr')).toMatchObject({
            ok: false,
            error: 'Saisissez un code promotionnel.',
        });
        expect(none.calls).toEqual([]);
    });

    it('removes a promo code', async () => {
        const shop = fakeShop({ RemoveCoupon: { removeCouponCode: { id: '1' } } });
        expect(await submitCoupon(shop, form({ remove: 'BIENVENUE10' }), 'fr')).toEqual({
            ok: true,
            message: 'Le code BIENVENUE10 a été retiré.',
        });
        expect(shop.calls).toEqual([{ name: 'RemoveCoupon', variables: { couponCode: 'BIENVENUE10' } }]);
    });
});
