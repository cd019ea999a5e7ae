/**
 * Radiant's emails in the shopper's language (src/config/email.ts), read from a fake SMTP server
 * as a shopper would read them, on sql.js and PostgreSQL: an English shopper's order confirmation,
 * email verification, password reset and email change are English with links under `/en`; a French
 * shopper's are French. The order confirmation follows the language the shopper checked out in
 * (the Order custom field `languageCode`), even when the payment arrives from a request in another
 * language, as a gateway's does.
 */
import gql from 'graphql-tag';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoShop } from '../../src/seed/seed';
import { waitForJobQueue } from '../../src/tooling/job-queue';
import { startFakeSmtp, waitForMail, type ReceivedMail } from '../support/fake-smtp';
import { radiantTestEnvironment, RADIANT_INITIAL_DATA, TEST_DATABASES } from '../support/radiant-test-env';
import { payWithTestMethod, prepareOrder, shopClient } from '../support/shop-checkout';

const STOREFRONT = 'https://shop.example';

const REGISTER = gql`
    mutation Register($input: RegisterCustomerInput!) {
        registerCustomerAccount(input: $input) {
            ... on Success {
                success
            }
            ... on ErrorResult {
                errorCode
                message
            }
        }
    }
`;
const VERIFY = gql`
    mutation Verify($token: String!, $password: String) {
        verifyCustomerAccount(token: $token, password: $password) {
            ... on CurrentUser {
                identifier
            }
            ... on ErrorResult {
                errorCode
                message
            }
        }
    }
`;
const REQUEST_RESET = gql`
    mutation RequestReset($email: String!) {
        requestPasswordReset(emailAddress: $email) {
            ... on Success {
                success
            }
            ... on ErrorResult {
                errorCode
            }
        }
    }
`;
const UPDATE_PASSWORD = gql`
    mutation UpdatePassword($currentPassword: String!, $newPassword: String!) {
        updateCustomerPassword(currentPassword: $currentPassword, newPassword: $newPassword) {
            ... on Success {
                success
            }
            ... on ErrorResult {
                errorCode
            }
        }
    }
`;
const REQUEST_EMAIL_CHANGE = gql`
    mutation RequestEmailChange($password: String!, $email: String!) {
        requestUpdateCustomerEmailAddress(password: $password, newEmailAddress: $email) {
            ... on Success {
                success
            }
            ... on ErrorResult {
                errorCode
                message
            }
        }
    }
`;

const ORDER_LINES = gql`
    query OrderLines($id: ID!) {
        order(id: $id) {
            lines {
                id
                quantity
            }
        }
    }
`;
const ADD_FULFILLMENT = gql`
    mutation AddFulfillment($input: FulfillOrderInput!) {
        addFulfillmentToOrder(input: $input) {
            ... on Fulfillment {
                id
                state
            }
            ... on ErrorResult {
                errorCode
                message
            }
        }
    }
`;
const SHIP = gql`
    mutation Ship($id: ID!) {
        transitionFulfillmentToState(id: $id, state: "Shipped") {
            ... on Fulfillment {
                state
            }
            ... on ErrorResult {
                errorCode
                message
            }
        }
    }
`;

/** The mail's visible text: tags and styles removed, entities decoded, spaces collapsed. */
function visibleText(mail: ReceivedMail): string {
    return mail.html
        .replace(/<style[\s\S]*?<\/style>/g, ' ')
        .replace(/<[^>]+>/g, ' ')
        .replace(/&amp;/g, '&')
        .replace(/&nbsp;|&#160;/g, ' ')
        .replace(/&#x27;|&#39;/g, "'")
        .replace(/\s+/g, ' ')
        .trim();
}

/** The links (`href`) of the mail, entities decoded. */
function links(mail: ReceivedMail): string[] {
    return [...mail.html.matchAll(/href="([^"]+)"/g)].map(m => m[1]!.replace(/&amp;/g, '&'));
}

/**
 * The language the mail declares on its root element (`<html lang="…">`, what screen readers and
 * mail clients' translation offers go by); `undefined` when it declares none.
 */
function htmlLang(mail: ReceivedMail): string | undefined {
    return /<html\b[^>]*\blang="([^"]*)"/i.exec(mail.html)?.[1];
}

/** Words that show a French email (or French left in an English one). */
const FRENCH =
    /\b(Bonjour|Merci|Commande|Livraison|Récapitulatif|TTC|Confirmez|Bienvenue|adresse|MAISON|Répondez)\b/;
/** Words that show an English email. */
const ENGLISH = /\b(Hello|Thank you|Order|Delivery|Summary|Confirm|Welcome|address|HOUSE|reply)\b/;

