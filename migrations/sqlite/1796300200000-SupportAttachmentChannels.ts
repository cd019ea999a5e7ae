import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Takes the support threads' attachments (the Assets of `radiant_support_message_assets`) out of
 * every channel, so Vendure's channel-aware asset queries (the Admin API `assets` and `asset(id)`,
 * the Dashboard's asset library) no longer return them; the plugin stores new attachments in no
 * channel (plugins/support-threads/services/support-attachment.service.ts). Data only: the
 * schema is unchanged. `down` cannot tell which channels they were in and leaves them out.
 */
export class SupportAttachmentChannels1796300200000 implements MigrationInterface {
    public async up(queryRunner: QueryRunner): Promise<any> {
        await queryRunner.query(
            `DELETE FROM "asset_channels_channel" WHERE "assetId" IN (SELECT "assetId" FROM "radiant_support_message_assets")`,
            undefined,
        );
    }

    public async down(): Promise<any> {
        // Nothing to restore: an attachment in a channel was the leak this migration closes.
    }
}
