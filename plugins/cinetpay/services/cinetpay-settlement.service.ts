/**
 * CinetPay's side of the shared settlement ({@link GatewaySettlementService}): for an attempt whose
 * notification was verified (or that the pending check picked), asks CinetPay's `/v2/payment/check`,
 * compares its answer with the attempt and acts on it only — ACCEPTED settles the order exactly once,
 * REFUSED is recorded, a mismatch is recorded and logged, anything else stays pending. The
 * PaymentMethodHandler's `createPayment` checks the claim this service made.
 *
 * Protocol: https://docs.cinetpay.com/api/1.0-en/checkout/verification (summarised in
 * docs/gateways/cinetpay.md).
 */
import crypto from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
    ID,
    idsAreEqual,
    Logger,
    PaymentMethod,
    RequestContext,
    TransactionalConnection,
} from '@vendure/core';
import { GatewaySettlementService } from '../../shared/settlement';
import { FINAL_STATUSES, loggerCtx, OPEN_STATUSES, SETTLEMENT_METADATA_KEY } from '../constants';
import { CinetPayTransaction } from '../entities/cinetpay-transaction.entity';
import { fromCinetPayAmount } from '../helpers/amount';
import { CheckResult, CinetPayClient } from '../helpers/cinetpay-client';
import { CinetPayCredentials, CinetPayTransactionStatus, NotificationAnswer } from '../types';
import { CinetPayTransactionService } from './cinetpay-transaction.service';

/** See the module documentation. */
@Injectable()
export class CinetPaySettlementService {
    constructor(
        private readonly connection: TransactionalConnection,
        private readonly settlement: GatewaySettlementService,
        private readonly transactions: CinetPayTransactionService,
        private readonly client: CinetPayClient,
    ) {}

    /**
     * The steps after a verified x-token (or for an attempt the pending check picked): check, compare,
     * act. Callers serialise it per transaction in this process
     * ({@link GatewaySettlementService.exclusive}); the shared settlement's claim holds across processes.
     * 503 `CHECK_FAILED` when the check is unreachable, so CinetPay notifies again.
     */
    async processVerified(id: ID, credentials: CinetPayCredentials): Promise<NotificationAnswer> {
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
                await this.transactions.publish(undefined, tx, 'mismatch');
                return {
                    status: 200,
                    text: 'OK (amount or currency mismatch, not settled)',
                    result: 'MISMATCH',
                };
            }
        }
        if (check.status === 'REFUSED') {
            await this.setStatusIfOpen(tx.id, 'REFUSED', checkFields);
            await this.transactions.publish(undefined, tx, 'refused');
            Logger.info(
                `CinetPay transaction ${tx.transactionId} (order ${tx.orderCode}) refused (${check.code})`,
                loggerCtx,
            );
            return { status: 200, text: 'OK', result: 'REFUSED' };
        }
        if (check.status !== 'ACCEPTED') {
            await this.setStatusIfOpen(tx.id, 'WAITING', checkFields);
            await this.transactions.publish(undefined, tx, 'waiting');
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
                await this.transactions.publish(undefined, tx, 'settled');
                Logger.info(
                    `Order ${tx.orderCode}: CinetPay transaction ${tx.transactionId} settled`,
                    loggerCtx,
                );
                return { status: settled.status, text: 'OK', result: 'SETTLED' };
            case 'DUPLICATE':
                return { status: settled.status, text: 'OK (already processed)', result: 'DUPLICATE' };
            case 'REFUSED':
                await this.transactions.publish(undefined, tx, 'settlement-failed');
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

    /** Sets the attempt's status and fields only while it is still open (PENDING/WAITING). */
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
}
