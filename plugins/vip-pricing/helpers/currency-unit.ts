/**
 * Whole-unit rounding of amounts in Vendure's minor units, per currency: the one place where the
 * plugin (VIP prices and the percentage promotions it wraps) rounds money.
 *
 * Vendure stores every currency ×100, including currencies without a subunit (78 500 XOF is
 * `7850000`), and its `MoneyStrategy.round(value, quantity)` receives no currency. A currency's
 * smallest payable unit is therefore `10^(2 - fraction digits)` minor units: 1 for EUR (2 digits),
 * 100 for XOF and JPY (0 digits, ISO 4217). CinetPay refuses fractions of a franc
 * (docs/gateways/cinetpay.md).
 */

const unitCache = new Map<string, number>();

/**
 * The smallest payable amount of `currencyCode`, in Vendure minor units (EUR 1, XOF 100).
 * Currencies with 3 fraction digits (Vendure still stores ×100) give 1.
 *
 * @param currencyCode ISO 4217 code; an unknown code is treated as 2 fraction digits
 */
export function currencyUnit(currencyCode: string): number {
    let unit = unitCache.get(currencyCode);
    if (unit === undefined) {
        let digits: number;
        try {
            digits =
                new Intl.NumberFormat('en', { style: 'currency', currency: currencyCode }).resolvedOptions()
                    .maximumFractionDigits ?? 2;
        } catch {
            digits = 2;
        }
        unit = 10 ** Math.max(0, 2 - digits);
        unitCache.set(currencyCode, unit);
    }
    return unit;
}

/**
 * The rounding unit of `currencyCode` in minor units: `overrides[currencyCode]` when given (e.g.
 * `{ XOF: 500 }`, 5 francs, the smallest amount step CinetPay accepts), else {@link currencyUnit}.
 */
export function roundingUnit(currencyCode: string, overrides: Readonly<Record<string, number>> = {}): number {
    return overrides[currencyCode] ?? currencyUnit(currencyCode);
}

/**
 * Rounds `amount` (minor units) to the nearest multiple of `unit`, halves away from zero
 * (unit 100: `7065050` → `7065100`, `-1246770` → `-1246800`; unit 1: `1234.5` → `1235`).
 */
export function roundToUnit(amount: number, unit: number): number {
    const units = Math.abs(amount) / unit;
    // The epsilon absorbs binary noise such as 0.1 * 3 so that an exact half rounds away from zero.
    return Math.sign(amount) * Math.round(units + 1e-9) * unit || 0;
}

/** Rounds `amount` (minor units) to the nearest whole unit of `currencyCode` ({@link currencyUnit}). */
export function roundToCurrencyUnit(amount: number, currencyCode: string): number {
    return roundToUnit(amount, currencyUnit(currencyCode));
}

/** Whether `amount` (minor units) is a whole multiple of `unit`. */
export function isMultipleOf(amount: number, unit: number): boolean {
    return Number.isInteger(amount) && amount % unit === 0;
}

/** Whether `amount` (minor units) is a whole number of `currencyCode`'s smallest unit. */
export function isWholeCurrencyUnit(amount: number, currencyCode: string): boolean {
    return isMultipleOf(amount, currencyUnit(currencyCode));
}
