import { MigrationInterface, QueryRunner } from 'typeorm';
import { nameDemoChannels } from '../data/channel-display-name';

/**
 * Channel custom field `displayName` (src/config/channels.ts): the name the Dashboard shows for a
 * channel. Runs after `SeparateShopChannel`, so the `fr` channel exists when the demo's names are set.
 */
export class ChannelDisplayName1796290000001 implements MigrationInterface {
    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "channel" ADD "customFieldsDisplayname" character varying(100)`);
        await nameDemoChannels(queryRunner);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "channel" DROP COLUMN "customFieldsDisplayname"`);
    }
}
