/**
 * Display helpers: money, dates, rates, stock and asset URLs. Every formatter takes the page's
 * language (`Astro.locals.lang`, no default), so an English page never shows "70,00 €" or
 * "2 décembre 2026": the storefront formats numbers, money and dates only through this module.
 */
import { intlLocale, type Lang } from './i18n';
import { presetName, type ImageSize } from './image-sizes';

const moneyFormats = new Map<string, Intl.NumberFormat>();

/**
 * Formats Vendure money (integer minor units; XOF is also stored × 100) with `Intl` in the
 * page's language, e.g. `formatMoney(7200, 'EUR')` → "72,00 €", `formatMoney(7200, 'EUR', 'en')`
 * → "€72.00", `formatMoney(7850000, 'XOF')` → "78 500 F CFA" (XOF has no minor unit: no decimals).
 */
export function formatMoney(minor: number, currencyCode: string, lang: Lang): string {
    const key = `${lang}:${currencyCode}`;
    let format = moneyFormats.get(key);
    if (!format) {
        format = new Intl.NumberFormat(intlLocale(lang), { style: 'currency', currency: currencyCode });
        moneyFormats.set(key, format);
    }
    return format.format(minor / 100);
}

const wholeMoneyFormats = new Map<string, Intl.NumberFormat>();

/** Money without decimals, for price bands: `formatMoneyWhole(5000, 'EUR')` → "50 €". */
export function formatMoneyWhole(minor: number, currencyCode: string, lang: Lang): string {
    const key = `${lang}:${currencyCode}`;
    let format = wholeMoneyFormats.get(key);
    if (!format) {
        format = new Intl.NumberFormat(intlLocale(lang), {
            style: 'currency',
            currency: currencyCode,
            maximumFractionDigits: 0,
            minimumFractionDigits: 0,
        });
        wholeMoneyFormats.set(key, format);
    }
    return format.format(minor / 100);
}

/**
 * An amount rounded UP to the currency's smallest displayed unit (XOF: whole francs, i.e. a
 * multiple of 100 minor units, since Vendure stores XOF × 100; EUR: the cent), for amounts still to
 * pay or spend, which must never be shown below what is needed:
 * `roundUpToDisplayUnit(1234550, 'XOF')` → 1234600.
 */
export function roundUpToDisplayUnit(minor: number, currencyCode: string): number {
    const digits =
        new Intl.NumberFormat('en', { style: 'currency', currency: currencyCode }).resolvedOptions()
            .maximumFractionDigits ?? 2;
    const step = 10 ** Math.max(0, 2 - digits);
    return Math.ceil(minor / step) * step;
}

export type PriceLike = { min: number; max: number } | { value: number } | null | undefined;

/** "72,00 €" or "À partir de 58,00 €" ("From €58.00") for a search result's price. */
export function formatPriceRange(price: PriceLike, currencyCode: string, lang: Lang): string {
    if (!price) return '';
    if ('value' in price) return formatMoney(price.value, currencyCode, lang);
    if (price.min === price.max) return formatMoney(price.min, currencyCode, lang);
    return `${lang === 'en' ? 'From' : 'À partir de'} ${formatMoney(price.min, currencyCode, lang)}`;
}

export type StockLevel = string;

const STOCK_LABELS: Record<Lang, Record<'IN_STOCK' | 'LOW_STOCK' | 'OUT_OF_STOCK', string>> = {
    fr: { IN_STOCK: 'En stock', LOW_STOCK: 'Dernières pièces', OUT_OF_STOCK: 'Épuisé' },
    en: { IN_STOCK: 'In stock', LOW_STOCK: 'Only a few left', OUT_OF_STOCK: 'Sold out' },
};

/** The shopper-facing label of a Shop API `stockLevel` (unknown levels are shown as they are). */
export function stockLabel(level: StockLevel, lang: Lang): string {
    const labels = STOCK_LABELS[lang] as Record<string, string>;
    return labels[level] ?? level;
}

/**
 * An asset URL at one of the storefront's {@link IMAGE_SIZES}, through the asset server preset of
 * that size (`?preset=300x375`; the server renders presets only), in WebP (`format=webp`,
 * supported by every current browser). Returns undefined when there is no asset.
 */
