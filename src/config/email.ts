/**
 * The emails Radiant sends, in the shopper's language (French or English):
 * - order confirmation and shipping notice (a Fulfillment reaching `Shipped`, or sent again from
 *   the Dashboard, with carrier and tracking code, or each tracked parcel's carrier link): in the order's language, the Order custom field `languageCode` recorded
 *   from the shopper's Shop API requests (src/config/order-language.ts), since the order is often
 *   settled from a gateway's request; the request's language when the order has none;
 * - email verification, password reset, email address change: in the language of the Shop API
 *   request that triggered them (`?languageCode=`, sent by the storefront on every request), with
 *   their links under `/en` for English (`/en/compte/verification?token=…`);
 * - the invoices plugin's invoice and credit note email: in the document's language (its handler
 *   passes `lang`);
 * - the Stripe dispute alert goes to the merchant and stays in French;
 * - the VIP pricing plugin's "welcome to your tier" email: in the language of the customer's
 *   latest order on the channel;
 * - the support-threads plugin's emails to the shopper: in the language of their latest Shop API
 *   request on the thread; its staff alerts stay in French.
 *
 * Templates live in static/email/templates (MJML + Handlebars, see
 * https://docs.vendure.io/reference/core-plugins/email-plugin/): one template per email, its
 * strings passed as `texts`; the header and footer partials read `layoutTexts[lang]`.
 */
import { HistoryEntryType } from '@vendure/common/lib/generated-types';
import {
    Customer,
    Fulfillment,
    FulfillmentStateTransitionEvent,
    HistoryEntryEvent,
    LanguageCode,
    TransactionalConnection,
    translateEntity,
    type RequestContext,
    type Type,
} from '@vendure/core';
import {
    EmailEventListener,
    emailAddressChangeHandler,
    emailVerificationHandler,
    orderConfirmationHandler,
    passwordResetHandler,
} from '@vendure/email-plugin';
// The shipped email's parcels and its resend event (plugins/delivery-tracking).
import { ParcelService, ShippedEmailResendEvent } from '../../plugins/delivery-tracking';
import { invoiceEmailHandler } from '../../plugins/invoices';
import { localityLines } from '../../plugins/shared/postal-address';
import { stripeDisputeEmailHandler } from '../../plugins/stripe/config/dispute-email-handler';
import { parcelProblemEmailHandler, parcelStatusEmailHandler } from '../../plugins/delivery-tracking';
import { SUPPORT_EMAIL_HANDLERS } from '../../plugins/support-threads';
import { vipTierJoinedEmailHandler } from '../../plugins/vip-pricing';

/** A language Radiant's emails are written in. */
export type EmailLang = 'fr' | 'en';

/** The email language of a Vendure language code: English for `en`/`en_GB`…, French otherwise. */
export function emailLanguage(languageCode: string | null | undefined): EmailLang {
    return languageCode === 'en' || languageCode?.startsWith('en_') ? 'en' : 'fr';
}

/** The `Intl` locale used for money and dates in an email of that language. */
const LOCALES: Record<EmailLang, string> = { fr: 'fr-FR', en: 'en-GB' };

/**
 * The storefront URL of a page in a language: `storefrontUrl` + `/en` for English + the page's
 * path (the storefront's page paths are the same in both languages, e.g. `/compte/verification`).
 */
export function storefrontPageUrl(storefrontUrl: string, lang: EmailLang, pagePath: string): string {
    return `${storefrontUrl.replace(/\/$/, '')}${lang === 'en' ? '/en' : ''}${pagePath}`;
}

