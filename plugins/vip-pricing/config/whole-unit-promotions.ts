import {
    PromotionItemAction,
    PromotionLineAction,
    PromotionOptions,
    PromotionOrderAction,
    PromotionShippingAction,
} from '@vendure/core';
import { roundingUnit, roundToUnit } from '../helpers/currency-unit';

const WRAPPED = Symbol('wholeUnitPromotion');

/** The configured promotion actions (Vendure's `promotionOptions.promotionActions`). */
type ActionList = NonNullable<PromotionOptions['promotionActions']>;
type AnyExecute = (ctx: unknown, target: unknown, ...rest: unknown[]) => number | Promise<number>;
type Options = { execute: AnyExecute } & Record<string, unknown>;

/**
 * Promotion actions whose discount is rounded to the order currency's rounding unit
 * ({@link roundingUnit}: XOF whole francs or the configured step, EUR cents), same codes, arguments and
 * descriptions as the actions they replace.
 *
 * Why here: Vendure's `MoneyStrategy.round(value, quantity)` receives no currency, but a promotion
 * action sees the order (its `currencyCode`) or the order line (its `order`, or the request's
 * channel currency). A 15 % order discount on 83 117 XOF is −12 467.55 XOF in Vendure; rounded here
 * to −12 468 XOF, the total is a whole number of francs that CinetPay accepts.
 *
 * Item and line actions are rounded per unit / per line; order and shipping actions per order.
 *
 * @param actions the configured actions; only `PromotionItemAction`, `PromotionLineAction`,
 *   `PromotionOrderAction` and `PromotionShippingAction` instances are wrapped, others are kept
 * @param overrides rounding units per currency (the plugin option `roundingUnits`)
 */
export function wholeUnitPromotionActions(
    actions: ActionList,
    overrides: Readonly<Record<string, number>> = {},
): ActionList {
    return actions.map(action => {
        if ((action as { [WRAPPED]?: boolean })[WRAPPED]) return action;
        const options = (action as unknown as { options: Options }).options;
        const execute = options.execute;
        const wrap =
            (currencyOf: (ctx: unknown, target: unknown, rest: unknown[]) => string): AnyExecute =>
            async (ctx, target, ...rest) =>
                roundToUnit(
                    await execute(ctx, target, ...rest),
                    roundingUnit(currencyOf(ctx, target, rest), overrides),
                );
        const ctxCurrency = (ctx: unknown) => (ctx as { currencyCode: string }).currencyCode;
        let wrapped: ActionList[number];
        if (action instanceof PromotionOrderAction) {
            wrapped = new PromotionOrderAction({
                ...options,
                execute: wrap(
                    (ctx, order) => (order as { currencyCode?: string }).currencyCode ?? ctxCurrency(ctx),
                ),
            } as never);
        } else if (action instanceof PromotionShippingAction) {
            wrapped = new PromotionShippingAction({
                ...options,
                execute: wrap(
                    (ctx, _line, rest) =>
                        (rest[0] as { currencyCode?: string })?.currencyCode ?? ctxCurrency(ctx),
                ),
            } as never);
        } else if (action instanceof PromotionItemAction || action instanceof PromotionLineAction) {
            const Ctor = action instanceof PromotionItemAction ? PromotionItemAction : PromotionLineAction;
            wrapped = new Ctor({
                ...options,
                execute: wrap(
                    (ctx, line) =>
                        (line as { order?: { currencyCode?: string } }).order?.currencyCode ??
                        ctxCurrency(ctx),
                ),
            } as never);
        } else {
            return action;
        }
        (wrapped as { [WRAPPED]?: boolean })[WRAPPED] = true;
        return wrapped;
    });
}
