/**
 * The emails Radiant sends: Vendure's default handlers (order confirmation, email verification,
 * password reset, email address change) with the shop's French subjects, and the invoices plugin's
 * invoice email (FR/EN, PDF attached). Templates live in
 * static/email/templates (MJML + Handlebars, see https://docs.vendure.io/reference/core-plugins/email-plugin/).
 */
import {
    emailAddressChangeHandler,
    emailVerificationHandler,
    orderConfirmationHandler,
    passwordResetHandler,
} from '@vendure/email-plugin';
import { invoiceEmailHandler } from '../../plugins/invoices';
import { stripeDisputeEmailHandler } from '../../plugins/stripe/config/dispute-email-handler';

/** The email event handlers registered with the EmailPlugin. */
export const radiantEmailHandlers = [
    orderConfirmationHandler.setSubject('Votre commande {{ order.code }} — Radiant'),
    emailVerificationHandler.setSubject('Confirmez votre adresse e-mail — Radiant'),
    passwordResetHandler.setSubject('Réinitialisation de votre mot de passe — Radiant'),
    emailAddressChangeHandler.setSubject('Confirmez votre nouvelle adresse e-mail — Radiant'),
    invoiceEmailHandler,
    // Merchant alert (to MERCHANT_EMAIL) when Stripe opens a dispute; plugins/stripe.
    stripeDisputeEmailHandler,
];
