/**
 * The Shop API side of Stripe: the PaymentIntent of the active order (created, then kept at the order's
 * total), the channel's Stripe methods with their publishable keys, and the payment state the return page
 * polls while it waits for the webhook.
 *
 * Stripe references: https://docs.stripe.com/payments/payment-intents, …/api/idempotent_requests
 * (summarised in docs/gateways/stripe.md).
 */
import { Injectable } from '@nestjs/common';
import {
    ActiveOrderService,
    ConfigService,
    ForbiddenError,
    idsAreEqual,
    Logger,
    Order,
    OrderService,
    PaymentMethod,
    PaymentMethodService,
    RequestContext,
    TransactionalConnection,
    UserInputError,
} from '@vendure/core';
import Stripe from 'stripe';
import { findEligibleMethod } from '../../shared/eligible-method';
import { KeyedMutex } from '../../shared/keyed-mutex';
import { loggerCtx, STRIPE_HANDLER_CODE } from '../constants';
import { StripePaymentIntent } from '../entities/stripe-payment-intent.entity';
import { toStripeAmount } from '../helpers/amount';
import { credentialsOf } from '../helpers/credentials';
import { createIntentKey, updateIntentKey } from '../helpers/idempotency';
import { StripePaymentConfiguration, StripePaymentStatus } from '../types';
import { StripeClientService } from './stripe-client.service';

/** Order states in which the shopper may (re)start paying. */
const PAYABLE_STATES = ['AddingItems', 'ArrangingPayment'];
/** PaymentIntent statuses in which amount and metadata can still be changed. */
const UPDATABLE_STATUSES = ['requires_payment_method', 'requires_confirmation', 'requires_action'];

/** Thrown (as a GraphQL error) when Stripe refuses or cannot be reached while creating an intent. */
export class StripeGatewayError extends UserInputError {
    /** @param message Stripe's message (never contains secrets) */
    constructor(message: string) {
        super(`Stripe: ${message}`);
    }
}

/** See the module documentation. Every method takes the request's RequestContext first. */
@Injectable()
export class StripePaymentIntentService {
    private readonly mutex = new KeyedMutex();

    constructor(
        private readonly connection: TransactionalConnection,
        private readonly activeOrderService: ActiveOrderService,
        private readonly orderService: OrderService,
        private readonly paymentMethodService: PaymentMethodService,
        private readonly configService: ConfigService,
        private readonly clients: StripeClientService,
    ) {}

    /**
     * `createStripePaymentIntent`: the client secret of a PaymentIntent for the active order's current
     * `totalWithTax`. The first call creates the intent; later calls reuse it and, when the total changed
     * (shipping chosen, coupon, login with other prices), update its amount first. A canceled intent is
     * replaced. Calls for one order are serialised in this process.
     *
     * @throws ForbiddenError without a session; UserInputError when there is no active order, it is
     *   empty or not payable, no Stripe method is eligible, or the amount cannot be charged;
     *   StripeGatewayError when Stripe refuses (message from Stripe) or the intent is already being paid
     */
    async createPaymentIntent(ctx: RequestContext): Promise<string> {
        if (!ctx.session) throw new ForbiddenError();
        const active = await this.activeOrderService.getActiveOrder(ctx, undefined);
        if (!active) throw new UserInputError('No active order');
        const order = await this.orderService.findOne(ctx, active.id);
        if (!order || !order.lines.length) throw new UserInputError('The order is empty');
        if (!PAYABLE_STATES.includes(order.state))
            throw new UserInputError(`The order cannot be paid in state ${order.state}`);
        const method = await this.findEligibleMethod(ctx, order);
        if (!method) throw new UserInputError('No Stripe payment method is eligible for this order');
        const converted = toStripeAmount(order.totalWithTax, order.currencyCode);
        if (!converted.ok) throw new UserInputError(converted.message);
        const credentials = credentialsOf(method);
        const stripe = this.clients.client(credentials.apiKey);
        const metadata = {
            channelToken: ctx.channel.token,
            orderId: String(order.id),
            orderCode: order.code,
            languageCode: ctx.languageCode,
        };
        return this.mutex.run(`order:${order.id}`, async () => {
            const repo = this.connection.getRepository(ctx, StripePaymentIntent);
            const existing = await repo.findOne({
                where: {
                    orderId: order.id,
                    channelId: ctx.channelId,
                    paymentMethodId: method.id,
                    currencyCode: order.currencyCode,
                },
                order: { id: 'DESC' },
            });
            try {
                // An intent refunded for a stale amount is over: the shopper pays with a new one.
                if (existing && existing.status !== 'canceled' && !existing.mismatchRefundId) {
                    let intent = await stripe.paymentIntents.retrieve(existing.paymentIntentId);
                    if (
                        intent.status === 'succeeded' ||
                        intent.status === 'processing' ||
                        existing.paymentId
                    ) {
                        throw new StripeGatewayError(
                            `the payment of order ${order.code} is already ${intent.status}`,
                        );
                    }
                    if (UPDATABLE_STATUSES.includes(intent.status)) {
                        if (intent.amount !== converted.amount || !sameMetadata(intent.metadata, metadata)) {
                            const params = { amount: converted.amount, metadata };
                            const revision = existing.revision + 1;
                            intent = await stripe.paymentIntents.update(existing.paymentIntentId, params, {
                                idempotencyKey: updateIntentKey(existing.paymentIntentId, revision, params),
                            });
                            await repo.update(existing.id, {
                                revision,
                                amount: order.totalWithTax,
                                gatewayAmount: converted.amount,
                                status: intent.status,
                                lastError: null,
                            });
                            Logger.info(
                                `Order ${order.code}: PaymentIntent ${intent.id} updated to ${converted.amount} ${intent.currency} (revision ${revision})`,
                                loggerCtx,
                            );
                        } else if (intent.status !== existing.status || existing.lastError) {
                            // A new attempt starts: the previous failure no longer describes it.
                            await repo.update(existing.id, { status: intent.status, lastError: null });
                        }
                        return intent.client_secret!;
                    }
                    await repo.update(existing.id, { status: intent.status });
                }
                const attempt = (await repo.count({ where: { orderId: order.id } })) + 1;
                const params: Stripe.PaymentIntentCreateParams = {
                    amount: converted.amount,
                    currency: order.currencyCode.toLowerCase(),
                    automatic_payment_methods: { enabled: true },
                    description: `Order ${order.code}`,
                    metadata,
                };
                const intent = await stripe.paymentIntents.create(params, {
                    idempotencyKey: createIntentKey(ctx.channel.token, order.code, attempt, params),
                });
                const known = await repo.findOne({ where: { paymentIntentId: intent.id } });
                if (!known) {
                    await repo.save(
                        new StripePaymentIntent({
                            paymentIntentId: intent.id,
                            channelId: ctx.channelId,
                            orderId: order.id,
                            orderCode: order.code,
                            paymentMethodId: method.id,
                            amount: order.totalWithTax,
                            gatewayAmount: converted.amount,
                            currencyCode: order.currencyCode,
                            status: intent.status,
                            revision: 0,
                            settlementNonce: null,
                            paymentId: null,
                            mismatchRefundId: null,
                            lastError: null,
                        }),
                    );
                }
                Logger.info(
                    `Order ${order.code}: PaymentIntent ${intent.id} created (${converted.amount} ${intent.currency})`,
                    loggerCtx,
                );
                return intent.client_secret!;
            } catch (err) {
                if (err instanceof StripeGatewayError) throw err;
                if (err instanceof Stripe.errors.StripeError) {
                    Logger.warn(
                        `Order ${order.code}: Stripe refused the PaymentIntent (${err.type}${err.code ? ` ${err.code}` : ''}): ${err.message}`,
                        loggerCtx,
                    );
                    throw new StripeGatewayError(err.message);
                }
                throw err;
            }
        });
    }

