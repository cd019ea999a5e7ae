import { PluginCommonModule, Type, VendurePlugin } from '@vendure/core';
import { adminApiExtensions, shopApiExtensions } from './api/api-extensions';
import {
    AdminVipPricingResolver,
    VipPriceImportResultResolver,
    VipPriceResultResolver,
    VipStatusResultResolver,
    VipTierResultResolver,
} from './api/vip-admin.resolver';
import {
    AdminCustomerVipResolver,
    ShopCustomerVipResolver,
    VipProductVariantResolver,
    VipTierEntityResolver,
} from './api/vip-entity.resolver';
import { ShopSearchVipResolver, ShopVipTiersResolver } from './api/vip-shop.resolver';
import { vipEvaluationTask } from './config/evaluate-task';
import {
    VipOrderItemPriceCalculationStrategy,
    VipProductVariantPriceCalculationStrategy,
} from './config/vip-price-strategies';
import { wholeUnitPromotionActions } from './config/whole-unit-promotions';
import { VIP_PRICING_PLUGIN_OPTIONS, vipPricingPermission } from './constants';
import { VipCustomerStatus } from './entities/vip-customer-status.entity';
import { VipPrice } from './entities/vip-price.entity';
import { VipTier } from './entities/vip-tier.entity';
import { VipEvaluationService } from './services/vip-evaluation.service';
import { VipMembershipService } from './services/vip-membership.service';
import { VipPriceCalculatorService } from './services/vip-price-calculator.service';
import { VipPriceCsvService } from './services/vip-price-csv.service';
import { VipPriceService } from './services/vip-price.service';
import { VipRepricingService } from './services/vip-repricing.service';
import { VipTierCacheService } from './services/vip-tier-cache.service';
import { VipTierService } from './services/vip-tier.service';
import type { ResolvedVipPricingPluginOptions, VipPricingPluginOptions } from './types';

/** The defaults of {@link VipPricingPluginOptions}. */
export const VIP_PRICING_DEFAULTS: ResolvedVipPricingPluginOptions = {
    cacheTtlSeconds: 60,
    spendWindowDays: 365,
    evaluationSchedule: '30 3 * * *',
    wholeUnitPromotions: true,
    roundingUnits: {},
};

/**
 * Loyalty tiers with VIP prices: tiers are customer groups with a rank, a default percentage and
 * spend thresholds per channel; absolute VIP prices per tier, variant and channel; the same price
 * function in the catalogue, search and order lines; promotion and demotion by rolling spend in the
 * worker. See plugins/vip-pricing/README.md.
 */
@VendurePlugin({
    imports: [PluginCommonModule],
    entities: [VipTier, VipPrice, VipCustomerStatus],
    providers: [
        VipTierCacheService,
        VipPriceCalculatorService,
        VipTierService,
        VipPriceService,
        VipPriceCsvService,
        VipMembershipService,
        VipRepricingService,
        VipEvaluationService,
        { provide: VIP_PRICING_PLUGIN_OPTIONS, useFactory: () => VipPricingPlugin.options },
    ],
    shopApiExtensions: {
        schema: shopApiExtensions,
        resolvers: [
            VipTierEntityResolver,
            VipProductVariantResolver,
            ShopCustomerVipResolver,
            ShopSearchVipResolver,
            ShopVipTiersResolver,
        ],
    },
    adminApiExtensions: {
        schema: adminApiExtensions,
        resolvers: [
            VipTierEntityResolver,
            VipProductVariantResolver,
            AdminCustomerVipResolver,
            AdminVipPricingResolver,
            VipTierResultResolver,
            VipPriceResultResolver,
            VipStatusResultResolver,
            VipPriceImportResultResolver,
        ],
    },
    configuration: config => {
        config.authOptions.customPermissions = [
            ...config.authOptions.customPermissions.filter(p => p !== vipPricingPermission),
            vipPricingPermission,
        ];
        // Idempotent: a process may build its configuration more than once (migrations check).
        const catalog = config.catalogOptions.productVariantPriceCalculationStrategy;
        if (!(catalog instanceof VipProductVariantPriceCalculationStrategy)) {
            const vipCatalog = new VipProductVariantPriceCalculationStrategy(catalog);
            config.catalogOptions.productVariantPriceCalculationStrategy = vipCatalog;
            config.orderOptions.orderItemPriceCalculationStrategy = new VipOrderItemPriceCalculationStrategy(
                vipCatalog.inner,
                config.orderOptions.orderItemPriceCalculationStrategy,
            );
        }
        if (VipPricingPlugin.options.wholeUnitPromotions) {
            config.promotionOptions.promotionActions = wholeUnitPromotionActions(
                config.promotionOptions.promotionActions ?? [],
                VipPricingPlugin.options.roundingUnits,
            );
        }
        config.schedulerOptions.tasks = [
            ...(config.schedulerOptions.tasks ?? []).filter(t => t.id !== 'vip-pricing-evaluate'),
            vipEvaluationTask(VipPricingPlugin.options.evaluationSchedule),
        ];
        return config;
    },
    dashboard: './dashboard/index.tsx',
    compatibility: '^3.0.0',
})
export class VipPricingPlugin {
    /** The options given to {@link VipPricingPlugin.init}, with defaults. */
    static options: ResolvedVipPricingPluginOptions = VIP_PRICING_DEFAULTS;

    /** Configures the plugin; every option has a default (see {@link VipPricingPluginOptions}). */
    static init(options: VipPricingPluginOptions = {}): Type<VipPricingPlugin> {
        this.options = { ...VIP_PRICING_DEFAULTS, ...options };
        return VipPricingPlugin;
    }
}
