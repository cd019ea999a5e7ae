import { MigrationInterface, QueryRunner } from 'typeorm';

export class VipPricing1796232347749 implements MigrationInterface {
    public async up(queryRunner: QueryRunner): Promise<any> {
        await queryRunner.query(
            `CREATE TABLE "radiant_vip_tier" ("createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "rank" integer NOT NULL, "discountBasisPoints" integer NOT NULL DEFAULT (0), "joinSpend" integer NOT NULL, "keepSpend" integer NOT NULL, "currencyCode" varchar(3) NOT NULL, "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "channelId" integer NOT NULL, "customerGroupId" integer NOT NULL)`,
            undefined,
        );
        await queryRunner.query(
            `CREATE INDEX "IDX_radiant_vip_tier_channel" ON "radiant_vip_tier" ("channelId") `,
            undefined,
        );
        await queryRunner.query(
            `CREATE UNIQUE INDEX "IDX_radiant_vip_tier_group" ON "radiant_vip_tier" ("customerGroupId") `,
            undefined,
        );
        await queryRunner.query(
            `CREATE TABLE "radiant_vip_customer_status" ("createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "spend" integer NOT NULL DEFAULT (0), "evaluatedAt" datetime, "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "channelId" integer NOT NULL, "customerId" integer NOT NULL, "pinnedTierId" integer)`,
            undefined,
        );
        await queryRunner.query(
            `CREATE UNIQUE INDEX "IDX_radiant_vip_customer_status_key" ON "radiant_vip_customer_status" ("channelId", "customerId") `,
            undefined,
        );
        await queryRunner.query(
            `CREATE TABLE "radiant_vip_price" ("createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "price" integer NOT NULL, "currencyCode" varchar(3) NOT NULL, "startsAt" datetime, "endsAt" datetime, "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "channelId" integer NOT NULL, "tierId" integer NOT NULL, "productVariantId" integer NOT NULL)`,
            undefined,
        );
        await queryRunner.query(
            `CREATE INDEX "IDX_radiant_vip_price_channel" ON "radiant_vip_price" ("channelId") `,
            undefined,
        );
        await queryRunner.query(
            `CREATE INDEX "IDX_radiant_vip_price_tier_variant" ON "radiant_vip_price" ("tierId", "productVariantId") `,
            undefined,
        );
        await queryRunner.query(`DROP INDEX "IDX_radiant_vip_tier_channel"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_radiant_vip_tier_group"`, undefined);
        await queryRunner.query(
            `CREATE TABLE "temporary_radiant_vip_tier" ("createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "rank" integer NOT NULL, "discountBasisPoints" integer NOT NULL DEFAULT (0), "joinSpend" integer NOT NULL, "keepSpend" integer NOT NULL, "currencyCode" varchar(3) NOT NULL, "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "channelId" integer NOT NULL, "customerGroupId" integer NOT NULL, CONSTRAINT "FK_6e6c0681cc2fcd7ede189d17207" FOREIGN KEY ("customerGroupId") REFERENCES "customer_group" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`,
            undefined,
        );
        await queryRunner.query(
            `INSERT INTO "temporary_radiant_vip_tier"("createdAt", "updatedAt", "rank", "discountBasisPoints", "joinSpend", "keepSpend", "currencyCode", "id", "channelId", "customerGroupId") SELECT "createdAt", "updatedAt", "rank", "discountBasisPoints", "joinSpend", "keepSpend", "currencyCode", "id", "channelId", "customerGroupId" FROM "radiant_vip_tier"`,
            undefined,
        );
        await queryRunner.query(`DROP TABLE "radiant_vip_tier"`, undefined);
        await queryRunner.query(
            `ALTER TABLE "temporary_radiant_vip_tier" RENAME TO "radiant_vip_tier"`,
            undefined,
        );
        await queryRunner.query(
            `CREATE INDEX "IDX_radiant_vip_tier_channel" ON "radiant_vip_tier" ("channelId") `,
            undefined,
        );
        await queryRunner.query(
            `CREATE UNIQUE INDEX "IDX_radiant_vip_tier_group" ON "radiant_vip_tier" ("customerGroupId") `,
            undefined,
        );
        await queryRunner.query(`DROP INDEX "IDX_radiant_vip_customer_status_key"`, undefined);
        await queryRunner.query(
            `CREATE TABLE "temporary_radiant_vip_customer_status" ("createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "spend" integer NOT NULL DEFAULT (0), "evaluatedAt" datetime, "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "channelId" integer NOT NULL, "customerId" integer NOT NULL, "pinnedTierId" integer, CONSTRAINT "FK_8080ba08d60566204dd076fbf7e" FOREIGN KEY ("customerId") REFERENCES "customer" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_c7598324fc289222da9623b5667" FOREIGN KEY ("pinnedTierId") REFERENCES "radiant_vip_tier" ("id") ON DELETE SET NULL ON UPDATE NO ACTION)`,
            undefined,
        );
        await queryRunner.query(
            `INSERT INTO "temporary_radiant_vip_customer_status"("createdAt", "updatedAt", "spend", "evaluatedAt", "id", "channelId", "customerId", "pinnedTierId") SELECT "createdAt", "updatedAt", "spend", "evaluatedAt", "id", "channelId", "customerId", "pinnedTierId" FROM "radiant_vip_customer_status"`,
            undefined,
        );
        await queryRunner.query(`DROP TABLE "radiant_vip_customer_status"`, undefined);
        await queryRunner.query(
            `ALTER TABLE "temporary_radiant_vip_customer_status" RENAME TO "radiant_vip_customer_status"`,
            undefined,
        );
        await queryRunner.query(
            `CREATE UNIQUE INDEX "IDX_radiant_vip_customer_status_key" ON "radiant_vip_customer_status" ("channelId", "customerId") `,
            undefined,
        );
        await queryRunner.query(`DROP INDEX "IDX_radiant_vip_price_channel"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_radiant_vip_price_tier_variant"`, undefined);
        await queryRunner.query(
            `CREATE TABLE "temporary_radiant_vip_price" ("createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "price" integer NOT NULL, "currencyCode" varchar(3) NOT NULL, "startsAt" datetime, "endsAt" datetime, "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "channelId" integer NOT NULL, "tierId" integer NOT NULL, "productVariantId" integer NOT NULL, CONSTRAINT "FK_cdc32bbcc920423faa69fe9911f" FOREIGN KEY ("tierId") REFERENCES "radiant_vip_tier" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_7a4aa3340178f11c9e2f8486327" FOREIGN KEY ("productVariantId") REFERENCES "product_variant" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`,
            undefined,
        );
        await queryRunner.query(
            `INSERT INTO "temporary_radiant_vip_price"("createdAt", "updatedAt", "price", "currencyCode", "startsAt", "endsAt", "id", "channelId", "tierId", "productVariantId") SELECT "createdAt", "updatedAt", "price", "currencyCode", "startsAt", "endsAt", "id", "channelId", "tierId", "productVariantId" FROM "radiant_vip_price"`,
            undefined,
        );
        await queryRunner.query(`DROP TABLE "radiant_vip_price"`, undefined);
        await queryRunner.query(
            `ALTER TABLE "temporary_radiant_vip_price" RENAME TO "radiant_vip_price"`,
            undefined,
        );
        await queryRunner.query(
            `CREATE INDEX "IDX_radiant_vip_price_channel" ON "radiant_vip_price" ("channelId") `,
            undefined,
        );
        await queryRunner.query(
            `CREATE INDEX "IDX_radiant_vip_price_tier_variant" ON "radiant_vip_price" ("tierId", "productVariantId") `,
            undefined,
        );
    }

