/**
 * Where an intra-EU VAT number applies: addresses in the EU VAT area, i.e. the 27 member states and
 * Monaco (part of the French VAT territory). The checkout only offers the buyer's VAT number field
 * for these countries; the server refuses a number for an order delivered elsewhere and the
 * invoice ignores it (plugins/invoices, `EU_VAT_AREA_COUNTRIES`, the same list).
 * Source: https://taxation-customs.ec.europa.eu/taxation/vat/vat-directive/territorial-status-eu-countries-and-certain-territories_en
 */
export const EU_VAT_COUNTRIES: ReadonlySet<string> = new Set(
    'AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MC MT NL PL PT RO SE SI SK'.split(' '),
);

/** True when an address in `countryCode` (ISO 3166-1 alpha-2) takes an intra-EU VAT number. */
export function takesEuVatNumber(countryCode: string | null | undefined): boolean {
    return !!countryCode && EU_VAT_COUNTRIES.has(countryCode.toUpperCase());
}
