/** Options of {@link VipPricingPlugin.init}; every option has a default. */
export interface VipPricingPluginOptions {
    /**
     * How long a customer's tiers and a channel's VIP price table stay in Vendure's CacheService,
     * in seconds. Changes made in the same process invalidate them at once; this bounds how long
     * another process (server ↔ worker) may serve the old value when the cache is not shared
     * (Vendure's default in-memory cache). Default 60.
     */
    cacheTtlSeconds?: number;
    /** Length of the rolling spend window, in days. Default 365. */
    spendWindowDays?: number;
    /** Cron schedule of the nightly re-evaluation (spend leaving the window). Default `30 3 * * *`. */
    evaluationSchedule?: string;
    /**
     * Replace Vendure's percentage promotion actions by the same actions rounded to the currency's
     * whole unit (XOF: whole francs). Default true. See README "Whole-unit rounding".
     */
    wholeUnitPromotions?: boolean;
    /**
     * Rounding unit per currency, in Vendure minor units, for VIP prices and the wrapped promotions
     * (e.g. `{ XOF: 500 }`: steps of 5 francs, the smallest step CinetPay accepts). Currencies not
     * listed round to their whole unit (XOF, JPY: 100; EUR: 1). Default `{}`.
     */
    roundingUnits?: Record<string, number>;
}

/** The options with their defaults applied. */
export type ResolvedVipPricingPluginOptions = Required<VipPricingPluginOptions>;
