/**
 * Keeps an order still while one of its CinetPay payments awaits the shopper's approval: CinetPay has
 * no API to cancel a payment it initialised (docs/gateways/cinetpay.md §6), so an order whose total
 * changed after the attempt started could only end `SETTLEMENT_FAILED` with money to send back by hand.
 * While an attempt is open (`PENDING`, `WAITING`, `SETTLING`) and younger than
 * `CinetPayPluginOptions.pendingPaymentLockMinutes`, the order may not return to `AddingItems`, nor
 * change its lines, coupon codes or shipping address; CinetPay's verdict (or the lock's end) frees it.
 */
import { Inject, Injectable } from '@nestjs/common';
import { ID, RequestContext, TransactionalConnection } from '@vendure/core';
import { In, MoreThan } from 'typeorm';
import { CINETPAY_PLUGIN_OPTIONS, DEFAULT_PENDING_PAYMENT_LOCK_MINUTES } from '../constants';
import { CinetPayTransaction } from '../entities/cinetpay-transaction.entity';
import { CinetPayPluginOptions, CinetPayTransactionStatus } from '../types';

/** Statuses of an attempt CinetPay may still accept. */
const LOCKING_STATUSES: CinetPayTransactionStatus[] = ['PENDING', 'WAITING', 'SETTLING'];

/** See the module documentation. */
@Injectable()
export class CinetPayOrderGuardService {
    constructor(
        private readonly connection: TransactionalConnection,
        @Inject(CINETPAY_PLUGIN_OPTIONS) private readonly options: CinetPayPluginOptions,
    ) {}

    /** How long an open attempt keeps its order still, in milliseconds. */
    get lockMs(): number {
        return (this.options.pendingPaymentLockMinutes ?? DEFAULT_PENDING_PAYMENT_LOCK_MINUTES) * 60_000;
    }

    /** The newest open attempt of the order that still locks it, if any. */
    async lockingAttempt(ctx: RequestContext, orderId: ID): Promise<CinetPayTransaction | undefined> {
        const attempt = await this.connection.getRepository(ctx, CinetPayTransaction).findOne({
            where: {
                orderId,
                status: In(LOCKING_STATUSES),
                createdAt: MoreThan(new Date(Date.now() - this.lockMs)),
            },
            order: { createdAt: 'DESC' },
        });
        return attempt ?? undefined;
    }

    /**
     * Why the order may not be changed now (a sentence for the shopper, in English; the storefront
     * shows its own translation), or undefined when no open CinetPay attempt locks it.
     */
    async refusal(ctx: RequestContext, orderId: ID): Promise<string | undefined> {
        const attempt = await this.lockingAttempt(ctx, orderId);
        if (!attempt) return undefined;
        const minutesLeft = Math.ceil((attempt.createdAt.getTime() + this.lockMs - Date.now()) / 60_000);
        // No ':' or '.' in the sentence: Vendure passes some error messages through i18next as keys.
        return (
            `${CINETPAY_PAYMENT_PENDING} — a CinetPay payment (${attempt.transactionId}) is awaiting approval ` +
            `for this order, which cannot be changed until the payment is approved or refused ` +
            `(${minutesLeft} min at most)`
        );
    }
}

/** Prefix of every refusal message, for clients that recognise it (the storefront translates it). */
export const CINETPAY_PAYMENT_PENDING = 'CINETPAY_PAYMENT_PENDING';
