import { MigrationInterface, QueryRunner } from 'typeorm';

export class InvoiceLanguage1795296929466 implements MigrationInterface {
    public async up(queryRunner: QueryRunner): Promise<any> {
        await queryRunner.query(
            `ALTER TABLE "radiant_invoice" ADD "languageCode" character varying(8) NOT NULL DEFAULT 'fr'`,
            undefined,
        );
    }

    public async down(queryRunner: QueryRunner): Promise<any> {
        await queryRunner.query(`ALTER TABLE "radiant_invoice" DROP COLUMN "languageCode"`, undefined);
    }
}
