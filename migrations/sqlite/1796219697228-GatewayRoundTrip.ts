import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Columns of the gateway fixes of issues 12 and 13: `cinetpay_transaction.languageCode` (the shopper's
 * language, for the return URL), `cinetpay_notification.bodySha256` and an index on `verified` (samples
 * of unverified notifications, pruned by a scheduled task), `stripe_payment_intent.mismatchRefundId`
 * (an intent refunded because it was paid for another amount than the order total). All nullable: old
 * rows keep working; `down` drops them.
 */
export class GatewayRoundTrip1796219697228 implements MigrationInterface {
    public async up(queryRunner: QueryRunner): Promise<any> {
        await queryRunner.query(`DROP INDEX "IDX_b9d027ab504236890fa3b0c8bf"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_c95ecfd0489c31a715d5038e24"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_a4f7371f9f46fd317b6c151a15"`, undefined);
        await queryRunner.query(
            `CREATE TABLE "temporary_cinetpay_transaction" ("createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "transactionId" varchar(30) NOT NULL, "orderCode" varchar(64) NOT NULL, "amount" integer NOT NULL, "gatewayAmount" integer NOT NULL, "currencyCode" varchar(3) NOT NULL, "status" varchar(20) NOT NULL, "paymentUrl" varchar(500), "paymentToken" varchar(255), "checkCode" varchar(20), "checkStatus" varchar(40), "paymentMethodUsed" varchar(40), "operatorId" varchar(100), "settlementNonce" varchar(64), "errorMessage" text, "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "channelId" integer NOT NULL, "orderId" integer NOT NULL, "paymentMethodId" integer NOT NULL, "paymentId" integer, "languageCode" varchar(10))`,
            undefined,
        );
        await queryRunner.query(
            `INSERT INTO "temporary_cinetpay_transaction"("createdAt", "updatedAt", "transactionId", "orderCode", "amount", "gatewayAmount", "currencyCode", "status", "paymentUrl", "paymentToken", "checkCode", "checkStatus", "paymentMethodUsed", "operatorId", "settlementNonce", "errorMessage", "id", "channelId", "orderId", "paymentMethodId", "paymentId") SELECT "createdAt", "updatedAt", "transactionId", "orderCode", "amount", "gatewayAmount", "currencyCode", "status", "paymentUrl", "paymentToken", "checkCode", "checkStatus", "paymentMethodUsed", "operatorId", "settlementNonce", "errorMessage", "id", "channelId", "orderId", "paymentMethodId", "paymentId" FROM "cinetpay_transaction"`,
            undefined,
        );
        await queryRunner.query(`DROP TABLE "cinetpay_transaction"`, undefined);
        await queryRunner.query(
            `ALTER TABLE "temporary_cinetpay_transaction" RENAME TO "cinetpay_transaction"`,
            undefined,
        );
        await queryRunner.query(
            `CREATE INDEX "IDX_b9d027ab504236890fa3b0c8bf" ON "cinetpay_transaction" ("orderId") `,
            undefined,
        );
        await queryRunner.query(
            `CREATE INDEX "IDX_c95ecfd0489c31a715d5038e24" ON "cinetpay_transaction" ("channelId") `,
            undefined,
        );
        await queryRunner.query(
            `CREATE UNIQUE INDEX "IDX_a4f7371f9f46fd317b6c151a15" ON "cinetpay_transaction" ("transactionId") `,
            undefined,
        );
        await queryRunner.query(`DROP INDEX "IDX_cc8458f323fd15794e58d1fd8a"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_b9a4f29156c2b2e14b88092234"`, undefined);
        await queryRunner.query(
            `CREATE TABLE "temporary_cinetpay_notification" ("createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "transactionId" varchar(64), "httpMethod" varchar(10) NOT NULL, "contentType" varchar(100), "xToken" varchar(128), "body" text NOT NULL, "verified" boolean NOT NULL DEFAULT (0), "result" varchar(20) NOT NULL, "responseStatus" integer NOT NULL, "message" text, "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "channelId" integer, "bodySha256" varchar(64))`,
            undefined,
        );
        await queryRunner.query(
            `INSERT INTO "temporary_cinetpay_notification"("createdAt", "updatedAt", "transactionId", "httpMethod", "contentType", "xToken", "body", "verified", "result", "responseStatus", "message", "id", "channelId") SELECT "createdAt", "updatedAt", "transactionId", "httpMethod", "contentType", "xToken", "body", "verified", "result", "responseStatus", "message", "id", "channelId" FROM "cinetpay_notification"`,
            undefined,
        );
        await queryRunner.query(`DROP TABLE "cinetpay_notification"`, undefined);
        await queryRunner.query(
            `ALTER TABLE "temporary_cinetpay_notification" RENAME TO "cinetpay_notification"`,
            undefined,
        );
        await queryRunner.query(
            `CREATE INDEX "IDX_cc8458f323fd15794e58d1fd8a" ON "cinetpay_notification" ("channelId") `,
            undefined,
        );
        await queryRunner.query(
            `CREATE INDEX "IDX_b9a4f29156c2b2e14b88092234" ON "cinetpay_notification" ("transactionId") `,
            undefined,
        );
        await queryRunner.query(`DROP INDEX "IDX_6c291dab867a4cb246818fc224"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_92edcdd39bbef53e7a3e5f0b2c"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_832f226d798cba9b839c2f735b"`, undefined);
        await queryRunner.query(
            `CREATE TABLE "temporary_stripe_payment_intent" ("createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "paymentIntentId" varchar(255) NOT NULL, "orderCode" varchar(64) NOT NULL, "amount" integer NOT NULL, "gatewayAmount" integer NOT NULL, "currencyCode" varchar(3) NOT NULL, "status" varchar(40) NOT NULL, "revision" integer NOT NULL DEFAULT (0), "settlementNonce" varchar(64), "lastError" text, "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "channelId" integer NOT NULL, "orderId" integer NOT NULL, "paymentMethodId" integer NOT NULL, "paymentId" integer, "mismatchRefundId" varchar(255))`,
            undefined,
        );
        await queryRunner.query(
            `INSERT INTO "temporary_stripe_payment_intent"("createdAt", "updatedAt", "paymentIntentId", "orderCode", "amount", "gatewayAmount", "currencyCode", "status", "revision", "settlementNonce", "lastError", "id", "channelId", "orderId", "paymentMethodId", "paymentId") SELECT "createdAt", "updatedAt", "paymentIntentId", "orderCode", "amount", "gatewayAmount", "currencyCode", "status", "revision", "settlementNonce", "lastError", "id", "channelId", "orderId", "paymentMethodId", "paymentId" FROM "stripe_payment_intent"`,
            undefined,
        );
        await queryRunner.query(`DROP TABLE "stripe_payment_intent"`, undefined);
        await queryRunner.query(
            `ALTER TABLE "temporary_stripe_payment_intent" RENAME TO "stripe_payment_intent"`,
            undefined,
        );
        await queryRunner.query(
            `CREATE INDEX "IDX_6c291dab867a4cb246818fc224" ON "stripe_payment_intent" ("orderId") `,
            undefined,
        );
        await queryRunner.query(
            `CREATE INDEX "IDX_92edcdd39bbef53e7a3e5f0b2c" ON "stripe_payment_intent" ("channelId") `,
            undefined,
        );
        await queryRunner.query(
            `CREATE UNIQUE INDEX "IDX_832f226d798cba9b839c2f735b" ON "stripe_payment_intent" ("paymentIntentId") `,
            undefined,
        );
        await queryRunner.query(
            `CREATE INDEX "IDX_b3f5ae0385a31a8b67c49c84a2" ON "cinetpay_notification" ("verified") `,
            undefined,
        );
    }

