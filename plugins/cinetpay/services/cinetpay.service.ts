/**
 * All CinetPay business logic: payment attempts (Shop API), notifications (verify x-token → check →
 * compare → settle exactly once), the return URL, and the proof checked by the PaymentMethodHandler.
 *
 * Protocol: https://docs.cinetpay.com/api/1.0-en/checkout/initialisation, …/checkout/notification,
 * …/checkout/hmac, …/checkout/verification (summarised in docs/gateways/cinetpay.md).
 */
import crypto from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DEFAULT_CHANNEL_CODE } from '@vendure/common/lib/shared-constants';
import {
    ActiveOrderService,
    ConfigService,
    EventBus,
    ID,
    idsAreEqual,
    Logger,
    Order,
    OrderService,
    PaymentMethod,
    PaymentMethodService,
    RequestContext,
    TransactionalConnection,
} from '@vendure/core';
import { In } from 'typeorm';
import {
    CINETPAY_DEFAULT_API_URL,
    CINETPAY_HANDLER_CODE,
    CINETPAY_PLUGIN_OPTIONS,
    loggerCtx,
    NOTIFY_PATH,
    RETURN_PATH,
    SETTLEMENT_METADATA_KEY,
} from '../constants';
import { CinetPayNotification, CinetPayNotificationResult } from '../entities/cinetpay-notification.entity';
import { CinetPayTransaction } from '../entities/cinetpay-transaction.entity';
import { CinetPayTransactionEvent, CinetPayTransactionEventType } from '../events/cinetpay-transaction-event';
import { CinetPayCredentials, CinetPayPluginOptions, CinetPayTransactionStatus } from '../types';
import { fromCinetPayAmount, toCinetPayAmount } from './amount';
import { CheckResult, CinetPayClient, CinetPayError } from './cinetpay-client';
import { verifyXToken } from './x-token';
import { findEligibleMethod } from '../../shared/eligible-method';
import { GatewaySettlementService } from '../../shared/settlement';
import { wireText } from '../../shared/wire-text';

/** Shop API result of `createCinetPayPayment` (objects carry `__typename` for the GraphQL union). */
export type CreateCinetPayPaymentResult =
    | { __typename: 'CinetPayPaymentIntent'; paymentUrl: string; transactionId: string }
    | { __typename: 'NoActiveOrderError'; errorCode: 'NO_ACTIVE_ORDER_ERROR'; message: string }
    | {
          __typename: 'CinetPayOrderNotReadyError';
          errorCode: 'CINET_PAY_ORDER_NOT_READY_ERROR';
          message: string;
      }
    | {
          __typename: 'CinetPayAmountError';
          errorCode: 'CINET_PAY_AMOUNT_ERROR';
          message: string;
          reason: string;
      }
    | {
          __typename: 'CinetPayGatewayError';
          errorCode: 'CINET_PAY_GATEWAY_ERROR';
          message: string;
          cinetpayCode?: string;
      };

/** Raw notification request, as the controller received it. */
export interface IncomingNotification {
    httpMethod: string;
    contentType?: string;
    xToken?: string;
    /** Parsed body (form-urlencoded or JSON) merged over the query string. */
    fields: Record<string, unknown>;
}

/** The controller's answer: HTTP status and a short plain-text reason. */
export interface NotificationAnswer {
    status: number;
    text: string;
    result: CinetPayNotificationResult;
}

const FINAL_STATUSES: CinetPayTransactionStatus[] = [
    'ACCEPTED',
    'REFUSED',
    'MISMATCH',
    'SETTLEMENT_FAILED',
    'INIT_FAILED',
];
const OPEN_STATUSES: CinetPayTransactionStatus[] = ['PENDING', 'WAITING'];

/** Generates a CinetPay transaction_id: `RD` + base-36 time + 12 random hex characters (≤ 30, `[A-Za-z0-9]`). */
export function newTransactionId(): string {
    return `RD${Date.now().toString(36).toUpperCase()}${crypto.randomBytes(6).toString('hex').toUpperCase()}`;
}

