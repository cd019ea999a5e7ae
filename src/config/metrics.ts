/**
 * Takings never add francs to euros: the Dashboard's and the classic admin's Insights count, in each
 * channel, only the orders in that channel's currency.
 *
 * Vendure's `MetricsService` (in `@vendure/dashboard`'s DashboardPlugin and in `@vendure/admin-ui-plugin`)
 * sums `order.totalWithTax` of every order of the active channel and shows the sum in the channel's
 * currency. A shop channel (`fr`, `ci`) sells in one currency, but Vendure's default channel also holds
 * every other channel's orders, so it showed XOF totals added as euros ("Order Total €325,705" for about
 * €781 of EUR takings). Neither plugin offers a hook for the order query, so this plugin wraps the
 * one method both services share, `loadData(ctx, …)`, whose result is a map of periods to
 * `{ orders, date }`, and keeps the orders whose `currencyCode` is the channel's default currency.
 * The figures of the default channel are therefore its EUR orders (the `fr` shop); the `ci` channel
 * shows the XOF ones. Re-check on each Vendure upgrade (the demo-shop e2e suite fails when the shape
 * changes).
 *
 * Shop-channel figures are unchanged; see docs/architecture.md ("Channels").
 */
import { OnApplicationBootstrap } from '@nestjs/common';
import { DiscoveryService, DiscoveryModule } from '@nestjs/core';
import { Logger, Order, PluginCommonModule, RequestContext, VendurePlugin } from '@vendure/core';

/** One period's orders, as both metrics services' `loadData` returns them. */
interface MetricPeriod {
    orders: Order[];
    date: Date;
}

type LoadData = (ctx: RequestContext, ...rest: unknown[]) => Promise<Map<unknown, MetricPeriod>>;

const loggerCtx = 'CurrencySafeMetrics';
const WRAPPED = Symbol('radiantCurrencySafeMetrics');

/**
 * Keeps, in each period of `data`, only the orders in the currency of `ctx`'s channel.
 *
 * @returns the same map, filtered in place
 */
export function keepChannelCurrency(
    ctx: RequestContext,
    data: Map<unknown, MetricPeriod>,
): Map<unknown, MetricPeriod> {
    const currency = ctx.channel.defaultCurrencyCode;
    for (const period of data.values()) {
        period.orders = period.orders.filter(order => order.currencyCode === currency);
    }
    return data;
}

/**
 * Finds the metrics services of the Dashboard and classic admin plugins (both named `MetricsService`,
 * with a `loadData` method) and makes them count only the channel currency's orders.
 */
class MetricsCurrencyFilter implements OnApplicationBootstrap {
    constructor(private readonly discovery: DiscoveryService) {}

    /** Wraps `loadData` of each metrics service found; logs a warning when none is. */
    onApplicationBootstrap(): void {
        let wrapped = 0;
        for (const wrapper of this.discovery.getProviders()) {
            const instance = wrapper.instance as Record<string | symbol, unknown> | undefined;
            if (!instance || wrapper.metatype?.name !== 'MetricsService') continue;
            const loadData = instance.loadData as LoadData | undefined;
            if (typeof loadData !== 'function' || instance[WRAPPED]) continue;
            instance.loadData = async (ctx: RequestContext, ...rest: unknown[]) =>
                keepChannelCurrency(ctx, await loadData.call(instance, ctx, ...rest));
            instance[WRAPPED] = true;
            wrapped++;
        }
        if (!wrapped) Logger.warn('No metrics service found: Insights may sum several currencies', loggerCtx);
    }
}

/**
 * Registers {@link MetricsCurrencyFilter}. Add it after DashboardPlugin and AdminUiPlugin.
 */
@VendurePlugin({
    imports: [PluginCommonModule, DiscoveryModule],
    providers: [
        {
            provide: MetricsCurrencyFilter,
            useFactory: (discovery: DiscoveryService) => new MetricsCurrencyFilter(discovery),
            inject: [DiscoveryService],
        },
    ],
    compatibility: '^3.0.0',
})
export class CurrencySafeMetricsPlugin {}
