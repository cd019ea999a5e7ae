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
