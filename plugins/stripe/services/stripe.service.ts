/**
 * All Stripe business logic: PaymentIntents for the Shop API (created, then kept at the order's total),
 * the webhook (signature → dedupe → settle exactly once / record failures / sync refunds / disputes),
 * refunds from the Dashboard, and the proof checked by the PaymentMethodHandler.
 *
 * Stripe references: https://docs.stripe.com/payments/payment-intents, …/webhooks (signatures, retries,
 * duplicates, ordering), …/api/idempotent_requests, …/api/refunds (summarised in docs/gateways/stripe.md).
 */
import crypto from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import {
    ActiveOrderService,
    ConfigService,
    EventBus,
    ForbiddenError,
    HistoryService,
    ID,
    idsAreEqual,
    Logger,
    Order,
    OrderService,
    Payment,
    PaymentMethod,
    PaymentMethodService,
    Refund,
    RequestContext,
    TransactionalConnection,
    UserInputError,
} from '@vendure/core';
import { HistoryEntryType, RefundOrderInput } from '@vendure/common/lib/generated-types';
import Stripe from 'stripe';
import { findEligibleMethod } from '../../shared/eligible-method';
import { KeyedMutex } from '../../shared/keyed-mutex';
import { GatewaySettlementService } from '../../shared/settlement';
import {
    loggerCtx,
    REFUND_ORIGIN_METADATA_KEY,
    SETTLEMENT_METADATA_KEY,
    STRIPE_API_VERSION,
    STRIPE_HANDLER_CODE,
    STRIPE_PLUGIN_OPTIONS,
} from '../constants';
import { StripePaymentIntent } from '../entities/stripe-payment-intent.entity';
import { StripeWebhookEvent } from '../entities/stripe-webhook-event.entity';
import { StripeDisputeEvent } from '../events/stripe-dispute-event';
import { StripeCredentials, StripePluginOptions, StripeWebhookResult } from '../types';
import { fromStripeAmount, toStripeAmount } from './amount';
import { createIntentKey, refundKey, updateIntentKey } from './idempotency';

/** The webhook controller's answer: HTTP status and a short plain-text reason. */
export interface WebhookAnswer {
    status: number;
    text: string;
    result?: StripeWebhookResult | 'DUPLICATE_EVENT';
}

/** Shop API `StripePaymentConfiguration`: a Stripe method of the channel and its publishable key. */
export interface StripePaymentConfiguration {
    paymentMethodCode: string;
    publishableKey: string;
}

/** Shop API `StripePaymentStatus`: what the return page shows while it waits for the webhook. */
export interface StripePaymentStatus {
    orderCode: string;
    orderState: string;
    /** True once the webhook has added the settled Payment (never from the browser's word). */
    paid: boolean;
    paymentIntentStatus: string | null;
    lastPaymentError: string | null;
}

/** The claim the webhook flow hands to the PaymentMethodHandler through the Payment metadata. */
interface SettlementClaim {
    paymentIntentId: string;
    nonce: string;
    amount: number;
}

/** A refund made in Stripe being recorded as a Vendure Refund (the handler must not call Stripe again). */
interface RefundBeingSynced {
    refundId: string;
    amount: number;
}

/** Order states in which the shopper may (re)start paying. */
const PAYABLE_STATES = ['AddingItems', 'ArrangingPayment'];
/** PaymentIntent statuses in which amount and metadata can still be changed. */
const UPDATABLE_STATUSES = ['requires_payment_method', 'requires_confirmation', 'requires_action'];
const METHODS_CACHE_MS = 10_000;

/** Thrown (as a GraphQL error) when Stripe refuses or cannot be reached while creating an intent. */
export class StripeGatewayError extends UserInputError {
    /** @param message Stripe's message (never contains secrets) */
    constructor(message: string) {
        super(`Stripe: ${message}`);
    }
}

/** See the module documentation. Every method taking a RequestContext takes it first. */
@Injectable()
export class StripeService {
    private readonly mutex = new KeyedMutex();
    private readonly clients = new Map<string, Stripe>();
    private methodsCache: { at: number; methods: PaymentMethod[] } | undefined;
    private readonly refundsBeingSynced = new Map<string, RefundBeingSynced>();