const FR = {
    layout: {
        tagline: 'MAISON DE PARFUMS & DE SOINS',
        signature: 'Radiant · Maison de parfums & de soins',
        question: 'Une question ? Écrivez-nous depuis notre site :',
    },
    orderConfirmation: {
        subject: 'Votre commande {code} — Radiant',
        title: 'Confirmation de commande',
        hello: 'Bonjour',
        intro: 'Merci pour votre commande. Nous la préparons avec soin et vous écrirons dès son expédition.',
        order: 'COMMANDE',
        date: 'DATE',
        totalCaps: 'TOTAL TTC',
        shipTo: 'Livraison à',
        summary: 'Récapitulatif',
        subtotal: 'Sous-total',
        shipping: 'Livraison',
        total: 'Total TTC',
    },
    orderShipped: {
        subject: 'Votre commande {code} est expédiée — Radiant',
        title: 'Votre commande est en route',
        hello: 'Bonjour',
        intro: 'Bonne nouvelle : votre commande {code} a quitté notre atelier.',
        carrier: 'TRANSPORTEUR',
        tracking: 'NUMÉRO DE SUIVI',
        contents: 'Dans cet envoi',
        trackingHint: 'Suivez votre colis sur le site du transporteur avec ce numéro.',
        parcels: 'VOS COLIS',
        parcelsHint:
            'Suivez chaque colis sur le site du transporteur, ou toute la commande sur notre page de suivi.',
        trackAtCarrier: 'Suivre sur le site de {carrier}',
        track: 'Suivre ma commande',
    },
    emailVerification: {
        subject: 'Confirmez votre adresse e-mail — Radiant',
        title: 'Confirmez votre adresse e-mail',
        intro: 'Bienvenue chez Radiant. Pour activer votre compte, confirmez votre adresse e-mail :',
        button: 'CONFIRMER MON ADRESSE',
        ignore: 'Vous n’avez pas créé de compte ? Ignorez simplement ce message.',
    },
    passwordReset: {
        subject: 'Réinitialisation de votre mot de passe — Radiant',
        title: 'Réinitialisation du mot de passe',
        intro: 'Une demande de nouveau mot de passe a été faite pour votre compte Radiant.',
        button: 'CHOISIR UN NOUVEAU MOT DE PASSE',
        ignore: 'Si vous n’êtes pas à l’origine de cette demande, ignorez ce message : votre mot de passe reste inchangé.',
    },
    passwordChanged: {
        subject: 'Votre mot de passe a été changé — Radiant',
        title: 'Mot de passe changé',
        intro: 'Le mot de passe de votre compte Radiant vient d’être changé.',
        notYou: 'Ce n’est pas vous ? Choisissez-en un nouveau tout de suite et écrivez-nous :',
        button: 'CHOISIR UN NOUVEAU MOT DE PASSE',
    },
    emailAddressChange: {
        subject: 'Confirmez votre nouvelle adresse e-mail — Radiant',
        title: 'Confirmez votre nouvelle adresse e-mail',
        intro: 'Vous avez demandé à utiliser cette adresse pour votre compte Radiant. Confirmez-la pour terminer le changement :',
        button: 'CONFIRMER CETTE ADRESSE',
        ignore: 'Vous n’êtes pas à l’origine de cette demande ? Ignorez ce message : votre adresse reste inchangée.',
    },
};

/** The same structure as French, every string in English (the type makes both define every key). */
type EmailTexts = { [Section in keyof typeof FR]: Record<keyof (typeof FR)[Section], string> };