    public async down(queryRunner: QueryRunner): Promise<any> {
        await queryRunner.query(`DROP INDEX "IDX_radiant_vip_price_tier_variant"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_radiant_vip_price_channel"`, undefined);
        await queryRunner.query(
            `ALTER TABLE "radiant_vip_price" RENAME TO "temporary_radiant_vip_price"`,
            undefined,
        );
        await queryRunner.query(
            `CREATE TABLE "radiant_vip_price" ("createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "price" integer NOT NULL, "currencyCode" varchar(3) NOT NULL, "startsAt" datetime, "endsAt" datetime, "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "channelId" integer NOT NULL, "tierId" integer NOT NULL, "productVariantId" integer NOT NULL)`,
            undefined,
        );
        await queryRunner.query(
            `INSERT INTO "radiant_vip_price"("createdAt", "updatedAt", "price", "currencyCode", "startsAt", "endsAt", "id", "channelId", "tierId", "productVariantId") SELECT "createdAt", "updatedAt", "price", "currencyCode", "startsAt", "endsAt", "id", "channelId", "tierId", "productVariantId" FROM "temporary_radiant_vip_price"`,
            undefined,
        );
        await queryRunner.query(`DROP TABLE "temporary_radiant_vip_price"`, undefined);
        await queryRunner.query(
            `CREATE INDEX "IDX_radiant_vip_price_tier_variant" ON "radiant_vip_price" ("tierId", "productVariantId") `,
            undefined,
        );
        await queryRunner.query(
            `CREATE INDEX "IDX_radiant_vip_price_channel" ON "radiant_vip_price" ("channelId") `,
            undefined,
        );
        await queryRunner.query(`DROP INDEX "IDX_radiant_vip_customer_status_key"`, undefined);
        await queryRunner.query(
            `ALTER TABLE "radiant_vip_customer_status" RENAME TO "temporary_radiant_vip_customer_status"`,
            undefined,
        );
        await queryRunner.query(
            `CREATE TABLE "radiant_vip_customer_status" ("createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "spend" integer NOT NULL DEFAULT (0), "evaluatedAt" datetime, "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "channelId" integer NOT NULL, "customerId" integer NOT NULL, "pinnedTierId" integer)`,
            undefined,
        );
        await queryRunner.query(
            `INSERT INTO "radiant_vip_customer_status"("createdAt", "updatedAt", "spend", "evaluatedAt", "id", "channelId", "customerId", "pinnedTierId") SELECT "createdAt", "updatedAt", "spend", "evaluatedAt", "id", "channelId", "customerId", "pinnedTierId" FROM "temporary_radiant_vip_customer_status"`,
            undefined,
        );
        await queryRunner.query(`DROP TABLE "temporary_radiant_vip_customer_status"`, undefined);
        await queryRunner.query(
            `CREATE UNIQUE INDEX "IDX_radiant_vip_customer_status_key" ON "radiant_vip_customer_status" ("channelId", "customerId") `,
            undefined,
        );
        await queryRunner.query(`DROP INDEX "IDX_radiant_vip_tier_group"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_radiant_vip_tier_channel"`, undefined);
        await queryRunner.query(
            `ALTER TABLE "radiant_vip_tier" RENAME TO "temporary_radiant_vip_tier"`,
            undefined,
        );
        await queryRunner.query(
            `CREATE TABLE "radiant_vip_tier" ("createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "rank" integer NOT NULL, "discountBasisPoints" integer NOT NULL DEFAULT (0), "joinSpend" integer NOT NULL, "keepSpend" integer NOT NULL, "currencyCode" varchar(3) NOT NULL, "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "channelId" integer NOT NULL, "customerGroupId" integer NOT NULL)`,
            undefined,
        );
        await queryRunner.query(
            `INSERT INTO "radiant_vip_tier"("createdAt", "updatedAt", "rank", "discountBasisPoints", "joinSpend", "keepSpend", "currencyCode", "id", "channelId", "customerGroupId") SELECT "createdAt", "updatedAt", "rank", "discountBasisPoints", "joinSpend", "keepSpend", "currencyCode", "id", "channelId", "customerGroupId" FROM "temporary_radiant_vip_tier"`,
            undefined,
        );
        await queryRunner.query(`DROP TABLE "temporary_radiant_vip_tier"`, undefined);
        await queryRunner.query(
            `CREATE UNIQUE INDEX "IDX_radiant_vip_tier_group" ON "radiant_vip_tier" ("customerGroupId") `,
            undefined,
        );
        await queryRunner.query(
            `CREATE INDEX "IDX_radiant_vip_tier_channel" ON "radiant_vip_tier" ("channelId") `,
            undefined,
        );
        await queryRunner.query(`DROP INDEX "IDX_radiant_vip_price_tier_variant"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_radiant_vip_price_channel"`, undefined);
        await queryRunner.query(`DROP TABLE "radiant_vip_price"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_radiant_vip_customer_status_key"`, undefined);
        await queryRunner.query(`DROP TABLE "radiant_vip_customer_status"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_radiant_vip_tier_group"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_radiant_vip_tier_channel"`, undefined);
        await queryRunner.query(`DROP TABLE "radiant_vip_tier"`, undefined);
    }
}
