import { MigrationInterface, QueryRunner } from 'typeorm';

export class CinetPay1795292114391 implements MigrationInterface {
    public async up(queryRunner: QueryRunner): Promise<any> {
        await queryRunner.query(
            `CREATE TABLE "cinetpay_notification" ("createdAt" TIMESTAMP NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP NOT NULL DEFAULT now(), "transactionId" character varying(64), "httpMethod" character varying(10) NOT NULL, "contentType" character varying(100), "xToken" character varying(128), "body" text NOT NULL, "verified" boolean NOT NULL DEFAULT false, "result" character varying(20) NOT NULL, "responseStatus" integer NOT NULL, "message" text, "id" SERIAL NOT NULL, "channelId" integer, CONSTRAINT "PK_42a053fa85a99f68a87d342b2fa" PRIMARY KEY ("id"))`,
            undefined,
        );
        await queryRunner.query(
            `CREATE INDEX "IDX_b9a4f29156c2b2e14b88092234" ON "cinetpay_notification" ("transactionId") `,
            undefined,
        );
        await queryRunner.query(
            `CREATE INDEX "IDX_cc8458f323fd15794e58d1fd8a" ON "cinetpay_notification" ("channelId") `,
            undefined,
        );
        await queryRunner.query(
            `CREATE TABLE "cinetpay_transaction" ("createdAt" TIMESTAMP NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP NOT NULL DEFAULT now(), "transactionId" character varying(30) NOT NULL, "orderCode" character varying(64) NOT NULL, "amount" integer NOT NULL, "gatewayAmount" integer NOT NULL, "currencyCode" character varying(3) NOT NULL, "status" character varying(20) NOT NULL, "paymentUrl" character varying(500), "paymentToken" character varying(255), "checkCode" character varying(20), "checkStatus" character varying(40), "paymentMethodUsed" character varying(40), "operatorId" character varying(100), "settlementNonce" character varying(64), "errorMessage" text, "id" SERIAL NOT NULL, "channelId" integer NOT NULL, "orderId" integer NOT NULL, "paymentMethodId" integer NOT NULL, "paymentId" integer, CONSTRAINT "PK_d884fac394d28764e6c232cc754" PRIMARY KEY ("id"))`,
            undefined,
        );
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

    public async down(queryRunner: QueryRunner): Promise<any> {
        await queryRunner.query(`DROP INDEX "public"."IDX_b9d027ab504236890fa3b0c8bf"`, undefined);
        await queryRunner.query(`DROP INDEX "public"."IDX_c95ecfd0489c31a715d5038e24"`, undefined);
        await queryRunner.query(`DROP INDEX "public"."IDX_a4f7371f9f46fd317b6c151a15"`, undefined);
        await queryRunner.query(`DROP TABLE "cinetpay_transaction"`, undefined);
        await queryRunner.query(`DROP INDEX "public"."IDX_cc8458f323fd15794e58d1fd8a"`, undefined);
        await queryRunner.query(`DROP INDEX "public"."IDX_b9a4f29156c2b2e14b88092234"`, undefined);
        await queryRunner.query(`DROP TABLE "cinetpay_notification"`, undefined);
    }
}
