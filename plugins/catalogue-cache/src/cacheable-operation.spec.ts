import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CACHEABLE_FIELDS, isCacheable, rootFieldsOf } from './cacheable-operation';

const allowed = new Set(DEFAULT_CACHEABLE_FIELDS);

function fieldsOf(source: string): string[] | undefined {
    const document = parse(source);
    const operation = document.definitions.find(
        (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
    )!;
    return rootFieldsOf(document, operation);
}

describe('cacheable operations', () => {
    it('caches catalogue queries, through fragments and inline fragments', () => {
        expect(fieldsOf('{ product(slug: "a") { id } search(input: {}) { totalItems } }')).toEqual([
            'product',
            'search',
        ]);
        const viaFragments = fieldsOf(
            'query Q { ...Root ... on Query { collections { items { id } } } } fragment Root on Query { facets { totalItems } }',
        );
        expect(viaFragments).toEqual(['facets', 'collections']);
        expect(isCacheable(viaFragments, allowed)).toBe(true);
    });

    it('never caches private fields, mutations, directives or unknown fragments', () => {
        expect(isCacheable(fieldsOf('{ product(slug: "a") { id } activeOrder { code } }'), allowed)).toBe(
            false,
        );
        expect(isCacheable(fieldsOf('{ activeCustomer { id } }'), allowed)).toBe(false);
        expect(fieldsOf('mutation { logout { success } }')).toBeUndefined();
        expect(
            fieldsOf('query ($a: Boolean!) { product(slug: "a") @include(if: $a) { id } }'),
        ).toBeUndefined();
        expect(fieldsOf('{ ...Missing }')).toBeUndefined();
        // A fragment spread on the root that hides a private field.
        const hidden = fieldsOf('{ ...R } fragment R on Query { products { totalItems } me { id } }');
        expect(isCacheable(hidden, allowed)).toBe(false);
        expect(isCacheable([], allowed)).toBe(false);
    });
});
