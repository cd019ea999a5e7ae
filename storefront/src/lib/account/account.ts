/**
 * Helpers shared by the customer account pages (`/compte/...`), the cart's promo codes and the
 * checkout's account creation: account paths, the logged-in customer, form validation and
 * French/English messages for the Shop API's account ErrorResults.
 *
 * URL scheme (French slugs; English under `/en`, see lib/i18n.ts):
 * see storefront/README section "Account, cart and checkout URLs".
 */
import type { AstroCookies, AstroGlobal } from 'astro';
import { CHANNELS, sessionCookieName, type ChannelToken } from '../channels';
import type { ErrorResultLike } from '../order';
import type { ShopClient } from '../vendure';
import { ActiveCustomerQuery } from './documents';

import { localePath, type Lang } from '../i18n';

/** The account's paths (French slugs in both languages; `localePath()` adds the language prefix). */
export const ACCOUNT_PATHS = {
    home: '/compte',
    login: '/compte/connexion',
    logout: '/compte/deconnexion',
    register: '/compte/inscription',
    verify: '/compte/verification',
    forgotPassword: '/compte/mot-de-passe-oublie',
    resetPassword: '/compte/reinitialiser-mot-de-passe',
    password: '/compte/mot-de-passe',
    email: '/compte/email',
    confirmEmail: '/compte/email/confirmer',
    addresses: '/compte/adresses',
    newAddress: '/compte/adresses/nouvelle',
    orders: '/compte/commandes',
    /** Support requests (plugins/support-threads); a thread is `supportThreadPath(id)` (lib/support). */
    supportRequests: '/compte/demandes',
} as const;

/** The path of an order's detail page. */
export function orderPath(code: string): string {
    return `${ACCOUNT_PATHS.orders}/${encodeURIComponent(code)}`;
}

/**
 * The storefront path that proxies an invoice PDF of an order. Language-neutral (the PDF is in the
 * invoice's language) and linked without the `/en` prefix: Astro does not route a rewritten `/en/…`
 * request to an endpoint.
 */
export function invoicePath(code: string, invoiceId: string): string {
    return `${orderPath(code)}/factures/${encodeURIComponent(invoiceId)}.pdf`;
}

/** The logged-in customer, or null for a guest. */
export async function activeCustomer(shop: ShopClient) {
    if (!shop.hasSession()) return null;
    const { activeCustomer } = await shop.request(ActiveCustomerQuery);
    return activeCustomer ?? null;
}

/**
 * For pages that need a logged-in customer: the customer, or a 303 to the login page that comes
 * back here afterwards.
 */
export async function requireCustomer(Astro: AstroGlobal) {
    const customer = await activeCustomer(Astro.locals.shop);
    if (customer) return { customer, redirect: null } as const;
    const back = Astro.url.pathname + Astro.url.search;
    const login = `${localePath(Astro.locals.lang, ACCOUNT_PATHS.login)}?retour=${encodeURIComponent(back)}`;
    return { customer: null, redirect: Astro.redirect(login, 303) } as const;
}

/**
 * The channels on which the visitor holds a Vendure session cookie (`radiant_session_<token>`),
 * i.e. the sessions that {@link clearSessions} forgets at logout.
 */
export function sessionChannels(cookies: AstroCookies): ChannelToken[] {
    return (Object.keys(CHANNELS) as ChannelToken[]).filter(token => cookies.has(sessionCookieName(token)));
}

/**
 * Forgets the visitor's Vendure sessions on every channel (after logout): each channel keeps its
 * own session cookie, and leaving one signed in would keep the account open on a shared computer.
 */
export function clearSessions(cookies: AstroCookies): void {
    for (const token of Object.keys(CHANNELS) as ChannelToken[]) {
        cookies.delete(sessionCookieName(token), { path: '/' });
    }
}

/** Shortest password the storefront accepts; the server's `passwordValidationStrategy` asks the same. */
export const PASSWORD_MIN_LENGTH = 8;
/** Longest password (bcrypt only reads 72 bytes; Vendure's default limit). */
export const PASSWORD_MAX_LENGTH = 72;

/**
 * Local part of an address without quotes: no space, `@` or RFC 5322 special (`<>()[]\,;:"`), no
 * leading, trailing or doubled dot.
 */
