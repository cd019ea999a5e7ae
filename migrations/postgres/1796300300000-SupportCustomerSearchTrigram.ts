import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Trigram indexes (pg_trgm, see SupportSearchTrigram) on Vendure's `customer` table for the
 * support inbox's search by the customer's email and name: `LOWER("emailAddress")` and
 * `LOWER("firstName" || ' ' || "lastName")`, the expressions of the inbox's customer subquery
 * (plugins/support-threads/services/support-thread.service.ts). Expression indexes: TypeORM does
 * not read them back from the database, so neither the migration check nor a schema
 * synchronisation drops them, though the Customer entity does not declare them. SQLite keeps its
 * scan.
 */
export class SupportCustomerSearchTrigram1796300300000 implements MigrationInterface {
    public async up(queryRunner: QueryRunner): Promise<any> {
        await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`, undefined);
        await queryRunner.query(
            `CREATE INDEX "IDX_radiant_customer_email_trgm" ON "customer" USING gin (lower("emailAddress") gin_trgm_ops)`,
            undefined,
        );
        await queryRunner.query(
            `CREATE INDEX "IDX_radiant_customer_name_trgm" ON "customer" USING gin (lower("firstName" || ' ' || "lastName") gin_trgm_ops)`,
            undefined,
        );
    }

    public async down(queryRunner: QueryRunner): Promise<any> {
        await queryRunner.query(`DROP INDEX "public"."IDX_radiant_customer_name_trgm"`, undefined);
        await queryRunner.query(`DROP INDEX "public"."IDX_radiant_customer_email_trgm"`, undefined);
    }
}
