/**
 * One settlement path for every payment gateway plugin (CinetPay, Stripe, and the next one): a verified
 * "the gateway took the money" becomes exactly one Settled Vendure Payment, or a recorded refusal.
 *
 * The flow, run by {@link GatewaySettlementService.settle} inside {@link GatewaySettlementService.exclusive}
 * for the attempt's key (first line against concurrent duplicates in this process):
 *
 * 1. **Claim**, in one database transaction: a conditional update of the attempt row sets a fresh random
 *    nonce where the row has no Payment and no claim (a claim older than {@link CLAIM_EXPIRY_MS} counts
 *    as none), plus the gateway's own condition (e.g. CinetPay: status still open). The row is read back:
 *    a caller whose nonce is not there lost the race → `DUPLICATE`. This holds across server processes.
 * 2. In the same transaction, in an **admin context of the order's channel**: the order is moved to
 *    ArrangingPayment when it is elsewhere (Vendure's own StripePlugin does the same), the gateway's own
 *    checks run (e.g. amount), and `OrderService.addPaymentToOrder` adds the payment with the claim in
 *    the metadata; the gateway's PaymentMethodHandler accepts only a payment carrying that claim.
 * 3. Still in the transaction: the Payment id and the gateway's "settled" fields are written on the
 *    attempt and the claim is released (`SETTLED`), then the transaction commits.
 *
 * **The settlement rule** (the one failure rule of every gateway; docs/plugin-anatomy.md):
 *
 * - **Definitive refusal** — the order cannot take this payment: order gone, a state transition Vendure
 *   refuses (e.g. the order was cancelled or is already paid), the gateway's own check (amount differs
 *   from the order's), or an `ErrorResult` from `addPaymentToOrder` (e.g. the handler declined). The
 *   transaction is rolled back, then the attempt is recorded as settlement-failed with the reason (the
 *   gateway's `refusedFields`) and an order history note says what happened and that an admin must
 *   reconcile (refund or settle by hand). Result `REFUSED`, the webhook answers **200**: a redelivery
 *   would be refused again.
 * - **Transient failure** — anything else thrown while the claim is not committed: a database conflict,
 *   a serialization failure, a lock timeout, a lost connection, an unexpected error. The transaction is
 *   rolled back, so the attempt is left unclaimed and unchanged. Result `RETRY`, the webhook answers
 *   **503** so that the gateway delivers it again (and gateways with a pending check, like CinetPay's
 *   scheduled task, retry on their own).
 *
 * Everything that makes a gateway different stays in its plugin: signature checks, what proves the
 * payment (Stripe's event, CinetPay's `/v2/payment/check`), event dedupe, statuses and wording.
 */
import crypto from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { HistoryEntryType } from '@vendure/common/lib/generated-types';
import {
    ChannelService,
    HistoryService,
    ID,
    Logger,
    Order,
    OrderService,
    Payment,
    RequestContext,
    RequestContextService,
    TransactionalConnection,
    Type,
} from '@vendure/core';
import type { ObjectLiteral } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { channelAdminContext } from './channel-context';
import { errorMessage } from './error-message';
import { KeyedMutex } from './keyed-mutex';

/** A claim older than this (ms) is treated as abandoned by a process that died mid-transaction. */
export const CLAIM_EXPIRY_MS = 120_000;

/** The HTTP status a webhook answers for each settlement result. */
export const SETTLEMENT_HTTP_STATUS = { SETTLED: 200, DUPLICATE: 200, REFUSED: 200, RETRY: 503 } as const;

/**
 * The columns every gateway's payment-attempt entity has, under the same names (CinetPayTransaction,
 * StripePaymentIntent). Not a base entity class: Vendure's `@EntityId` columns are only registered for
 * the concrete entity class, so each entity declares its columns and implements this interface.
 */
export interface GatewayPaymentAttempt extends ObjectLiteral {
    id: ID;
    createdAt: Date;
    updatedAt: Date;
    /** Channel of the order; the settlement runs in an admin context of this channel. */
    channelId: ID;
    orderId: ID;
    orderCode: string;
    /** The PaymentMethod the attempt was made with; the Payment is added with its code. */
    paymentMethodId: ID;
    /** Amount asked for, Vendure minor units (XOF ×100). */
    amount: number;
    /** The same amount as the gateway sees it (its own unit: whole francs for XOF). */
    gatewayAmount: number;
    currencyCode: string;
    /** One-time proof handed to the PaymentMethodHandler while the settlement transaction runs. */
    settlementNonce: string | null;
    /** The Vendure Payment created on settlement; set once. */
    paymentId: ID | null;
}

