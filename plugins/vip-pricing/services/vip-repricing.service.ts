import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import {
    ChannelService,
    Customer,
    CustomerGroupChangeEvent,
    EventBus,
    Logger,
    LoginEvent,
    OrderService,
    RequestContext,
    RequestContextService,
    TransactionalConnection,
    User,
} from '@vendure/core';
import { ID } from '@vendure/common/lib/shared-types';
import { channelAdminContext } from '../../shared/channel-context';
import { loggerCtx } from '../constants';
import { VipTier } from '../entities/vip-tier.entity';
import { VipPriceCalculatorService } from './vip-price-calculator.service';
import { VipTierCacheService } from './vip-tier-cache.service';

/**
 * Keeps carts priced for their customer: reprices the active order when a shopper logs in with
 * items in the cart (Vendure does not; a blocking LoginEvent handler, so the login response already
 * sees VIP prices), and when a customer's tier membership changes (CustomerGroupChangeEvent, after
 * commit: cached tiers dropped, then the customer's active order on the tier's channel repriced).
 */
@Injectable()
export class VipRepricingService implements OnApplicationBootstrap {
    constructor(
        private eventBus: EventBus,
        private orderService: OrderService,
        private connection: TransactionalConnection,
        private channelService: ChannelService,
        private requestContextService: RequestContextService,
        private calculator: VipPriceCalculatorService,
        private tierCache: VipTierCacheService,
    ) {}

    /** Registers the event handlers. */
    onApplicationBootstrap(): void {
        this.eventBus.registerBlockingEventHandler({
            event: LoginEvent,
            id: 'vip-pricing-reprice-on-login',
            handler: event => this.repriceAfterLogin(event.ctx, event.user),
        });
        this.eventBus.ofType(CustomerGroupChangeEvent).subscribe(event => {
            this.onGroupChange(event).catch((err: unknown) =>
                Logger.error(`Repricing after a group change failed: ${String(err)}`, loggerCtx),
            );
        });
    }

    /** Reprices `user`'s active order on the request's channel, if it has lines. */
    async repriceAfterLogin(ctx: RequestContext, user: User): Promise<void> {
        if (ctx.apiType !== 'shop') return;
        const order = await this.orderService.getActiveOrderForUser(ctx, user.id);
        if (!order?.lines.length) return;
        // Every line: Vendure recomputes the unit price of the lines it is given only.
        await this.orderService.applyPriceAdjustments(
            this.calculator.customerContext(ctx),
            order,
            order.lines,
        );
    }

    private async onGroupChange(event: CustomerGroupChangeEvent): Promise<void> {
        const customerIds = event.customers.map(c => c.id);
        await this.tierCache.invalidateCustomers(customerIds);
        const tier = await this.connection.rawConnection
            .getRepository(VipTier)
            .findOne({ where: { customerGroupId: event.customGroup.id } });
        if (!tier) return;
        const ctx = await channelAdminContext(
            this.connection,
            this.channelService,
            this.requestContextService,
            tier.channelId,
        );
        await this.repriceActiveOrders(ctx, customerIds);
    }

    /** Reprices the active orders (with lines) of these customers on the context's channel. */
    async repriceActiveOrders(ctx: RequestContext, customerIds: ID[]): Promise<void> {
        if (!customerIds.length) return;
        const users = await this.connection
            .getRepository(ctx, User)
            .createQueryBuilder('user')
            .innerJoin(Customer, 'customer', 'customer.userId = user.id')
            .where('customer.id IN (:...customerIds)', { customerIds })
            .getMany();
        for (const user of users) {
            const order = await this.orderService.getActiveOrderForUser(ctx, user.id);
            if (order?.lines.length) await this.orderService.applyPriceAdjustments(ctx, order, order.lines);
        }
    }
}
