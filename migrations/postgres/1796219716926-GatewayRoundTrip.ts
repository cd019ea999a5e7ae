import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Columns of the gateway fixes of issues 12 and 13: `cinetpay_transaction.languageCode` (the shopper's
 * language, for the return URL), `cinetpay_notification.bodySha256` and an index on `verified` (samples
 * of unverified notifications, pruned by a scheduled task), `stripe_payment_intent.mismatchRefundId`
 * (an intent refunded because it was paid for another amount than the order total). All nullable: old
 * rows keep working; `down` drops them.
 */
export class GatewayRoundTrip1796219716926 implements MigrationInterface {
    public async up(queryRunner: QueryRunner): Promise<any> {
        await queryRunner.query(
            `ALTER TABLE "cinetpay_transaction" ADD "languageCode" character varying(10)`,
            undefined,
        );
        await queryRunner.query(
            `ALTER TABLE "cinetpay_notification" ADD "bodySha256" character varying(64)`,
            undefined,
        );
        await queryRunner.query(
            `ALTER TABLE "stripe_payment_intent" ADD "mismatchRefundId" character varying(255)`,
            undefined,
        );
        await queryRunner.query(
            `CREATE INDEX "IDX_b3f5ae0385a31a8b67c49c84a2" ON "cinetpay_notification" ("verified") `,
            undefined,
        );
    }

    public async down(queryRunner: QueryRunner): Promise<any> {
        await queryRunner.query(`DROP INDEX "public"."IDX_b3f5ae0385a31a8b67c49c84a2"`, undefined);
        await queryRunner.query(
            `ALTER TABLE "stripe_payment_intent" DROP COLUMN "mismatchRefundId"`,
            undefined,
        );
        await queryRunner.query(`ALTER TABLE "cinetpay_notification" DROP COLUMN "bodySha256"`, undefined);
        await queryRunner.query(`ALTER TABLE "cinetpay_transaction" DROP COLUMN "languageCode"`, undefined);
    }
}
