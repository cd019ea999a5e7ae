import { CrudPermissionDefinition } from '@vendure/core';

/** Context of every log line of the plugin. */
export const loggerCtx = 'VipPricingPlugin';

/** Injection token of the plugin's resolved options ({@link VipPricingPluginOptions}). */
export const VIP_PRICING_PLUGIN_OPTIONS = Symbol('VIP_PRICING_PLUGIN_OPTIONS');

/** Name of the job queue that re-evaluates a customer's tier (runs in the worker). */
export const EVALUATE_QUEUE = 'vip-pricing-evaluate';

/**
 * Permissions of the Admin API: `CreateVipPricing`, `ReadVipPricing`, `UpdateVipPricing`,
 * `DeleteVipPricing` (tiers, VIP prices, tier pins).
 */
export const vipPricingPermission = new CrudPermissionDefinition(
    'VipPricing',
    operation => `Allows ${operation} of VIP tiers, VIP prices and tier pins`,
);

/** Cache tag of every cached tier list (invalidated when a tier changes). */
export const TIERS_CACHE_TAG = 'vip-pricing:tiers';
/** Cache tag of every cached VIP price table (invalidated when a VIP price changes). */
export const PRICES_CACHE_TAG = 'vip-pricing:prices';