const EMAIL_LOCAL = /^(?!\.)(?!.*\.\.)[^\s@<>()[\]\\,;:"]{1,64}(?<!\.)$/u;
/** Domain: dot-separated labels of letters, digits and inner hyphens, ending in a top-level name. */
const EMAIL_DOMAIN =
    /^(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+(?:\p{L}{2,63}|xn--[a-z0-9-]{1,59})$/iu;

/**
 * A plausible e-mail address, as strict as the Shop API's check (`validator`'s `isEmail`, see
 * src/config/contact-validation.ts) on what a shopper types: `x@example.com<script>` is refused here
 * with a field error instead of reaching the API. The Shop API still has the last word.
 */
export function isEmail(value: string): boolean {
    if (value.length > 254) return false;
    const at = value.lastIndexOf('@');
    return at > 0 && EMAIL_LOCAL.test(value.slice(0, at)) && EMAIL_DOMAIN.test(value.slice(at + 1));
}

/** A password the storefront lets through to the Shop API. */
export function isPassword(value: string): boolean {
    return value.length >= PASSWORD_MIN_LENGTH && value.length <= PASSWORD_MAX_LENGTH;
}

/** Per-field error messages of a form (field name → message); empty when the form is valid. */
export type FieldErrors = Record<string, string>;

/**
 * Longest first and last name, and phone number, the Shop API accepts (`CONTACT_FIELD_MAX_LENGTH`
 * in src/config/contact-validation.ts), in characters (code points).
 */
export const PERSON_MAX_LENGTH = { firstName: 60, lastName: 60, phoneNumber: 30 } as const;

const PERSON_MESSAGES: Record<Lang, { tooLong: string; phoneFormat: string }> = {
    fr: {
        tooLong: '{max} caractères au plus.',
        phoneFormat: 'Saisissez un numéro de téléphone : chiffres, espaces, +, points, tirets.',
    },
    en: {
        tooLong: '{max} characters at most.',
        phoneFormat: 'Enter a phone number: digits, spaces, +, dots, hyphens.',
    },
};

/**
 * Errors of a customer's name and phone as the Shop API would refuse them (too long; a phone with
 * other characters than digits, spaces, `+().-`), so the form shows them on the fields instead of
 * the request failing. Missing values are the page's own business.
 *
 * @param values the fields present on the form (`firstName`, `lastName`, optionally `phoneNumber`)
 */
export function personFieldErrors(
    values: { firstName?: string; lastName?: string; phoneNumber?: string },
    lang: Lang,
): FieldErrors {
    const errors: FieldErrors = {};
    for (const key of ['firstName', 'lastName', 'phoneNumber'] as const) {
        const value = values[key];
        const max = PERSON_MAX_LENGTH[key];
        if (value !== undefined && [...value].length > max)
            errors[key] = PERSON_MESSAGES[lang].tooLong.replace('{max}', String(max));
    }
    if (values.phoneNumber && !errors.phoneNumber && !/^[0-9 +().-]*$/.test(values.phoneNumber))
        errors.phoneNumber = PERSON_MESSAGES[lang].phoneFormat;
    return errors;
}

const ACCOUNT_ERRORS: Record<Lang, Record<string, string>> = {
    fr: {
        INVALID_CREDENTIALS_ERROR: 'Adresse e-mail ou mot de passe incorrect.',
        NOT_VERIFIED_ERROR:
            'Votre adresse e-mail n’est pas encore confirmée : cliquez sur le lien de l’e-mail que nous vous avons envoyé.',
        MISSING_PASSWORD_ERROR: 'Choisissez un mot de passe.',
        PASSWORD_VALIDATION_ERROR: `Le mot de passe doit compter entre ${PASSWORD_MIN_LENGTH} et ${PASSWORD_MAX_LENGTH} caractères.`,
        PASSWORD_ALREADY_SET_ERROR: 'Ce compte a déjà un mot de passe : connectez-vous.',
        VERIFICATION_TOKEN_INVALID_ERROR: 'Ce lien de confirmation n’est pas valable ou a déjà été utilisé.',
        VERIFICATION_TOKEN_EXPIRED_ERROR:
            'Ce lien de confirmation a expiré. Inscrivez-vous à nouveau pour en recevoir un autre.',
        PASSWORD_RESET_TOKEN_INVALID_ERROR:
            'Ce lien de réinitialisation n’est pas valable ou a déjà été utilisé.',
        PASSWORD_RESET_TOKEN_EXPIRED_ERROR: 'Ce lien de réinitialisation a expiré. Demandez-en un nouveau.',
        IDENTIFIER_CHANGE_TOKEN_INVALID_ERROR:
            'Ce lien de confirmation n’est pas valable ou a déjà été utilisé.',
        IDENTIFIER_CHANGE_TOKEN_EXPIRED_ERROR:
            'Ce lien de confirmation a expiré. Refaites la demande de changement d’adresse.',
        EMAIL_ADDRESS_CONFLICT_ERROR: 'Cette adresse e-mail est déjà utilisée par un autre compte.',
        NATIVE_AUTH_STRATEGY_ERROR: 'La connexion par mot de passe n’est pas disponible.',
        COUPON_CODE_INVALID_ERROR: 'Ce code promotionnel n’existe pas.',
        COUPON_CODE_EXPIRED_ERROR: 'Ce code promotionnel a expiré.',
        COUPON_CODE_LIMIT_ERROR: 'Ce code promotionnel a atteint sa limite d’utilisation.',
        UNKNOWN: 'Une erreur est survenue. Merci de réessayer.',
    },
    en: {
        INVALID_CREDENTIALS_ERROR: 'Incorrect e-mail address or password.',
        NOT_VERIFIED_ERROR:
            'Your e-mail address is not confirmed yet: follow the link in the e-mail we sent you.',
        MISSING_PASSWORD_ERROR: 'Choose a password.',
        PASSWORD_VALIDATION_ERROR: `The password must be ${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters long.`,
        PASSWORD_ALREADY_SET_ERROR: 'This account already has a password: please sign in.',
        VERIFICATION_TOKEN_INVALID_ERROR: 'This confirmation link is not valid or has already been used.',
        VERIFICATION_TOKEN_EXPIRED_ERROR:
            'This confirmation link has expired. Register again to receive a new one.',
        PASSWORD_RESET_TOKEN_INVALID_ERROR: 'This reset link is not valid or has already been used.',
        PASSWORD_RESET_TOKEN_EXPIRED_ERROR: 'This reset link has expired. Please request a new one.',
        IDENTIFIER_CHANGE_TOKEN_INVALID_ERROR:
            'This confirmation link is not valid or has already been used.',
        IDENTIFIER_CHANGE_TOKEN_EXPIRED_ERROR:
            'This confirmation link has expired. Please request the change again.',
        EMAIL_ADDRESS_CONFLICT_ERROR: 'This e-mail address is already used by another account.',
        NATIVE_AUTH_STRATEGY_ERROR: 'Password sign-in is not available.',
        COUPON_CODE_INVALID_ERROR: 'This promo code does not exist.',
        COUPON_CODE_EXPIRED_ERROR: 'This promo code has expired.',
        COUPON_CODE_LIMIT_ERROR: 'This promo code has reached its usage limit.',
        UNKNOWN: 'Something went wrong. Please try again.',
    },
};

/** A message for an account (or promo code) ErrorResult, in the page language. */
export function describeAccountError(error: ErrorResultLike, lang: Lang): string {
    const messages = ACCOUNT_ERRORS[lang];
    return (error.errorCode && messages[error.errorCode]) || messages.UNKNOWN!;
}

const WRONG_PASSWORD: Record<Lang, string> = {
    fr: 'Mot de passe actuel incorrect.',
    en: 'Incorrect current password.',
};

/**
 * A message for the ErrorResult of a mutation that checks a signed-in customer's password
 * (`updateCustomerPassword`, `requestUpdateCustomerEmailAddress`): Vendure answers a wrong password
 * with the sign-in's INVALID_CREDENTIALS_ERROR, whose "e-mail address or password" does not fit a
 * form where only the current password was typed.
 */
export function describePasswordCheckError(error: ErrorResultLike, lang: Lang): string {
    return error.errorCode === 'INVALID_CREDENTIALS_ERROR'
        ? WRONG_PASSWORD[lang]
        : describeAccountError(error, lang);
}

/** The `message` of a password validation result, for the field under the password input. */
export function passwordRule(lang: Lang): string {
    return ACCOUNT_ERRORS[lang].PASSWORD_VALIDATION_ERROR!;
}

const ORDER_STATES: Record<Lang, Record<string, string>> = {
    fr: {
        ArrangingPayment: 'Paiement en attente',
        PaymentAuthorized: 'Paiement autorisé',
        PaymentSettled: 'Payée',
        PartiallyShipped: 'Partiellement expédiée',
        Shipped: 'Expédiée',
        PartiallyDelivered: 'Partiellement livrée',
        Delivered: 'Livrée',
        Cancelled: 'Annulée',
        Modifying: 'En cours de modification',
        ArrangingAdditionalPayment: 'Complément de paiement attendu',
    },
    en: {
        ArrangingPayment: 'Awaiting payment',
        PaymentAuthorized: 'Payment authorised',
        PaymentSettled: 'Paid',
        PartiallyShipped: 'Partially shipped',
        Shipped: 'Shipped',
        PartiallyDelivered: 'Partially delivered',
        Delivered: 'Delivered',
        Cancelled: 'Cancelled',
        Modifying: 'Being modified',
        ArrangingAdditionalPayment: 'Additional payment due',
    },
};

/** A customer-facing label for a Vendure order state (the state itself when unknown). */
export function orderStateLabel(state: string, lang: Lang): string {
    return ORDER_STATES[lang][state] ?? state;
}
