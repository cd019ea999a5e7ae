/**
 * Validation of entity ids received from clients (REST path parameters, GraphQL `ID` arguments),
 * so that a malformed id is a 400 / `USER_INPUT_ERROR` instead of a database error (PostgreSQL
 * refuses `'abc'`, `1.5` or `99999999999` for an `integer` column: a 500).
 */
import { ArgumentMetadata, BadRequestException, Injectable, PipeTransform } from '@nestjs/common';
import { ConfigService, ID, UserInputError } from '@vendure/core';

/** Largest value of a PostgreSQL `integer` (4 bytes), the type of Vendure's auto-increment keys. */
export const MAX_INTEGER_ID = 2_147_483_647;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * True if `value` can be a primary key under the entity id strategy's `primaryKeyType`:
 * - `'increment'` (Vendure's default `AutoIncrementIdStrategy`): an integer from 1 to
 *   {@link MAX_INTEGER_ID}, as a number or as decimal digits without sign or leading zero;
 * - `'uuid'`: an RFC 9562 UUID string;
 * - any other strategy: a non-empty string or a number (the strategy knows better).
 */
export function isEntityId(value: unknown, primaryKeyType: unknown = 'increment'): value is ID {
    if (primaryKeyType === 'increment') {
        if (typeof value === 'number')
            return Number.isInteger(value) && value >= 1 && value <= MAX_INTEGER_ID;
        return typeof value === 'string' && /^[1-9]\d{0,9}$/.test(value) && Number(value) <= MAX_INTEGER_ID;
    }
    if (primaryKeyType === 'uuid') return typeof value === 'string' && UUID.test(value);
    return (typeof value === 'string' && value.length > 0) || typeof value === 'number';
}

/**
 * A Nest pipe for an entity id path parameter of a REST controller: `@Param('id', EntityIdPipe)`
 * answers 400 "Invalid id" for a malformed id. The value passes through unchanged.
 */
@Injectable()
export class EntityIdPipe implements PipeTransform<unknown, unknown> {
    constructor(private readonly configService: ConfigService) {}

    /** Returns `value` when {@link isEntityId} accepts it under the configured id strategy. */
    transform(value: unknown, metadata: ArgumentMetadata): unknown {
        if (isEntityId(value, this.configService.entityIdStrategy.primaryKeyType)) return value;
        throw new BadRequestException(`Invalid ${metadata.data ?? 'id'}`);
    }
}

/**
 * A Nest pipe for an `ID` argument of a GraphQL resolver: `@Args('id', EntityIdArgPipe)` throws
 * Vendure's `UserInputError` (error code `USER_INPUT_ERROR`) for a malformed id. Vendure has
 * already decoded the id with the entity id strategy (`'abc'` → `-1` for auto-increment ids); the
 * decoded value passes through unchanged.
 */
@Injectable()
export class EntityIdArgPipe implements PipeTransform<unknown, unknown> {
    constructor(private readonly configService: ConfigService) {}

    /** Returns `value` when {@link isEntityId} accepts it under the configured id strategy. */
    transform(value: unknown, metadata: ArgumentMetadata): unknown {
        if (isEntityId(value, this.configService.entityIdStrategy.primaryKeyType)) return value;
        throw new UserInputError(`Invalid ${metadata.data ?? 'id'}: expected an entity id`);
    }
}
