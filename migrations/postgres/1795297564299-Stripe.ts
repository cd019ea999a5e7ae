import { MigrationInterface, QueryRunner } from 'typeorm';

export class Stripe1795297564299 implements MigrationInterface {
    public async up(queryRunner: QueryRunner): Promise<any> {
        await queryRunner.query(
            `CREATE TABLE "stripe_payment_intent" ("createdAt" TIMESTAMP NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP NOT NULL DEFAULT now(), "paymentIntentId" character varying(255) NOT NULL, "orderCode" character varying(64) NOT NULL, "amount" integer NOT NULL, "stripeAmount" integer NOT NULL, "currencyCode" character varying(3) NOT NULL, "status" character varying(40) NOT NULL, "revision" integer NOT NULL DEFAULT '0', "settlementNonce" character varying(64), "lastError" text, "id" SERIAL NOT NULL, "channelId" integer NOT NULL, "orderId" integer NOT NULL, "paymentMethodId" integer NOT NULL, "paymentId" integer, CONSTRAINT "PK_0cf937ad5c1197450969b0d7160" PRIMARY KEY ("id"))`,
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
            `CREATE TABLE "stripe_webhook_event" ("createdAt" TIMESTAMP NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP NOT NULL DEFAULT now(), "eventId" character varying(255) NOT NULL, "type" character varying(80) NOT NULL, "paymentIntentId" character varying(255), "result" character varying(30) NOT NULL, "message" text, "id" SERIAL NOT NULL, "channelId" integer, "orderId" integer, CONSTRAINT "PK_3d6009ae21511f7fe9339560413" PRIMARY KEY ("id"))`,
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
        await queryRunner.query(`DROP INDEX "public"."IDX_236d115c9c4b8e476dded30d5b"`, undefined);
        await queryRunner.query(`DROP INDEX "public"."IDX_3f3aec9c21cfaeb06f917fdd77"`, undefined);
        await queryRunner.query(`DROP INDEX "public"."IDX_ee6a86b6f16d027004e82e45f7"`, undefined);
        await queryRunner.query(`DROP TABLE "stripe_webhook_event"`, undefined);
        await queryRunner.query(`DROP INDEX "public"."IDX_6c291dab867a4cb246818fc224"`, undefined);
        await queryRunner.query(`DROP INDEX "public"."IDX_92edcdd39bbef53e7a3e5f0b2c"`, undefined);
        await queryRunner.query(`DROP INDEX "public"."IDX_832f226d798cba9b839c2f735b"`, undefined);
        await queryRunner.query(`DROP TABLE "stripe_payment_intent"`, undefined);
    }
}