    constructor(
        private readonly connection: TransactionalConnection,
        private readonly activeOrderService: ActiveOrderService,
        private readonly orderService: OrderService,
        private readonly paymentMethodService: PaymentMethodService,
        private readonly historyService: HistoryService,
        private readonly configService: ConfigService,
        private readonly eventBus: EventBus,
        private readonly settlement: GatewaySettlementService,
        @Inject(STRIPE_PLUGIN_OPTIONS) private readonly options: StripePluginOptions,
    ) {}

    /**
     * The SDK client of a secret key, pinned to {@link STRIPE_API_VERSION} and pointed at
     * `options.apiUrl` (Stripe's API by default). One client per key, reused.
     */
    client(apiKey: string): Stripe {
        let client = this.clients.get(apiKey);
        if (!client) {
            const url = new URL(this.options.apiUrl ?? 'https://api.stripe.com');
            client = new Stripe(apiKey, {
                apiVersion: STRIPE_API_VERSION,
                host: url.hostname,
                port: url.port || (url.protocol === 'http:' ? 80 : 443),
                protocol: url.protocol === 'http:' ? 'http' : 'https',
                timeout: this.options.requestTimeoutMs ?? 20_000,
                maxNetworkRetries: this.options.maxNetworkRetries ?? 2,
                telemetry: false,
                appInfo: { name: 'Radiant', url: 'https://github.com/radiant-commerce/radiant' },
            });
            this.clients.set(apiKey, client);
        }
        return client;
    }