/** The strings of Radiant's emails in each language (plain text: the templates escape them). */
export const EMAIL_TEXTS: Record<EmailLang, EmailTexts> = {
    fr: FR,
    en: {
        layout: {
            tagline: 'HOUSE OF FRAGRANCE & SKINCARE',
            signature: 'Radiant · House of fragrance & skincare',
            question: 'A question? Write to us through our website:',
        },
        orderConfirmation: {
            subject: 'Your order {code} — Radiant',
            title: 'Order confirmation',
            hello: 'Hello',
            intro: 'Thank you for your order. We are preparing it with care and will write to you as soon as it ships.',
            order: 'ORDER',
            date: 'DATE',
            totalCaps: 'TOTAL INCL. VAT',
            shipTo: 'Delivery to',
            summary: 'Summary',
            subtotal: 'Subtotal',
            shipping: 'Shipping',
            total: 'Total incl. VAT',
        },
        orderShipped: {
            subject: 'Your order {code} has shipped — Radiant',
            title: 'Your order is on its way',
            hello: 'Hello',
            intro: 'Good news: your order {code} has left our workshop.',
            carrier: 'CARRIER',
            tracking: 'TRACKING NUMBER',
            contents: 'In this shipment',
            trackingHint: 'Follow your parcel on the carrier’s website with this number.',
            parcels: 'YOUR PARCELS',
            parcelsHint:
                'Follow each parcel on the carrier’s website, or the whole order on our tracking page.',
            trackAtCarrier: 'Track on the {carrier} website',
            track: 'Track my order',
        },
        emailVerification: {
            subject: 'Confirm your e-mail address — Radiant',
            title: 'Confirm your e-mail address',
            intro: 'Welcome to Radiant. To activate your account, please confirm your e-mail address:',
            button: 'CONFIRM MY ADDRESS',
            ignore: 'You did not create an account? Simply ignore this message.',
        },
        passwordReset: {
            subject: 'Reset your password — Radiant',
            title: 'Password reset',
            intro: 'A new password was requested for your Radiant account.',
            button: 'CHOOSE A NEW PASSWORD',
            ignore: 'If you did not ask for this, ignore this message: your password stays the same.',
        },
        passwordChanged: {
            subject: 'Your password has been changed — Radiant',
            title: 'Password changed',
            intro: 'The password of your Radiant account has just been changed.',
            notYou: 'Was it not you? Choose a new one right away and write to us:',
            button: 'CHOOSE A NEW PASSWORD',
        },
        emailAddressChange: {
            subject: 'Confirm your new e-mail address — Radiant',
            title: 'Confirm your new e-mail address',
            intro: 'You asked to use this address for your Radiant account. Confirm it to finish the change:',
            button: 'CONFIRM THIS ADDRESS',
            ignore: 'You did not ask for this? Ignore this message: your address stays the same.',
        },
    },
};

/** The header and footer strings per language, for the partials (`layoutTexts[lang]`). */
export const EMAIL_LAYOUT_TEXTS: Record<EmailLang, EmailTexts['layout']> = {
    fr: EMAIL_TEXTS.fr.layout,
    en: EMAIL_TEXTS.en.layout,
};

/**
 * Template variables every email gets (EmailPlugin `globalTemplateVars`): the sender, the
 * storefront's URL (links are built per language from it), its home page per language for the
 * footer (`homeUrls[lang]`: `storefrontUrl`, `storefrontUrl/en`; none without a storefront URL),
 * the partials' strings and French as the default `lang` (handlers of shopper emails set their own).
 */
export function emailGlobalTemplateVars(options: { fromAddress: string; storefrontUrl: string }) {
    const homeUrls: Partial<Record<EmailLang, string>> = options.storefrontUrl
        ? {
              fr: storefrontPageUrl(options.storefrontUrl, 'fr', ''),
              en: storefrontPageUrl(options.storefrontUrl, 'en', ''),
          }
        : {};
    return { ...options, homeUrls, lang: 'fr' as EmailLang, layoutTexts: EMAIL_LAYOUT_TEXTS };
}

/** What every shopper email adds to its template: the language, its locale and its strings. */
function languageVars<S extends Exclude<keyof EmailTexts, 'layout'>>(lang: EmailLang, section: S) {
    return { lang, locale: LOCALES[lang], texts: EMAIL_TEXTS[lang][section] };
}

/** The language of an account email: the one of the Shop API request that triggered it. */
function requestLanguage(event: { ctx: RequestContext }): EmailLang {
    return emailLanguage(event.ctx.languageCode);
}

