/**
 * The demo shop's settings as data: countries, zones, VAT, the two channels with their shipping
 * methods, and the collections. The catalogue itself is `data/products.csv` (Vendure's import
 * format, with French and English columns).
 */
import { CurrencyCode } from '@vendure/core';
import { DEMO_CHANNEL_DISPLAY_NAMES } from '../config/channels';

/** A text in the shop's two languages. */
export interface Bilingual {
    fr: string;
    en: string;
}

/** A shipping method of a channel; `price` in the channel currency's minor units, tax included. */
export interface ShippingMethodDefinition {
    code: string;
    name: Bilingual;
    description: Bilingual;
    price: number;
}

/** One of the demo shop's channels (each shop is a channel of its own, never the default channel). */
export interface ChannelDefinition {
    /** Channel code, shown in the Dashboard's channel switcher. */
    code: string;
    /** Channel token, sent by clients in the `vendure-token` header. */
    token: string;
    /** The name the Dashboard shows for the channel (custom field `displayName`). */
    displayName: string;
    currencyCode: CurrencyCode;
    /** Zone used as default tax and shipping zone. */
    zone: string;
    /** VAT rate of the zone, in percent, used for shipping. */
    vatRate: number;
    shippingMethods: ShippingMethodDefinition[];
    /**
     * Converts a catalogue price (EUR minor units, as in the CSV) into this channel's minor units;
     * absent for EUR channels.
     */
    priceConversion?: (eurMinor: number) => number;
}

/** Fixed parity of the CFA franc: 1 EUR = 655.957 XOF (BCEAO). */
export const XOF_PER_EUR = 655.957;

/**
 * Converts EUR minor units (cents) into XOF minor units (Vendure stores XOF × 100), rounded to the
 * nearest 500 XOF so that prices look like shelf prices (and are multiples of 5 XOF, as mobile
 * money gateways require).
 *
 * @example eurToXofMinor(12000) === 7_850_000 // 120.00 € → 78 500 XOF
 */
export function eurToXofMinor(eurMinor: number): number {
    const xof = (eurMinor / 100) * XOF_PER_EUR;
    return Math.round(xof / 500) * 500 * 100;
}

export const demoShop = {
    /** Relative to the repository root. */
    productsCsv: 'src/seed/data/products.csv',
    countries: [
        { code: 'FR', name: { fr: 'France', en: 'France' } },
        { code: 'MC', name: { fr: 'Monaco', en: 'Monaco' } },
        { code: 'CI', name: { fr: "Côte d'Ivoire", en: "Côte d'Ivoire" } },
        { code: 'SN', name: { fr: 'Sénégal', en: 'Senegal' } },
    ],
    zones: [
        { name: 'France', countries: ['FR', 'MC'] },
        { name: 'UEMOA', countries: ['CI', 'SN'] },
    ],
    /**
     * Vendure's default channel: not a shop but the merchant's view of every channel (it holds every
     * product, method and order of the others). Its catalogue prices are the CSV's EUR prices.
     * See docs/architecture.md ("Channels").
     */
    defaultChannel: { currencyCode: CurrencyCode.EUR, zone: 'France' },
    taxCategory: 'Standard',
    taxRates: [
        { name: 'TVA 20 %', percentage: 20, zone: 'France' },
        { name: 'TVA 18 %', percentage: 18, zone: 'UEMOA' },
    ],
    channels: [
        {
            code: 'fr',
            token: 'fr',
            displayName: DEMO_CHANNEL_DISPLAY_NAMES.fr,
            currencyCode: CurrencyCode.EUR,
            zone: 'France',
            vatRate: 20,
            shippingMethods: [
                {
                    code: 'colissimo',
                    name: { fr: 'Colissimo Domicile', en: 'Colissimo home delivery' },
                    description: {
                        fr: 'Livraison à domicile en 48 h, remise contre signature.',
                        en: 'Home delivery within 48 h, signature on delivery.',
                    },
                    price: 590,
                },
                {
                    code: 'chronopost',
                    name: { fr: 'Chronopost Express', en: 'Chronopost Express' },
                    description: {
                        fr: 'Livraison express le lendemain avant 13 h.',
                        en: 'Express delivery the next day before 1 pm.',
                    },
                    price: 1290,
                },
            ],
        },
        {
            code: 'ci',
            token: 'ci',
            displayName: DEMO_CHANNEL_DISPLAY_NAMES.ci,
            currencyCode: CurrencyCode.XOF,
            zone: 'UEMOA',
            vatRate: 18,
            priceConversion: eurToXofMinor,
            shippingMethods: [
                {
                    code: 'coursier-local',
                    name: { fr: 'Coursier Abidjan / Dakar', en: 'Abidjan / Dakar courier' },
                    description: {
                        fr: 'Livraison par coursier sous 24 à 72 h à Abidjan et Dakar.',
                        en: 'Courier delivery within 24 to 72 h in Abidjan and Dakar.',
                    },
                    price: 2500_00,
                },
            ],
        },
    ] satisfies ChannelDefinition[] as ChannelDefinition[],
    collections: [
        {
            slug: { fr: 'parfums', en: 'perfumes' },
            name: { fr: 'Parfums', en: 'Perfumes' },
            description: {
                fr: 'Eaux de parfum, eaux de toilette et extraits : les signatures olfactives de la maison.',
                en: 'Eaux de parfum, eaux de toilette and extraits: the house’s olfactory signatures.',
            },
            facet: 'range',
            facetValues: ['perfumes'],
            image: 'collection-perfumes.jpg',
        },
        {
            slug: { fr: 'soins-visage', en: 'face-care' },
            name: { fr: 'Soins visage', en: 'Face care' },
            description: {
                fr: 'Sérums, crèmes et rituels de nettoyage pour une peau éclatante.',
                en: 'Serums, creams and cleansing rituals for radiant skin.',
            },
            facet: 'range',
            facetValues: ['face-care'],
            image: 'collection-face-care.jpg',
        },
        {
            slug: { fr: 'corps', en: 'body' },
            name: { fr: 'Corps', en: 'Body' },
            description: {
                fr: 'Huiles, laits et gommages pour sublimer la peau du corps.',
                en: 'Oils, lotions and scrubs to pamper the skin of the body.',
            },
            facet: 'range',
            facetValues: ['body'],
            image: 'collection-body.jpg',
        },
    ],
};
