import { MigrationInterface, QueryRunner } from 'typeorm';
import { backfillSellerKeys } from '../../plugins/invoices/migrations/seller-key-backfill';

export class InvoiceSellerNumber1796208244294 implements MigrationInterface {
    public async up(queryRunner: QueryRunner): Promise<any> {
        await queryRunner.query(
            `ALTER TABLE "radiant_invoice" ADD "sellerKey" character varying(32)`,
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
        await queryRunner.query(`DROP INDEX "public"."IDX_radiant_invoice_seller_number"`, undefined);
        await queryRunner.query(`ALTER TABLE "radiant_invoice" DROP COLUMN "sellerKey"`, undefined);
    }
}
