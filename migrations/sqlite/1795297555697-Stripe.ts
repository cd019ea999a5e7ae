import { MigrationInterface, QueryRunner } from 'typeorm';

export class Stripe1795297555697 implements MigrationInterface {
    public async up(queryRunner: QueryRunner): Promise<any> {
        await queryRunner.query(
            `CREATE TABLE "stripe_payment_intent" ("createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "paymentIntentId" varchar(255) NOT NULL, "orderCode" varchar(64) NOT NULL, "amount" integer NOT NULL, "stripeAmount" integer NOT NULL, "currencyCode" varchar(3) NOT NULL, "status" varchar(40) NOT NULL, "revision" integer NOT NULL DEFAULT (0), "settlementNonce" varchar(64), "lastError" text, "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "channelId" integer NOT NULL, "orderId" integer NOT NULL, "paymentMethodId" integer NOT NULL, "paymentId" integer)`,
            undefined,
        );
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
        await queryRunner.query(
            `CREATE TABLE "stripe_webhook_event" ("createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "eventId" varchar(255) NOT NULL, "type" varchar(80) NOT NULL, "paymentIntentId" varchar(255), "result" varchar(30) NOT NULL, "message" text, "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "channelId" integer, "orderId" integer)`,
            undefined,
        );
        await queryRunner.query(
            `CREATE UNIQUE INDEX "IDX_ee6a86b6f16d027004e82e45f7" ON "stripe_webhook_event" ("eventId") `,
            undefined,
        );
        await queryRunner.query(
            `CREATE INDEX "IDX_3f3aec9c21cfaeb06f917fdd77" ON "stripe_webhook_event" ("paymentIntentId") `,
            undefined,
        );
        await queryRunner.query(
            `CREATE INDEX "IDX_236d115c9c4b8e476dded30d5b" ON "stripe_webhook_event" ("channelId") `,
            undefined,
        );
    }

    public async down(queryRunner: QueryRunner): Promise<any> {
        await queryRunner.query(`DROP INDEX "IDX_236d115c9c4b8e476dded30d5b"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_3f3aec9c21cfaeb06f917fdd77"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_ee6a86b6f16d027004e82e45f7"`, undefined);
        await queryRunner.query(`DROP TABLE "stripe_webhook_event"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_6c291dab867a4cb246818fc224"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_92edcdd39bbef53e7a3e5f0b2c"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_832f226d798cba9b839c2f735b"`, undefined);
        await queryRunner.query(`DROP TABLE "stripe_payment_intent"`, undefined);
    }
}
