import { SearchIndexItem } from '@vendure/core/dist/plugin/default-search-plugin/entities/search-index-item.entity';
import type { EntitySubscriberInterface, InsertEvent } from 'typeorm';
import type { CatalogueCachePurgeService, IndexedVariant } from './catalogue-cache-purge.service';

/**
 * TypeORM subscriber on Vendure's search index (`SearchIndexItem`, written by the worker's indexer
 * with `upsert`, which TypeORM announces as inserts): before a write, lets
 * {@link CatalogueCachePurgeService.seedFingerprint} read the stored row when it has no fingerprint
 * of it; after, hands the written rows to {@link CatalogueCachePurgeService.indexedVariants}, the
 * rows of one tick together. Added to the app's DataSource at bootstrap, as Vendure adds its own
 * subscribers.
 */
export class SearchIndexPurgeSubscriber implements EntitySubscriberInterface<SearchIndexItem> {
    private pending: IndexedVariant[] = [];

    constructor(private readonly purgeService: CatalogueCachePurgeService) {}

    /** Listens to `SearchIndexItem` only. */
    listenTo(): typeof SearchIndexItem {
        return SearchIndexItem;
    }

    /** Reads the row about to be overwritten, by primary key, when its fingerprint is unknown. */
    beforeInsert(event: InsertEvent<SearchIndexItem>): Promise<void> | void {
        const row = event.entity as unknown as IndexedVariant | undefined;
        if (!row || row.productId == null) return;
        const where = Object.fromEntries(
            event.metadata.primaryColumns.map(column => [column.propertyName, row[column.propertyName]]),
        );
        return this.purgeService.seedFingerprint(row, async () => {
            const stored = await event.manager.getRepository(SearchIndexItem).findOne({ where });
            return stored as unknown as IndexedVariant | null;
        });
    }

    /** Queues a written row for the purge. */
    afterInsert(event: InsertEvent<SearchIndexItem>): void {
        const row = event.entity as unknown as IndexedVariant | undefined;
        if (!row || row.productId == null) return;
        this.pending.push(row);
        if (this.pending.length === 1) {
            setImmediate(() => {
                const rows = this.pending;
                this.pending = [];
                void this.purgeService.indexedVariants(rows);
            });
        }
    }
}
