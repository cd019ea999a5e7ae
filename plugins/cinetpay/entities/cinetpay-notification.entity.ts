import { DeepPartial, EntityId, ID, VendureEntity } from '@vendure/core';
import { Column, Entity, Index } from 'typeorm';

/**
 * What the plugin did with a notification: `PING` (no cpm_trans_id), `UNAUTHORIZED` (missing/forged x-token
 * or unknown transaction), `CHECK_FAILED` (check unreachable), `MISMATCH`, `SETTLED`, `DUPLICATE` (already
 * final: no-op), `REFUSED`, `PENDING`, `SETTLEMENT_FAILED` (definitive refusal, answered 200), `SETTLEMENT_RETRY` (transient failure:
 * nothing applied, answered 503 so that CinetPay notifies again), `BAD_REQUEST`.
 */
export type CinetPayNotificationResult =
    | 'PING'
    | 'UNAUTHORIZED'
    | 'BAD_REQUEST'
    | 'CHECK_FAILED'
    | 'MISMATCH'
    | 'SETTLED'
    | 'DUPLICATE'
    | 'REFUSED'
    | 'PENDING'
    | 'SETTLEMENT_FAILED'
    | 'SETTLEMENT_RETRY';

/**
 * Every raw request received on the notify URL. A verified one (x-token matched) keeps its body (up to
 * 8 KB); any other keeps a 256-character sample and the SHA-256 of its body, so that forged or stray
 * requests cannot fill the database. The `cinetpay-prune-notifications` task deletes old rows
 * (`CinetPayPluginOptions.notificationRetention`).
 */
@Entity('cinetpay_notification')
export class CinetPayNotification extends VendureEntity {
    constructor(input?: DeepPartial<CinetPayNotification>) {
        super(input);
    }

    /** `cpm_trans_id` as received (may be forged), truncated to 64 characters. */
    @Index()
    @Column('varchar', { length: 64, nullable: true })
    transactionId: string | null;

    /** Channel of the matching transaction, when one was found. */
    @Index()
    @EntityId({ nullable: true })
    channelId: ID | null;

    @Column('varchar', { length: 10 })
    httpMethod: string;

    @Column('varchar', { length: 100, nullable: true })
    contentType: string | null;

    /** The `x-token` header as received (an HMAC, not a secret), or null. */
    @Column('varchar', { length: 128, nullable: true })
    xToken: string | null;

    /** JSON of the parsed body: whole (≤ 8 KB) when verified, its first 256 characters otherwise. */
    @Column('text')
    body: string;

    /** Lowercase hex SHA-256 of the whole JSON body (to tell repeated requests apart); null on old rows. */
    @Column('varchar', { length: 64, nullable: true })
    bodySha256: string | null;

    /** Whether the x-token matched the payment method's secret key. */
    @Index()
    @Column({ default: false })
    verified: boolean;

    @Column('varchar', { length: 20 })
    result: CinetPayNotificationResult;

    /** HTTP status answered. */
    @Column('int')
    responseStatus: number;

    @Column('text', { nullable: true })
    message: string | null;
}