for (const db of TEST_DATABASES) {
    describe(`emails in the shopper's language on ${db}`, () => {
        let t: Awaited<ReturnType<typeof radiantTestEnvironment>>;
        let smtp: Awaited<ReturnType<typeof startFakeSmtp>>;

        beforeAll(async () => {
            smtp = await startFakeSmtp();
            t = await radiantTestEnvironment(
                db,
                {},
                { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtp.port), STOREFRONT_URL: STOREFRONT },
            );
            await t.server.init({ initialData: RADIANT_INITIAL_DATA, customerCount: 1 });
            const result = await seedDemoShop(t.server.app, t.env);
            expect(result.errors).toEqual([]);
            await waitForJobQueue(t.server.app);
        });

        afterAll(async () => {
            await t?.server.destroy();
            t?.cleanup();
            await smtp?.close();
        });

        it('confirms an English checkout in English, even when the payment request has no language', async () => {
            const email = `ada.${db}@example.com`;
            const english = shopClient(t.port, 'fr', 'en');
            const { code } = await prepareOrder(english, { email });
            // The payment arrives from a request without a language (the channel's French), as
            // a gateway's notification does: the order keeps the language it was checked out in.
            const payer = shopClient(t.port, 'fr');
            payer.setAuthToken(english.getAuthToken());
            await payWithTestMethod(payer);

            const mail = await waitForMail(smtp.mails, email, code);
            expect(mail.subject).toBe(`Your order ${code} — Radiant`);
            expect(htmlLang(mail)).toBe('en');
            const text = visibleText(mail);
            expect(text).toContain('Order confirmation');
            expect(text).toContain('Hello Awa Diallo,');
            expect(text).toContain('Thank you for your order.');
            expect(text).toContain('HOUSE OF FRAGRANCE & SKINCARE');
            expect(text).toContain('Total incl. VAT');
            expect(text).toMatch(/€\d{2,3}\.\d\d/);
            expect(text).not.toMatch(/\d,\d\d\s?€/);
            // The date written out: 03/12/2026 reads as March 12 to an American.
            expect(text).toMatch(
                /\b\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}\b/,
            );
            expect(text).not.toMatch(/\d\d\/\d\d\/\d{4}/);
            expect(text).not.toMatch(FRENCH);
        });

        it('confirms a French checkout in French, in euros the French way', async () => {
            const email = `lea.${db}@example.com`;
            const french = shopClient(t.port, 'fr', 'fr');
            const { code } = await prepareOrder(french, { email });
            await payWithTestMethod(french);

            const mail = await waitForMail(smtp.mails, email, code);
            expect(mail.subject).toBe(`Votre commande ${code} — Radiant`);
            expect(htmlLang(mail)).toBe('fr');
            const text = visibleText(mail);
            expect(text).toContain('Bonjour Awa Diallo,');
            expect(text).toContain('Merci pour votre commande.');
            expect(text).toContain('Total TTC');
            expect(text).toMatch(/\d{2,3},\d\d\s€/);
            // The French postal order: postcode, then city.
            expect(text).toContain('75011 Paris');
            expect(text).toMatch(
                /\b\d{1,2} (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) \d{4}\b/,
            );
            expect(text).not.toMatch(ENGLISH);
        });

        it('sends the shipping notice with carrier, tracking code and contents when a parcel ships', async () => {
            const email = `ines.shipped.${db}@example.com`;
            const english = shopClient(t.port, 'fr', 'en');
            const { id, code } = await prepareOrder(english, { email });
            await payWithTestMethod(english);
            await t.adminClient.asSuperAdmin();
            const { order } = await t.adminClient.query(ORDER_LINES, { id });
            const added = await t.adminClient.query(ADD_FULFILLMENT, {
                input: {
                    lines: order.lines.map((l: { id: string; quantity: number }) => ({
                        orderLineId: l.id,
                        quantity: l.quantity,
                    })),
                    handler: {
                        code: 'manual-fulfillment',
                        arguments: [
                            { name: 'method', value: 'Colissimo' },
                            { name: 'trackingCode', value: '6A12345678901' },
                        ],
                    },
                },
            });
            expect(added.addFulfillmentToOrder.state).toBe('Pending');
            // No email while the parcel is only being prepared.
            expect(smtp.mails.some(m => m.to.includes(email) && m.subject.includes('shipped'))).toBe(false);
            const shipped = await t.adminClient.query(SHIP, { id: added.addFulfillmentToOrder.id });
            expect(shipped.transitionFulfillmentToState.state).toBe('Shipped');

            const mail = await waitForMail(smtp.mails, email, 'has shipped');
            expect(mail.subject).toBe(`Your order ${code} has shipped — Radiant`);
            expect(htmlLang(mail)).toBe('en');
            const text = visibleText(mail);
            expect(text).toContain(`Good news: your order ${code} has left our workshop.`);
            expect(text).toContain('CARRIER Colissimo');
            expect(text).toContain('TRACKING NUMBER 6A12345678901');
            expect(text).toMatch(/Elie Saab Le Parfum[^×]*× 2/);
            expect(text).not.toMatch(FRENCH);
            // The storefront's tracking page in the order's language, the order number filled in.
            expect(links(mail).map(l => l.replace(/&#x3D;/g, '='))).toContain(
                `${STOREFRONT}/en/suivi?commande=${code}`,
            );
        });

        it('sends an English account its verification, reset and email change links under /en', async () => {
            const email = `grace.${db}@example.com`;
            const english = shopClient(t.port, 'fr', 'en');
            const registered = await english.query(REGISTER, {
                input: {
                    emailAddress: email,
                    firstName: 'Grace',
                    lastName: 'Hopper',
                },
            });
            expect(registered.registerCustomerAccount).toEqual({ success: true });

            const verification = await waitForMail(smtp.mails, email, 'Confirm your e-mail address');
            expect(verification.subject).toBe('Confirm your e-mail address — Radiant');
            expect(htmlLang(verification)).toBe('en');
            expect(visibleText(verification)).toContain('Welcome to Radiant.');
            expect(visibleText(verification)).not.toMatch(FRENCH);
            const verifyLink = links(verification).find(l => l.includes('token='));
            expect(verifyLink).toMatch(new RegExp(`^${STOREFRONT}/en/compte/verification\\?token=.+`));
            // The footer's "write to us through our website" link opens the English home page too.
            expect(links(verification)).toContain(`${STOREFRONT}/en`);
            expect(links(verification)).not.toContain(STOREFRONT);
            const token = new URL(verifyLink!).searchParams.get('token')!;
            // The password is chosen at verification (registration takes none).
            const verified = await english.query(VERIFY, { token, password: 'compiler-1952' });
            expect(verified.verifyCustomerAccount).toEqual({ identifier: email });

            await english.query(REQUEST_RESET, { email });
            const reset = await waitForMail(smtp.mails, email, 'Reset your password');
            expect(visibleText(reset)).not.toMatch(FRENCH);
            expect(htmlLang(reset)).toBe('en');
            expect(links(reset).find(l => l.includes('token='))).toMatch(
                new RegExp(`^${STOREFRONT}/en/compte/reinitialiser-mot-de-passe\\?token=.+`),
            );

            // A password change is notified, with a way back if it was not the account's owner.
            const refused = await english.query(UPDATE_PASSWORD, {
                currentPassword: 'not-my-password',
                newPassword: 'cobol-1959-rules',
            });
            expect(refused.updateCustomerPassword).toEqual({ errorCode: 'INVALID_CREDENTIALS_ERROR' });
            const updated = await english.query(UPDATE_PASSWORD, {
                currentPassword: 'compiler-1952',
                newPassword: 'cobol-1959-rules',
            });
            expect(updated.updateCustomerPassword).toEqual({ success: true });
            const changed = await waitForMail(smtp.mails, email, 'Your password has been changed');
            expect(changed.subject).toBe('Your password has been changed — Radiant');
            expect(htmlLang(changed)).toBe('en');
            expect(visibleText(changed)).toContain(
                'The password of your Radiant account has just been changed.',
            );
            expect(visibleText(changed)).not.toMatch(FRENCH);
            expect(links(changed)).toContain(`${STOREFRONT}/en/compte/mot-de-passe-oublie`);
            expect(links(changed)).toContain(`${STOREFRONT}/en`);
            expect(
                smtp.mails.filter(m => m.to.includes(email) && m.subject.includes('password has been')),
            ).toHaveLength(1);

            const newEmail = `grace.hopper.${db}@example.com`;
            const requested = await english.query(REQUEST_EMAIL_CHANGE, {
                password: 'cobol-1959-rules',
                email: newEmail,
            });
            expect(requested.requestUpdateCustomerEmailAddress).toEqual({ success: true });
            const change = await waitForMail(smtp.mails, newEmail, 'Confirm your new e-mail address');
            expect(visibleText(change)).not.toMatch(FRENCH);
            expect(htmlLang(change)).toBe('en');
            expect(links(change).find(l => l.includes('token='))).toMatch(
                new RegExp(`^${STOREFRONT}/en/compte/email/confirmer\\?token=.+`),
            );
        });

        it('sends a French account its verification link under the unprefixed French pages', async () => {
            const email = `marie.${db}@example.com`;
            const french = shopClient(t.port, 'fr', 'fr');
            const registered = await french.query(REGISTER, {
                input: {
                    emailAddress: email,
                    firstName: 'Marie',
                    lastName: 'Curie',
                },
            });
            expect(registered.registerCustomerAccount).toEqual({ success: true });

            const verification = await waitForMail(smtp.mails, email, 'Confirmez votre adresse e-mail');
            expect(verification.subject).toBe('Confirmez votre adresse e-mail — Radiant');
            expect(htmlLang(verification)).toBe('fr');
            expect(visibleText(verification)).toContain('Bienvenue chez Radiant.');
            expect(visibleText(verification)).toContain('MAISON DE PARFUMS & DE SOINS');
            expect(visibleText(verification)).not.toMatch(ENGLISH);
            expect(links(verification).find(l => l.includes('token='))).toMatch(
                new RegExp(`^${STOREFRONT}/compte/verification\\?token=.+`),
            );
            // The footer's website link: the French home page, unprefixed.
            expect(links(verification)).toContain(STOREFRONT);
            expect(links(verification)).not.toContain(`${STOREFRONT}/en`);
        });
    });
}
