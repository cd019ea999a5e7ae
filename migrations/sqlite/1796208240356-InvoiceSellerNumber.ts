import { MigrationInterface, QueryRunner } from 'typeorm';
import { backfillSellerKeys } from '../../plugins/invoices/migrations/seller-key-backfill';

export class InvoiceSellerNumber1796208240356 implements MigrationInterface {
    public async up(queryRunner: QueryRunner): Promise<any> {
        await queryRunner.query(`DROP INDEX "IDX_radiant_invoice_dedupe"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_radiant_invoice_order"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_radiant_invoice_number"`, undefined);
        await queryRunner.query(
            `CREATE TABLE "temporary_radiant_invoice" ("createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "dedupeKey" varchar(100) NOT NULL, "number" varchar(64) NOT NULL, "series" varchar(32) NOT NULL, "sequenceValue" integer NOT NULL, "type" varchar(16) NOT NULL, "originalInvoiceNumber" varchar(64), "orderCode" varchar(64) NOT NULL, "seller" text NOT NULL, "customer" text NOT NULL, "lines" text NOT NULL, "taxTotals" text NOT NULL, "totalExclTax" integer NOT NULL, "totalInclTax" integer NOT NULL, "currencyCode" varchar(3) NOT NULL, "issuedAt" datetime NOT NULL, "saleDate" datetime NOT NULL, "paymentDate" datetime, "paymentMethod" varchar(255), "pdfKey" varchar(255), "pdfSha256" varchar(64), "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "channelId" integer NOT NULL, "originalInvoiceId" integer, "orderId" integer NOT NULL, "languageCode" varchar(8) NOT NULL DEFAULT ('fr'), "sellerKey" varchar(32))`,
            undefined,
        );
        await queryRunner.query(
            `INSERT INTO "temporary_radiant_invoice"("createdAt", "updatedAt", "dedupeKey", "number", "series", "sequenceValue", "type", "originalInvoiceNumber", "orderCode", "seller", "customer", "lines", "taxTotals", "totalExclTax", "totalInclTax", "currencyCode", "issuedAt", "saleDate", "paymentDate", "paymentMethod", "pdfKey", "pdfSha256", "id", "channelId", "originalInvoiceId", "orderId", "languageCode") SELECT "createdAt", "updatedAt", "dedupeKey", "number", "series", "sequenceValue", "type", "originalInvoiceNumber", "orderCode", "seller", "customer", "lines", "taxTotals", "totalExclTax", "totalInclTax", "currencyCode", "issuedAt", "saleDate", "paymentDate", "paymentMethod", "pdfKey", "pdfSha256", "id", "channelId", "originalInvoiceId", "orderId", "languageCode" FROM "radiant_invoice"`,
            undefined,
        );
        await queryRunner.query(`DROP TABLE "radiant_invoice"`, undefined);
        await queryRunner.query(
            `ALTER TABLE "temporary_radiant_invoice" RENAME TO "radiant_invoice"`,
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
        // Issued numbers never change: a legacy duplicate keeps a null key (see backfillSellerKeys).
        await backfillSellerKeys(queryRunner);
        await queryRunner.query(
            `CREATE UNIQUE INDEX "IDX_radiant_invoice_seller_number" ON "radiant_invoice" ("sellerKey", "number") `,
            undefined,
        );
    }

    public async down(queryRunner: QueryRunner): Promise<any> {
        await queryRunner.query(`DROP INDEX "IDX_radiant_invoice_seller_number"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_radiant_invoice_number"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_radiant_invoice_order"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_radiant_invoice_dedupe"`, undefined);
        await queryRunner.query(
            `ALTER TABLE "radiant_invoice" RENAME TO "temporary_radiant_invoice"`,
            undefined,
        );
        await queryRunner.query(
            `CREATE TABLE "radiant_invoice" ("createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "dedupeKey" varchar(100) NOT NULL, "number" varchar(64) NOT NULL, "series" varchar(32) NOT NULL, "sequenceValue" integer NOT NULL, "type" varchar(16) NOT NULL, "originalInvoiceNumber" varchar(64), "orderCode" varchar(64) NOT NULL, "seller" text NOT NULL, "customer" text NOT NULL, "lines" text NOT NULL, "taxTotals" text NOT NULL, "totalExclTax" integer NOT NULL, "totalInclTax" integer NOT NULL, "currencyCode" varchar(3) NOT NULL, "issuedAt" datetime NOT NULL, "saleDate" datetime NOT NULL, "paymentDate" datetime, "paymentMethod" varchar(255), "pdfKey" varchar(255), "pdfSha256" varchar(64), "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "channelId" integer NOT NULL, "originalInvoiceId" integer, "orderId" integer NOT NULL, "languageCode" varchar(8) NOT NULL DEFAULT ('fr'))`,
            undefined,
        );
        await queryRunner.query(
            `INSERT INTO "radiant_invoice"("createdAt", "updatedAt", "dedupeKey", "number", "series", "sequenceValue", "type", "originalInvoiceNumber", "orderCode", "seller", "customer", "lines", "taxTotals", "totalExclTax", "totalInclTax", "currencyCode", "issuedAt", "saleDate", "paymentDate", "paymentMethod", "pdfKey", "pdfSha256", "id", "channelId", "originalInvoiceId", "orderId", "languageCode") SELECT "createdAt", "updatedAt", "dedupeKey", "number", "series", "sequenceValue", "type", "originalInvoiceNumber", "orderCode", "seller", "customer", "lines", "taxTotals", "totalExclTax", "totalInclTax", "currencyCode", "issuedAt", "saleDate", "paymentDate", "paymentMethod", "pdfKey", "pdfSha256", "id", "channelId", "originalInvoiceId", "orderId", "languageCode" FROM "temporary_radiant_invoice"`,
            undefined,
        );
        await queryRunner.query(`DROP TABLE "temporary_radiant_invoice"`, undefined);
        await queryRunner.query(
            `CREATE UNIQUE INDEX "IDX_radiant_invoice_number" ON "radiant_invoice" ("channelId", "series", "number") `,
            undefined,
        );
        await queryRunner.query(
            `CREATE INDEX "IDX_radiant_invoice_order" ON "radiant_invoice" ("orderId") `,
            undefined,
        );
        await queryRunner.query(
            `CREATE UNIQUE INDEX "IDX_radiant_invoice_dedupe" ON "radiant_invoice" ("dedupeKey") `,
            undefined,
        );
    }
}
