import { MigrationInterface, QueryRunner } from 'typeorm';

export class DeliveryTracking1796231982369 implements MigrationInterface {
    public async up(queryRunner: QueryRunner): Promise<any> {
        await queryRunner.query(
            `CREATE TABLE "radiant_parcel" ("createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "carrierCode" varchar(64) NOT NULL, "carrierName" varchar(100) NOT NULL, "trackingNumber" varchar(40) NOT NULL, "trackingUrl" varchar(600) NOT NULL DEFAULT (''), "labelUrl" varchar(600) NOT NULL DEFAULT (''), "status" varchar(32) NOT NULL DEFAULT ('Pending'), "shippedAt" datetime, "deliveredAt" datetime, "lastEventAt" datetime, "lastPolledAt" datetime, "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "channelId" integer NOT NULL, "orderId" integer NOT NULL, "fulfillmentId" integer NOT NULL)`,
            undefined,
        );
        await queryRunner.query(
            `CREATE INDEX "IDX_radiant_parcel_order" ON "radiant_parcel" ("orderId") `,
            undefined,
        );
        await queryRunner.query(
            `CREATE INDEX "IDX_radiant_parcel_fulfillment" ON "radiant_parcel" ("fulfillmentId") `,
            undefined,
        );
        await queryRunner.query(
            `CREATE UNIQUE INDEX "IDX_radiant_parcel_tracking" ON "radiant_parcel" ("channelId", "carrierCode", "trackingNumber") `,
            undefined,
        );
        await queryRunner.query(
            `CREATE TABLE "radiant_parcel_event" ("createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "carrierEventId" varchar(100) NOT NULL, "status" varchar(32) NOT NULL, "rawStatus" varchar(500) NOT NULL DEFAULT (''), "message" varchar(500) NOT NULL DEFAULT (''), "location" varchar(500) NOT NULL DEFAULT (''), "occurredAt" datetime NOT NULL, "source" varchar(16) NOT NULL, "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "parcelId" integer NOT NULL)`,
            undefined,
        );
        await queryRunner.query(
            `CREATE UNIQUE INDEX "IDX_radiant_parcel_event_unique" ON "radiant_parcel_event" ("parcelId", "carrierEventId") `,
            undefined,
        );
        await queryRunner.query(
            `CREATE TABLE "radiant_tracking_carrier" ("createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "code" varchar(64) NOT NULL, "name" varchar(100) NOT NULL, "trackingUrlTemplate" varchar(500) NOT NULL DEFAULT (''), "pollingAdapter" varchar(32), "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "channelId" integer NOT NULL)`,
            undefined,
        );
        await queryRunner.query(
            `CREATE UNIQUE INDEX "IDX_radiant_tracking_carrier_code" ON "radiant_tracking_carrier" ("channelId", "code") `,
            undefined,
        );
        await queryRunner.query(`DROP INDEX "IDX_radiant_parcel_event_unique"`, undefined);
        await queryRunner.query(
            `CREATE TABLE "temporary_radiant_parcel_event" ("createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "carrierEventId" varchar(100) NOT NULL, "status" varchar(32) NOT NULL, "rawStatus" varchar(500) NOT NULL DEFAULT (''), "message" varchar(500) NOT NULL DEFAULT (''), "location" varchar(500) NOT NULL DEFAULT (''), "occurredAt" datetime NOT NULL, "source" varchar(16) NOT NULL, "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "parcelId" integer NOT NULL, CONSTRAINT "FK_a978e237d018b70bed17fb99059" FOREIGN KEY ("parcelId") REFERENCES "radiant_parcel" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`,
            undefined,
        );
        await queryRunner.query(
            `INSERT INTO "temporary_radiant_parcel_event"("createdAt", "updatedAt", "carrierEventId", "status", "rawStatus", "message", "location", "occurredAt", "source", "id", "parcelId") SELECT "createdAt", "updatedAt", "carrierEventId", "status", "rawStatus", "message", "location", "occurredAt", "source", "id", "parcelId" FROM "radiant_parcel_event"`,
            undefined,
        );
        await queryRunner.query(`DROP TABLE "radiant_parcel_event"`, undefined);
        await queryRunner.query(
            `ALTER TABLE "temporary_radiant_parcel_event" RENAME TO "radiant_parcel_event"`,
            undefined,
        );
        await queryRunner.query(
            `CREATE UNIQUE INDEX "IDX_radiant_parcel_event_unique" ON "radiant_parcel_event" ("parcelId", "carrierEventId") `,
            undefined,
        );
    }

    public async down(queryRunner: QueryRunner): Promise<any> {
        await queryRunner.query(`DROP INDEX "IDX_radiant_parcel_event_unique"`, undefined);
        await queryRunner.query(
            `ALTER TABLE "radiant_parcel_event" RENAME TO "temporary_radiant_parcel_event"`,
            undefined,
        );
        await queryRunner.query(
            `CREATE TABLE "radiant_parcel_event" ("createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "carrierEventId" varchar(100) NOT NULL, "status" varchar(32) NOT NULL, "rawStatus" varchar(500) NOT NULL DEFAULT (''), "message" varchar(500) NOT NULL DEFAULT (''), "location" varchar(500) NOT NULL DEFAULT (''), "occurredAt" datetime NOT NULL, "source" varchar(16) NOT NULL, "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "parcelId" integer NOT NULL)`,
            undefined,
        );
        await queryRunner.query(
            `INSERT INTO "radiant_parcel_event"("createdAt", "updatedAt", "carrierEventId", "status", "rawStatus", "message", "location", "occurredAt", "source", "id", "parcelId") SELECT "createdAt", "updatedAt", "carrierEventId", "status", "rawStatus", "message", "location", "occurredAt", "source", "id", "parcelId" FROM "temporary_radiant_parcel_event"`,
            undefined,
        );
        await queryRunner.query(`DROP TABLE "temporary_radiant_parcel_event"`, undefined);
        await queryRunner.query(
            `CREATE UNIQUE INDEX "IDX_radiant_parcel_event_unique" ON "radiant_parcel_event" ("parcelId", "carrierEventId") `,
            undefined,
        );
        await queryRunner.query(`DROP INDEX "IDX_radiant_tracking_carrier_code"`, undefined);
        await queryRunner.query(`DROP TABLE "radiant_tracking_carrier"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_radiant_parcel_event_unique"`, undefined);
        await queryRunner.query(`DROP TABLE "radiant_parcel_event"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_radiant_parcel_tracking"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_radiant_parcel_fulfillment"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_radiant_parcel_order"`, undefined);
        await queryRunner.query(`DROP TABLE "radiant_parcel"`, undefined);
    }
}
