/**
 * The shop's legal pages (plugins/legal-pages): terms of sale, legal notice, privacy policy and
 * right of withdrawal, written by the merchant in the Dashboard and read with the Shop API's
 * `legalPage(slug)` in the page's language. Served at `/legal/<slug>` (`/en/legal/<slug>`),
 * linked from the footer and the checkout's terms sentence. Link labels in French and English.
 */
import { graphql } from '../gql';
import { defineMessages, localePath, type Lang } from '../i18n';

export const LegalPageQuery = graphql(`
    query LegalPage($slug: String!) {
        legalPage(slug: $slug) {
            slug
            languageCode
            title
            body
            updatedAt
        }
    }
`);

/** The pages every shop links, in footer order (slugs of the plugin's `LEGAL_PAGE_SLUGS`). */
export const LEGAL_PAGE_SLUGS = ['terms-of-sale', 'withdrawal', 'privacy', 'legal-notice'] as const;
export type LegalPageSlug = (typeof LEGAL_PAGE_SLUGS)[number];

/** Link labels of the pages (the page itself shows the merchant's title). */
export const legalLabel = defineMessages({
    fr: {
        'terms-of-sale': 'Conditions générales de vente',
        withdrawal: 'Rétractation et retours',
        privacy: 'Confidentialité',
        'legal-notice': 'Mentions légales',
        heading: 'Informations légales',
    },
    en: {
        'terms-of-sale': 'Terms of sale',
        withdrawal: 'Withdrawal and returns',
        privacy: 'Privacy',
        'legal-notice': 'Legal notice',
        heading: 'Legal information',
    },
});

/** The URL of a legal page in a language, e.g. `legalPath('en', 'privacy')` → `"/en/legal/privacy"`. */
export function legalPath(lang: Lang, slug: string): string {
    return localePath(lang, `/legal/${encodeURIComponent(slug)}`);
}