function storefrontUrlOf(globals: Record<string, unknown>): string {
    return typeof globals.storefrontUrl === 'string' ? globals.storefrontUrl : '';
}

/**
 * Order confirmation (Vendure's handler: on PaymentSettled, with the shipping lines loaded), in the
 * order's language: `order.customFields.languageCode`, else the settling request's language.
 * Money in the order's currency with the language's locale (XOF in whole francs); the delivery
 * address's postcode, city and province as its country writes them (`shippingLocality`).
 */
export const radiantOrderConfirmationHandler = orderConfirmationHandler
    .setSubject(event =>
        EMAIL_TEXTS[orderLanguage(event.order, event.ctx)].orderConfirmation.subject.replace(
            '{code}',
            event.order.code,
        ),
    )
    .setTemplateVars(event => ({
        order: event.order,
        shippingLines: event.data.shippingLines,
        shippingLocality: localityLines(event.order.shippingAddress ?? {}),
        placedOn: longDate(event.order.orderPlacedAt ?? new Date(), orderLanguage(event.order, event.ctx)),
        ...languageVars(orderLanguage(event.order, event.ctx), 'orderConfirmation'),
    }));

/**
 * A date as a reader of `lang` writes it in full, unambiguous in both languages ("3 décembre 2026",
 * "3 December 2026"; a numeric 03/12/2026 reads as March 12 to an American), in the server's time
 * zone (Intl.DateTimeFormat, https://tc39.es/ecma402/#datetimeformat-objects).
 */
export function longDate(date: Date | string, lang: EmailLang): string {
    return new Intl.DateTimeFormat(LOCALES[lang], { day: 'numeric', month: 'long', year: 'numeric' }).format(
        new Date(date),
    );
}

/** The language of an order's emails: its recorded language, else the request's. */
export function orderLanguage(
    order: { customFields?: { languageCode?: string | null } },
    ctx: RequestContext,
): EmailLang {
    return emailLanguage(order.customFields?.languageCode ?? ctx.languageCode);
}

/** Email verification (account registration), link to `[/en]/compte/verification?token=…`. */
export const radiantEmailVerificationHandler = emailVerificationHandler
    .setSubject(event => EMAIL_TEXTS[requestLanguage(event)].emailVerification.subject)
    .setTemplateVars((event, globals) => ({
        verificationToken: event.user.getNativeAuthenticationMethod().verificationToken,
        verifyEmailAddressUrl: storefrontPageUrl(
            storefrontUrlOf(globals),
            requestLanguage(event),
            '/compte/verification',
        ),
        ...languageVars(requestLanguage(event), 'emailVerification'),
    }));

/** Password reset, link to `[/en]/compte/reinitialiser-mot-de-passe?token=…`. */
export const radiantPasswordResetHandler = passwordResetHandler
    .setSubject(event => EMAIL_TEXTS[requestLanguage(event)].passwordReset.subject)
    .setTemplateVars((event, globals) => ({
        passwordResetToken: event.user.getNativeAuthenticationMethod().passwordResetToken,
        passwordResetUrl: storefrontPageUrl(
            storefrontUrlOf(globals),
            requestLanguage(event),
            '/compte/reinitialiser-mot-de-passe',
        ),
        ...languageVars(requestLanguage(event), 'passwordReset'),
    }));

/** Email address change, sent to the new address, link to `[/en]/compte/email/confirmer?token=…`. */
export const radiantEmailAddressChangeHandler = emailAddressChangeHandler
    .setSubject(event => EMAIL_TEXTS[requestLanguage(event)].emailAddressChange.subject)
    .setTemplateVars((event, globals) => ({
        identifierChangeToken: event.user.getNativeAuthenticationMethod().identifierChangeToken,
        changeEmailAddressUrl: storefrontPageUrl(
            storefrontUrlOf(globals),
            requestLanguage(event),
            '/compte/email/confirmer',
        ),
        ...languageVars(requestLanguage(event), 'emailAddressChange'),
    }));

