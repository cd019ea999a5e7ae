/**
 * Data step of the `ChannelDisplayName` migrations (SQLite and PostgreSQL): gives the demo's shop
 * channels (`fr`, `ci`) the names the seed gives a new database, where a merchant has not named them
 * yet. Other channels keep an empty name (the Dashboard then shows their code).
 */
import type { QueryRunner } from 'typeorm';
import { DEMO_CHANNEL_DISPLAY_NAMES } from '../../src/config/channels';

/** Sets `customFieldsDisplayname` of the channels named in `DEMO_CHANNEL_DISPLAY_NAMES` when empty. */
export async function nameDemoChannels(queryRunner: QueryRunner): Promise<void> {
    const postgres = queryRunner.connection.options.type === 'postgres';
    for (const [code, name] of Object.entries(DEMO_CHANNEL_DISPLAY_NAMES)) {
        await queryRunner.query(
            postgres
                ? `UPDATE "channel" SET "customFieldsDisplayname" = $1 WHERE "code" = $2 AND "customFieldsDisplayname" IS NULL`
                : `UPDATE "channel" SET "customFieldsDisplayname" = ? WHERE "code" = ? AND "customFieldsDisplayname" IS NULL`,
            [name, code],
        );
    }
}
