import type { LanguageCode } from '@vendure/common/lib/generated-types';
import type { Channel, Injector, RequestContext } from '@vendure/core';

/**
 * The values of the `{{name}}` placeholders of a page body, e.g.
 * `{ 'seller.legalName': 'Radiant Parfums', 'seller.siren': '900 000 019' }`. A name mapped to
 * `undefined` or `''` is replaced by nothing; a name not in the map is left as written.
 */
export type LegalPagePlaceholders = Record<string, string | undefined>;

/** One language of a default page. */
export interface LegalPageDefaultTranslation {
    /** The language. */
    languageCode: LanguageCode;
    /** The title. */
    title: string;
    /** The HTML body, with `{{placeholders}}`. */
    body: string;
}

/** A page the plugin creates in a channel that has no legal page yet. */
export interface LegalPageDefault {
    /** The page's slug, e.g. `terms-of-sale`. */
    slug: string;
    /** Its title and body in each language. */
    translations: LegalPageDefaultTranslation[];
}

/** Options of {@link LegalPagesPlugin}. */
export interface LegalPagesPluginOptions {
    /**
     * The placeholder values of a request (its channel and language), applied to the body the Shop
     * API returns: e.g. the seller's identity from the invoices plugin. Default: none.
     */
    placeholders?: (
        ctx: RequestContext,
        injector: Injector,
    ) => Promise<LegalPagePlaceholders> | LegalPagePlaceholders;
    /**
     * The pages created in each channel that has no legal page at all, when the server starts and,
     * for a channel created later, when its pages are first read. Default: {@link DEFAULT_LEGAL_PAGES} (French law, French and
     * English). `false`: none.
     */
    defaultPages?: LegalPageDefault[] | false;
    /** Which channels get the default pages. Default: every channel. */
    seedChannel?: (channel: Channel) => boolean;
}
