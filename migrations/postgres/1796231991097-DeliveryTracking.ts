import { MigrationInterface, QueryRunner } from 'typeorm';

export class DeliveryTracking1796231991097 implements MigrationInterface {
    public async up(queryRunner: QueryRunner): Promise<any> {
        await queryRunner.query(
            `CREATE TABLE "radiant_parcel" ("createdAt" TIMESTAMP NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP NOT NULL DEFAULT now(), "carrierCode" character varying(64) NOT NULL, "carrierName" character varying(100) NOT NULL, "trackingNumber" character varying(40) NOT NULL, "trackingUrl" character varying(600) NOT NULL DEFAULT '', "labelUrl" character varying(600) NOT NULL DEFAULT '', "status" character varying(32) NOT NULL DEFAULT 'Pending', "shippedAt" TIMESTAMP, "deliveredAt" TIMESTAMP, "lastEventAt" TIMESTAMP, "lastPolledAt" TIMESTAMP, "id" SERIAL NOT NULL, "channelId" integer NOT NULL, "orderId" integer NOT NULL, "fulfillmentId" integer NOT NULL, CONSTRAINT "PK_ec2130a55409afe56d2a24da169" PRIMARY KEY ("id"))`,
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
            `CREATE TABLE "radiant_parcel_event" ("createdAt" TIMESTAMP NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP NOT NULL DEFAULT now(), "carrierEventId" character varying(100) NOT NULL, "status" character varying(32) NOT NULL, "rawStatus" character varying(500) NOT NULL DEFAULT '', "message" character varying(500) NOT NULL DEFAULT '', "location" character varying(500) NOT NULL DEFAULT '', "occurredAt" TIMESTAMP NOT NULL, "source" character varying(16) NOT NULL, "id" SERIAL NOT NULL, "parcelId" integer NOT NULL, CONSTRAINT "PK_0491ff1f7c134dfaff502f08f02" PRIMARY KEY ("id"))`,
            undefined,
        );
        await queryRunner.query(
            `CREATE UNIQUE INDEX "IDX_radiant_parcel_event_unique" ON "radiant_parcel_event" ("parcelId", "carrierEventId") `,
            undefined,
        );
        await queryRunner.query(
            `CREATE TABLE "radiant_tracking_carrier" ("createdAt" TIMESTAMP NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP NOT NULL DEFAULT now(), "code" character varying(64) NOT NULL, "name" character varying(100) NOT NULL, "trackingUrlTemplate" character varying(500) NOT NULL DEFAULT '', "pollingAdapter" character varying(32), "id" SERIAL NOT NULL, "channelId" integer NOT NULL, CONSTRAINT "PK_391bc61d41e533d7eeb284870fa" PRIMARY KEY ("id"))`,
            undefined,
        );
        await queryRunner.query(
            `CREATE UNIQUE INDEX "IDX_radiant_tracking_carrier_code" ON "radiant_tracking_carrier" ("channelId", "code") `,
            undefined,
        );
        await queryRunner.query(
            `ALTER TABLE "radiant_parcel_event" ADD CONSTRAINT "FK_a978e237d018b70bed17fb99059" FOREIGN KEY ("parcelId") REFERENCES "radiant_parcel"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
            undefined,
        );
    }

    public async down(queryRunner: QueryRunner): Promise<any> {
        await queryRunner.query(
            `ALTER TABLE "radiant_parcel_event" DROP CONSTRAINT "FK_a978e237d018b70bed17fb99059"`,
            undefined,
        );
        await queryRunner.query(`DROP INDEX "public"."IDX_radiant_tracking_carrier_code"`, undefined);
        await queryRunner.query(`DROP TABLE "radiant_tracking_carrier"`, undefined);
        await queryRunner.query(`DROP INDEX "public"."IDX_radiant_parcel_event_unique"`, undefined);
        await queryRunner.query(`DROP TABLE "radiant_parcel_event"`, undefined);
        await queryRunner.query(`DROP INDEX "public"."IDX_radiant_parcel_tracking"`, undefined);
        await queryRunner.query(`DROP INDEX "public"."IDX_radiant_parcel_fulfillment"`, undefined);
        await queryRunner.query(`DROP INDEX "public"."IDX_radiant_parcel_order"`, undefined);
        await queryRunner.query(`DROP TABLE "radiant_parcel"`, undefined);
    }
}
