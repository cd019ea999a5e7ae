import { Kind, OperationTypeNode } from 'graphql';
import type { DocumentNode, OperationDefinitionNode, SelectionSetNode } from 'graphql';

/**
 * Shop API root fields whose answers are the same for every shopper of one channel, language,
 * currency and pricing tier: the catalogue. An operation is cached only when every root field it
 * selects is listed here (anything else — `activeOrder`, `activeCustomer`, `me`, … — makes the whole
 * operation uncached). Add a plugin's own root fields through `cacheableFields` only with a purge
 * for their changes (e.g. publish a Vendure event and invalidate `catalogue-cache:all`).
 */
export const DEFAULT_CACHEABLE_FIELDS: readonly string[] = [
    'product',
    'products',
    'collection',
    'collections',
    'facet',
    'facets',
    'search',
    'activeChannel',
    '__typename',
];

/**
 * Root fields that list the catalogue: their answers change when something is added to it, not
 * only when a listed entity changes, so their entries carry the lists tag (purged on creation,
 * deletion, channel assignment, and on search-index changes other than stock).
 */
export const LIST_FIELDS: ReadonlySet<string> = new Set(['products', 'collections', 'facets', 'search']);

/**
 * The root field names `operation` selects, through fragments and inline fragments; `undefined` when
 * the operation is not a query or selects with a directive (`@include`/`@skip` on a root field is
 * legal but rare enough to leave uncached).
 *
 * @param document the parsed request document (for its fragment definitions)
 * @param operation the operation being executed
 */
export function rootFieldsOf(
    document: DocumentNode,
    operation: OperationDefinitionNode,
): string[] | undefined {
    if (operation.operation !== OperationTypeNode.QUERY) return undefined;
    const fields: string[] = [];
    const visit = (set: SelectionSetNode, depth: number): boolean => {
        if (depth > 10) return false;
        for (const selection of set.selections) {
            if (selection.directives?.length) return false;
            if (selection.kind === Kind.FIELD) {
                fields.push(selection.name.value);
            } else if (selection.kind === Kind.INLINE_FRAGMENT) {
                if (!visit(selection.selectionSet, depth + 1)) return false;
            } else {
                const fragment = document.definitions.find(
                    d => d.kind === Kind.FRAGMENT_DEFINITION && d.name.value === selection.name.value,
                );
                if (!fragment || fragment.kind !== Kind.FRAGMENT_DEFINITION) return false;
                if (!visit(fragment.selectionSet, depth + 1)) return false;
            }
        }
        return true;
    };
    return visit(operation.selectionSet, 0) ? fields : undefined;
}

/**
 * Whether an operation selecting `rootFields` may be answered from the cache: at least one field,
 * every one in `allowed`.
 */
export function isCacheable(
    rootFields: readonly string[] | undefined,
    allowed: ReadonlySet<string>,
): boolean {
    return !!rootFields && rootFields.length > 0 && rootFields.every(field => allowed.has(field));
}
