import { MigrationInterface, QueryRunner } from 'typeorm';
import { assignOptionGroupsToProductChannels } from '../data/shop-option-groups';

/**
 * Option groups and options join the channels of their products (data only; see
 * migrations/data/shop-option-groups.ts): the `ci` shop's variant pages failed on `ProductOption.group`.
 */
export class ShopOptionGroups1796290000002 implements MigrationInterface {
    public async up(queryRunner: QueryRunner): Promise<void> {
        await assignOptionGroupsToProductChannels(queryRunner);
    }

    /** Not reversible: the rows it adds are the ones Vendure itself adds when assigning products. */
    public async down(): Promise<void> {
        // Nothing to undo.
    }
}