    public async down(queryRunner: QueryRunner): Promise<any> {
        await queryRunner.query(`DROP INDEX "IDX_b3f5ae0385a31a8b67c49c84a2"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_832f226d798cba9b839c2f735b"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_92edcdd39bbef53e7a3e5f0b2c"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_6c291dab867a4cb246818fc224"`, undefined);
        await queryRunner.query(
            `ALTER TABLE "stripe_payment_intent" RENAME TO "temporary_stripe_payment_intent"`,
            undefined,
        );
        await queryRunner.query(
            `CREATE TABLE "stripe_payment_intent" ("createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "paymentIntentId" varchar(255) NOT NULL, "orderCode" varchar(64) NOT NULL, "amount" integer NOT NULL, "gatewayAmount" integer NOT NULL, "currencyCode" varchar(3) NOT NULL, "status" varchar(40) NOT NULL, "revision" integer NOT NULL DEFAULT (0), "settlementNonce" varchar(64), "lastError" text, "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "channelId" integer NOT NULL, "orderId" integer NOT NULL, "paymentMethodId" integer NOT NULL, "paymentId" integer)`,
            undefined,
        );
        await queryRunner.query(
            `INSERT INTO "stripe_payment_intent"("createdAt", "updatedAt", "paymentIntentId", "orderCode", "amount", "gatewayAmount", "currencyCode", "status", "revision", "settlementNonce", "lastError", "id", "channelId", "orderId", "paymentMethodId", "paymentId") SELECT "createdAt", "updatedAt", "paymentIntentId", "orderCode", "amount", "gatewayAmount", "currencyCode", "status", "revision", "settlementNonce", "lastError", "id", "channelId", "orderId", "paymentMethodId", "paymentId" FROM "temporary_stripe_payment_intent"`,
            undefined,
        );
        await queryRunner.query(`DROP TABLE "temporary_stripe_payment_intent"`, undefined);
        await queryRunner.query(
            `CREATE UNIQUE INDEX "IDX_832f226d798cba9b839c2f735b" ON "stripe_payment_intent" ("paymentIntentId") `,
            undefined,
        );
        await queryRunner.query(
            `CREATE INDEX "IDX_92edcdd39bbef53e7a3e5f0b2c" ON "stripe_payment_intent" ("channelId") `,
            undefined,
        );
        await queryRunner.query(
            `CREATE INDEX "IDX_6c291dab867a4cb246818fc224" ON "stripe_payment_intent" ("orderId") `,
            undefined,
        );
        await queryRunner.query(`DROP INDEX "IDX_b9a4f29156c2b2e14b88092234"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_cc8458f323fd15794e58d1fd8a"`, undefined);
        await queryRunner.query(
            `ALTER TABLE "cinetpay_notification" RENAME TO "temporary_cinetpay_notification"`,
            undefined,
        );
        await queryRunner.query(
            `CREATE TABLE "cinetpay_notification" ("createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "transactionId" varchar(64), "httpMethod" varchar(10) NOT NULL, "contentType" varchar(100), "xToken" varchar(128), "body" text NOT NULL, "verified" boolean NOT NULL DEFAULT (0), "result" varchar(20) NOT NULL, "responseStatus" integer NOT NULL, "message" text, "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "channelId" integer)`,
            undefined,
        );
        await queryRunner.query(
            `INSERT INTO "cinetpay_notification"("createdAt", "updatedAt", "transactionId", "httpMethod", "contentType", "xToken", "body", "verified", "result", "responseStatus", "message", "id", "channelId") SELECT "createdAt", "updatedAt", "transactionId", "httpMethod", "contentType", "xToken", "body", "verified", "result", "responseStatus", "message", "id", "channelId" FROM "temporary_cinetpay_notification"`,
            undefined,
        );
        await queryRunner.query(`DROP TABLE "temporary_cinetpay_notification"`, undefined);
        await queryRunner.query(
            `CREATE INDEX "IDX_b9a4f29156c2b2e14b88092234" ON "cinetpay_notification" ("transactionId") `,
            undefined,
        );
        await queryRunner.query(
            `CREATE INDEX "IDX_cc8458f323fd15794e58d1fd8a" ON "cinetpay_notification" ("channelId") `,
            undefined,
        );
        await queryRunner.query(`DROP INDEX "IDX_a4f7371f9f46fd317b6c151a15"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_c95ecfd0489c31a715d5038e24"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_b9d027ab504236890fa3b0c8bf"`, undefined);
        await queryRunner.query(
            `ALTER TABLE "cinetpay_transaction" RENAME TO "temporary_cinetpay_transaction"`,
            undefined,
        );
        await queryRunner.query(
            `CREATE TABLE "cinetpay_transaction" ("createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "transactionId" varchar(30) NOT NULL, "orderCode" varchar(64) NOT NULL, "amount" integer NOT NULL, "gatewayAmount" integer NOT NULL, "currencyCode" varchar(3) NOT NULL, "status" varchar(20) NOT NULL, "paymentUrl" varchar(500), "paymentToken" varchar(255), "checkCode" varchar(20), "checkStatus" varchar(40), "paymentMethodUsed" varchar(40), "operatorId" varchar(100), "settlementNonce" varchar(64), "errorMessage" text, "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "channelId" integer NOT NULL, "orderId" integer NOT NULL, "paymentMethodId" integer NOT NULL, "paymentId" integer)`,
            undefined,
        );
        await queryRunner.query(
            `INSERT INTO "cinetpay_transaction"("createdAt", "updatedAt", "transactionId", "orderCode", "amount", "gatewayAmount", "currencyCode", "status", "paymentUrl", "paymentToken", "checkCode", "checkStatus", "paymentMethodUsed", "operatorId", "settlementNonce", "errorMessage", "id", "channelId", "orderId", "paymentMethodId", "paymentId") SELECT "createdAt", "updatedAt", "transactionId", "orderCode", "amount", "gatewayAmount", "currencyCode", "status", "paymentUrl", "paymentToken", "checkCode", "checkStatus", "paymentMethodUsed", "operatorId", "settlementNonce", "errorMessage", "id", "channelId", "orderId", "paymentMethodId", "paymentId" FROM "temporary_cinetpay_transaction"`,
            undefined,
        );
        await queryRunner.query(`DROP TABLE "temporary_cinetpay_transaction"`, undefined);
        await queryRunner.query(
            `CREATE UNIQUE INDEX "IDX_a4f7371f9f46fd317b6c151a15" ON "cinetpay_transaction" ("transactionId") `,
            undefined,
        );
        await queryRunner.query(
            `CREATE INDEX "IDX_c95ecfd0489c31a715d5038e24" ON "cinetpay_transaction" ("channelId") `,
            undefined,
        );
        await queryRunner.query(
            `CREATE INDEX "IDX_b9d027ab504236890fa3b0c8bf" ON "cinetpay_transaction" ("orderId") `,
            undefined,
        );
    }
}
