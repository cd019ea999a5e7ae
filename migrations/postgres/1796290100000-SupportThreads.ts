import { MigrationInterface, QueryRunner } from 'typeorm';

export class SupportThreads1796290100000 implements MigrationInterface {
    public async up(queryRunner: QueryRunner): Promise<any> {
        await queryRunner.query(
            `CREATE TABLE "radiant_support_message" ("createdAt" TIMESTAMP NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP NOT NULL DEFAULT now(), "authorType" character varying(16) NOT NULL, "authorName" character varying(200) NOT NULL DEFAULT '', "body" text NOT NULL, "internal" boolean NOT NULL DEFAULT false, "readByCustomerAt" TIMESTAMP, "readByStaffAt" TIMESTAMP, "id" SERIAL NOT NULL, "threadId" integer NOT NULL, "administratorId" integer, CONSTRAINT "PK_2b492354bd5a3a2a188a607e05b" PRIMARY KEY ("id"))`,
            undefined,
        );
        await queryRunner.query(
            `CREATE INDEX "IDX_radiant_support_message_thread" ON "radiant_support_message" ("threadId", "internal") `,
            undefined,
        );
        await queryRunner.query(
            `CREATE TABLE "radiant_support_thread" ("createdAt" TIMESTAMP NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP NOT NULL DEFAULT now(), "subject" character varying(200) NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'open', "priority" character varying(16) NOT NULL DEFAULT 'normal', "tags" text NOT NULL DEFAULT '', "languageCode" character varying(10) NOT NULL DEFAULT 'fr', "firstResponseAt" TIMESTAMP, "firstResolvedAt" TIMESTAMP, "resolvedAt" TIMESTAMP, "closedAt" TIMESTAMP, "reopenCount" integer NOT NULL DEFAULT '0', "waitingSince" TIMESTAMP, "slaRemindedFor" TIMESTAMP, "lastMessageAt" TIMESTAMP, "customerUnreadCount" integer NOT NULL DEFAULT '0', "staffUnreadCount" integer NOT NULL DEFAULT '0', "id" SERIAL NOT NULL, "channelId" integer NOT NULL, "customerId" integer NOT NULL, "orderId" integer, "assigneeId" integer, "previousThreadId" integer, CONSTRAINT "PK_a3f84c217d3472b2e5c096bacd5" PRIMARY KEY ("id"))`,
            undefined,
        );
        await queryRunner.query(
            `CREATE INDEX "IDX_radiant_support_thread_inbox" ON "radiant_support_thread" ("channelId", "status", "waitingSince") `,
            undefined,
        );
        await queryRunner.query(
            `CREATE INDEX "IDX_radiant_support_thread_customer" ON "radiant_support_thread" ("channelId", "customerId") `,
            undefined,
        );
        await queryRunner.query(
            `CREATE TABLE "radiant_support_message_assets" ("radiantSupportMessageId" integer NOT NULL, "assetId" integer NOT NULL, CONSTRAINT "PK_df73a7f4214bf7becb3fb151917" PRIMARY KEY ("radiantSupportMessageId", "assetId"))`,
            undefined,
        );
        await queryRunner.query(
            `CREATE INDEX "IDX_243aa6c12fedcb4318621ae90a" ON "radiant_support_message_assets" ("radiantSupportMessageId") `,
            undefined,
        );
        await queryRunner.query(
            `CREATE INDEX "IDX_910471f05049e8e55adf117323" ON "radiant_support_message_assets" ("assetId") `,
            undefined,
        );
        await queryRunner.query(
            `ALTER TABLE "radiant_support_message" ADD CONSTRAINT "FK_1f1c53eaf936bb5401b17645fea" FOREIGN KEY ("threadId") REFERENCES "radiant_support_thread"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
            undefined,
        );
        await queryRunner.query(
            `ALTER TABLE "radiant_support_thread" ADD CONSTRAINT "FK_75357da46f9a146148e0537b081" FOREIGN KEY ("customerId") REFERENCES "customer"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
            undefined,
        );
        await queryRunner.query(
            `ALTER TABLE "radiant_support_thread" ADD CONSTRAINT "FK_db860d227e42cfc6fdf142f3d60" FOREIGN KEY ("orderId") REFERENCES "order"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
            undefined,
        );
        await queryRunner.query(
            `ALTER TABLE "radiant_support_thread" ADD CONSTRAINT "FK_742552d684aea9b527ed17fc49b" FOREIGN KEY ("assigneeId") REFERENCES "administrator"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
            undefined,
        );
        await queryRunner.query(
            `ALTER TABLE "radiant_support_message_assets" ADD CONSTRAINT "FK_243aa6c12fedcb4318621ae90a3" FOREIGN KEY ("radiantSupportMessageId") REFERENCES "radiant_support_message"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
            undefined,
        );
        await queryRunner.query(
            `ALTER TABLE "radiant_support_message_assets" ADD CONSTRAINT "FK_910471f05049e8e55adf1173237" FOREIGN KEY ("assetId") REFERENCES "asset"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
            undefined,
        );
    }

    public async down(queryRunner: QueryRunner): Promise<any> {
        await queryRunner.query(
            `ALTER TABLE "radiant_support_message_assets" DROP CONSTRAINT "FK_910471f05049e8e55adf1173237"`,
            undefined,
        );
        await queryRunner.query(
            `ALTER TABLE "radiant_support_message_assets" DROP CONSTRAINT "FK_243aa6c12fedcb4318621ae90a3"`,
            undefined,
        );
        await queryRunner.query(
            `ALTER TABLE "radiant_support_thread" DROP CONSTRAINT "FK_742552d684aea9b527ed17fc49b"`,
            undefined,
        );
        await queryRunner.query(
            `ALTER TABLE "radiant_support_thread" DROP CONSTRAINT "FK_db860d227e42cfc6fdf142f3d60"`,
            undefined,
        );
        await queryRunner.query(
            `ALTER TABLE "radiant_support_thread" DROP CONSTRAINT "FK_75357da46f9a146148e0537b081"`,
            undefined,
        );
        await queryRunner.query(
            `ALTER TABLE "radiant_support_message" DROP CONSTRAINT "FK_1f1c53eaf936bb5401b17645fea"`,
            undefined,
        );
        await queryRunner.query(`DROP INDEX "public"."IDX_910471f05049e8e55adf117323"`, undefined);
        await queryRunner.query(`DROP INDEX "public"."IDX_243aa6c12fedcb4318621ae90a"`, undefined);
        await queryRunner.query(`DROP TABLE "radiant_support_message_assets"`, undefined);
        await queryRunner.query(`DROP INDEX "public"."IDX_radiant_support_thread_customer"`, undefined);
        await queryRunner.query(`DROP INDEX "public"."IDX_radiant_support_thread_inbox"`, undefined);
        await queryRunner.query(`DROP TABLE "radiant_support_thread"`, undefined);
        await queryRunner.query(`DROP INDEX "public"."IDX_radiant_support_message_thread"`, undefined);
        await queryRunner.query(`DROP TABLE "radiant_support_message"`, undefined);
    }
}