/** See the module documentation. Every method taking a RequestContext takes it first. */
@Injectable()
export class CinetPayService {
    private readonly client: CinetPayClient;
    constructor(
        private readonly connection: TransactionalConnection,
        private readonly activeOrderService: ActiveOrderService,
        private readonly orderService: OrderService,
        private readonly paymentMethodService: PaymentMethodService,
        private readonly configService: ConfigService,
        private readonly eventBus: EventBus,
        private readonly settlement: GatewaySettlementService,
        @Inject(CINETPAY_PLUGIN_OPTIONS) private readonly options: CinetPayPluginOptions,
    ) {
        this.client = new CinetPayClient({
            baseUrl: options.apiBaseUrl ?? CINETPAY_DEFAULT_API_URL,
            timeoutMs: options.requestTimeoutMs,
            checkAttempts: options.checkAttempts,
        });
    }

    /**
     * Starts a CinetPay payment for the active order: moves it to ArrangingPayment, records a PENDING
     * attempt with a new transaction_id, and initialises it at CinetPay (never retried).
     *
     * @returns the hosted payment page URL, or an ErrorResult (no active order; order not ready — empty,
     *   no customer, no shipping method, no eligible CinetPay method, state transition refused; amount not
     *   representable; CinetPay refused the initialisation, with its code)
     */
    async initialisePayment(ctx: RequestContext): Promise<CreateCinetPayPaymentResult> {
        const active = await this.activeOrderService.getActiveOrder(ctx, undefined);
        if (!active)
            return {
                __typename: 'NoActiveOrderError',
                errorCode: 'NO_ACTIVE_ORDER_ERROR',
                message: 'No active order',
            };
        const notReady = (message: string) =>
            ({
                __typename: 'CinetPayOrderNotReadyError',
                errorCode: 'CINET_PAY_ORDER_NOT_READY_ERROR',
                message,
            }) as const;
        let order = await this.orderService.findOne(ctx, active.id);
        if (!order || !order.lines.length) return notReady('The order is empty');
        if (!order.customer) return notReady('Set the customer of the order first');
        if (!order.shippingLines.length) return notReady('Choose a shipping method first');
        if (order.state !== 'AddingItems' && order.state !== 'ArrangingPayment') {
            return notReady(`The order cannot be paid in state ${order.state}`);
        }
        const method = await this.findEligibleMethod(ctx, order);
        if (!method) return notReady('No CinetPay payment method is eligible for this order');
        if (order.state !== 'ArrangingPayment') {
            const transitioned = await this.connection.withTransaction(ctx, c =>
                this.orderService.transitionToState(c, order!.id, 'ArrangingPayment'),
            );
            if ('errorCode' in transitioned) return notReady(transitioned.message);
            order = (await this.orderService.findOne(ctx, active.id))!;
        }
        const converted = toCinetPayAmount(order.totalWithTax, order.currencyCode);
        if (!converted.ok) {
            return {
                __typename: 'CinetPayAmountError',
                errorCode: 'CINET_PAY_AMOUNT_ERROR',
                message: converted.message,
                reason: converted.reason,
            };
        }
        const credentials = credentialsOf(method);
        const repo = this.connection.getRepository(ctx, CinetPayTransaction);
        const record = await repo.save(
            new CinetPayTransaction({
                transactionId: newTransactionId(),
                channelId: ctx.channelId,
                orderId: order.id,
                orderCode: order.code,
                paymentMethodId: method.id,
                amount: order.totalWithTax,
                gatewayAmount: converted.amount,
                currencyCode: order.currencyCode,
                status: 'PENDING',
                paymentUrl: null,
                paymentToken: null,
                checkCode: null,
                checkStatus: null,
                paymentMethodUsed: null,
                operatorId: null,
                settlementNonce: null,
                paymentId: null,
                errorMessage: null,
            }),
        );
        const address = order.shippingAddress ?? {};
        const customer = order.customer ?? active.customer!;
        try {
            const result = await this.client.initialise(credentials, {
                transactionId: record.transactionId,
                amount: converted.amount,
                currency: order.currencyCode,
                description: `Commande ${order.code}`.replace(/[^A-Za-z0-9 .-]/g, ''),
                notifyUrl: `${this.options.publicUrl}/${NOTIFY_PATH}`,
                returnUrl: `${this.options.publicUrl}/${RETURN_PATH}`,
                channels: credentials.channels,
                lang: credentials.lang,
                metadata: order.code,
                customer: {
                    customer_id: String(customer.id),
                    customer_name: customer.lastName,
                    customer_surname: customer.firstName,
                    customer_email: customer.emailAddress,
                    customer_phone_number: address.phoneNumber ?? customer.phoneNumber ?? undefined,
                    customer_address: address.streetLine1 ?? undefined,
                    customer_city: address.city ?? undefined,
                    customer_country: address.countryCode ?? undefined,
                    customer_zip_code: address.postalCode ?? undefined,
                },
            });
            await repo.update(record.id, {
                paymentUrl: result.paymentUrl,
                paymentToken: result.paymentToken,
            });
            await this.publish(ctx, record.id, 'created');
            Logger.info(
                `Order ${order.code}: CinetPay transaction ${record.transactionId} initialised (${converted.amount} ${order.currencyCode})`,
                loggerCtx,
            );
            return {
                __typename: 'CinetPayPaymentIntent',
                paymentUrl: result.paymentUrl,
                transactionId: record.transactionId,
            };
        } catch (err) {
            const error = err instanceof CinetPayError ? err : new CinetPayError('network', String(err));
            await repo.update(record.id, { status: 'INIT_FAILED', errorMessage: error.message });
            await this.publish(ctx, record.id, 'init-failed');
            Logger.warn(
                `Order ${order.code}: CinetPay initialisation of ${record.transactionId} failed: ${error.message}`,
                loggerCtx,
            );
            return {
                __typename: 'CinetPayGatewayError',
                errorCode: 'CINET_PAY_GATEWAY_ERROR',
                message: error.message,
                cinetpayCode: error.code,
            };
        }
    }