export function assetUrl(preview: string | null | undefined, size: ImageSize): string | undefined {
    if (!preview) return undefined;
    const params = new URLSearchParams({ preset: presetName(size), format: 'webp' });
    return `${preview}${preview.includes('?') ? '&' : '?'}${params.toString()}`;
}

/** `srcset` of one of the storefront's {@link SRCSETS}: each size's URL with its width. */
export function assetSrcSet(
    preview: string | null | undefined,
    sizes: readonly ImageSize[],
): string | undefined {
    if (!preview) return undefined;
    return sizes.map(size => `${assetUrl(preview, size)} ${size.w}w`).join(', ');
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(lang: Lang, withTime: boolean): Intl.DateTimeFormat {
    const key = `${lang}:${withTime}`;
    let format = dateFormats.get(key);
    if (!format) {
        format = new Intl.DateTimeFormat(intlLocale(lang), {
            dateStyle: 'long',
            ...(withTime ? { timeStyle: 'short' } : {}),
            timeZone: 'Europe/Paris',
        });
        dateFormats.set(key, format);
    }
    return format;
}

/**
 * A date and time (ISO 8601) in the shop's timezone (Europe/Paris), long style, in the page's
 * language: "2 décembre 2026 à 10:25" (fr), "2 December 2026 at 10:25" (en). Empty for no date.
 */
export function formatDate(iso: string | null | undefined, lang: Lang): string {
    if (!iso) return '';
    return dateFormat(lang, true).format(new Date(iso));
}

/** A day (ISO 8601) in the shop's timezone, long style, in the page's language: "2 December 2026". */
export function formatDay(iso: string | null | undefined, lang: Lang): string {
    if (!iso) return '';
    return dateFormat(lang, false).format(new Date(iso));
}

/** Vendure's tax summary (goods and shipping separately) as one "including VAT" line per rate. */
export function vatByRate(
    summary: { taxRate: number; taxTotal: number }[],
): { rate: number; total: number }[] {
    const byRate = new Map<number, number>();
    for (const line of summary) {
        if (line.taxTotal === 0) continue;
        byRate.set(line.taxRate, (byRate.get(line.taxRate) ?? 0) + line.taxTotal);
    }
    return [...byRate.entries()].sort((a, b) => b[0] - a[0]).map(([rate, total]) => ({ rate, total }));
}

/** A VAT rate, e.g. `formatRate(20)` → "20 %" (French spacing), `formatRate(5.5, 'en')` → "5.5%". */
export function formatRate(rate: number, lang: Lang): string {
    const n = new Intl.NumberFormat(intlLocale(lang), { maximumFractionDigits: 2 }).format(rate);
    return lang === 'fr' ? `${n}\u00a0%` : `${n}%`;
}

/** The fields of a postal address the storefront prints (Shop API `OrderAddress`). */
export interface PrintableAddress {
    fullName?: string | null;
    company?: string | null;
    streetLine1?: string | null;
    streetLine2?: string | null;
    postalCode?: string | null;
    city?: string | null;
    province?: string | null;
    country?: string | null;
    countryCode?: string | null;
    phoneNumber?: string | null;
}

/** Countries that do not write "postcode city" (the server's emails and invoices use the same table, plugins/shared/postal-address.ts). */
const TOWN_FIRST: Readonly<Record<string, 'own-line' | 'same-line'>> = {
    GB: 'own-line',
    IE: 'own-line',
    US: 'same-line',
    CA: 'same-line',
    AU: 'same-line',
};

/**
 * The lines of a postal address as its country writes them: "75001 Paris" in France and by
 * default; town then postcode on its own line in the UK and Ireland; "Springfield, IL 62704" in
 * the US, Canada and Australia. Empty fields are left out.
 */
export function addressLines(a: PrintableAddress): string[] {
    const town = TOWN_FIRST[(a.countryCode ?? '').toUpperCase()];
    const words = (...parts: Array<string | null | undefined>) => parts.filter(p => p?.trim()).join(' ');
    const locality =
        town === 'own-line'
            ? [a.city, a.province, a.postalCode]
            : town === 'same-line'
              ? [[a.city, words(a.province, a.postalCode)].filter(p => p?.trim()).join(', ')]
              : [words(a.postalCode, a.city), a.province];
    return [a.fullName, a.company, a.streetLine1, a.streetLine2, ...locality, a.country, a.phoneNumber]
        .map(l => l?.trim() ?? '')
        .filter(Boolean);
}
