/**
 * Narrowing of GraphQL union results (`... on Order { } ... on ErrorResult { }`) in typed e2e
 * suites: the generated result type is a union of members, and a test states which one it expects.
 * Like @vendure/testing's ErrorResultGuard, without declaring a guard per type.
 */
import { expect } from 'vitest';

type KeysOfUnion<T> = T extends T ? keyof T : never;

/**
 * Fails the test unless `result` is the union member that has `field` (not an ErrorResult), and
 * narrows its type to that member.
 */
export function assertSuccess<U extends object, K extends KeysOfUnion<U>>(
    result: U,
    field: K,
): asserts result is Extract<U, Record<K, unknown>> {
    expect((result as { errorCode?: unknown }).errorCode, JSON.stringify(result)).toBeUndefined();
    expect(result).toHaveProperty(field as string);
}

/** Fails the test unless `result` is an ErrorResult (has `errorCode`), and narrows its type to it. */
export function assertErrorResult<U extends object>(
    result: U,
): asserts result is Extract<U, { errorCode: unknown }> {
    expect(result).toHaveProperty('errorCode');
}
