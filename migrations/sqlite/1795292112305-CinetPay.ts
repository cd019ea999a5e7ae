import { MigrationInterface, QueryRunner } from 'typeorm';

export class CinetPay1795292112305 implements MigrationInterface {
    public async up(queryRunner: QueryRunner): Promise<any> {
        await queryRunner.query(
            `CREATE TABLE "cinetpay_notification" ("createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "transactionId" varchar(64), "httpMethod" varchar(10) NOT NULL, "contentType" varchar(100), "xToken" varchar(128), "body" text NOT NULL, "verified" boolean NOT NULL DEFAULT (0), "result" varchar(20) NOT NULL, "responseStatus" integer NOT NULL, "message" text, "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "channelId" integer)`,
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
            `CREATE TABLE "cinetpay_transaction" ("createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "transactionId" varchar(30) NOT NULL, "orderCode" varchar(64) NOT NULL, "amount" integer NOT NULL, "gatewayAmount" integer NOT NULL, "currencyCode" varchar(3) NOT NULL, "status" varchar(20) NOT NULL, "paymentUrl" varchar(500), "paymentToken" varchar(255), "checkCode" varchar(20), "checkStatus" varchar(40), "paymentMethodUsed" varchar(40), "operatorId" varchar(100), "settlementNonce" varchar(64), "errorMessage" text, "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "channelId" integer NOT NULL, "orderId" integer NOT NULL, "paymentMethodId" integer NOT NULL, "paymentId" integer)`,
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
        await queryRunner.query(`DROP INDEX "IDX_b9d027ab504236890fa3b0c8bf"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_c95ecfd0489c31a715d5038e24"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_a4f7371f9f46fd317b6c151a15"`, undefined);
        await queryRunner.query(`DROP TABLE "cinetpay_transaction"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_cc8458f323fd15794e58d1fd8a"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_b9a4f29156c2b2e14b88092234"`, undefined);
        await queryRunner.query(`DROP TABLE "cinetpay_notification"`, undefined);
    }
}
