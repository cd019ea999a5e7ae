/**
 * CinetPay notifications, received or missed: each request on the notify URL is verified (x-token
 * HMAC), stored as a {@link CinetPayNotification} and handed to the settlement; open attempts whose
 * notifications may have been lost are checked the same way by the scheduled task.
 *
 * Protocol: https://docs.cinetpay.com/api/1.0-en/checkout/notification, …/checkout/hmac (summarised in
 * docs/gateways/cinetpay.md).
 */
import crypto from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { idsAreEqual, Logger, PaymentMethod, TransactionalConnection } from '@vendure/core';
import { In, LessThan } from 'typeorm';
import { wireText } from '../../shared/wire-text';
import { GatewaySettlementService } from '../../shared/settlement';
import {
    CINETPAY_PLUGIN_OPTIONS,
    DEFAULT_UNVERIFIED_RETENTION_DAYS,
    DEFAULT_VERIFIED_RETENTION_DAYS,
    loggerCtx,
    OPEN_STATUSES,
} from '../constants';
import { CinetPayNotification } from '../entities/cinetpay-notification.entity';
import { CinetPayTransaction } from '../entities/cinetpay-transaction.entity';
import { credentialsOf } from '../helpers/credentials';
import { verifyXToken } from '../helpers/x-token';
import { CinetPayPluginOptions, IncomingNotification, NotificationAnswer } from '../types';
import { CinetPaySettlementService } from './cinetpay-settlement.service';

/** Characters of a verified notification's body kept (its JSON). */
const VERIFIED_BODY_CHARS = 8192;
/** Characters of an unverified notification's body kept as a sample. */
const UNVERIFIED_SAMPLE_CHARS = 256;

/** See the module documentation. */
@Injectable()
export class CinetPayNotificationService {
    constructor(
        private readonly connection: TransactionalConnection,
        private readonly settlement: GatewaySettlementService,
        private readonly cinetPaySettlement: CinetPaySettlementService,
        @Inject(CINETPAY_PLUGIN_OPTIONS) private readonly options: CinetPayPluginOptions,
    ) {}

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
            this.cinetPaySettlement.processVerified(tx.id, credentials),
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
                this.cinetPaySettlement.processVerified(tx.id, credentialsOf(method)),
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
     * Deletes stored notifications older than the retention: unverified ones after `unverifiedDays`
     * (default 7), verified ones after `verifiedDays` (default 400; `null` keeps them). Run daily by the
     * `cinetpay-prune-notifications` scheduled task.
     *
     * @returns how many rows were deleted, unverified and verified
     */
    async pruneNotifications(
        retention: CinetPayPluginOptions['notificationRetention'] = this.options.notificationRetention,
    ): Promise<{ unverified: number; verified: number }> {
        const repo = this.connection.rawConnection.getRepository(CinetPayNotification);
        const daysAgo = (days: number) => new Date(Date.now() - days * 24 * 3600_000);
        const unverifiedDays = retention?.unverifiedDays ?? DEFAULT_UNVERIFIED_RETENTION_DAYS;
        const verifiedDays =
            retention?.verifiedDays === undefined ? DEFAULT_VERIFIED_RETENTION_DAYS : retention.verifiedDays;
        const unverified = await repo.delete({
            verified: false,
            createdAt: LessThan(daysAgo(unverifiedDays)),
        });
        const verified =
            verifiedDays === null
                ? { affected: 0 }
                : await repo.delete({ verified: true, createdAt: LessThan(daysAgo(verifiedDays)) });
        const counts = { unverified: unverified.affected ?? 0, verified: verified.affected ?? 0 };
        if (counts.unverified || counts.verified) {
            Logger.info(`Pruned CinetPay notifications: ${JSON.stringify(counts)}`, loggerCtx);
        }
        return counts;
    }

    /**
     * Stores the request with what was done ({@link CinetPayNotification}): the whole body when verified,
     * a sample and its hash otherwise; never throws.
     */
    private async logNotification(
        incoming: IncomingNotification,
        tx: CinetPayTransaction | null,
        verified: boolean,
        answer: NotificationAnswer,
    ): Promise<NotificationAnswer> {
        try {
            const body = JSON.stringify(incoming.fields);
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
                    body: body.slice(0, verified ? VERIFIED_BODY_CHARS : UNVERIFIED_SAMPLE_CHARS),
                    bodySha256: crypto.createHash('sha256').update(body).digest('hex'),
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
