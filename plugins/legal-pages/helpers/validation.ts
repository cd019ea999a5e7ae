import type { LanguageCode } from '@vendure/common/lib/generated-types';
import { SLUG_MAX_LENGTH, SLUG_PATTERN, TITLE_MAX_LENGTH } from '../constants';

/** One language of a page as the Admin API receives it. */
export interface LegalPageTranslationFields {
    /** The translation's id, optional. */
    id?: string | number | null;
    /** The language. */
    languageCode: LanguageCode;
    /** The title (required when the language is new). */
    title?: string | null;
    /** The HTML body. */
    body?: string | null;
}

/** Why a page's input is refused: the field and the message. */
export interface LegalPageInputProblem {
    /** `slug`, `translations` or `translations.<languageCode>.title`. */
    field: string;
    /** What is wrong, in English. */
    message: string;
}

/** The problem of a slug, or undefined when it is valid (see {@link SLUG_PATTERN}). */
export function slugProblem(slug: string): LegalPageInputProblem | undefined {
    if (slug.length > SLUG_MAX_LENGTH || !SLUG_PATTERN.test(slug)) {
        return {
            field: 'slug',
            message: `The slug "${slug.slice(0, SLUG_MAX_LENGTH)}" must be 1 to ${SLUG_MAX_LENGTH} lower-case letters, digits and single dashes, e.g. terms-of-sale`,
        };
    }
}

/**
 * The first problem of a page's translations, or undefined: each language at most once, each
 * title 1 to 200 characters (required for a language the page does not have yet, in
 * `existingLanguages`), and at least one language when `required`.
 */
export function translationsProblem(
    translations: LegalPageTranslationFields[],
    required: boolean,
    existingLanguages: string[] = [],
): LegalPageInputProblem | undefined {
    if (required && translations.length === 0) {
        return { field: 'translations', message: 'A legal page needs at least one language' };
    }
    const seen = new Set<string>();
    for (const t of translations) {
        if (seen.has(t.languageCode)) {
            return { field: 'translations', message: `The language ${t.languageCode} is given twice` };
        }
        seen.add(t.languageCode);
        const isNew = !existingLanguages.includes(t.languageCode);
        const title = t.title?.trim();
        if ((isNew || t.title != null) && !title) {
            return {
                field: `translations.${t.languageCode}.title`,
                message: `The ${t.languageCode} title is required`,
            };
        }
        if (title && title.length > TITLE_MAX_LENGTH) {
            return {
                field: `translations.${t.languageCode}.title`,
                message: `The ${t.languageCode} title is longer than ${TITLE_MAX_LENGTH} characters`,
            };
        }
    }
}
