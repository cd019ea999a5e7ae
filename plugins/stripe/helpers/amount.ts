/**
 * Converts between Vendure amounts (integer minor units; Vendure stores every currency ×100, XOF too)
 * and Stripe amounts (the currency's smallest unit; for zero-decimal currencies such as XOF or JPY the
 * unit itself). Source: https://docs.stripe.com/currencies#zero-decimal
 */

/** Stripe's zero-decimal currencies (upper case ISO 4217). */
export const ZERO_DECIMAL_CURRENCIES = new Set([
    'BIF',
    'CLP',
    'DJF',
    'GNF',
    'JPY',
    'KMF',
    'KRW',
    'MGA',
    'PYG',
    'RWF',
    'UGX',
    'VND',
    'VUV',
    'XAF',
    'XOF',
    'XPF',
]);

/**
 * Vendure minor units → Stripe amount.
 *
 * @returns the Stripe amount, or an error when the amount is not a positive integer or, for a
 *   zero-decimal currency, not a whole number of units (e.g. 150 050 XOF×100 = 1 500.50 XOF)
 */
export function toStripeAmount(
    amount: number,
    currencyCode: string,
): { ok: true; amount: number } | { ok: false; message: string } {
    if (!Number.isInteger(amount) || amount <= 0)
        return { ok: false, message: `The amount must be a positive integer (got ${amount})` };
    if (!ZERO_DECIMAL_CURRENCIES.has(currencyCode.toUpperCase())) return { ok: true, amount };
    if (amount % 100 !== 0)
        return {
            ok: false,
            message: `${currencyCode} has no decimals at Stripe: ${amount / 100} cannot be charged`,
        };
    return { ok: true, amount: amount / 100 };
}

/** Stripe amount → Vendure minor units (×100 for zero-decimal currencies). */
export function fromStripeAmount(amount: number, currencyCode: string): number {
    return ZERO_DECIMAL_CURRENCIES.has(currencyCode.toUpperCase()) ? amount * 100 : amount;
}
