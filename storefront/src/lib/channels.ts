/**
 * The shop's channels as the storefront knows them. The Shop API picks a channel from the
 * `vendure-token` header; the visitor's choice is kept in the `radiant_channel` cookie.
 */
import type { AstroCookies } from 'astro';

export type ChannelToken = 'fr' | 'ci';
export type LanguageCode = 'fr' | 'en';

export interface ChannelInfo {
    token: ChannelToken;
    /** Shown in the channel switch, e.g. "France · EUR". */
    label: string;
    region: string;
    currencyCode: string;
    /**
     * Countries the channel delivers to, in display order. The Shop API's `availableCountries`
     * is global in Vendure, so the address form keeps only these when the API returns them.
     */
    countries: string[];
}

export const CHANNELS: Record<ChannelToken, ChannelInfo> = {
    fr: {
        token: 'fr',
        label: 'France · EUR',
        region: 'France',
        currencyCode: 'EUR',
        countries: ['FR', 'MC'],
    },
    ci: {
        token: 'ci',
        label: "Côte d'Ivoire · XOF",
        region: "Côte d'Ivoire",
        currencyCode: 'XOF',
        countries: ['CI', 'SN'],
    },
};

export const DEFAULT_CHANNEL: ChannelToken = 'fr';
export const CHANNEL_COOKIE = 'radiant_channel';

export function isChannelToken(value: unknown): value is ChannelToken {
    return value === 'fr' || value === 'ci';
}

/** The visitor's channel from the `radiant_channel` cookie (default `fr`). */
export function readChannel(cookies: AstroCookies): ChannelToken {
    const value = cookies.get(CHANNEL_COOKIE)?.value;
    return isChannelToken(value) ? value : DEFAULT_CHANNEL;
}

/** Name of the httpOnly cookie that holds the Vendure session token of a channel. */
export function sessionCookieName(channel: ChannelToken): string {
    return `radiant_session_${channel}`;
}
