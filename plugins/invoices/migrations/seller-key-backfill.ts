import { Logger } from '@vendure/core';
import type { QueryRunner } from 'typeorm';
import { loggerCtx } from '../constants';
import { sellerKeyOf } from '../helpers/numbering';

/**
 * Data step of the `InvoiceSellerNumber` migrations (SQLite and PostgreSQL): fills the new
 * `radiant_invoice.sellerKey` column of the documents already issued, oldest first, with their
 * seller snapshot's SIREN, before the unique index on (sellerKey, number) is created. Issued
 * documents are immutable, so no number is changed: a document whose number its seller had
 * already issued (two channels of one seller numbering in the same series, issue 12) keeps a
 * null key, which the index ignores, and is listed in a warning. Returns those documents' ids.
 */
export async function backfillSellerKeys(queryRunner: QueryRunner): Promise<string[]> {
    const rows = (await queryRunner.query(
        `SELECT "id", "channelId", "seller", "number" FROM "radiant_invoice" ORDER BY "id" ASC`,
    )) as Array<{ id: number | string; channelId: number | string; seller: string; number: string }>;
    const seen = new Set<string>();
    const duplicates: string[] = [];
    for (const row of rows) {
        const seller = (typeof row.seller === 'string' ? JSON.parse(row.seller) : row.seller) as {
            siren?: string;
        };
        const key = sellerKeyOf(seller, row.channelId);
        if (seen.has(`${key} ${row.number}`)) {
            duplicates.push(`${row.number} (id ${row.id}, channel ${row.channelId})`);
            continue;
        }
        seen.add(`${key} ${row.number}`);
        await queryRunner.manager
            .createQueryBuilder()
            .update('radiant_invoice')
            .set({ sellerKey: key })
            .where('id = :id', { id: row.id })
            .execute();
    }
    if (duplicates.length) {
        Logger.warn(
            `${duplicates.length} issued document(s) repeat a number their seller had already issued; ` +
                `they are kept as issued, without a seller key: ${duplicates.join(', ')}`,
            loggerCtx,
        );
    }
    return duplicates;
}
