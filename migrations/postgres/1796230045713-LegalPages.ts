import { MigrationInterface, QueryRunner } from 'typeorm';

export class LegalPages1796230045713 implements MigrationInterface {
    public async up(queryRunner: QueryRunner): Promise<any> {
        await queryRunner.query(
            `CREATE TABLE "radiant_legal_page" ("createdAt" TIMESTAMP NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP NOT NULL DEFAULT now(), "slug" character varying(64) NOT NULL, "enabled" boolean NOT NULL DEFAULT true, "id" SERIAL NOT NULL, "channelId" integer NOT NULL, CONSTRAINT "PK_00a0836510903222e9835db0928" PRIMARY KEY ("id"))`,
            undefined,
        );
        await queryRunner.query(
            `CREATE UNIQUE INDEX "IDX_radiant_legal_page_channel_slug" ON "radiant_legal_page" ("channelId", "slug") `,
            undefined,
        );
        await queryRunner.query(
            `CREATE TABLE "radiant_legal_page_translation" ("createdAt" TIMESTAMP NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP NOT NULL DEFAULT now(), "languageCode" character varying NOT NULL, "title" character varying(200) NOT NULL, "body" text NOT NULL, "id" SERIAL NOT NULL, "baseId" integer, CONSTRAINT "PK_d06f146975b6f4d5de0a814c985" PRIMARY KEY ("id"))`,
            undefined,
        );
        await queryRunner.query(
            `CREATE INDEX "IDX_751672ed4d2c3dcdc6a6729da9" ON "radiant_legal_page_translation" ("baseId") `,
            undefined,
        );
        await queryRunner.query(
            `ALTER TABLE "radiant_legal_page_translation" ADD CONSTRAINT "FK_751672ed4d2c3dcdc6a6729da98" FOREIGN KEY ("baseId") REFERENCES "radiant_legal_page"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
            undefined,
        );
    }

    public async down(queryRunner: QueryRunner): Promise<any> {
        await queryRunner.query(
            `ALTER TABLE "radiant_legal_page_translation" DROP CONSTRAINT "FK_751672ed4d2c3dcdc6a6729da98"`,
            undefined,
        );
        await queryRunner.query(`DROP INDEX "public"."IDX_751672ed4d2c3dcdc6a6729da9"`, undefined);
        await queryRunner.query(`DROP TABLE "radiant_legal_page_translation"`, undefined);
        await queryRunner.query(`DROP INDEX "public"."IDX_radiant_legal_page_channel_slug"`, undefined);
        await queryRunner.query(`DROP TABLE "radiant_legal_page"`, undefined);
    }
}
