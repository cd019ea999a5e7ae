import { describe, expect, it } from 'vitest';
import { placeholderNames } from '../helpers/placeholders';
import { DEFAULT_LEGAL_PAGES, DEFAULT_PLACEHOLDER_NAMES } from './default-pages';

describe('DEFAULT_LEGAL_PAGES', () => {
    it('has the four pages in French and English', () => {
        expect(DEFAULT_LEGAL_PAGES.map(p => p.slug)).toEqual([
            'terms-of-sale',
            'legal-notice',
            'privacy',
            'withdrawal',
        ]);
        for (const page of DEFAULT_LEGAL_PAGES) {
            expect(page.translations.map(t => t.languageCode)).toEqual(['fr', 'en']);
        }
    });

    it('uses exactly the documented placeholders', () => {
        const used = new Set(
            DEFAULT_LEGAL_PAGES.flatMap(p => p.translations.flatMap(t => placeholderNames(t.body))),
        );
        expect([...used].sort()).toEqual([...DEFAULT_PLACEHOLDER_NAMES].sort());
    });
});
