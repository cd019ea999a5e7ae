import { CrudPermissionDefinition } from '@vendure/core';

/** Injection token of the plugin's options. */
export const LEGAL_PAGES_PLUGIN_OPTIONS = Symbol('LEGAL_PAGES_PLUGIN_OPTIONS');
/** Logger context of the plugin. */
export const loggerCtx = 'LegalPagesPlugin';

/**
 * `CreateLegalPage`, `ReadLegalPage`, `UpdateLegalPage` and `DeleteLegalPage`: the Admin API's
 * legal pages of the active channel (Vendure's CRUD permission set, shown in the role editor).
 * The Shop API's `legalPage` / `legalPages` are public.
 */
export const legalPagePermission = new CrudPermissionDefinition(
    'LegalPage',
    operation => `Allows ${operation} legal pages`,
);

/**
 * The slugs of the four pages every shop selling to consumers in France must publish, as the
 * default pages are seeded and the storefront links them.
 */
export const LEGAL_PAGE_SLUGS = {
    /** Conditions générales de vente (Code de la consommation L221-5, L111-1). */
    termsOfSale: 'terms-of-sale',
    /** Mentions légales (LCEN art. 6 III). */
    legalNotice: 'legal-notice',
    /** Privacy policy (GDPR art. 13). */
    privacy: 'privacy',
    /** Right of withdrawal and returns (Code de la consommation L221-18 to L221-28). */
    withdrawal: 'withdrawal',
} as const;

/** A slug: 1 to 64 lower-case letters, digits and single dashes, e.g. `terms-of-sale`. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Longest slug. */
export const SLUG_MAX_LENGTH = 64;
/** Longest title. */
export const TITLE_MAX_LENGTH = 200;
