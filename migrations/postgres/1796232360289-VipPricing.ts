import { MigrationInterface, QueryRunner } from 'typeorm';

export class VipPricing1796232360289 implements MigrationInterface {
    public async up(queryRunner: QueryRunner): Promise<any> {
        await queryRunner.query(
            `CREATE TABLE "radiant_vip_tier" ("createdAt" TIMESTAMP NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP NOT NULL DEFAULT now(), "rank" integer NOT NULL, "discountBasisPoints" integer NOT NULL DEFAULT '0', "joinSpend" integer NOT NULL, "keepSpend" integer NOT NULL, "currencyCode" character varying(3) NOT NULL, "id" SERIAL NOT NULL, "channelId" integer NOT NULL, "customerGroupId" integer NOT NULL, CONSTRAINT "PK_61f9e5f8862fddb7ce363a26e01" PRIMARY KEY ("id"))`,
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
            `CREATE TABLE "radiant_vip_customer_status" ("createdAt" TIMESTAMP NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP NOT NULL DEFAULT now(), "spend" integer NOT NULL DEFAULT '0', "evaluatedAt" TIMESTAMP, "id" SERIAL NOT NULL, "channelId" integer NOT NULL, "customerId" integer NOT NULL, "pinnedTierId" integer, CONSTRAINT "PK_051e72d29ed0947bda06b9318ee" PRIMARY KEY ("id"))`,
            undefined,
        );
        await queryRunner.query(
            `CREATE UNIQUE INDEX "IDX_radiant_vip_customer_status_key" ON "radiant_vip_customer_status" ("channelId", "customerId") `,
            undefined,
        );
        await queryRunner.query(
            `CREATE TABLE "radiant_vip_price" ("createdAt" TIMESTAMP NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP NOT NULL DEFAULT now(), "price" integer NOT NULL, "currencyCode" character varying(3) NOT NULL, "startsAt" TIMESTAMP, "endsAt" TIMESTAMP, "id" SERIAL NOT NULL, "channelId" integer NOT NULL, "tierId" integer NOT NULL, "productVariantId" integer NOT NULL, CONSTRAINT "PK_3d9dbe7e1e28c941f08559e2b16" PRIMARY KEY ("id"))`,
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
        await queryRunner.query(
            `ALTER TABLE "radiant_vip_tier" ADD CONSTRAINT "FK_6e6c0681cc2fcd7ede189d17207" FOREIGN KEY ("customerGroupId") REFERENCES "customer_group"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
            undefined,
        );
        await queryRunner.query(
            `ALTER TABLE "radiant_vip_customer_status" ADD CONSTRAINT "FK_8080ba08d60566204dd076fbf7e" FOREIGN KEY ("customerId") REFERENCES "customer"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
            undefined,
        );
        await queryRunner.query(
            `ALTER TABLE "radiant_vip_customer_status" ADD CONSTRAINT "FK_c7598324fc289222da9623b5667" FOREIGN KEY ("pinnedTierId") REFERENCES "radiant_vip_tier"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
            undefined,
        );
        await queryRunner.query(
            `ALTER TABLE "radiant_vip_price" ADD CONSTRAINT "FK_cdc32bbcc920423faa69fe9911f" FOREIGN KEY ("tierId") REFERENCES "radiant_vip_tier"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
            undefined,
        );
        await queryRunner.query(
            `ALTER TABLE "radiant_vip_price" ADD CONSTRAINT "FK_7a4aa3340178f11c9e2f8486327" FOREIGN KEY ("productVariantId") REFERENCES "product_variant"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
            undefined,
        );
    }

    public async down(queryRunner: QueryRunner): Promise<any> {
        await queryRunner.query(
            `ALTER TABLE "radiant_vip_price" DROP CONSTRAINT "FK_7a4aa3340178f11c9e2f8486327"`,
            undefined,
        );
        await queryRunner.query(
            `ALTER TABLE "radiant_vip_price" DROP CONSTRAINT "FK_cdc32bbcc920423faa69fe9911f"`,
            undefined,
        );
        await queryRunner.query(
            `ALTER TABLE "radiant_vip_customer_status" DROP CONSTRAINT "FK_c7598324fc289222da9623b5667"`,
            undefined,
        );
        await queryRunner.query(
            `ALTER TABLE "radiant_vip_customer_status" DROP CONSTRAINT "FK_8080ba08d60566204dd076fbf7e"`,
            undefined,
        );
        await queryRunner.query(
            `ALTER TABLE "radiant_vip_tier" DROP CONSTRAINT "FK_6e6c0681cc2fcd7ede189d17207"`,
            undefined,
        );
        await queryRunner.query(`DROP INDEX "public"."IDX_radiant_vip_price_tier_variant"`, undefined);
        await queryRunner.query(`DROP INDEX "public"."IDX_radiant_vip_price_channel"`, undefined);
        await queryRunner.query(`DROP TABLE "radiant_vip_price"`, undefined);
        await queryRunner.query(`DROP INDEX "public"."IDX_radiant_vip_customer_status_key"`, undefined);
        await queryRunner.query(`DROP TABLE "radiant_vip_customer_status"`, undefined);
        await queryRunner.query(`DROP INDEX "public"."IDX_radiant_vip_tier_group"`, undefined);
        await queryRunner.query(`DROP INDEX "public"."IDX_radiant_vip_tier_channel"`, undefined);
        await queryRunner.query(`DROP TABLE "radiant_vip_tier"`, undefined);
    }
}
