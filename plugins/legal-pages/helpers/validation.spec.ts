import { LanguageCode } from '@vendure/common/lib/generated-types';
import { describe, expect, it } from 'vitest';
import { slugProblem, translationsProblem } from './validation';

describe('slugProblem', () => {
    it('accepts lower-case words joined by single dashes', () => {
        expect(slugProblem('terms-of-sale')).toBeUndefined();
        expect(slugProblem('cgv2')).toBeUndefined();
    });

    it.each(['', 'Terms', 'terms--of', '-terms', 'terms-', 'cgv/x', 'é', 'a'.repeat(65)])(
        'refuses %j',
        slug => {
            expect(slugProblem(slug)?.field).toBe('slug');
        },
    );
});

describe('translationsProblem', () => {
    const fr = LanguageCode.fr;
    const en = LanguageCode.en;

    it('needs a language when required', () => {
        expect(translationsProblem([], true)?.field).toBe('translations');
        expect(translationsProblem([], false)).toBeUndefined();
    });

    it('refuses a language given twice', () => {
        expect(
            translationsProblem(
                [
                    { languageCode: fr, title: 'A' },
                    { languageCode: fr, title: 'B' },
                ],
                true,
            )?.message,
        ).toContain('twice');
    });

    it('needs a title for a new language, and a non-blank one when given', () => {
        expect(translationsProblem([{ languageCode: en, body: '<p>x</p>' }], true)?.field).toBe(
            'translations.en.title',
        );
        expect(translationsProblem([{ languageCode: en, body: '<p>x</p>' }], false, ['en'])).toBeUndefined();
        expect(translationsProblem([{ languageCode: en, title: '  ' }], false, ['en'])?.field).toBe(
            'translations.en.title',
        );
        expect(translationsProblem([{ languageCode: en, title: 'x'.repeat(201) }], true)?.message).toContain(
            '200',
        );
    });
});