/** The customer history entries Vendure records when a customer's password changes. */
const PASSWORD_CHANGES: ReadonlySet<string> = new Set([
    HistoryEntryType.CUSTOMER_PASSWORD_UPDATED, // updateCustomerPassword (account page)
    HistoryEntryType.CUSTOMER_PASSWORD_RESET_VERIFIED, // resetPassword (e-mailed link)
]);

/**
 * Notice to the customer that their password changed, with a link to `[/en]/compte/mot-de-passe-oublie`
 * in case it was not them. Vendure 3.7 publishes no event of its own for `updateCustomerPassword`; it
 * records a customer history entry (CUSTOMER_PASSWORD_UPDATED, or CUSTOMER_PASSWORD_RESET_VERIFIED
 * after a reset), whose HistoryEntryEvent this handler listens to.
 */
export const radiantPasswordChangedHandler = new EmailEventListener('password-changed')
    .on(HistoryEntryEvent)
    .filter(
        event =>
            event.type === 'created' &&
            event.historyType === 'customer' &&
            typeof event.input === 'object' &&
            PASSWORD_CHANGES.has(event.input.type),
    )
    .loadData(async ({ event, injector }) => {
        const customerId = (event.entity as { customer?: { id: unknown } }).customer?.id;
        const customer = await injector
            .get(TransactionalConnection)
            .getRepository(event.ctx, Customer)
            .findOne({ where: { id: customerId as string } });
        if (!customer) throw new Error(`No customer for history entry ${event.entity.id}`);
        return { emailAddress: customer.emailAddress };
    })
    .setRecipient(event => event.data.emailAddress)
    .setFrom('{{ fromAddress }}')
    .setSubject(event => EMAIL_TEXTS[requestLanguage(event)].passwordChanged.subject)
    .setTemplateVars((event, globals) => ({
        forgottenPasswordUrl: storefrontPageUrl(
            storefrontUrlOf(globals),
            requestLanguage(event),
            '/compte/mot-de-passe-oublie',
        ),
        ...languageVars(requestLanguage(event), 'passwordChanged'),
    }));

/** One line of a shipped parcel, for the shipping email: the product's name and the quantity. */
export interface ShippedLine {
    name: string;
    quantity: number;
}

/** One parcel of a shipped fulfillment, for the shipping email: carrier, number, carrier's tracking page. */
export interface ShippedParcel {
    carrier: string;
    trackingNumber: string;
    /** The carrier's public tracking page (from its URL template), or empty. */
    trackingUrl: string;
    /** "Track on Colissimo's website" in the email's language. */
    trackLabel: string;
}

/** An event the shipping email is sent on: a fulfillment (with `method` and `trackingCode`) and its request. */
type ShippedEmailEvent = (FulfillmentStateTransitionEvent | ShippedEmailResendEvent) & {
    ctx: RequestContext;
};

/**
 * The shipping email on `eventType`, for the events `filter` keeps: the carrier and tracking code
 * the merchant entered, or with tracked parcels (plugins/delivery-tracking) each parcel's carrier,
 * number and carrier tracking link, what the parcel holds, and the storefront's tracking page, in the
 * order's language. The same email serves each fulfillment of an order shipped in several.
 */