/** What {@link GatewaySettlementService.settle} needs from a gateway plugin. */
export interface SettlementRequest<T extends GatewayPaymentAttempt> {
    /** Gateway name for the order history and logs, e.g. `CinetPay`. */
    gateway: string;
    /** Logger context of the calling plugin. */
    loggerCtx: string;
    /** The attempt entity class. */
    entity: Type<T>;
    /** The attempt, as read before the settlement (its id, order, channel and method are used). */
    attempt: T;
    /** The gateway's reference of the payment: the `transactionId` the handler gives the Payment. */
    reference: string;
    /** Code of the PaymentMethod to add the payment with. */
    methodCode: string;
    /** Payment metadata key under which the claim is passed to the handler, e.g. `cinetpaySettlement`. */
    metadataKey: string;
    /** The claim besides `nonce` (added by this module), as the gateway's handler verifies it. */
    claim: Record<string, unknown>;
    /** Extra SQL condition (plain column names, named parameters) the row must meet to be claimed. */
    claimableWhere?: { sql: string; parameters: Record<string, unknown> };
    /** Fields written together with the claim (e.g. CinetPay: `status: 'SETTLING'` and the check answer). */
    claimFields?: Partial<T>;
    /** Fields written on success, besides `paymentId` and the released claim. */
    settledFields?: Partial<T>;
    /** Fields recording a definitive refusal with its `reason` (e.g. status SETTLEMENT_FAILED, error text). */
    refusedFields: (reason: string) => Partial<T>;
    /**
     * The gateway's own definitive checks against the order, inside the transaction before the payment
     * is added: a refusal reason, or undefined to go on.
     */
    refusal?: (order: Order) => string | undefined;
    /** Inside the transaction, after the payment is recorded (e.g. Stripe stores the event row). */
    onSettled?: (txCtx: RequestContext, payment: Payment | null) => Promise<void>;
}

/** The result of a settlement; `status` is the HTTP status the webhook answers. */
export type SettlementResult =
    /** The Payment was added; `paymentId` is its id. */
    | { outcome: 'SETTLED'; status: 200; paymentId: ID | null }
    /** Another delivery holds or already used the claim: nothing done. */
    | { outcome: 'DUPLICATE'; status: 200 }
    /** Definitive refusal, recorded on the attempt and in the order history (admin needed). */
    | { outcome: 'REFUSED'; status: 200; reason: string }
    /** Transient failure: nothing applied, the attempt is unclaimed; the gateway should redeliver. */
    | { outcome: 'RETRY'; status: 503; reason: string };

/**
 * A Vendure ErrorResult as text for admins: its code and its details (e.g. `fromState`, `toState`,
 * `transitionError`, `paymentErrorMessage`). Its `message` is only translated at the API layer, so
 * outside a GraphQL request it repeats the code and is left out when it does.
 */
export function describeErrorResult(result: { errorCode: string; message: string }): string {
    const details = Object.entries(result)
        .filter(([key, value]) => !['errorCode', 'message', '__typename'].includes(key) && value != null)
        .map(([key, value]) => `${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`);
    if (result.message && result.message !== result.errorCode) details.unshift(result.message);
    return details.length ? `${result.errorCode} (${details.join(', ')})` : result.errorCode;
}

/** A definitive refusal inside the settlement transaction (rolls it back; see the module documentation). */
class SettlementRefusal extends Error {}

/**
 * The shared settlement flow and its failure rule (see the module documentation). Each payment plugin
 * lists it in its `providers`; one instance per plugin, with its own in-process lock.
 */
@Injectable()
export class GatewaySettlementService {
    private readonly mutex = new KeyedMutex();

    constructor(
        private readonly connection: TransactionalConnection,
        private readonly orderService: OrderService,
        private readonly historyService: HistoryService,
        private readonly channelService: ChannelService,
        private readonly requestContextService: RequestContextService,
    ) {}

    /**
     * Runs `task` after every earlier task of `key` in this process has ended: wrap the whole handling of
     * one payment's webhooks/notifications (verification, gateway checks, {@link settle}) with it.
     *
     * @returns what `task` returns; rethrows what it throws
     */
    exclusive<T>(key: string, task: () => Promise<T>): Promise<T> {
        return this.mutex.run(key, task);
    }

    /** An admin RequestContext of `channelId` (see `channelAdminContext`). */
    channelContext(channelId: ID): Promise<RequestContext> {
        return channelAdminContext(
            this.connection,
            this.channelService,
            this.requestContextService,
            channelId,
        );
    }