    // ---------------------------------------------------------------- Shop API

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
        const stripe = this.client(credentials.apiKey);
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
                if (existing && existing.status !== 'canceled') {
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
     * `stripePaymentStatus(orderCode)`: the Stripe payment state of an order of `ctx`'s channel, for the
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
            paid: paid > 0,
            paymentIntentStatus: record?.status ?? null,
            lastPaymentError: record?.lastError ?? null,
        };
    }

    // ---------------------------------------------------------------- Webhook

    /**
     * Handles one `POST /payments/stripe`. The signature is verified first (against the webhook secret
     * of every Stripe payment method, with the SDK); nothing is read before. Then: an event already
     * processed → 200 no-op; PaymentIntents without our metadata → 200 ignored; otherwise the event is
     * applied, serialised per PaymentIntent in this process, and recorded with its result in the same
     * DB transaction when it changes something. 400 on a missing/bad signature; 503 when the event
     * cannot be applied yet (e.g. a refund of a payment not settled yet: Stripe retries).
     */
    async handleWebhook(rawBody: unknown, signature: string | undefined): Promise<WebhookAnswer> {
        if (!Buffer.isBuffer(rawBody) || !rawBody.length) return { status: 400, text: 'missing body' };
        if (!signature) return { status: 400, text: 'missing Stripe-Signature header' };
        const verified = await this.verify(rawBody, signature);
        if (!verified) {
            Logger.warn('Stripe webhook refused: no webhook secret matches its signature', loggerCtx);
            return { status: 400, text: 'invalid signature' };
        }
        const { event, method } = verified;
        if (await this.eventSeen(event.id))
            return { status: 200, text: 'OK (already processed)', result: 'DUPLICATE_EVENT' };
        const object = event.data.object as unknown as Record<string, unknown>;
        const intentId = paymentIntentIdOf(event.type, object);
        if (!intentId) return this.recordEvent(event, null, 'IGNORED', `unhandled event type ${event.type}`);
        return this.settlement.exclusive(`pi:${intentId}`, async () => {
            if (await this.eventSeen(event.id))
                return { status: 200, text: 'OK (already processed)', result: 'DUPLICATE_EVENT' };
            const record = await this.connection.rawConnection
                .getRepository(StripePaymentIntent)
                .findOne({ where: { paymentIntentId: intentId } });
            if (!record) {
                const metadata = (object.metadata ?? {}) as Record<string, string>;
                const why =
                    metadata.orderCode && metadata.channelToken
                        ? 'intent unknown to this shop'
                        : 'not a Radiant PaymentIntent';
                return this.recordEvent(event, null, 'IGNORED', why);
            }
            if (!idsAreEqual(record.paymentMethodId, method.id)) {
                return this.recordEvent(
                    event,
                    record,
                    'IGNORED',
                    'signed with another payment method’s secret',
                );
            }
            switch (event.type) {
                case 'payment_intent.succeeded':
                    return this.settle(event, event.data.object, record, method);
                case 'payment_intent.payment_failed':
                case 'payment_intent.canceled':
                case 'payment_intent.processing':
                    return this.recordIntentStatus(event, event.data.object, record);
                case 'charge.refunded':
                    return this.syncRefundsOfIntent(event, record, method);
                case 'refund.created':
                case 'refund.updated':
                    return this.syncRefund(event, event.data.object, record);
                case 'charge.dispute.created':
                    return this.recordDispute(event, event.data.object, record);
                default:
                    return this.recordEvent(event, record, 'IGNORED', `unhandled event type ${event.type}`);
            }
        });
    }

    /**
     * Called by the PaymentMethodHandler's `createPayment`: the intent of a claim this service made in
     * the same DB transaction (same nonce, same order), or undefined.
     */
    async verifySettlementClaim(
        ctx: RequestContext,
        orderId: ID,
        claim: unknown,
    ): Promise<{ record: StripePaymentIntent; amount: number } | undefined> {
        if (!claim || typeof claim !== 'object') return undefined;
        const { paymentIntentId, nonce, amount } = claim as Partial<SettlementClaim>;
        if (typeof paymentIntentId !== 'string' || typeof nonce !== 'string' || typeof amount !== 'number')
            return undefined;
        const record = await this.connection
            .getRepository(ctx, StripePaymentIntent)
            .findOne({ where: { paymentIntentId } });
        if (!record?.settlementNonce || record.paymentId) return undefined;
        const a = Buffer.from(record.settlementNonce);
        const b = Buffer.from(nonce);
        if (a.length !== b.length || !crypto.timingSafeEqual(a, b)) return undefined;
        return idsAreEqual(record.orderId, orderId) ? { record, amount } : undefined;
    }

    /**
     * The handler's `createRefund`: a refund made in Stripe being recorded (no call to Stripe), or a new
     * Stripe Refund of `amount` (Vendure minor units) on the payment's PaymentIntent, with an idempotency
     * key per Vendure refund of the payment, Stripe's closest `reason` and the merchant's text in metadata.
     */
    async createRefund(
        ctx: RequestContext,
        input: RefundOrderInput,
        amount: number,
        order: Order,
        payment: Payment,
        credentials: StripeCredentials,
    ): Promise<{
        state: 'Settled' | 'Pending' | 'Failed';
        transactionId?: string;
        metadata?: Record<string, unknown>;
    }> {
        const synced = this.refundsBeingSynced.get(String(payment.id));
        if (synced && synced.amount === amount) {
            this.refundsBeingSynced.delete(String(payment.id));
            return {
                state: 'Settled',
                transactionId: synced.refundId,
                metadata: { stripeRefundId: synced.refundId, madeInStripe: true },
            };
        }
        const converted = toStripeAmount(amount, order.currencyCode);
        if (!converted.ok) return { state: 'Failed', metadata: { errorMessage: converted.message } };
        const index = await this.connection
            .getRepository(ctx, Refund)
            .count({ where: { paymentId: payment.id } });
        const params: Stripe.RefundCreateParams = {
            payment_intent: payment.transactionId,
            amount: converted.amount,
            reason: stripeRefundReason(input.reason),
            metadata: {
                [REFUND_ORIGIN_METADATA_KEY]: 'vendure',
                orderCode: order.code,
                paymentId: String(payment.id),
                reason: (input.reason ?? '').slice(0, 500),
            },
        };
        try {
            const refund = await this.client(credentials.apiKey).refunds.create(params, {
                idempotencyKey: refundKey(payment.id, index, params),
            });
            const state =
                refund.status === 'succeeded'
                    ? 'Settled'
                    : refund.status === 'failed' || refund.status === 'canceled'
                      ? 'Failed'
                      : 'Pending';
            Logger.info(
                `Order ${order.code}: Stripe refund ${refund.id} of ${converted.amount} ${refund.currency} ${refund.status}`,
                loggerCtx,
            );
            return {
                state,
                transactionId: refund.id,
                metadata: {
                    stripeRefundId: refund.id,
                    stripeStatus: refund.status,
                    stripeReason: params.reason,
                },
            };
        } catch (err) {
            const message = err instanceof Stripe.errors.StripeError ? err.message : (err as Error).message;
            Logger.warn(`Order ${order.code}: Stripe refused the refund: ${message}`, loggerCtx);
            return { state: 'Failed', metadata: { errorMessage: `Stripe: ${message}` } };
        }
    }

    private async verify(
        rawBody: Buffer,
        signature: string,
    ): Promise<{ event: Stripe.Event; method: PaymentMethod } | undefined> {
        for (const fresh of [false, true]) {
            for (const method of await this.stripeMethods(fresh)) {
                const { apiKey, webhookSecret } = credentialsOf(method);
                if (!webhookSecret || !apiKey) continue;
                try {
                    return {
                        event: this.client(apiKey).webhooks.constructEvent(rawBody, signature, webhookSecret),
                        method,
                    };
                } catch {
                    // not this method's secret (or a forged/expired signature)
                }
            }
        }
        return undefined;
    }

    /** Every Stripe payment method of every channel (disabled ones too: their refunds still arrive), cached 10 s. */
    private async stripeMethods(fresh: boolean): Promise<PaymentMethod[]> {
        if (!fresh && this.methodsCache && Date.now() - this.methodsCache.at < METHODS_CACHE_MS)
            return this.methodsCache.methods;
        const all = await this.connection.rawConnection.getRepository(PaymentMethod).find();
        const methods = all.filter(m => m.handler?.code === STRIPE_HANDLER_CODE);
        this.methodsCache = { at: Date.now(), methods };
        return methods;
    }

    private async eventSeen(eventId: string): Promise<boolean> {
        return (
            (await this.connection.rawConnection
                .getRepository(StripeWebhookEvent)
                .count({ where: { eventId } })) > 0
        );
    }

    /** Stores a processed event (outside any other transaction); a concurrent duplicate loses on the unique key. */
    private async recordEvent(
        event: Stripe.Event,
        record: StripePaymentIntent | null,
        result: StripeWebhookResult,
        message?: string,
        ctx?: RequestContext,
    ): Promise<WebhookAnswer> {
        const repo = ctx
            ? this.connection.getRepository(ctx, StripeWebhookEvent)
            : this.connection.rawConnection.getRepository(StripeWebhookEvent);
        try {
            await repo.insert(
                new StripeWebhookEvent({
                    eventId: event.id,
                    type: event.type.slice(0, 80),
                    paymentIntentId: record?.paymentIntentId ?? null,
                    channelId: record?.channelId ?? null,
                    orderId: record?.orderId ?? null,
                    result,
                    message: message ?? null,
                }),
            );
        } catch (err) {
            if (ctx) throw err;
            if (await this.eventSeen(event.id))
                return { status: 200, text: 'OK (already processed)', result: 'DUPLICATE_EVENT' };
            throw err;
        }
        if (result === 'IGNORED')
            Logger.verbose(`Stripe event ${event.id} (${event.type}) ignored: ${message}`, loggerCtx);
        const text =
            result === 'IGNORED'
                ? `OK (ignored: ${message})`
                : result === 'DUPLICATE_INTENT'
                  ? 'OK (already settled)'
                  : 'OK';
        return { status: 200, text, result };
    }

    /**
     * `payment_intent.succeeded` → one settled Vendure Payment, exactly once, through the shared
     * settlement ({@link GatewaySettlementService.settle}: claim the intent row, add the payment with the
     * claim `{ paymentIntentId, nonce, amount }` in an admin context of the order's channel, store the
     * event in the same transaction), under the shared rule: a definitive refusal (order cancelled or
     * already paid, Vendure ErrorResult) → `lastError`, an order note and the event recorded as
     * SETTLEMENT_FAILED, 200; a transient failure (database conflict…) → nothing recorded, 503, Stripe
     * retries. A concurrent or later duplicate finds the row claimed/settled (or loses on the event's
     * unique key).
     */
    private async settle(
        event: Stripe.Event,
        intent: Stripe.PaymentIntent,
        record: StripePaymentIntent,
        method: PaymentMethod,
    ): Promise<WebhookAnswer> {
        if (record.paymentId)
            return this.recordEvent(event, record, 'DUPLICATE_INTENT', 'intent already settled');
        if (intent.currency.toUpperCase() !== record.currencyCode) {
            const ctx = await this.channelContext(record.channelId);
            const message = `PaymentIntent ${intent.id} succeeded in ${intent.currency}, the order is in ${record.currencyCode}: not settled`;
            Logger.error(message, loggerCtx);
            await this.note(ctx, record.orderId, message);
            return this.recordEvent(event, record, 'MISMATCH', message);
        }
        const amount = fromStripeAmount(intent.amount_received, intent.currency);
        const settled = await this.settlement.settle({
            gateway: 'Stripe',
            loggerCtx,
            entity: StripePaymentIntent,
            attempt: record,
            reference: intent.id,
            methodCode: method.code,
            metadataKey: SETTLEMENT_METADATA_KEY,
            claim: { paymentIntentId: intent.id, amount },
            claimFields: { status: 'succeeded' },
            settledFields: { lastError: null },
            refusedFields: reason => ({
                status: intent.status,
                lastError:
                    `Stripe accepted ${intent.id} but Vendure refused the payment (${reason}); an admin must reconcile it`.slice(
                        0,
                        1000,
                    ),
            }),
            onSettled: async txCtx => {
                if (amount !== record.amount) {
                    await this.note(
                        txCtx,
                        record.orderId,
                        `Stripe: ${intent.id} received ${amount} (minor units) while the intent was set to ${record.amount}`,
                    );
                }
                await this.recordEvent(event, record, 'SETTLED', undefined, txCtx);
            },
        });
        switch (settled.outcome) {
            case 'SETTLED':
                Logger.info(
                    `Order ${record.orderCode}: PaymentIntent ${intent.id} settled (${intent.amount_received} ${intent.currency})`,
                    loggerCtx,
                );
                return { status: settled.status, text: 'OK', result: 'SETTLED' };
            case 'DUPLICATE':
                if (await this.eventSeen(event.id))
                    return { status: 200, text: 'OK (already processed)', result: 'DUPLICATE_EVENT' };
                return this.recordEvent(event, record, 'DUPLICATE_INTENT', 'intent being or already settled');
            case 'REFUSED':
                return this.recordEvent(event, record, 'SETTLEMENT_FAILED', settled.reason);
            case 'RETRY':
                // A concurrent delivery of this very event stored it first: that one applied it.
                if (await this.eventSeen(event.id))
                    return { status: 200, text: 'OK (already processed)', result: 'DUPLICATE_EVENT' };
                return { status: settled.status, text: 'could not settle now, retry later' };
        }
    }

    /**
     * `payment_intent.payment_failed` / `canceled` / `processing`: records the status and Stripe's
     * message on the intent and (failures) an order history entry; the order stays payable. Ignored
     * once the intent is settled (an older event arriving late).
     */
    private async recordIntentStatus(
        event: Stripe.Event,
        intent: Stripe.PaymentIntent,
        record: StripePaymentIntent,
    ): Promise<WebhookAnswer> {
        if (record.paymentId)
            return this.recordEvent(
                event,
                record,
                'IGNORED',
                `intent already settled, ${event.type} is older`,
            );
        const ctx = await this.channelContext(record.channelId);
        const error =
            event.type === 'payment_intent.payment_failed'
                ? `${intent.last_payment_error?.message ?? 'payment failed'}${intent.last_payment_error?.decline_code ? ` (${intent.last_payment_error.decline_code})` : ''}`
                : event.type === 'payment_intent.canceled'
                  ? `canceled${intent.cancellation_reason ? ` (${intent.cancellation_reason})` : ''}`
                  : null;
        return this.connection.withTransaction(ctx, async txCtx => {
            await this.connection.getRepository(txCtx, StripePaymentIntent).update(record.id, {
                status: intent.status,
                ...(error ? { lastError: error.slice(0, 1000) } : {}),
            });
            if (error)
                await this.note(
                    txCtx,
                    record.orderId,
                    `Stripe: payment ${intent.id} ${event.type === 'payment_intent.canceled' ? 'canceled' : 'failed'}: ${error}. The order can still be paid.`,
                );
            return this.recordEvent(
                event,
                record,
                error ? 'FAILED_RECORDED' : 'STATUS_RECORDED',
                error ?? intent.status,
                txCtx,
            );
        });
    }

    /** `charge.refunded`: lists the intent's refunds at Stripe and records each succeeded one not known yet. */
    private async syncRefundsOfIntent(
        event: Stripe.Event,
        record: StripePaymentIntent,
        method: PaymentMethod,
    ): Promise<WebhookAnswer> {
        if (!record.paymentId) return { status: 503, text: 'payment not settled yet, retry later' };
        const refunds = await this.client(credentialsOf(method).apiKey).refunds.list({
            payment_intent: record.paymentIntentId,
            limit: 100,
        });
        let synced = 0;
        for (const refund of refunds.data) {
            const answer = await this.recordStripeRefund(record, refund);
            if (answer === 'retry')
                return { status: 503, text: 'refund could not be recorded yet, retry later' };
            if (answer === 'synced') synced++;
        }
        return this.recordEvent(
            event,
            record,
            synced ? 'REFUND_SYNCED' : 'IGNORED',
            synced ? `${synced} refund(s)` : 'refunds already known',
        );
    }

    /** `refund.created` / `refund.updated`: records this refund (or settles/fails our pending one). */
    private async syncRefund(
        event: Stripe.Event,
        refund: Stripe.Refund,
        record: StripePaymentIntent,
    ): Promise<WebhookAnswer> {
        if (!record.paymentId) return { status: 503, text: 'payment not settled yet, retry later' };
        const answer = await this.recordStripeRefund(record, refund);
        if (answer === 'retry') return { status: 503, text: 'refund could not be recorded yet, retry later' };
        return this.recordEvent(
            event,
            record,
            answer === 'synced' ? 'REFUND_SYNCED' : 'IGNORED',
            answer === 'synced' ? refund.id : `refund ${refund.id}: nothing to do`,
        );
    }

    /**
     * One Stripe refund → Vendure: a Pending Vendure refund with its id is settled (or failed); a
     * succeeded refund made in Stripe's Dashboard becomes a Settled Vendure Refund (through Vendure's
     * refundOrder, the handler recording it without calling Stripe). Known refunds are left alone.
     */
    private async recordStripeRefund(
        record: StripePaymentIntent,
        refund: Stripe.Refund,
    ): Promise<'synced' | 'known' | 'retry'> {
        const ctx = await this.channelContext(record.channelId);
        const existing = await this.connection.rawConnection
            .getRepository(Refund)
            .findOne({ where: { transactionId: refund.id } });
        if (existing) {
            if (existing.state === 'Pending' && refund.status === 'succeeded') {
                await this.connection.withTransaction(ctx, c =>
                    this.orderService.settleRefund(c, { id: existing.id, transactionId: refund.id }),
                );
                return 'synced';
            }
            if (
                existing.state === 'Pending' &&
                (refund.status === 'failed' || refund.status === 'canceled')
            ) {
                await this.note(
                    ctx,
                    record.orderId,
                    `Stripe: refund ${refund.id} ${refund.status}${refund.failure_reason ? ` (${refund.failure_reason})` : ''}; the Vendure refund stays Pending: settle or retry it by hand`,
                );
                return 'synced';
            }
            return 'known';
        }
        if (refund.metadata?.[REFUND_ORIGIN_METADATA_KEY] === 'vendure') {
            // Ours, and Vendure has not saved it yet (its webhook overtook refundOrder): let Stripe retry.
            return refund.status === 'succeeded' || refund.status === 'pending' ? 'retry' : 'known';
        }
        if (refund.status !== 'succeeded') return 'known';
        const amount = fromStripeAmount(refund.amount, refund.currency);
        const paymentKey = String(record.paymentId);
        this.refundsBeingSynced.set(paymentKey, { refundId: refund.id, amount });
        try {
            const result = await this.connection.withTransaction(ctx, c =>
                this.orderService.refundOrder(c, {
                    paymentId: record.paymentId!,
                    amount,
                    reason: `Stripe Dashboard refund ${refund.id}${refund.reason ? ` (${refund.reason})` : ''}`,
                    lines: [],
                    shipping: 0,
                    adjustment: 0,
                }),
            );
            if ('errorCode' in result) {
                await this.note(
                    ctx,
                    record.orderId,
                    `Stripe: refund ${refund.id} made in Stripe could not be recorded in Vendure (${result.errorCode}: ${result.message})`,
                );
                return 'known';
            }
            Logger.info(
                `Order ${record.orderCode}: refund ${refund.id} made in Stripe recorded (${refund.amount} ${refund.currency})`,
                loggerCtx,
            );
            return 'synced';
        } finally {
            this.refundsBeingSynced.delete(paymentKey);
        }
    }

    /** `charge.dispute.created`: an order history entry and a {@link StripeDisputeEvent} (email to the merchant). */
    private async recordDispute(
        event: Stripe.Event,
        dispute: Stripe.Dispute,
        record: StripePaymentIntent,
    ): Promise<WebhookAnswer> {
        const ctx = await this.channelContext(record.channelId);
        const amount = fromStripeAmount(dispute.amount, dispute.currency);
        const due = dispute.evidence_details?.due_by
            ? new Date(dispute.evidence_details.due_by * 1000).toISOString()
            : null;
        const answer = await this.connection.withTransaction(ctx, async txCtx => {
            await this.note(
                txCtx,
                record.orderId,
                `Stripe: dispute ${dispute.id} opened (${dispute.reason}, ${amount} minor units ${dispute.currency.toUpperCase()})${due ? `, evidence due by ${due}` : ''}`,
            );
            return this.recordEvent(event, record, 'DISPUTE_RECORDED', dispute.id, txCtx);
        });
        const order = await this.orderService.findOne(ctx, record.orderId);
        if (order) {
            await this.eventBus.publish(
                new StripeDisputeEvent(
                    ctx,
                    order,
                    {
                        disputeId: dispute.id,
                        paymentIntentId: record.paymentIntentId,
                        amount,
                        currencyCode: dispute.currency.toUpperCase(),
                        reason: dispute.reason,
                        status: dispute.status,
                        evidenceDueBy: due,
                    },
                    this.options.merchantEmail,
                ),
            );
        }
        Logger.warn(
            `Order ${record.orderCode}: Stripe dispute ${dispute.id} opened (${dispute.reason})`,
            loggerCtx,
        );
        return answer;
    }

    private async note(ctx: RequestContext, orderId: ID, note: string): Promise<void> {
        await this.historyService.createHistoryEntryForOrder(
            { ctx, orderId, type: HistoryEntryType.ORDER_NOTE, data: { note } },
            false,
        );
    }

    private channelContext(channelId: ID): Promise<RequestContext> {
        return this.settlement.channelContext(channelId);
    }

    private findEligibleMethod(ctx: RequestContext, order: Order): Promise<PaymentMethod | undefined> {
        return findEligibleMethod(this.paymentMethodService, ctx, order, STRIPE_HANDLER_CODE);
    }
}

