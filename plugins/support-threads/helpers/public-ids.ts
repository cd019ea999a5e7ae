import type { ID } from '@vendure/common/lib/shared-types';
import type { ConfigService } from '@vendure/core';

/**
 * An entity id as the GraphQL APIs show it (the configured EntityIdStrategy's `encodeId`; the
 * same as the database id with Vendure's default strategy). REST routes and emails use these, so
 * that the ids a client got from the API work in them.
 */
export function publicId(config: ConfigService, id: ID): string {
    const strategy = config.entityOptions.entityIdStrategy;
    return strategy ? strategy.encodeId(id) : String(id);
}

/** The database id of an id as the APIs show it (`decodeId`). */
export function databaseId(config: ConfigService, id: string): ID {
    const strategy = config.entityOptions.entityIdStrategy;
    return strategy ? (strategy.decodeId(id) as ID) : id;
}
