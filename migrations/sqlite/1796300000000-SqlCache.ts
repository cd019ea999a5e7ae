import { MigrationInterface, QueryRunner } from 'typeorm';

export class SqlCache1796300000000 implements MigrationInterface {
    public async up(queryRunner: QueryRunner): Promise<any> {
        await queryRunner.query(
            `CREATE TABLE "cache_item" ("createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "insertedAt" datetime(3) NOT NULL, "key" varchar NOT NULL, "value" text NOT NULL, "expiresAt" datetime(3), "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, CONSTRAINT "UQ_1ada355aa01694ed45f7ed0fba8" UNIQUE ("key"))`,
            undefined,
        );
        await queryRunner.query(`CREATE INDEX "cache_item_key" ON "cache_item" ("key") `, undefined);
        await queryRunner.query(
            `CREATE TABLE "cache_tag" ("createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "tag" varchar NOT NULL, "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "itemId" integer NOT NULL, CONSTRAINT "UQ_99cfdf5b111a6589a5c5ab1e0c7" UNIQUE ("tag", "itemId"))`,
            undefined,
        );
        await queryRunner.query(`CREATE INDEX "cache_tag_tag" ON "cache_tag" ("tag") `, undefined);
        await queryRunner.query(`DROP INDEX "cache_tag_tag"`, undefined);
        await queryRunner.query(
            `CREATE TABLE "temporary_cache_tag" ("createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "tag" varchar NOT NULL, "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "itemId" integer NOT NULL, CONSTRAINT "UQ_99cfdf5b111a6589a5c5ab1e0c7" UNIQUE ("tag", "itemId"), CONSTRAINT "FK_16516b25ba15db4e95261bb0bfe" FOREIGN KEY ("itemId") REFERENCES "cache_item" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`,
            undefined,
        );
        await queryRunner.query(
            `INSERT INTO "temporary_cache_tag"("createdAt", "updatedAt", "tag", "id", "itemId") SELECT "createdAt", "updatedAt", "tag", "id", "itemId" FROM "cache_tag"`,
            undefined,
        );
        await queryRunner.query(`DROP TABLE "cache_tag"`, undefined);
        await queryRunner.query(`ALTER TABLE "temporary_cache_tag" RENAME TO "cache_tag"`, undefined);
        await queryRunner.query(`CREATE INDEX "cache_tag_tag" ON "cache_tag" ("tag") `, undefined);
    }

    public async down(queryRunner: QueryRunner): Promise<any> {
        await queryRunner.query(`DROP INDEX "cache_tag_tag"`, undefined);
        await queryRunner.query(`ALTER TABLE "cache_tag" RENAME TO "temporary_cache_tag"`, undefined);
        await queryRunner.query(
            `CREATE TABLE "cache_tag" ("createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "tag" varchar NOT NULL, "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "itemId" integer NOT NULL, CONSTRAINT "UQ_99cfdf5b111a6589a5c5ab1e0c7" UNIQUE ("tag", "itemId"))`,
            undefined,
        );
        await queryRunner.query(
            `INSERT INTO "cache_tag"("createdAt", "updatedAt", "tag", "id", "itemId") SELECT "createdAt", "updatedAt", "tag", "id", "itemId" FROM "temporary_cache_tag"`,
            undefined,
        );
        await queryRunner.query(`DROP TABLE "temporary_cache_tag"`, undefined);
        await queryRunner.query(`CREATE INDEX "cache_tag_tag" ON "cache_tag" ("tag") `, undefined);
        await queryRunner.query(`DROP INDEX "cache_tag_tag"`, undefined);
        await queryRunner.query(`DROP TABLE "cache_tag"`, undefined);
        await queryRunner.query(`DROP INDEX "cache_item_key"`, undefined);
        await queryRunner.query(`DROP TABLE "cache_item"`, undefined);
    }
}
