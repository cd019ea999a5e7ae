import { MigrationInterface, QueryRunner } from 'typeorm';
import { separateShopChannel } from '../data/separate-shop-channel';

/**
 * The French shop becomes a channel of its own next to Vendure's default channel (data only; see
 * migrations/data/separate-shop-channel.ts and docs/architecture.md, "Channels").
 */
export class SeparateShopChannel1796290000000 implements MigrationInterface {
    public async up(queryRunner: QueryRunner): Promise<void> {
        await separateShopChannel(queryRunner);
    }

    /** Not reversible: orders and invoices placed in the `fr` channel afterwards have no place to go back to. */
    public async down(): Promise<void> {
        // Nothing to undo automatically.
    }
}
