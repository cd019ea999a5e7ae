/**
 * The DefaultSearchPlugin's search strategy, chosen by the database type as Vendure does, with one
 * correction for SQLite (the embedded default, and sql.js in tests).
 *
 * Vendure 3.7's `SqliteSearchStrategy` groups variants by product (`groupByProduct: true`) with
 * `GROUP BY productId` but reads the bare columns `si.price` (for `sort: { price }`) and `si.inStock` of
 * whichever row SQLite picks for the group. So a listing sorted by price came out in the order of
 * arbitrary sizes (68, 58, 55, 78 € for cards that show "from" prices), and a product with one sold-out
 * size could be flagged out of stock as a whole. PostgreSQL's strategy aggregates both (`MIN(price)`,
 * `bool_or(inStock)`), so there Vendure's own strategy is used as it is.
 *
 * The grouped SQLite query here sorts by the product's lowest price (the "from" price a card shows:
 * `MIN(priceWithTax)`, ties by `MIN(price)`), in both directions, and a product is in stock when any of
 * its variants is (`MAX(inStock)`), as on PostgreSQL. Everything else (term matching, filters,
 * facet and collection counts, totals) is Vendure's own code.
 *
 * Source: @vendure/core 3.7 `plugin/default-search-plugin/search-strategy/sqlite-search-strategy.js`
 * (`getSearchResults`) and `postgres-search-strategy.js` (`createPostgresSelect`).
 */
import { SearchResult } from '@vendure/common/lib/generated-types';
import { ID } from '@vendure/common/lib/shared-types';
import {
    Injector,
    mapToSearchResult,
    MysqlSearchStrategy,
    PostgresSearchStrategy,
    RequestContext,
    SearchStrategy,
    SqliteSearchStrategy,
    TransactionalConnection,
} from '@vendure/core';
import { SearchIndexItem } from '@vendure/core/dist/plugin/default-search-plugin/entities/search-index-item.entity';
import type { SearchInput } from '@vendure/core/dist/plugin/default-search-plugin/types';
import type { SelectQueryBuilder } from 'typeorm';

/** What the grouped query needs of Vendure's strategy beyond its public methods. */
interface SqliteStrategyInternals {
    connection: TransactionalConnection;
    options: { indexCurrencyCode?: boolean };
    minTermLength: number;
    applyTermAndFilters(
        ctx: RequestContext,
        qb: SelectQueryBuilder<SearchIndexItem>,
        input: SearchInput,
    ): SelectQueryBuilder<SearchIndexItem>;
}

/**
 * Vendure's SQLite strategy with grouped results sorted by the product's lowest price and in stock when
 * any variant is (see the module's description). Ungrouped searches are Vendure's own.
 */
export class GroupedSqliteSearchStrategy extends SqliteSearchStrategy {
    /**
     * Search results, `take` (default 25) from `skip`. Grouped by product: price and priceWithTax are
     * ranges (minor units, as Vendure), `inStock` is true when any variant is in stock.
     */
    override async getSearchResults(
        ctx: RequestContext,
        input: SearchInput,
        enabledOnly: boolean,
    ): Promise<SearchResult[]> {
        if (!input.groupByProduct) return super.getSearchResults(ctx, input, enabledOnly);
        const self = this as unknown as SqliteStrategyInternals;
        const take = input.take || 25;
        const skip = input.skip || 0;
        const qb = self.connection.getRepository(ctx, SearchIndexItem).createQueryBuilder('si');
        qb.addSelect('MIN(si.price)', 'minPrice')
            .addSelect('MAX(si.price)', 'maxPrice')
            .addSelect('MIN(si.priceWithTax)', 'minPriceWithTax')
            .addSelect('MAX(si.priceWithTax)', 'maxPriceWithTax')
            .addSelect('MAX(si.inStock)', 'anyInStock');
        self.applyTermAndFilters(ctx, qb, input);
        const sort = input.sort;
        if (sort) {
            if (sort.name) qb.addOrderBy('si.productName COLLATE NOCASE', sort.name);
            if (sort.price)
                qb.addOrderBy('"minPriceWithTax"', sort.price).addOrderBy('"minPrice"', sort.price);
        } else if (input.term && input.term.length > self.minTermLength) {
            qb.addOrderBy('score', 'DESC');
        }
        // Deterministic order for equal names, prices or scores (as Vendure does).
        qb.addOrderBy('si.productId', 'ASC');
        if (enabledOnly) qb.andWhere('si.enabled = :enabled', { enabled: true });
        const rows = await qb.limit(take).offset(skip).getRawMany<Record<string, unknown>>();
        return rows.map(row => {
            // `inStock` is added to SearchResult by the plugin's schema extension (indexStockStatus).
            const result: SearchResult & { inStock?: boolean } = mapToSearchResult(
                row,
                self.options.indexCurrencyCode
                    ? (row.si_currencyCode as SearchResult['currencyCode'])
                    : ctx.channel.defaultCurrencyCode,
            );
            if (row.si_inStock !== undefined) result.inStock = Boolean(Number(row.anyInStock));
            return result;
        });
    }
}

/**
 * The search strategy for the database in use, picked at start-up as DefaultSearchPlugin picks its
 * own: {@link GroupedSqliteSearchStrategy} on SQLite / sql.js, Vendure's PostgreSQL and MySQL
 * strategies elsewhere. Needed because one configuration serves several databases (the embedded
 * SQLite default, PostgreSQL in production, both in the tests).
 */
export class RadiantSearchStrategy implements SearchStrategy {
    private inner: SearchStrategy;

    /** Chooses the strategy from the connection's database type, then initialises it. */
    async init(injector: Injector): Promise<void> {
        const type = injector.get(TransactionalConnection).rawConnection.options.type;
        this.inner =
            type === 'postgres'
                ? new PostgresSearchStrategy()
                : type === 'mysql' || type === 'mariadb' || type === 'aurora-mysql'
                  ? new MysqlSearchStrategy()
                  : new GroupedSqliteSearchStrategy();
        await this.inner.init?.(injector);
    }

    /** Releases the chosen strategy. */
    async destroy(): Promise<void> {
        await this.inner?.destroy?.();
    }

    /** @inheritdoc */
    getSearchResults(ctx: RequestContext, input: SearchInput, enabledOnly: boolean): Promise<SearchResult[]> {
        return this.inner.getSearchResults(ctx, input, enabledOnly);
    }

    /** @inheritdoc */
    getTotalCount(ctx: RequestContext, input: SearchInput, enabledOnly: boolean): Promise<number> {
        return this.inner.getTotalCount(ctx, input, enabledOnly);
    }

    /** @inheritdoc */
    getFacetValueIds(
        ctx: RequestContext,
        input: SearchInput,
        enabledOnly: boolean,
    ): Promise<Map<ID, number>> {
        return this.inner.getFacetValueIds(ctx, input, enabledOnly);
    }

    /** @inheritdoc */
    getCollectionIds(
        ctx: RequestContext,
        input: SearchInput,
        enabledOnly: boolean,
    ): Promise<Map<ID, number>> {
        return this.inner.getCollectionIds(ctx, input, enabledOnly);
    }
}