    /**
     * Handles one request on the notify URL. Order of operations (reference §3):
     * ping (no cpm_trans_id) → 200; unknown transaction or missing/forged x-token → 401, nothing changed;
     * already final → 200 no-op; otherwise `/v2/payment/check` (503 when unreachable, so CinetPay retries)
     * and act only on its answer: amount/currency/site mismatch → transaction MISMATCH, error logged, 200
     * (retrying cannot fix it); ACCEPTED → settle exactly once; REFUSED → recorded; anything else stays pending.
     * Every request is stored as a {@link CinetPayNotification}.
     */
    async handleNotification(incoming: IncomingNotification): Promise<NotificationAnswer> {
        const transactionId =
            typeof incoming.fields.cpm_trans_id === 'string' ? incoming.fields.cpm_trans_id.trim() : '';
        if (!transactionId) {
            return this.logNotification(incoming, null, false, { status: 200, text: 'OK', result: 'PING' });
        }
        const tx = await this.connection.rawConnection
            .getRepository(CinetPayTransaction)
            .findOne({ where: { transactionId } });
        const method = tx
            ? await this.connection.rawConnection
                  .getRepository(PaymentMethod)
                  .findOne({ where: { id: tx.paymentMethodId } })
            : null;
        const credentials = method ? credentialsOf(method) : undefined;
        if (!tx || !credentials || !verifyXToken(incoming.fields, incoming.xToken, credentials.secretKey)) {
            Logger.warn(
                `Notification for ${transactionId.slice(0, 40)} refused: ${tx ? 'missing or invalid x-token' : 'unknown transaction'}`,
                loggerCtx,
            );
            return this.logNotification(incoming, tx, false, {
                status: 401,
                text: 'invalid x-token',
                result: 'UNAUTHORIZED',
            });
        }
        if (wireText(incoming.fields.cpm_site_id) !== credentials.siteId) {
            return this.logNotification(incoming, tx, true, {
                status: 400,
                text: 'site_id mismatch',
                result: 'BAD_REQUEST',
            });
        }
        const answer = await this.settlement.exclusive(transactionId, () =>
            this.processVerified(tx.id, credentials),
        );
        return this.logNotification(incoming, tx, true, answer);
    }

