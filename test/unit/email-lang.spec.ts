/**
 * Every email template in static/email/templates, rendered as the EmailPlugin renders it (Vendure's
 * HandlebarsMjmlGenerator with the FileBasedTemplateLoader's partials), declares the language it
 * is written in on its root element: `<html lang="fr">` or `<html lang="en">` from the template
 * variable `lang` (set by every handler, French by default through `emailGlobalTemplateVars`),
 * never MJML's `lang="und"`. Issue 12: mail clients and screen readers go by this attribute.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { FileBasedTemplateLoader, HandlebarsMjmlGenerator } from '@vendure/email-plugin';
import { beforeAll, describe, expect, it } from 'vitest';
import { emailGlobalTemplateVars } from '../../src/config/email';

const TEMPLATES = path.join(__dirname, '..', '..', 'static', 'email', 'templates');
/** One directory per email type, its `body.hbs` (the `partials` directory holds the layout). */
const EMAIL_TYPES = readdirSync(TEMPLATES, { withFileTypes: true })
    .filter(d => d.isDirectory() && d.name !== 'partials')
    .map(d => d.name);

describe('the language every email declares', () => {
    const loader = new FileBasedTemplateLoader(TEMPLATES);
    const generator = new HandlebarsMjmlGenerator();

    beforeAll(async () => {
        await generator.onInit({ templateLoader: loader } as unknown as Parameters<
            typeof generator.onInit
        >[0]);
    });

    it('finds the templates', () => {
        expect(EMAIL_TYPES).toEqual(expect.arrayContaining(['order-confirmation', 'email-verification']));
        expect(EMAIL_TYPES.length).toBeGreaterThanOrEqual(10);
    });

    for (const type of EMAIL_TYPES) {
        it(`${type}: <html lang> is the email's language`, async () => {
            const globals = emailGlobalTemplateVars({
                fromAddress: '"Radiant" <noreply@example.com>',
                storefrontUrl: 'https://shop.example',
            });
            const body = await loader.loadTemplate({} as never, {} as never, {
                type,
                templateName: 'body.hbs',
                templateVars: globals,
            });
            // The handlers' default (the globals' French) and each language a handler may set.
            for (const vars of [globals, { ...globals, lang: 'en' }, { ...globals, lang: 'fr' }]) {
                const { body: html } = await generator.generate('', '', body, { ...vars, texts: {} });
                expect(/<html\b[^>]*>/.exec(html)?.[0]).toContain(` lang="${vars.lang}"`);
            }
        });
    }
});