function orderShippedEmail<E extends ShippedEmailEvent>(eventType: Type<E>, filter: (event: E) => boolean) {
    return (
        new EmailEventListener('order-shipped')
            .on(eventType)
            .filter(filter)
            .loadData(async ({ event, injector }) => {
                const fulfillment = await injector
                    .get(TransactionalConnection)
                    .getRepository(event.ctx, Fulfillment)
                    .findOne({
                        where: { id: event.fulfillment.id },
                        relations: {
                            lines: {
                                orderLine: {
                                    order: { customer: true },
                                    productVariant: { translations: true },
                                },
                            },
                        },
                    });
                const order = fulfillment?.lines[0]?.orderLine.order;
                if (!fulfillment || !order?.customer)
                    throw new Error(`No order for fulfillment ${event.fulfillment.id}`);
                const lang = orderLanguage(order, event.ctx);
                const lines: ShippedLine[] = fulfillment.lines.map(line => ({
                    name: translateEntity(line.orderLine.productVariant, lang as LanguageCode).name,
                    quantity: line.quantity,
                }));
                const parcels: ShippedParcel[] = (
                    await injector.get(ParcelService).findByFulfillments(event.ctx, [fulfillment.id])
                ).map(parcel => ({
                    carrier: parcel.carrierName,
                    trackingNumber: parcel.trackingNumber,
                    trackingUrl: parcel.trackingUrl,
                    trackLabel: EMAIL_TEXTS[lang].orderShipped.trackAtCarrier.replace(
                        '{carrier}',
                        parcel.carrierName,
                    ),
                }));
                return { order, customer: order.customer, lang, lines, parcels };
            })
            .setRecipient(event => event.data.customer.emailAddress)
            .setFrom('{{ fromAddress }}')
            .setSubject(event =>
                EMAIL_TEXTS[event.data.lang].orderShipped.subject.replace('{code}', event.data.order.code),
            )
            // Plain values only: the job's data is serialised, and an Order without its lines cannot be.
            .setTemplateVars((event, globals) => ({
                order: { code: event.data.order.code },
                customer: {
                    firstName: event.data.customer.firstName,
                    lastName: event.data.customer.lastName,
                },
                // The storefront's tracking page (plugins/delivery-tracking), the order number filled in.
                trackUrl: `${storefrontPageUrl(storefrontUrlOf(globals), event.data.lang, '/suivi')}?commande=${encodeURIComponent(event.data.order.code)}`,
                carrier: event.fulfillment.method,
                trackingCode: event.fulfillment.trackingCode,
                parcels: event.data.parcels,
                lines: event.data.lines,
                intro: EMAIL_TEXTS[event.data.lang].orderShipped.intro.replace(
                    '{code}',
                    event.data.order.code,
                ),
                ...languageVars(event.data.lang, 'orderShipped'),
            }))
    );
}

/** Shipping notice, when a Fulfillment reaches `Shipped` (Vendure's FulfillmentStateTransitionEvent). */
export const radiantOrderShippedHandler = orderShippedEmail(
    FulfillmentStateTransitionEvent,
    event => event.toState === 'Shipped',
);

/**
 * The same shipping notice again, when a merchant asks for it from the Dashboard (Admin API
 * `resendShippedEmail`, plugins/delivery-tracking's ShippedEmailResendEvent).
 */
export const radiantOrderShippedResendHandler = orderShippedEmail(ShippedEmailResendEvent, () => true);

/** The email event handlers registered with the EmailPlugin. */
export const radiantEmailHandlers = [
    radiantOrderConfirmationHandler,
    radiantOrderShippedHandler,
    radiantOrderShippedResendHandler,
    radiantEmailVerificationHandler,
    radiantPasswordResetHandler,
    radiantPasswordChangedHandler,
    radiantEmailAddressChangeHandler,
    invoiceEmailHandler,
    // Merchant alert (to MERCHANT_EMAIL) when Stripe opens a dispute; plugins/stripe.
    stripeDisputeEmailHandler,
    // Out for delivery / pickup / delivered to the shopper, delivery problems to MERCHANT_EMAIL;
    // plugins/delivery-tracking.
    parcelStatusEmailHandler,
    parcelProblemEmailHandler,
    // "Welcome to your tier" when a customer joins a higher VIP tier; plugins/vip-pricing.
    vipTierJoinedEmailHandler,
    // Staff replies and status changes to the shopper, customer messages and SLA reminders to the
    // staff; plugins/support-threads (internal notes are never emailed).
    ...SUPPORT_EMAIL_HANDLERS,
];