    /**
     * Settles a verified payment exactly once under the settlement rule (module documentation). Never
     * throws for a settlement failure: a transient one is `RETRY` (503), a definitive one `REFUSED` (200).
     *
     * @throws only when the channel context cannot be built or a refusal cannot be recorded (database down)
     */
    async settle<T extends GatewayPaymentAttempt>(request: SettlementRequest<T>): Promise<SettlementResult> {
        const { attempt, entity, gateway } = request;
        const ctx = await this.channelContext(attempt.channelId);
        try {
            return await this.connection.withTransaction(ctx, txCtx => this.claimAndAdd(txCtx, request));
        } catch (err) {
            const fresh = await this.connection.rawConnection
                .getRepository(entity)
                .findOne({ where: { id: attempt.id } as never });
            if (fresh?.paymentId) return { outcome: 'DUPLICATE', status: 200 };
            const reason = errorMessage(err);
            if (err instanceof SettlementRefusal) {
                await this.recordRefusal(ctx, request, reason);
                return { outcome: 'REFUSED', status: 200, reason };
            }
            Logger.warn(
                `Order ${attempt.orderCode}: ${gateway} payment ${request.reference} not settled now (${reason}); nothing applied, the gateway should deliver it again`,
                request.loggerCtx,
            );
            return { outcome: 'RETRY', status: 503, reason };
        }
    }

    /** Steps 1–3 of the module documentation, inside the settlement transaction. */
    private async claimAndAdd<T extends GatewayPaymentAttempt>(
        txCtx: RequestContext,
        request: SettlementRequest<T>,
    ): Promise<SettlementResult> {
        const { attempt, entity } = request;
        const repo = this.connection.getRepository(txCtx, entity);
        const nonce = crypto.randomBytes(24).toString('hex');
        const claim = repo
            .createQueryBuilder()
            .update(entity)
            .set({ ...request.claimFields, settlementNonce: nonce } as unknown as QueryDeepPartialEntity<T>)
            .where('id = :id', { id: attempt.id })
            .andWhere('paymentId IS NULL')
            .andWhere('(settlementNonce IS NULL OR updatedAt < :stale)', {
                stale: new Date(Date.now() - CLAIM_EXPIRY_MS),
            });
        if (request.claimableWhere)
            claim.andWhere(request.claimableWhere.sql, request.claimableWhere.parameters);
        await claim.execute();
        const claimed = await repo.findOne({ where: { id: attempt.id } as never });
        if (claimed?.settlementNonce !== nonce) return { outcome: 'DUPLICATE', status: 200 };

        const order = await this.connection
            .getRepository(txCtx, Order)
            .findOne({ where: { id: attempt.orderId } });
        if (!order) throw new SettlementRefusal(`order ${attempt.orderCode} not found`);
        if (order.state !== 'ArrangingPayment') {
            const moved = await this.orderService.transitionToState(txCtx, order.id, 'ArrangingPayment');
            if ('errorCode' in moved) throw new SettlementRefusal(describeErrorResult(moved));
        }
        const refused = request.refusal?.(order);
        if (refused) throw new SettlementRefusal(refused);
        const result = await this.orderService.addPaymentToOrder(txCtx, order.id, {
            method: request.methodCode,
            metadata: { [request.metadataKey]: { ...request.claim, nonce } },
        });
        if ('errorCode' in result) throw new SettlementRefusal(describeErrorResult(result));
        const payment = await this.connection.getRepository(txCtx, Payment).findOne({
            where: { transactionId: request.reference, order: { id: order.id } },
            order: { id: 'DESC' },
        });
        await repo.update(attempt.id, {
            ...request.settledFields,
            settlementNonce: null,
            paymentId: payment?.id ?? null,
        } as unknown as QueryDeepPartialEntity<T>);
        await request.onSettled?.(txCtx, payment);
        return { outcome: 'SETTLED', status: 200, paymentId: payment?.id ?? null };
    }

    /**
     * Records a definitive refusal: the gateway's `refusedFields` on the attempt (only while it has no
     * Payment and meets the claim condition, so a concurrent settlement is never overwritten) and an order
     * history note, in one transaction; logs an error (an admin must reconcile).
     */
    private async recordRefusal<T extends GatewayPaymentAttempt>(
        ctx: RequestContext,
        request: SettlementRequest<T>,
        reason: string,
    ): Promise<void> {
        const { attempt, entity, gateway } = request;
        const message = `${gateway}: payment ${request.reference} was accepted by ${gateway} but the order cannot take it (${reason}); an admin must reconcile it (refund it, or settle the order by hand)`;
        Logger.error(`Order ${attempt.orderCode}: ${message}`, request.loggerCtx);
        await this.connection.withTransaction(ctx, async txCtx => {
            const update = this.connection
                .getRepository(txCtx, entity)
                .createQueryBuilder()
                .update(entity)
                .set({
                    ...request.refusedFields(reason),
                    settlementNonce: null,
                })
                .where('id = :id', { id: attempt.id })
                .andWhere('paymentId IS NULL');
            if (request.claimableWhere)
                update.andWhere(request.claimableWhere.sql, request.claimableWhere.parameters);
            await update.execute();
            await this.historyService.createHistoryEntryForOrder(
                {
                    ctx: txCtx,
                    orderId: attempt.orderId,
                    type: HistoryEntryType.ORDER_NOTE,
                    data: { note: message },
                },
                false,
            );
        });
    }
}
