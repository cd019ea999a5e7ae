/**
 * `npm run import` imports the standard Vendure demo catalogue (products.csv and images shipped in
 * @vendure/create) cleanly, into a fresh embedded database.
 */
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { instance, ROOT, runNode } from '../support/processes';

describe('npm run import', () => {
    it('imports the standard Vendure products.csv with its images and no errors', async () => {
        const i = await instance();
        try {
            const csv = path.join(ROOT, 'node_modules', '@vendure', 'create', 'assets', 'products.csv');
            const result = await runNode(
                'dist/src/cli/import-products.js',
                [csv, '--language', 'en'],
                { ...i.env, SEED_ON_START: 'false' },
                300_000,
            );
            expect(result.stderr).not.toMatch(/error/i);
            expect(result.code).toBe(0);
            const match = /Imported (\d+) products into channel "fr"/.exec(result.stdout);
            expect(match).not.toBeNull();
            const imported = Number(match![1]);
            expect(imported).toBeGreaterThanOrEqual(50);
            const db = new Database(path.join(i.dataDir, 'radiant.sqlite'), { readonly: true });
            try {
                const products = db.prepare('SELECT COUNT(*) AS n FROM product').get() as { n: number };
                const withImage = db
                    .prepare('SELECT COUNT(*) AS n FROM product WHERE featuredAssetId IS NOT NULL')
                    .get() as { n: number };
                const indexed = db
                    .prepare('SELECT COUNT(DISTINCT productId) AS n FROM search_index_item')
                    .get() as { n: number };
                expect(products.n).toBe(imported);
                expect(withImage.n).toBe(imported);
                expect(indexed.n).toBe(imported);
            } finally {
                db.close();
            }
        } finally {
            i.cleanup();
        }
    });
});
