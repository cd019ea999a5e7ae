/**
 * Data step of the `ShopOptionGroups` migrations (SQLite and PostgreSQL).
 *
 * The demo seed gave the `ci` shop the catalogue's variants with Vendure's
 * `assignProductVariantsToChannel`, which, unlike `assignProductsToChannel`, leaves the products'
 * option groups and options out of the channel. In that channel the Admin API then fails on
 * `ProductOption.group` ("Cannot return null for non-nullable field"), and the Dashboard cannot open
 * the variant page of any product with options. This step puts every option group (and its options)
 * in each channel that holds one of its products, as `assignProductsToChannel` does; it adds only
 * missing rows, so it is safe on any database.
 */
import type { QueryRunner } from 'typeorm';

/** Adds the missing option group and option channel rows (see the file comment). */
export async function assignOptionGroupsToProductChannels(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
        INSERT INTO "product_option_group_channels_channel" ("productOptionGroupId", "channelId")
        SELECT DISTINCT pg."productOptionGroupId", pc."channelId"
        FROM "product_option_groups_product_option_group" pg
        JOIN "product_channels_channel" pc ON pc."productId" = pg."productId"
        WHERE NOT EXISTS (
            SELECT 1 FROM "product_option_group_channels_channel" x
            WHERE x."productOptionGroupId" = pg."productOptionGroupId" AND x."channelId" = pc."channelId"
        )`);
    await queryRunner.query(`
        INSERT INTO "product_option_channels_channel" ("productOptionId", "channelId")
        SELECT DISTINCT o."id", gc."channelId"
        FROM "product_option" o
        JOIN "product_option_group_channels_channel" gc ON gc."productOptionGroupId" = o."groupId"
        WHERE NOT EXISTS (
            SELECT 1 FROM "product_option_channels_channel" x
            WHERE x."productOptionId" = o."id" AND x."channelId" = gc."channelId"
        )`);
}
