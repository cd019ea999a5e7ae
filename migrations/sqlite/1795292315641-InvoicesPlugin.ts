import { MigrationInterface, QueryRunner } from 'typeorm';

export class InvoicesPlugin1795292315641 implements MigrationInterface {
    public async up(queryRunner: QueryRunner): Promise<any> {
        await queryRunner.query(
            `CREATE TABLE "radiant_invoice_sequence" ("createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "series" varchar(32) NOT NULL, "year" integer NOT NULL, "nextValue" integer NOT NULL, "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "channelId" integer NOT NULL)`,
            undefined,
        );
        await queryRunner.query(
            `CREATE UNIQUE INDEX "IDX_radiant_invoice_sequence_key" ON "radiant_invoice_sequence" ("channelId", "series", "year") `,
            undefined,
        );
        await queryRunner.query(
            `CREATE TABLE "radiant_invoice" ("createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "dedupeKey" varchar(100) NOT NULL, "number" varchar(64) NOT NULL, "series" varchar(32) NOT NULL, "sequenceValue" integer NOT NULL, "type" varchar(16) NOT NULL, "originalInvoiceNumber" varchar(64), "orderCode" varchar(64) NOT NULL, "seller" text NOT NULL, "customer" text NOT NULL, "lines" text NOT NULL, "taxTotals" text NOT NULL, "totalExclTax" integer NOT NULL, "totalInclTax" integer NOT NULL, "currencyCode" varchar(3) NOT NULL, "issuedAt" datetime NOT NULL, "saleDate" datetime NOT NULL, "paymentDate" datetime, "paymentMethod" varchar(255), "pdfKey" varchar(255), "pdfSha256" varchar(64), "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "channelId" integer NOT NULL, "originalInvoiceId" integer, "orderId" integer NOT NULL)`,
            undefined,
        );
        await queryRunner.query(
            `CREATE UNIQUE INDEX "IDX_radiant_invoice_dedupe" ON "radiant_invoice" ("dedupeKey") `,
            undefined,
        );
        await queryRunner.query(
            `CREATE INDEX "IDX_radiant_invoice_order" ON "radiant_invoice" ("orderId") `,
            undefined,
        );
        await queryRunner.query(
            `CREATE UNIQUE INDEX "IDX_radiant_invoice_number" ON "radiant_invoice" ("channelId", "series", "number") `,
            undefined,
        );
    }

    public async down(queryRunner: QueryRunner): Promise<any> {
        await queryRunner.query(`DROP INDEX "IDX_radiant_invoice_number"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_radiant_invoice_order"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_radiant_invoice_dedupe"`, undefined);
        await queryRunner.query(`DROP TABLE "radiant_invoice"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_radiant_invoice_sequence_key"`, undefined);
        await queryRunner.query(`DROP TABLE "radiant_invoice_sequence"`, undefined);
    }
}
