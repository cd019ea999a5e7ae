import { MigrationInterface, QueryRunner } from 'typeorm';

export class SupportThreads1796290100000 implements MigrationInterface {
    public async up(queryRunner: QueryRunner): Promise<any> {
        await queryRunner.query(
            `CREATE TABLE "radiant_support_message" ("createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "authorType" varchar(16) NOT NULL, "authorName" varchar(200) NOT NULL DEFAULT (''), "body" text NOT NULL, "internal" boolean NOT NULL DEFAULT (0), "readByCustomerAt" datetime, "readByStaffAt" datetime, "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "threadId" integer NOT NULL, "administratorId" integer)`,
            undefined,
        );
        await queryRunner.query(
            `CREATE INDEX "IDX_radiant_support_message_thread" ON "radiant_support_message" ("threadId", "internal") `,
            undefined,
        );
        await queryRunner.query(
            `CREATE TABLE "radiant_support_thread" ("createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "subject" varchar(200) NOT NULL, "status" varchar(16) NOT NULL DEFAULT ('open'), "priority" varchar(16) NOT NULL DEFAULT ('normal'), "tags" text NOT NULL DEFAULT (''), "languageCode" varchar(10) NOT NULL DEFAULT ('fr'), "firstResponseAt" datetime, "firstResolvedAt" datetime, "resolvedAt" datetime, "closedAt" datetime, "reopenCount" integer NOT NULL DEFAULT (0), "waitingSince" datetime, "slaRemindedFor" datetime, "lastMessageAt" datetime, "customerUnreadCount" integer NOT NULL DEFAULT (0), "staffUnreadCount" integer NOT NULL DEFAULT (0), "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "channelId" integer NOT NULL, "customerId" integer NOT NULL, "orderId" integer, "assigneeId" integer, "previousThreadId" integer)`,
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
            `CREATE TABLE "radiant_support_message_assets" ("radiantSupportMessageId" integer NOT NULL, "assetId" integer NOT NULL, PRIMARY KEY ("radiantSupportMessageId", "assetId"))`,
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
        await queryRunner.query(`DROP INDEX "IDX_radiant_support_message_thread"`, undefined);
        await queryRunner.query(
            `CREATE TABLE "temporary_radiant_support_message" ("createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "authorType" varchar(16) NOT NULL, "authorName" varchar(200) NOT NULL DEFAULT (''), "body" text NOT NULL, "internal" boolean NOT NULL DEFAULT (0), "readByCustomerAt" datetime, "readByStaffAt" datetime, "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "threadId" integer NOT NULL, "administratorId" integer, CONSTRAINT "FK_1f1c53eaf936bb5401b17645fea" FOREIGN KEY ("threadId") REFERENCES "radiant_support_thread" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`,
            undefined,
        );
        await queryRunner.query(
            `INSERT INTO "temporary_radiant_support_message"("createdAt", "updatedAt", "authorType", "authorName", "body", "internal", "readByCustomerAt", "readByStaffAt", "id", "threadId", "administratorId") SELECT "createdAt", "updatedAt", "authorType", "authorName", "body", "internal", "readByCustomerAt", "readByStaffAt", "id", "threadId", "administratorId" FROM "radiant_support_message"`,
            undefined,
        );
        await queryRunner.query(`DROP TABLE "radiant_support_message"`, undefined);
        await queryRunner.query(
            `ALTER TABLE "temporary_radiant_support_message" RENAME TO "radiant_support_message"`,
            undefined,
        );
        await queryRunner.query(
            `CREATE INDEX "IDX_radiant_support_message_thread" ON "radiant_support_message" ("threadId", "internal") `,
            undefined,
        );
        await queryRunner.query(`DROP INDEX "IDX_radiant_support_thread_inbox"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_radiant_support_thread_customer"`, undefined);
        await queryRunner.query(
            `CREATE TABLE "temporary_radiant_support_thread" ("createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "subject" varchar(200) NOT NULL, "status" varchar(16) NOT NULL DEFAULT ('open'), "priority" varchar(16) NOT NULL DEFAULT ('normal'), "tags" text NOT NULL DEFAULT (''), "languageCode" varchar(10) NOT NULL DEFAULT ('fr'), "firstResponseAt" datetime, "firstResolvedAt" datetime, "resolvedAt" datetime, "closedAt" datetime, "reopenCount" integer NOT NULL DEFAULT (0), "waitingSince" datetime, "slaRemindedFor" datetime, "lastMessageAt" datetime, "customerUnreadCount" integer NOT NULL DEFAULT (0), "staffUnreadCount" integer NOT NULL DEFAULT (0), "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "channelId" integer NOT NULL, "customerId" integer NOT NULL, "orderId" integer, "assigneeId" integer, "previousThreadId" integer, CONSTRAINT "FK_75357da46f9a146148e0537b081" FOREIGN KEY ("customerId") REFERENCES "customer" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_db860d227e42cfc6fdf142f3d60" FOREIGN KEY ("orderId") REFERENCES "order" ("id") ON DELETE SET NULL ON UPDATE NO ACTION, CONSTRAINT "FK_742552d684aea9b527ed17fc49b" FOREIGN KEY ("assigneeId") REFERENCES "administrator" ("id") ON DELETE SET NULL ON UPDATE NO ACTION)`,
            undefined,
        );
        await queryRunner.query(
            `INSERT INTO "temporary_radiant_support_thread"("createdAt", "updatedAt", "subject", "status", "priority", "tags", "languageCode", "firstResponseAt", "firstResolvedAt", "resolvedAt", "closedAt", "reopenCount", "waitingSince", "slaRemindedFor", "lastMessageAt", "customerUnreadCount", "staffUnreadCount", "id", "channelId", "customerId", "orderId", "assigneeId", "previousThreadId") SELECT "createdAt", "updatedAt", "subject", "status", "priority", "tags", "languageCode", "firstResponseAt", "firstResolvedAt", "resolvedAt", "closedAt", "reopenCount", "waitingSince", "slaRemindedFor", "lastMessageAt", "customerUnreadCount", "staffUnreadCount", "id", "channelId", "customerId", "orderId", "assigneeId", "previousThreadId" FROM "radiant_support_thread"`,
            undefined,
        );
        await queryRunner.query(`DROP TABLE "radiant_support_thread"`, undefined);
        await queryRunner.query(
            `ALTER TABLE "temporary_radiant_support_thread" RENAME TO "radiant_support_thread"`,
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
        await queryRunner.query(`DROP INDEX "IDX_243aa6c12fedcb4318621ae90a"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_910471f05049e8e55adf117323"`, undefined);
        await queryRunner.query(
            `CREATE TABLE "temporary_radiant_support_message_assets" ("radiantSupportMessageId" integer NOT NULL, "assetId" integer NOT NULL, CONSTRAINT "FK_243aa6c12fedcb4318621ae90a3" FOREIGN KEY ("radiantSupportMessageId") REFERENCES "radiant_support_message" ("id") ON DELETE CASCADE ON UPDATE CASCADE, CONSTRAINT "FK_910471f05049e8e55adf1173237" FOREIGN KEY ("assetId") REFERENCES "asset" ("id") ON DELETE CASCADE ON UPDATE CASCADE, PRIMARY KEY ("radiantSupportMessageId", "assetId"))`,
            undefined,
        );
        await queryRunner.query(
            `INSERT INTO "temporary_radiant_support_message_assets"("radiantSupportMessageId", "assetId") SELECT "radiantSupportMessageId", "assetId" FROM "radiant_support_message_assets"`,
            undefined,
        );
        await queryRunner.query(`DROP TABLE "radiant_support_message_assets"`, undefined);
        await queryRunner.query(
            `ALTER TABLE "temporary_radiant_support_message_assets" RENAME TO "radiant_support_message_assets"`,
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
    }

    public async down(queryRunner: QueryRunner): Promise<any> {
        await queryRunner.query(`DROP INDEX "IDX_910471f05049e8e55adf117323"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_243aa6c12fedcb4318621ae90a"`, undefined);
        await queryRunner.query(
            `ALTER TABLE "radiant_support_message_assets" RENAME TO "temporary_radiant_support_message_assets"`,
            undefined,
        );
        await queryRunner.query(
            `CREATE TABLE "radiant_support_message_assets" ("radiantSupportMessageId" integer NOT NULL, "assetId" integer NOT NULL, PRIMARY KEY ("radiantSupportMessageId", "assetId"))`,
            undefined,
        );
        await queryRunner.query(
            `INSERT INTO "radiant_support_message_assets"("radiantSupportMessageId", "assetId") SELECT "radiantSupportMessageId", "assetId" FROM "temporary_radiant_support_message_assets"`,
            undefined,
        );
        await queryRunner.query(`DROP TABLE "temporary_radiant_support_message_assets"`, undefined);
        await queryRunner.query(
            `CREATE INDEX "IDX_910471f05049e8e55adf117323" ON "radiant_support_message_assets" ("assetId") `,
            undefined,
        );
        await queryRunner.query(
            `CREATE INDEX "IDX_243aa6c12fedcb4318621ae90a" ON "radiant_support_message_assets" ("radiantSupportMessageId") `,
            undefined,
        );
        await queryRunner.query(`DROP INDEX "IDX_radiant_support_thread_customer"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_radiant_support_thread_inbox"`, undefined);
        await queryRunner.query(
            `ALTER TABLE "radiant_support_thread" RENAME TO "temporary_radiant_support_thread"`,
            undefined,
        );
        await queryRunner.query(
            `CREATE TABLE "radiant_support_thread" ("createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "subject" varchar(200) NOT NULL, "status" varchar(16) NOT NULL DEFAULT ('open'), "priority" varchar(16) NOT NULL DEFAULT ('normal'), "tags" text NOT NULL DEFAULT (''), "languageCode" varchar(10) NOT NULL DEFAULT ('fr'), "firstResponseAt" datetime, "firstResolvedAt" datetime, "resolvedAt" datetime, "closedAt" datetime, "reopenCount" integer NOT NULL DEFAULT (0), "waitingSince" datetime, "slaRemindedFor" datetime, "lastMessageAt" datetime, "customerUnreadCount" integer NOT NULL DEFAULT (0), "staffUnreadCount" integer NOT NULL DEFAULT (0), "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "channelId" integer NOT NULL, "customerId" integer NOT NULL, "orderId" integer, "assigneeId" integer, "previousThreadId" integer)`,
            undefined,
        );
        await queryRunner.query(
            `INSERT INTO "radiant_support_thread"("createdAt", "updatedAt", "subject", "status", "priority", "tags", "languageCode", "firstResponseAt", "firstResolvedAt", "resolvedAt", "closedAt", "reopenCount", "waitingSince", "slaRemindedFor", "lastMessageAt", "customerUnreadCount", "staffUnreadCount", "id", "channelId", "customerId", "orderId", "assigneeId", "previousThreadId") SELECT "createdAt", "updatedAt", "subject", "status", "priority", "tags", "languageCode", "firstResponseAt", "firstResolvedAt", "resolvedAt", "closedAt", "reopenCount", "waitingSince", "slaRemindedFor", "lastMessageAt", "customerUnreadCount", "staffUnreadCount", "id", "channelId", "customerId", "orderId", "assigneeId", "previousThreadId" FROM "temporary_radiant_support_thread"`,
            undefined,
        );
        await queryRunner.query(`DROP TABLE "temporary_radiant_support_thread"`, undefined);
        await queryRunner.query(
            `CREATE INDEX "IDX_radiant_support_thread_customer" ON "radiant_support_thread" ("channelId", "customerId") `,
            undefined,
        );
        await queryRunner.query(
            `CREATE INDEX "IDX_radiant_support_thread_inbox" ON "radiant_support_thread" ("channelId", "status", "waitingSince") `,
            undefined,
        );
        await queryRunner.query(`DROP INDEX "IDX_radiant_support_message_thread"`, undefined);
        await queryRunner.query(
            `ALTER TABLE "radiant_support_message" RENAME TO "temporary_radiant_support_message"`,
            undefined,
        );
        await queryRunner.query(
            `CREATE TABLE "radiant_support_message" ("createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "authorType" varchar(16) NOT NULL, "authorName" varchar(200) NOT NULL DEFAULT (''), "body" text NOT NULL, "internal" boolean NOT NULL DEFAULT (0), "readByCustomerAt" datetime, "readByStaffAt" datetime, "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "threadId" integer NOT NULL, "administratorId" integer)`,
            undefined,
        );
        await queryRunner.query(
            `INSERT INTO "radiant_support_message"("createdAt", "updatedAt", "authorType", "authorName", "body", "internal", "readByCustomerAt", "readByStaffAt", "id", "threadId", "administratorId") SELECT "createdAt", "updatedAt", "authorType", "authorName", "body", "internal", "readByCustomerAt", "readByStaffAt", "id", "threadId", "administratorId" FROM "temporary_radiant_support_message"`,
            undefined,
        );
        await queryRunner.query(`DROP TABLE "temporary_radiant_support_message"`, undefined);
        await queryRunner.query(
            `CREATE INDEX "IDX_radiant_support_message_thread" ON "radiant_support_message" ("threadId", "internal") `,
            undefined,
        );
        await queryRunner.query(`DROP INDEX "IDX_910471f05049e8e55adf117323"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_243aa6c12fedcb4318621ae90a"`, undefined);
        await queryRunner.query(`DROP TABLE "radiant_support_message_assets"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_radiant_support_thread_customer"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_radiant_support_thread_inbox"`, undefined);
        await queryRunner.query(`DROP TABLE "radiant_support_thread"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_radiant_support_message_thread"`, undefined);
        await queryRunner.query(`DROP TABLE "radiant_support_message"`, undefined);
    }
}
