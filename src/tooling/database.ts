import { VendureConfig } from '@vendure/core';
import { DataSource } from 'typeorm';

/**
 * Whether the database of `config` holds at least one product (a cheap check made before the
 * server boots, to decide on seeding). The schema must exist (run the migrations first).
 */
export async function databaseHasProducts(config: VendureConfig): Promise<boolean> {
    const dataSource = new DataSource({
        ...config.dbConnectionOptions,
        entities: [],
        migrations: [],
        synchronize: false,
        migrationsRun: false,
        logging: false,
    });
    await dataSource.initialize();
    try {
        const rows: unknown[] = await dataSource.query('SELECT 1 FROM product LIMIT 1');
        return rows.length > 0;
    } finally {
        await dataSource.destroy();
    }
}
