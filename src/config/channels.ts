import { LanguageCode } from '@vendure/common/lib/generated-types';
import type { CustomFieldConfig } from '@vendure/core';

/**
 * Radiant's channel layout (docs/architecture.md, "Channels"): each shop is a channel of its own
 * (`fr`: EUR, `ci`: XOF), and Vendure's default channel is the merchant's view of all of them,
 * never a shop.
 */

/**
 * Token of Vendure's default channel (`defaultChannelToken`). No storefront uses it: a client that
 * sends no `vendure-token` lands in the default channel, which holds every shop's methods, so a
 * storefront always sends its shop's token.
 */
export const DEFAULT_CHANNEL_TOKEN = 'default';

/** Code and token of the French shop's channel (before the `SeparateShopChannel` migration, the default channel's token). */
export const FR_SHOP_CHANNEL = 'fr';

/**
 * Channel custom field `displayName`: the name people read for a channel in the Dashboard (its
 * channel switcher and channel lists, patched in `patches/@vendure+dashboard+*.patch`) instead of
 * its code. Vendure 3.7's `Channel` has only a `code`, which Radiant keeps short and stable (`fr`,
 * `ci`: invoice series, seed and clients refer to it). Up to 100 characters; empty means the code
 * is shown. Admin API only (`Channel.customFields.displayName`); merchants edit it on the channel's
 * page. Registered whether or not Radiant's plugins are on, like the schema it maps to.
 */
export const channelDisplayNameField = {
    name: 'displayName',
    type: 'string',
    nullable: true,
    length: 100,
    public: false,
    label: [
        { languageCode: LanguageCode.en, value: 'Name' },
        { languageCode: LanguageCode.fr, value: 'Nom' },
    ],
    description: [
        {
            languageCode: LanguageCode.en,
            value: 'The name shown for this channel in the Dashboard (the code stays as it is).',
        },
        {
            languageCode: LanguageCode.fr,
            value: 'Le nom affiché pour ce canal dans le Dashboard (le code ne change pas).',
        },
    ],
} satisfies CustomFieldConfig;

/** Names the demo gives its shop channels (seed and the `ChannelDisplayName` migration). */
export const DEMO_CHANNEL_DISPLAY_NAMES: Readonly<Record<string, string>> = {
    fr: 'Radiant France (EUR)',
    ci: "Radiant Côte d'Ivoire (XOF)",
};
