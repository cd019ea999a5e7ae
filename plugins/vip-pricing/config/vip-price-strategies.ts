import {
    Injector,
    Order,
    OrderItemPriceCalculationStrategy,
    PriceCalculationResult,
    ProductVariant,
    ProductVariantPriceCalculationArgs,
    ProductVariantPriceCalculationStrategy,
    RequestContext,
} from '@vendure/core';
import { VipPriceCalculatorService } from '../services/vip-price-calculator.service';

/**
 * The catalogue price (ProductVariant `price`/`priceWithTax`, the cart's price before the order-line
 * strategy): the VIP price for the Shop API's signed-in customer, computed by
 * {@link VipPriceCalculatorService.catalogPrice} around the strategy it wraps (the configured one,
 * Vendure's default unless changed).
 */
export class VipProductVariantPriceCalculationStrategy implements ProductVariantPriceCalculationStrategy {
    private calculator: VipPriceCalculatorService;

    /** @param inner the strategy computing the regular price (tax zone conversions etc.) */
    constructor(readonly inner: ProductVariantPriceCalculationStrategy) {}

    /** Vendure calls it once at start. */
    async init(injector: Injector): Promise<void> {
        await this.inner.init?.(injector);
        this.calculator = injector.get(VipPriceCalculatorService);
    }

    /** Vendure calls it on shutdown. */
    async destroy(): Promise<void> {
        await this.inner.destroy?.();
    }

    /** The VIP or regular price of `args.productVariant` (see the class). */
    calculate(args: ProductVariantPriceCalculationArgs): Promise<PriceCalculationResult> {
        return this.calculator.catalogPrice(args, this.inner);
    }
}

/**
 * The unit price of an order line: the same price function as the catalogue, for the order's
 * customer (admin draft orders and order modifications included). Falls back to the wrapped
 * strategy for a variant the catalogue strategy did not price, and passes the VIP price to it as
 * the variant's list price so that a wrapped strategy keeps its own logic.
 */
export class VipOrderItemPriceCalculationStrategy implements OrderItemPriceCalculationStrategy {
    private calculator: VipPriceCalculatorService;

    /**
     * @param catalog the regular catalogue strategy (the price is recomputed with it for the
     *   order's customer); its `init` is called by the catalogue strategy wrapping it
     * @param inner the order-line strategy to hand the price to (Vendure's default returns the
     *   variant's list price)
     */
    constructor(
        private readonly catalog: ProductVariantPriceCalculationStrategy,
        readonly inner: OrderItemPriceCalculationStrategy,
    ) {}

    /** Vendure calls it once at start. */
    async init(injector: Injector): Promise<void> {
        await this.inner.init?.(injector);
        this.calculator = injector.get(VipPriceCalculatorService);
    }

    /** Vendure calls it on shutdown. */
    async destroy(): Promise<void> {
        await this.inner.destroy?.();
    }

    /** The unit price for the order's customer (see the class). */
    async calculateUnitPrice(
        ctx: RequestContext,
        productVariant: ProductVariant,
        orderLineCustomFields: { [key: string]: unknown },
        order: Order,
        quantity: number,
    ): Promise<PriceCalculationResult> {
        const vip = await this.calculator.orderLinePrice(ctx, productVariant, order, this.catalog);
        if (!vip)
            return this.inner.calculateUnitPrice(ctx, productVariant, orderLineCustomFields, order, quantity);
        // A view of the variant with the VIP list price (its getters read the view's own fields).
        const priced = Object.create(productVariant, {
            listPrice: { value: vip.price },
            listPriceIncludesTax: { value: vip.priceIncludesTax },
        }) as ProductVariant;
        return this.inner.calculateUnitPrice(ctx, priced, orderLineCustomFields, order, quantity);
    }
}