/** Reads the handler arguments of a `stripe` PaymentMethod. Contains secrets: never log the result. */
export function credentialsOf(method: PaymentMethod): StripeCredentials {
    const arg = (name: string) => method.handler.args.find(a => a.name === name)?.value?.trim() ?? '';
    return {
        apiKey: arg('apiKey'),
        webhookSecret: arg('webhookSecret'),
        publishableKey: arg('publishableKey'),
    };
}

/**
 * Stripe's refund `reason` closest to the merchant's free text: `fraudulent`, `duplicate`, else
 * `requested_by_customer` (https://docs.stripe.com/api/refunds/create#create_refund-reason).
 */
export function stripeRefundReason(reason: string | null | undefined): Stripe.RefundCreateParams.Reason {
    if (/fraud/i.test(reason ?? '')) return 'fraudulent';
    if (/duplicate|doublon/i.test(reason ?? '')) return 'duplicate';
    return 'requested_by_customer';
}

/** The PaymentIntent id an event is about (`pi_…`), or undefined for event types we do not handle. */
function paymentIntentIdOf(type: string, object: Record<string, unknown>): string | undefined {
    const ref = (value: unknown) =>
        typeof value === 'string'
            ? value
            : value && typeof value === 'object'
              ? (value as { id?: string }).id
              : undefined;
    if (type.startsWith('payment_intent.')) return ref(object.id);
    if (
        type === 'charge.refunded' ||
        type === 'refund.created' ||
        type === 'refund.updated' ||
        type === 'charge.dispute.created'
    )
        return ref(object.payment_intent);
    return undefined;
}

function sameMetadata(
    current: Record<string, string> | null | undefined,
    wanted: Record<string, string>,
): boolean {
    return Object.entries(wanted).every(([k, v]) => current?.[k] === v);
}
