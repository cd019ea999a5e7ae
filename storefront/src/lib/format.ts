/** Display helpers (French UI). */

const moneyFormats = new Map<string, Intl.NumberFormat>();

/**
 * Formats Vendure money (integer minor units; XOF is also stored × 100) in French,
 * e.g. `formatMoney(7200, 'EUR')` → "72,00 €", `formatMoney(7850000, 'XOF')` → "78 500 F CFA".
 */
export function formatMoney(minor: number, currencyCode: string): string {
    let format = moneyFormats.get(currencyCode);
    if (!format) {
        format = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: currencyCode });
        moneyFormats.set(currencyCode, format);
    }
    return format.format(minor / 100);
}

export type PriceLike = { min: number; max: number } | { value: number } | null | undefined;

/** "72,00 €" or "À partir de 58,00 €" for a search result's price. */
export function formatPriceRange(price: PriceLike, currencyCode: string): string {
    if (!price) return '';
    if ('value' in price) return formatMoney(price.value, currencyCode);
    if (price.min === price.max) return formatMoney(price.min, currencyCode);
    return `À partir de ${formatMoney(price.min, currencyCode)}`;
}

export type StockLevel = 'IN_STOCK' | 'OUT_OF_STOCK' | 'LOW_STOCK' | string;

export function stockLabel(level: StockLevel): string {
    switch (level) {
        case 'IN_STOCK':
            return 'En stock';
        case 'LOW_STOCK':
            return 'Dernières pièces';
        case 'OUT_OF_STOCK':
            return 'Épuisé';
        default:
            return level;
    }
}

/**
 * An asset URL resized by Vendure's asset server (`?w=&h=&mode=crop` or `?preset=`).
 * Returns undefined when there is no asset.
 */
export function assetUrl(
    preview: string | null | undefined,
    size: { w: number; h: number; mode?: 'crop' | 'resize' } | { preset: 'tiny' | 'thumb' | 'small' | 'medium' | 'large' },
): string | undefined {
    if (!preview) return undefined;
    const params = new URLSearchParams();
    if ('preset' in size) {
        params.set('preset', size.preset);
    } else {
        params.set('w', String(size.w));
        params.set('h', String(size.h));
        params.set('mode', size.mode ?? 'crop');
    }
    return `${preview}${preview.includes('?') ? '&' : '?'}${params.toString()}`;
}

/** `srcset` with the same crop at several widths (aspect kept). */
export function assetSrcSet(preview: string | null | undefined, widths: number[], aspect: number): string | undefined {
    if (!preview) return undefined;
    return widths.map(w => `${assetUrl(preview, { w, h: Math.round(w * aspect) })} ${w}w`).join(', ');
}

export function formatDate(iso: string | null | undefined): string {
    if (!iso) return '';
    return new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Paris' }).format(new Date(iso));
}

/** Vendure's tax summary (goods and shipping separately) as one "including VAT" line per rate. */
export function vatByRate(summary: { taxRate: number; taxTotal: number }[]): { rate: number; total: number }[] {
    const byRate = new Map<number, number>();
    for (const line of summary) {
        if (line.taxTotal === 0) continue;
        byRate.set(line.taxRate, (byRate.get(line.taxRate) ?? 0) + line.taxTotal);
    }
    return [...byRate.entries()].sort((a, b) => b[0] - a[0]).map(([rate, total]) => ({ rate, total }));
}

export function formatRate(rate: number): string {
    return `${new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 }).format(rate)}\u00a0%`;
}
