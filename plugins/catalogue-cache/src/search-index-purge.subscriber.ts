import { SearchIndexItem } from '@vendure/core/dist/plugin/default-search-plugin/entities/search-index-item.entity';
import type { EntitySubscriberInterface, InsertEvent } from 'typeorm';
import type { CatalogueCachePurgeService, IndexedVariant } from './catalogue-cache-purge.service';

/**
 * TypeORM subscriber on Vendure's search index (`SearchIndexItem`, written by the worker's indexer
 * with `upsert`, which TypeORM announces as inserts): hands the written rows to
 * {@link CatalogueCachePurgeService.indexedVariants}, the rows of one tick together. Added to the
 * app's DataSource at bootstrap, as Vendure adds its own subscribers.
 */
export class SearchIndexPurgeSubscriber implements EntitySubscriberInterface<SearchIndexItem> {
    private pending: IndexedVariant[] = [];

    constructor(private readonly purgeService: CatalogueCachePurgeService) {}

    /** Listens to `SearchIndexItem` only. */
    listenTo(): typeof SearchIndexItem {
        return SearchIndexItem;
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
