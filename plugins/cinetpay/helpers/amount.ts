/**
 * The one conversion between Vendure amounts (integer minor units) and CinetPay amounts.
 *
 * CinetPay's Checkout API v2 takes `amount` as an integer in the currency's major unit and requires a
 * multiple of 5 (https://docs.cinetpay.com/api/1.0-en/checkout/initialisation). Vendure stores the CFA
 * francs ×100 like every currency (7 850 000 = 78 500 XOF).
 *
 * Rounding policy: none. An amount that is not exactly representable (a fraction of a franc, or not a
 * multiple of 5) is refused with a reason, never rounded: rounding would charge the shopper a different
 * sum from the order total and the verified check would then not match the order.
 */

/** Currencies we accept for CinetPay: zero-decimal francs (Vendure minor units = major × 100). */
export const CINETPAY_CURRENCIES = ['XOF', 'XAF', 'GNF'] as const;

/** Result of {@link toCinetPayAmount}. */
export type CinetPayAmountResult =
    | { ok: true; amount: number }
    | {
          ok: false;
          reason: 'UNSUPPORTED_CURRENCY' | 'NOT_AN_INTEGER' | 'NOT_POSITIVE' | 'NOT_A_MULTIPLE_OF_5';
          message: string;
      };

/**
 * Converts a Vendure amount into CinetPay's `amount`.
 *
 * @param minorUnits Vendure amount (e.g. `order.totalWithTax`), integer minor units (XOF ×100)
 * @param currencyCode ISO 4217 code; only {@link CINETPAY_CURRENCIES} are supported
 * @returns `{ ok: true, amount }` in major units (7 850 000 XOF minor → 78 500), or `{ ok: false, reason, message }`
 * @example toCinetPayAmount(7_850_000, 'XOF') // { ok: true, amount: 78500 }
 */
export function toCinetPayAmount(minorUnits: number, currencyCode: string): CinetPayAmountResult {
    if (!(CINETPAY_CURRENCIES as readonly string[]).includes(currencyCode)) {
        return {
            ok: false,
            reason: 'UNSUPPORTED_CURRENCY',
            message: `CinetPay payments are supported in ${CINETPAY_CURRENCIES.join(', ')}, not ${currencyCode}`,
        };
    }
    if (!Number.isSafeInteger(minorUnits) || minorUnits % 100 !== 0) {
        return {
            ok: false,
            reason: 'NOT_AN_INTEGER',
            message: `The amount ${minorUnits / 100} ${currencyCode} has a fraction of a franc`,
        };
    }
    const amount = minorUnits / 100;
    if (amount <= 0) {
        return {
            ok: false,
            reason: 'NOT_POSITIVE',
            message: `The amount must be positive (got ${amount} ${currencyCode})`,
        };
    }
    if (amount % 5 !== 0) {
        return {
            ok: false,
            reason: 'NOT_A_MULTIPLE_OF_5',
            message: `CinetPay requires a multiple of 5 ${currencyCode} (got ${amount})`,
        };
    }
    return { ok: true, amount };
}

/**
 * Parses CinetPay's `data.amount` (a string in major units, e.g. `"78500"`) back into Vendure minor units.
 *
 * @returns minor units (78500 → 7 850 000), or `undefined` when the value is not a non-negative integer
 */
export function fromCinetPayAmount(amount: string | number | undefined | null): number | undefined {
    const text = String(amount ?? '').trim();
    if (!/^\d+$/.test(text)) return undefined;
    return Number(text) * 100;
}
