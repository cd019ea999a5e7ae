import { MigrationInterface, QueryRunner } from 'typeorm';

export class LegalPages1796230028014 implements MigrationInterface {
    public async up(queryRunner: QueryRunner): Promise<any> {
        await queryRunner.query(
            `CREATE TABLE "radiant_legal_page" ("createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "slug" varchar(64) NOT NULL, "enabled" boolean NOT NULL DEFAULT (1), "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "channelId" integer NOT NULL)`,
            undefined,
        );
        await queryRunner.query(
            `CREATE UNIQUE INDEX "IDX_radiant_legal_page_channel_slug" ON "radiant_legal_page" ("channelId", "slug") `,
            undefined,
        );
        await queryRunner.query(
            `CREATE TABLE "radiant_legal_page_translation" ("createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "languageCode" varchar NOT NULL, "title" varchar(200) NOT NULL, "body" text NOT NULL, "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "baseId" integer)`,
            undefined,
        );
        await queryRunner.query(
            `CREATE INDEX "IDX_751672ed4d2c3dcdc6a6729da9" ON "radiant_legal_page_translation" ("baseId") `,
            undefined,
        );
        await queryRunner.query(`DROP INDEX "IDX_751672ed4d2c3dcdc6a6729da9"`, undefined);
        await queryRunner.query(
            `CREATE TABLE "temporary_radiant_legal_page_translation" ("createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "languageCode" varchar NOT NULL, "title" varchar(200) NOT NULL, "body" text NOT NULL, "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "baseId" integer, CONSTRAINT "FK_751672ed4d2c3dcdc6a6729da98" FOREIGN KEY ("baseId") REFERENCES "radiant_legal_page" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`,
            undefined,
        );
        await queryRunner.query(
            `INSERT INTO "temporary_radiant_legal_page_translation"("createdAt", "updatedAt", "languageCode", "title", "body", "id", "baseId") SELECT "createdAt", "updatedAt", "languageCode", "title", "body", "id", "baseId" FROM "radiant_legal_page_translation"`,
            undefined,
        );
        await queryRunner.query(`DROP TABLE "radiant_legal_page_translation"`, undefined);
        await queryRunner.query(
            `ALTER TABLE "temporary_radiant_legal_page_translation" RENAME TO "radiant_legal_page_translation"`,
            undefined,
        );
        await queryRunner.query(
            `CREATE INDEX "IDX_751672ed4d2c3dcdc6a6729da9" ON "radiant_legal_page_translation" ("baseId") `,
            undefined,
        );
    }

    public async down(queryRunner: QueryRunner): Promise<any> {
        await queryRunner.query(`DROP INDEX "IDX_751672ed4d2c3dcdc6a6729da9"`, undefined);
        await queryRunner.query(
            `ALTER TABLE "radiant_legal_page_translation" RENAME TO "temporary_radiant_legal_page_translation"`,
            undefined,
        );
        await queryRunner.query(
            `CREATE TABLE "radiant_legal_page_translation" ("createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "languageCode" varchar NOT NULL, "title" varchar(200) NOT NULL, "body" text NOT NULL, "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "baseId" integer)`,
            undefined,
        );
        await queryRunner.query(
            `INSERT INTO "radiant_legal_page_translation"("createdAt", "updatedAt", "languageCode", "title", "body", "id", "baseId") SELECT "createdAt", "updatedAt", "languageCode", "title", "body", "id", "baseId" FROM "temporary_radiant_legal_page_translation"`,
            undefined,
        );
        await queryRunner.query(`DROP TABLE "temporary_radiant_legal_page_translation"`, undefined);
        await queryRunner.query(
            `CREATE INDEX "IDX_751672ed4d2c3dcdc6a6729da9" ON "radiant_legal_page_translation" ("baseId") `,
            undefined,
        );
        await queryRunner.query(`DROP INDEX "IDX_751672ed4d2c3dcdc6a6729da9"`, undefined);
        await queryRunner.query(`DROP TABLE "radiant_legal_page_translation"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_radiant_legal_page_channel_slug"`, undefined);
        await queryRunner.query(`DROP TABLE "radiant_legal_page"`, undefined);
    }
}
