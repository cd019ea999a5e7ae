import { I18nError, LogLevel } from '@vendure/core';

/** `extensions.code` of the GraphQL error answered to a limited call. */
export const TOO_MANY_REQUESTS = 'TOO_MANY_REQUESTS';

/**
 * The GraphQL error of a call refused by a rate limit: `extensions.code = 'TOO_MANY_REQUESTS'` and
 * `extensions.retryAfter` (seconds, the same value as the response's `Retry-After` header). The message
 * is translated (`error.too-many-requests`, French and English, registered by the plugin).
 */
export class TooManyRequestsError extends I18nError {
    /** @param retryAfter seconds until the client may try again (≥ 1) */
    constructor(readonly retryAfter: number) {
        super('error.too-many-requests', { retryAfter }, TOO_MANY_REQUESTS, LogLevel.Info);
        (this.extensions as Record<string, unknown>).retryAfter = retryAfter;
    }
}

/** The plugin's messages, by language (i18next syntax). */
export const RATE_LIMIT_TRANSLATIONS: Record<'en' | 'fr', Record<string, Record<string, string>>> = {
    en: { error: { 'too-many-requests': 'Too many attempts: try again in { retryAfter } seconds' } },
    fr: { error: { 'too-many-requests': 'Trop de tentatives : réessayez dans { retryAfter } secondes' } },
};
