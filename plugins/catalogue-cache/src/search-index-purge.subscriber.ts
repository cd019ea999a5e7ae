import { SearchIndexItem } from '@vendure/core/dist/plugin/default-search-plugin/entities/search-index-item.entity';
import type { EntitySubscriberInterface, InsertEvent } from 'typeorm';
import type { CatalogueCachePurgeService, IndexedVariant } from './catalogue-cache-purge.service';

/**
 * TypeORM subscriber on Vendure's search index (`SearchIndexItem`, written by the worker's indexer
 * with `upsert`, which TypeORM announces as inserts): hands the written rows to
 * {@link CatalogueCachePurgeService.indexedVariants} once the statement has run. Rows of one
 * statement are gathered and purged together after the current tick.
 *
 * TypeORM builds subscribers itself, so the purge service reaches this one through
 * {@link SearchIndexPurgeSubscriber.bind} (set when the app boots; `undefined` before).
 */
export class SearchIndexPurgeSubscriber implements EntitySubscriberInterface<SearchIndexItem> {
    private static purgeService?: CatalogueCachePurgeService;
    private static pending: IndexedVariant[] = [];

    /** Sets the service the written rows go to (the app's, at bootstrap). */
    static bind(service: CatalogueCachePurgeService | undefined): void {
        this.purgeService = service;
    }

    /** Listens to `SearchIndexItem` only. */
    listenTo(): typeof SearchIndexItem {
        return SearchIndexItem;
    }

    /** Queues a written row for the purge. */
    afterInsert(event: InsertEvent<SearchIndexItem>): void {
        const service = SearchIndexPurgeSubscriber.purgeService;
        const row = event.entity as unknown as IndexedVariant | undefined;
        if (!service || !row || row.productId == null) return;
        const pending = SearchIndexPurgeSubscriber.pending;
        pending.push(row);
        if (pending.length === 1) {
            setImmediate(() => {
                const rows = SearchIndexPurgeSubscriber.pending;
                SearchIndexPurgeSubscriber.pending = [];
                void service.indexedVariants(rows);
            });
        }
    }
}
