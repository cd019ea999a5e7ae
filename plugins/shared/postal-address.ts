/**
 * The locality part of a postal address (postcode, city, province) in the order its country writes
 * it: "75001 Paris" in France, not "Paris / 75001". A small table rather than a library: Radiant
 * ships to France, Monaco, Côte d'Ivoire and Senegal, which all write "postcode city", and the few
 * common exceptions are listed here. Conventions from the Universal Postal Union's addressing
 * guides, https://www.upu.int/en/Postal-Solutions/Programmes-Services/Addressing-Solutions.
 */

/** The address fields this module reads; every one may be missing or empty. */
export interface LocalityFields {
    /** ISO 3166-1 alpha-2 code, e.g. `FR`. */
    countryCode?: string | null;
    postalCode?: string | null;
    city?: string | null;
    /** State, province or county. */
    province?: string | null;
}

/**
 * How a country writes its locality:
 * - `postcode-city`: "75001 Paris", the province (if any) on the next line — most of Europe and Africa;
 * - `city-then-postcode`: the town on one line, the postcode alone on the next — United Kingdom, Ireland;
 * - `city-province-postcode`: "Springfield, IL 62704" on one line — United States, Canada, Australia.
 */
type LocalityStyle = 'postcode-city' | 'city-then-postcode' | 'city-province-postcode';

const STYLES: Readonly<Record<string, LocalityStyle>> = {
    GB: 'city-then-postcode',
    IE: 'city-then-postcode',
    US: 'city-province-postcode',
    CA: 'city-province-postcode',
    AU: 'city-province-postcode',
};

const join = (separator: string, ...parts: Array<string | null | undefined>) =>
    parts
        .map(p => p?.trim())
        .filter(Boolean)
        .join(separator);

/**
 * The locality lines of an address, in its country's order (unknown countries: "postcode city"),
 * empty parts left out: `{ countryCode: 'FR', postalCode: '75001', city: 'Paris' }` →
 * `['75001 Paris']`; GB → `['London', 'SW1A 1AA']`; US → `['Springfield, IL 62704']`.
 */
export function localityLines(address: LocalityFields): string[] {
    const style = STYLES[(address.countryCode ?? '').toUpperCase()] ?? 'postcode-city';
    const lines =
        style === 'city-then-postcode'
            ? [address.city, address.province, address.postalCode]
            : style === 'city-province-postcode'
              ? [join(', ', address.city, join(' ', address.province, address.postalCode))]
              : [join(' ', address.postalCode, address.city), address.province];
    return lines.map(l => l?.trim() ?? '').filter(Boolean);
}