    /**
     * Checks open attempts (PENDING/WAITING) whose notifications may have been lost: each one created more
     * than `olderThanMs` ago (default 2 min) and less than `maxAgeMs` ago (default 48 h), at most `limit`
     * (default 100), oldest first, goes through the same steps as a verified notification (check, compare,
     * settle exactly once). Run by the `cinetpay-check-pending` scheduled task every 5 minutes.
     *
     * @returns how many attempts ended with each result (e.g. `{ SETTLED: 1, PENDING: 3 }`)
     */
    async checkPendingTransactions(
        options: { olderThanMs?: number; maxAgeMs?: number; limit?: number } = {},
    ): Promise<Record<string, number>> {
        const now = Date.now();
        const open = await this.connection.rawConnection
            .getRepository(CinetPayTransaction)
            .createQueryBuilder('tx')
            .where('tx.status IN (:...open)', { open: OPEN_STATUSES })
            .andWhere('tx.createdAt <= :newest', {
                newest: new Date(now - (options.olderThanMs ?? 2 * 60_000)),
            })
            .andWhere('tx.createdAt >= :oldest', {
                oldest: new Date(now - (options.maxAgeMs ?? 48 * 3600_000)),
            })
            .orderBy('tx.createdAt', 'ASC')
            .take(options.limit ?? 100)
            .getMany();
        const counts: Record<string, number> = {};
        // One query for the payment methods of all attempts (not one per attempt).
        const methodIds = [...new Set(open.map(tx => tx.paymentMethodId))];
        const methods = methodIds.length
            ? await this.connection.rawConnection.getRepository(PaymentMethod).findBy({ id: In(methodIds) })
            : [];
        for (const tx of open) {
            const method = methods.find(m => idsAreEqual(m.id, tx.paymentMethodId));
            if (!method) continue;
            const answer = await this.settlement.exclusive(tx.transactionId, () =>
                this.processVerified(tx.id, credentialsOf(method)),
            );
            counts[answer.result] = (counts[answer.result] ?? 0) + 1;
        }
        if (open.length)
            Logger.info(
                `Checked ${open.length} pending CinetPay attempts: ${JSON.stringify(counts)}`,
                loggerCtx,
            );
        return counts;
    }

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

    /** The storefront page the return URL redirects to, or undefined for an unknown transaction. Display only. */
    async returnUrlFor(transactionId: string): Promise<string | undefined> {
        if (!/^[A-Za-z0-9]{1,30}$/.test(transactionId)) return undefined;
        const tx = await this.connection.rawConnection
            .getRepository(CinetPayTransaction)
            .findOne({ where: { transactionId } });
        if (!tx) return undefined;
        return `${this.options.storefrontUrl}/checkout/cinetpay/${encodeURIComponent(tx.orderCode)}?transaction_id=${encodeURIComponent(tx.transactionId)}`;
    }

    /**
     * Called by the PaymentMethodHandler's `createPayment`: true only for the claim this service made a
     * moment ago in the same DB transaction (status SETTLING, same nonce, same order, same amount).
     */
    async verifySettlementClaim(
        ctx: RequestContext,
        orderId: ID,
        amount: number,
        claim: Record<string, unknown>,
    ): Promise<CinetPayTransaction | undefined> {
        if (typeof claim.transactionId !== 'string' || typeof claim.nonce !== 'string') return undefined;
        const tx = await this.connection
            .getRepository(ctx, CinetPayTransaction)
            .findOne({ where: { transactionId: claim.transactionId } });
        if (!tx || tx.status !== 'SETTLING' || !tx.settlementNonce) return undefined;
        const a = Buffer.from(tx.settlementNonce);
        const b = Buffer.from(claim.nonce);
        if (a.length !== b.length || !crypto.timingSafeEqual(a, b)) return undefined;
        if (!idsAreEqual(tx.orderId, orderId) || tx.amount !== amount) return undefined;
        return tx;
    }

