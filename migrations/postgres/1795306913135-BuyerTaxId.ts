import { MigrationInterface, QueryRunner } from 'typeorm';

export class BuyerTaxId1795306913135 implements MigrationInterface {
    public async up(queryRunner: QueryRunner): Promise<any> {
        await queryRunner.query(
            `ALTER TABLE "order" ADD "customFieldsBuyervatnumber" character varying(40)`,
            undefined,
        );
        await queryRunner.query(
            `ALTER TABLE "order" ADD "customFieldsBuyersiren" character varying(20)`,
            undefined,
        );
    }

    public async down(queryRunner: QueryRunner): Promise<any> {
        await queryRunner.query(`ALTER TABLE "order" DROP COLUMN "customFieldsBuyersiren"`, undefined);
        await queryRunner.query(`ALTER TABLE "order" DROP COLUMN "customFieldsBuyervatnumber"`, undefined);
    }
}
