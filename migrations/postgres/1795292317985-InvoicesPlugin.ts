import { MigrationInterface, QueryRunner } from 'typeorm';

export class InvoicesPlugin1795292317985 implements MigrationInterface {
    public async up(queryRunner: QueryRunner): Promise<any> {
        await queryRunner.query(
            `CREATE TABLE "radiant_invoice_sequence" ("createdAt" TIMESTAMP NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP NOT NULL DEFAULT now(), "series" character varying(32) NOT NULL, "year" integer NOT NULL, "nextValue" integer NOT NULL, "id" SERIAL NOT NULL, "channelId" integer NOT NULL, CONSTRAINT "PK_899e883440642548c23b01168a2" PRIMARY KEY ("id"))`,
            undefined,
        );
        await queryRunner.query(
            `CREATE UNIQUE INDEX "IDX_radiant_invoice_sequence_key" ON "radiant_invoice_sequence" ("channelId", "series", "year") `,
            undefined,
        );
        await queryRunner.query(
            `CREATE TABLE "radiant_invoice" ("createdAt" TIMESTAMP NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP NOT NULL DEFAULT now(), "dedupeKey" character varying(100) NOT NULL, "number" character varying(64) NOT NULL, "series" character varying(32) NOT NULL, "sequenceValue" integer NOT NULL, "type" character varying(16) NOT NULL, "originalInvoiceNumber" character varying(64), "orderCode" character varying(64) NOT NULL, "seller" text NOT NULL, "customer" text NOT NULL, "lines" text NOT NULL, "taxTotals" text NOT NULL, "totalExclTax" integer NOT NULL, "totalInclTax" integer NOT NULL, "currencyCode" character varying(3) NOT NULL, "issuedAt" TIMESTAMP NOT NULL, "saleDate" TIMESTAMP NOT NULL, "paymentDate" TIMESTAMP, "paymentMethod" character varying(255), "pdfKey" character varying(255), "pdfSha256" character varying(64), "id" SERIAL NOT NULL, "channelId" integer NOT NULL, "originalInvoiceId" integer, "orderId" integer NOT NULL, CONSTRAINT "PK_a4e72cd525ace0064451757b1fb" PRIMARY KEY ("id"))`,
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
        await queryRunner.query(`DROP INDEX "public"."IDX_radiant_invoice_number"`, undefined);
        await queryRunner.query(`DROP INDEX "public"."IDX_radiant_invoice_order"`, undefined);
        await queryRunner.query(`DROP INDEX "public"."IDX_radiant_invoice_dedupe"`, undefined);
        await queryRunner.query(`DROP TABLE "radiant_invoice"`, undefined);
        await queryRunner.query(`DROP INDEX "public"."IDX_radiant_invoice_sequence_key"`, undefined);
        await queryRunner.query(`DROP TABLE "radiant_invoice_sequence"`, undefined);
    }
}
