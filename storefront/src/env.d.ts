/// <reference types="astro/client" />

declare namespace App {
    interface Locals {
        /** The page's language: `en` under the `/en` URL prefix, `fr` (default) otherwise. */
        lang: import('./lib/i18n').Lang;
        /** The page's path without the language prefix (`/en/cart` → `/cart`), for links to the other language. */
        path: string;
        /** The storefront's public origin (see `siteOrigin` in lib/seo.ts), for absolute URLs. */
        origin: string;
        /** The visitor's channel (cookie `radiant_channel`, default `fr`). */
        channel: import('./lib/channels').ChannelToken;
        /** Shop API client bound to this request's channel and session cookie. */
        shop: import('./lib/vendure').ShopClient;
        /**
         * Set while rendering a page for the page cache: the same for every shopper of the variant,
         * so no cart count, cart drawer or flash (the header's script shows the count from the cart
         * cookie). See lib/page-cache/page-cache.ts.
         */
        sharedPage?: boolean;
        /** Number of items in the active order, for the header. */
        cartCount: number;
        /** One-shot message from the previous POST (cookie `radiant_flash`). */
        flash: import('./lib/flash').Flash | null;
        /** Set when the Shop API failed: the page shown is the "unavailable" page. */
        shopError?: import('./lib/vendure').ShopApiError;
        /** Where the "retry" button of the unavailable page leads. */
        retryPath?: string;
    }
}
