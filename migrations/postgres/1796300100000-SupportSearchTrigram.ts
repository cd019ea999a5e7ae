import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Trigram indexes (PostgreSQL pg_trgm, https://www.postgresql.org/docs/15/pgtrgm.html) for the
 * support inbox's free-text search, `LOWER(x) LIKE '%words%'` on thread subjects and message
 * bodies (plugins/support-threads/services/support-thread.service.ts). pg_trgm ships with
 * PostgreSQL's contrib (Debian's postgresql package, the postgres Docker image) and is a trusted
 * extension since PostgreSQL 13: the database owner may create it. Declared on the entities with
 * `synchronize: false` (TypeORM leaves them alone); SQLite has no equivalent and keeps its scan.
 */
export class SupportSearchTrigram1796300100000 implements MigrationInterface {
    public async up(queryRunner: QueryRunner): Promise<any> {
        await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`, undefined);
        await queryRunner.query(
            `CREATE INDEX "IDX_radiant_support_message_body_trgm" ON "radiant_support_message" USING gin (lower("body") gin_trgm_ops)`,
            undefined,
        );
        await queryRunner.query(
            `CREATE INDEX "IDX_radiant_support_thread_subject_trgm" ON "radiant_support_thread" USING gin (lower("subject") gin_trgm_ops)`,
            undefined,
        );
    }

    public async down(queryRunner: QueryRunner): Promise<any> {
        await queryRunner.query(`DROP INDEX "public"."IDX_radiant_support_thread_subject_trgm"`, undefined);
        await queryRunner.query(`DROP INDEX "public"."IDX_radiant_support_message_body_trgm"`, undefined);
    }
}