    /** Steps after a verified x-token, serialised per transaction in this process. */
    private async processVerified(id: ID, credentials: CinetPayCredentials): Promise<NotificationAnswer> {
        const repo = this.connection.rawConnection.getRepository(CinetPayTransaction);
        const tx = await repo.findOneOrFail({ where: { id } });
        if (FINAL_STATUSES.includes(tx.status) || tx.status === 'SETTLING') {
            return { status: 200, text: 'OK (already processed)', result: 'DUPLICATE' };
        }
        let check: CheckResult;
        try {
            check = await this.client.check(credentials, tx.transactionId);
        } catch (err) {
            Logger.warn(`Check of ${tx.transactionId} failed: ${(err as Error).message}`, loggerCtx);
            return { status: 503, text: 'check unavailable, retry later', result: 'CHECK_FAILED' };
        }
        const checkFields = {
            checkCode: check.code,
            checkStatus: check.status.slice(0, 40),
            paymentMethodUsed: check.paymentMethod?.slice(0, 40) ?? null,
            operatorId: check.operatorId?.slice(0, 100) ?? null,
        };
        if (check.status === 'ACCEPTED' || check.status === 'REFUSED') {
            const amountMinor = fromCinetPayAmount(check.amount);
            if (amountMinor !== tx.gatewayAmount * 100 || check.currency !== tx.currencyCode) {
                const message = `Check of ${tx.transactionId} answered ${check.status} ${check.amount} ${check.currency}, expected ${tx.gatewayAmount} ${tx.currencyCode}: not settled`;
                Logger.error(message, loggerCtx);
                await this.setStatusIfOpen(tx.id, 'MISMATCH', { ...checkFields, errorMessage: message });
                await this.publish(undefined, tx, 'mismatch');
                return {
                    status: 200,
                    text: 'OK (amount or currency mismatch, not settled)',
                    result: 'MISMATCH',
                };
            }
        }
        if (check.status === 'REFUSED') {
            await this.setStatusIfOpen(tx.id, 'REFUSED', checkFields);
            await this.publish(undefined, tx, 'refused');
            Logger.info(
                `CinetPay transaction ${tx.transactionId} (order ${tx.orderCode}) refused (${check.code})`,
                loggerCtx,
            );
            return { status: 200, text: 'OK', result: 'REFUSED' };
        }
        if (check.status !== 'ACCEPTED') {
            await this.setStatusIfOpen(tx.id, 'WAITING', checkFields);
            await this.publish(undefined, tx, 'waiting');
            return { status: 200, text: 'OK (pending)', result: 'PENDING' };
        }
        return this.settle(tx, checkFields);
    }

    /**
     * Applies a verified ACCEPTED check to the order through the shared settlement
     * ({@link GatewaySettlementService.settle}: claim PENDING/WAITING → SETTLING with a fresh nonce, add
     * the payment with the claim `{ transactionId, nonce }`, record ACCEPTED), under the shared rule:
     * a definitive refusal (order cancelled or already paid, order total no longer the attempt's amount,
     * Vendure ErrorResult) → SETTLEMENT_FAILED with the reason and an order note, 200; a transient failure
     * (database conflict…) → the attempt stays open, 503, and CinetPay's next notification or the
     * pending check settles it.
     */
    private async settle(
        tx: CinetPayTransaction,
        checkFields: Partial<CinetPayTransaction>,
    ): Promise<NotificationAnswer> {
        const method = await this.connection.rawConnection
            .getRepository(PaymentMethod)
            .findOneOrFail({ where: { id: tx.paymentMethodId } });
        const settled = await this.settlement.settle({
            gateway: 'CinetPay',
            loggerCtx,
            entity: CinetPayTransaction,
            attempt: tx,
            reference: tx.transactionId,
            methodCode: method.code,
            metadataKey: SETTLEMENT_METADATA_KEY,
            claim: { transactionId: tx.transactionId },
            claimableWhere: { sql: 'status IN (:...open)', parameters: { open: OPEN_STATUSES } },
            claimFields: { status: 'SETTLING', ...checkFields },
            settledFields: { status: 'ACCEPTED', errorMessage: null },
            refusedFields: reason => ({
                status: 'SETTLEMENT_FAILED' as const,
                ...checkFields,
                errorMessage: reason,
            }),
            refusal: order =>
                order.totalWithTax !== tx.amount
                    ? `the order total is ${order.totalWithTax} ${order.currencyCode} (minor units), the transaction was for ${tx.amount}`
                    : undefined,
        });
        switch (settled.outcome) {
            case 'SETTLED':
                await this.publish(undefined, tx, 'settled');
                Logger.info(
                    `Order ${tx.orderCode}: CinetPay transaction ${tx.transactionId} settled`,
                    loggerCtx,
                );
                return { status: settled.status, text: 'OK', result: 'SETTLED' };
            case 'DUPLICATE':
                return { status: settled.status, text: 'OK (already processed)', result: 'DUPLICATE' };
            case 'REFUSED':
                await this.publish(undefined, tx, 'settlement-failed');
                return {
                    status: settled.status,
                    text: 'OK (accepted but the order cannot take it; an admin must reconcile)',
                    result: 'SETTLEMENT_FAILED',
                };
            case 'RETRY':
                return {
                    status: settled.status,
                    text: 'could not settle now, notify again later',
                    result: 'SETTLEMENT_RETRY',
                };
        }
    }

