/**
 * CinetPay payment attempts ({@link CinetPayTransaction}) as others read them: the shopper's return page,
 * the Admin API's attempt and notification logs, the return URL, whether a payment method is CinetPay's;
 * and the {@link CinetPayTransactionEvent} announcing each change of an attempt.
 */
import { Inject, Injectable } from '@nestjs/common';
import { DEFAULT_CHANNEL_CODE } from '@vendure/common/lib/shared-constants';
import {
    ConfigService,
    EventBus,
    ID,
    idsAreEqual,
    Logger,
    OrderService,
    PaymentMethod,
    RequestContext,
    TransactionalConnection,
} from '@vendure/core';
import { GatewaySettlementService } from '../../shared/settlement';
import { CINETPAY_HANDLER_CODE, CINETPAY_PLUGIN_OPTIONS, loggerCtx } from '../constants';
import { CinetPayNotification } from '../entities/cinetpay-notification.entity';
import { CinetPayTransaction } from '../entities/cinetpay-transaction.entity';
import { CinetPayTransactionEvent, CinetPayTransactionEventType } from '../events/cinetpay-transaction-event';
import { CinetPayPluginOptions } from '../types';

/** See the module documentation. */
@Injectable()
export class CinetPayTransactionService {
    constructor(
        private readonly connection: TransactionalConnection,
        private readonly orderService: OrderService,
        private readonly configService: ConfigService,
        private readonly eventBus: EventBus,
        private readonly settlement: GatewaySettlementService,
        @Inject(CINETPAY_PLUGIN_OPTIONS) private readonly options: CinetPayPluginOptions,
    ) {}

    /**
     * An attempt of `ctx`'s channel, if the client may read its order: the session's active order, or an
     * order the configured OrderByCodeAccessStrategy grants (owner; guest shortly after placing it).
     */
    async findAttemptForShop(
        ctx: RequestContext,
        transactionId: string,
    ): Promise<CinetPayTransaction | undefined> {
        if (!/^[A-Za-z0-9]{1,30}$/.test(transactionId)) return undefined;
        const tx = await this.connection
            .getRepository(ctx, CinetPayTransaction)
            .findOne({ where: { transactionId, channelId: ctx.channelId } });
        if (!tx) return undefined;
        if (ctx.session?.activeOrderId && idsAreEqual(ctx.session.activeOrderId, tx.orderId)) return tx;
        const order = await this.orderService.findOne(ctx, tx.orderId, ['customer', 'customer.user']);
        if (!order) return undefined;
        const allowed = await this.configService.orderOptions.orderByCodeAccessStrategy.canAccessOrder(
            ctx,
            order,
        );
        return allowed ? tx : undefined;
    }

    /** Admin: the attempts of an order, newest first; scoped to ctx's channel unless it is the default channel. */
    async findAttemptsOfOrder(ctx: RequestContext, orderId: ID): Promise<CinetPayTransaction[]> {
        const isDefault = ctx.channel.code === DEFAULT_CHANNEL_CODE;
        return this.connection.getRepository(ctx, CinetPayTransaction).find({
            where: isDefault ? { orderId } : { orderId, channelId: ctx.channelId },
            order: { createdAt: 'DESC', id: 'DESC' },
        });
    }

    /** Admin: the raw notifications received for a transaction_id, oldest first. */
    async findNotifications(ctx: RequestContext, transactionId: string): Promise<CinetPayNotification[]> {
        return this.connection
            .getRepository(ctx, CinetPayNotification)
            .find({ where: { transactionId }, order: { createdAt: 'ASC', id: 'ASC' } });
    }

    /**
     * The storefront page the return URL redirects to, in the shopper's language (`/en/…` for an attempt
     * made in English), or undefined for an unknown transaction. Display only.
     */
    async returnUrlFor(transactionId: string): Promise<string | undefined> {
        if (!/^[A-Za-z0-9]{1,30}$/.test(transactionId)) return undefined;
        const tx = await this.connection.rawConnection
            .getRepository(CinetPayTransaction)
            .findOne({ where: { transactionId } });
        if (!tx) return undefined;
        const defaultLanguage = this.options.storefrontDefaultLanguage ?? 'fr';
        const prefix =
            tx.languageCode && tx.languageCode !== defaultLanguage
                ? `/${encodeURIComponent(tx.languageCode)}`
                : '';
        return `${this.options.storefrontUrl}${prefix}/checkout/cinetpay/${encodeURIComponent(tx.orderCode)}?transaction_id=${encodeURIComponent(tx.transactionId)}`;
    }

    /**
     * `PaymentMethodQuote.isCinetPay`: true when the quoted PaymentMethod `id` has the `cinetpay`
     * handler (only its id and handler code are read, never its secret arguments).
     */
    async isCinetPayMethod(ctx: RequestContext, id: ID): Promise<boolean> {
        const method = await this.connection
            .getRepository(ctx, PaymentMethod)
            .findOne({ where: { id }, select: { id: true, handler: true } });
        return method?.handler.code === CINETPAY_HANDLER_CODE;
    }

    /**
     * Publishes a {@link CinetPayTransactionEvent} of `type` with the attempt as stored now, in `ctx` or
     * (from a webhook or the scheduled check) an admin context of the attempt's channel. Never throws:
     * a failure is logged.
     */
    async publish(
        ctx: RequestContext | undefined,
        txOrId: CinetPayTransaction | ID,
        type: CinetPayTransactionEventType,
    ): Promise<void> {
        try {
            const id = txOrId instanceof CinetPayTransaction ? txOrId.id : txOrId;
            const fresh = await this.connection.rawConnection
                .getRepository(CinetPayTransaction)
                .findOneOrFail({ where: { id } });
            const eventCtx = ctx ?? (await this.settlement.channelContext(fresh.channelId));
            await this.eventBus.publish(new CinetPayTransactionEvent(eventCtx, fresh, type));
        } catch (err) {
            Logger.error(`Could not publish a CinetPay event: ${(err as Error).message}`, loggerCtx);
        }
    }
}