    /**
     * `stripePaymentConfigurations`: the channel's enabled Stripe methods with their publishable keys (never
     * the secrets); with an active order, only those eligible for it (the default channel also holds the
     * other channels' methods, told apart by their currency checker).
     */
    async paymentConfigurations(ctx: RequestContext): Promise<StripePaymentConfiguration[]> {
        const { items } = await this.paymentMethodService.findAll(ctx, { take: 100 });
        const active = ctx.session ? await this.activeOrderService.getActiveOrder(ctx, undefined) : undefined;
        const quotes = active
            ? await this.paymentMethodService.getEligiblePaymentMethods(ctx, active)
            : undefined;
        return items
            .filter(m => m.enabled && m.handler.code === STRIPE_HANDLER_CODE)
            .filter(m => !quotes || quotes.some(q => q.code === m.code && q.isEligible))
            .map(m => ({ paymentMethodCode: m.code, publishableKey: credentialsOf(m).publishableKey }))
            .filter(c => c.publishableKey.startsWith('pk_'));
    }

    /**
     * `stripePaymentStatus(orderCode)`: the Stripe payment state of an order of `ctx`'s channel (`paid`
     * once a Stripe payment was added and the order is placed), for the
     * session whose active order it is or for whoever Vendure's OrderByCodeAccessStrategy lets read it
     * (owner; a guest shortly after placing it). Undefined otherwise or when the order is unknown.
     */
    async paymentStatus(ctx: RequestContext, orderCode: string): Promise<StripePaymentStatus | undefined> {
        if (!/^[A-Za-z0-9-]{1,64}$/.test(orderCode)) return undefined;
        const order = await this.orderService.findOneByCode(ctx, orderCode, ['customer', 'customer.user']);
        if (!order) return undefined;
        const isActive =
            ctx.session?.activeOrderId != null && idsAreEqual(ctx.session.activeOrderId, order.id);
        if (
            !isActive &&
            !(await this.configService.orderOptions.orderByCodeAccessStrategy.canAccessOrder(ctx, order))
        )
            return undefined;
        const record = await this.connection
            .getRepository(ctx, StripePaymentIntent)
            .findOne({ where: { orderId: order.id, channelId: ctx.channelId }, order: { id: 'DESC' } });
        const paid = await this.connection
            .getRepository(ctx, StripePaymentIntent)
            .createQueryBuilder('pi')
            .where('pi.orderId = :orderId', { orderId: order.id })
            .andWhere('pi.paymentId IS NOT NULL')
            .getCount();
        return {
            orderCode: order.code,
            orderState: order.state,
            // A payment that did not place the order (e.g. a partial one) is not "paid" for the shopper.
            paid: paid > 0 && order.orderPlacedAt != null,
            amountMismatchRefunded: record?.mismatchRefundId != null,
            paymentIntentStatus: record?.status ?? null,
            lastPaymentError: record?.lastError ?? null,
        };
    }

    private findEligibleMethod(ctx: RequestContext, order: Order): Promise<PaymentMethod | undefined> {
        return findEligibleMethod(this.paymentMethodService, ctx, order, STRIPE_HANDLER_CODE);
    }
}

/** True when every wanted metadata key already has the wanted value on the intent. */
function sameMetadata(
    current: Record<string, string> | null | undefined,
    wanted: Record<string, string>,
): boolean {
    return Object.entries(wanted).every(([k, v]) => current?.[k] === v);
}