    /** Publishes a {@link CinetPayTransactionEvent} with the attempt as stored now. */
    private async publish(
        ctx: RequestContext | undefined,
        txOrId: CinetPayTransaction | ID,
        type: CinetPayTransactionEventType,
    ): Promise<void> {
        try {
            const id = txOrId instanceof CinetPayTransaction ? txOrId.id : txOrId;
            const fresh = await this.connection.rawConnection
                .getRepository(CinetPayTransaction)
                .findOneOrFail({ where: { id } });
            const eventCtx = ctx ?? (await this.channelContext(fresh.channelId));
            await this.eventBus.publish(new CinetPayTransactionEvent(eventCtx, fresh, type));
        } catch (err) {
            Logger.error(`Could not publish a CinetPay event: ${(err as Error).message}`, loggerCtx);
        }
    }

    private async setStatusIfOpen(
        id: ID,
        status: CinetPayTransactionStatus,
        fields: Partial<CinetPayTransaction>,
    ): Promise<void> {
        await this.connection.rawConnection
            .getRepository(CinetPayTransaction)
            .createQueryBuilder()
            .update(CinetPayTransaction)
            .set({ ...fields, status })
            .where('id = :id', { id })
            .andWhere('status IN (:...open)', { open: OPEN_STATUSES })
            .execute();
    }

    private channelContext(channelId: ID): Promise<RequestContext> {
        return this.settlement.channelContext(channelId);
    }

    private findEligibleMethod(ctx: RequestContext, order: Order): Promise<PaymentMethod | undefined> {
        return findEligibleMethod(this.paymentMethodService, ctx, order, CINETPAY_HANDLER_CODE);
    }

    private async logNotification(
        incoming: IncomingNotification,
        tx: CinetPayTransaction | null,
        verified: boolean,
        answer: NotificationAnswer,
    ): Promise<NotificationAnswer> {
        try {
            await this.connection.rawConnection.getRepository(CinetPayNotification).save(
                new CinetPayNotification({
                    transactionId:
                        typeof incoming.fields.cpm_trans_id === 'string'
                            ? incoming.fields.cpm_trans_id.slice(0, 64)
                            : null,
                    channelId: tx?.channelId ?? null,
                    httpMethod: incoming.httpMethod.slice(0, 10),
                    contentType: incoming.contentType?.slice(0, 100) ?? null,
                    xToken: incoming.xToken?.slice(0, 128) ?? null,
                    body: JSON.stringify(incoming.fields).slice(0, 8192),
                    verified,
                    result: answer.result,
                    responseStatus: answer.status,
                    message: answer.text,
                }),
            );
        } catch (err) {
            Logger.error(`Could not store a CinetPay notification: ${(err as Error).message}`, loggerCtx);
        }
        return answer;
    }
}

/** Reads the handler arguments of a `cinetpay` PaymentMethod. Contains secrets: never log the result. */
export function credentialsOf(method: PaymentMethod): CinetPayCredentials {
    const arg = (name: string) => method.handler.args.find(a => a.name === name)?.value ?? '';
    return {
        apikey: arg('apikey'),
        siteId: arg('site_id'),
        secretKey: arg('secret_key'),
        channels: arg('channels') || 'ALL',
        lang: arg('lang') || 'fr',
    };
}
