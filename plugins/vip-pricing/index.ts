export { VipPricingPlugin, VIP_PRICING_DEFAULTS } from './vip-pricing.plugin';
export { VipTier } from './entities/vip-tier.entity';
export { VipPrice } from './entities/vip-price.entity';
export { VipCustomerStatus } from './entities/vip-customer-status.entity';
export { VipTierService } from './services/vip-tier.service';
export type { CreateVipTierInput, UpdateVipTierInput } from './services/vip-tier.service';
export { VipPriceService } from './services/vip-price.service';
export type { SaveVipPriceInput } from './services/vip-price.service';
export { VipMembershipService } from './services/vip-membership.service';
export type { VipStanding } from './services/vip-membership.service';
export { VipPriceCalculatorService } from './services/vip-price-calculator.service';
export { VipEvaluationService } from './services/vip-evaluation.service';
export { VipTierChangeEvent } from './events/vip-tier-change-event';
export type { VipTierChangeReason } from './events/vip-tier-change-event';
export { vipTierJoinedEmailHandler } from './config/vip-tier-email-handler';
export { wholeUnitPromotionActions } from './config/whole-unit-promotions';
export {
    VipOrderItemPriceCalculationStrategy,
    VipProductVariantPriceCalculationStrategy,
} from './config/vip-price-strategies';
export { vipPricingPermission, EVALUATE_QUEUE } from './constants';
export { vipPrice } from './helpers/vip-price';
export type { AbsoluteVipPrice, HeldTier, VipPriceResult } from './helpers/vip-price';
export { currencyUnit, roundToCurrencyUnit, isWholeCurrencyUnit } from './helpers/currency-unit';
export type * from './helpers/errors';
export type { VipPricingPluginOptions, ResolvedVipPricingPluginOptions } from './types';
export { ensureVipDemo, DEMO_VIP_CUSTOMER } from './seed/demo-vip';
