import { DataSource } from 'typeorm';
import { afterEach, describe, expect, it } from 'vitest';
import { backfillSellerKeys } from './seller-key-backfill';

describe('backfillSellerKeys (migration InvoiceSellerNumber)', () => {
    let db: DataSource | undefined;
    afterEach(async () => db?.destroy());

    it("keys each document by its seller's SIREN, leaves a repeated number unkeyed and unchanged", async () => {
        db = await new DataSource({ type: 'better-sqlite3', database: ':memory:' }).initialize();
        await db.query(
            `CREATE TABLE "radiant_invoice" ("id" integer PRIMARY KEY, "channelId" integer, "seller" text, "number" varchar, "sellerKey" varchar(32))`,
        );
        const seller = (siren: string) => JSON.stringify({ legalName: 'X', siren });
        const rows: Array<[number, number, string, string]> = [
            [1, 1, seller('900 000 019'), 'RAD-2026-000001'], // fr
            [2, 2, seller('900000019'), 'RAD-2026-000001'], // ci, same seller: the bug's duplicate
            [3, 2, seller('900000019'), 'RAD-2026-000002'],
            [4, 3, seller('404833048'), 'RAD-2026-000001'], // another seller may reuse it
            [5, 4, seller(''), 'RAD-2026-000001'], // no SIREN: keyed by channel
        ];
        for (const r of rows) await db.query(`INSERT INTO "radiant_invoice" VALUES (?, ?, ?, ?, NULL)`, r);

        const duplicates = await backfillSellerKeys(db.createQueryRunner());

        expect(duplicates).toEqual(['RAD-2026-000001 (id 2, channel 2)']);
        const after: Array<{ id: number; number: string; sellerKey: string | null }> = await db.query(
            `SELECT "id", "number", "sellerKey" FROM "radiant_invoice" ORDER BY "id"`,
        );
        expect(after).toEqual([
            { id: 1, number: 'RAD-2026-000001', sellerKey: '900000019' },
            { id: 2, number: 'RAD-2026-000001', sellerKey: null },
            { id: 3, number: 'RAD-2026-000002', sellerKey: '900000019' },
            { id: 4, number: 'RAD-2026-000001', sellerKey: '404833048' },
            { id: 5, number: 'RAD-2026-000001', sellerKey: 'channel:4' },
        ]);
        // The index the migration creates next accepts the result.
        await db.query(
            `CREATE UNIQUE INDEX "IDX_radiant_invoice_seller_number" ON "radiant_invoice" ("sellerKey", "number")`,
        );
    });
});
