/**
 * The Shop API's complexity limit (src/config/harden.ts) against the storefront's own operations:
 * the cost of every query and mutation of the storefront (its generated documents, scored on the
 * committed Shop API schema with HardenPlugin's own estimators, every `take` at its maximum) must
 * stay under the limit with room to spare, and an abusive query must not.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { DocumentNode, GraphQLInputType, GraphQLSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { operationKey, scoreVariables, SHOP_API_MAX_QUERY_COMPLEXITY } from '../../src/config/harden';
import * as documents from '../../storefront/src/lib/gql/graphql';

// One instance of graphql for everything, as in the server: the CommonJS builds that
// @vendure/harden-plugin and graphql-query-complexity load (the ES build would be a second realm).
const load = createRequire(__filename);
const {
    buildSchema,
    getNamedType,
    isEnumType,
    isInputObjectType,
    isListType,
    isNonNullType,
    isScalarType,
    Kind,
    parse,
    typeFromAST,
} = load('graphql') as typeof import('graphql');
const { getComplexity, simpleEstimator } = load(
    'graphql-query-complexity',
) as typeof import('graphql-query-complexity');
const { defaultVendureComplexityEstimator } = load(
    '@vendure/harden-plugin',
) as typeof import('@vendure/harden-plugin');

const schema = buildSchema(
    fs.readFileSync(path.join(__dirname, '..', '..', 'storefront', 'schema.graphql'), 'utf8'),
);

/** The largest `take` the Shop API accepts (Vendure's `shopListQueryLimit`), so the scores are upper bounds. */
const MAX_TAKE = 100;

/** A value for a variable: `take` at {@link MAX_TAKE}, `skip` 0, required input fields filled. */
function sample(type: GraphQLInputType, name: string): unknown {
    if (isNonNullType(type)) return sample(type.ofType, name);
    if (isListType(type)) return [sample(type.ofType as GraphQLInputType, name)];
    if (isEnumType(type)) return type.getValues()[0].value;
    if (isInputObjectType(type)) {
        const value: Record<string, unknown> = {};
        for (const field of Object.values(type.getFields())) {
            if (isNonNullType(field.type) || field.name === 'take')
                value[field.name] = sample(field.type, field.name);
        }
        return value;
    }
    if (isScalarType(type)) {
        switch (type.name) {
            case 'Int':
                return name === 'take' ? MAX_TAKE : name === 'skip' ? 0 : 1;
            case 'Float':
            case 'Money':
                return 1;
            case 'Boolean':
                return true;
            case 'DateTime':
                return new Date().toISOString();
            case 'JSON':
                return {};
            default:
                return 'x';
        }
    }
    throw new Error(`No sample for ${String(getNamedType(type))}`);
}

/** HardenPlugin's score of an operation, computed the way the plugin does. */
function complexity(s: GraphQLSchema, query: DocumentNode, variables: Record<string, unknown>): number {
    return getComplexity({
        schema: s,
        query,
        variables,
        estimators: [defaultVendureComplexityEstimator({}, false), simpleEstimator({ defaultComplexity: 1 })],
    });
}

/** A different value of the same shape: numbers ×1000 + 7, booleans flipped, strings and lists grown. */
function another(value: unknown): unknown {
    if (typeof value === 'number') return value * 1000 + 7;
    if (typeof value === 'boolean') return !value;
    if (typeof value === 'string') return `${value}y`;
    if (Array.isArray(value)) return [...value.map(another), ...value.map(another)];
    if (value && typeof value === 'object') {
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, another(v)]));
    }
    return value;
}

/** Every storefront operation (query or mutation) with its document and sample variables. */
function storefrontOperations(): {
    name: string;
    doc: DocumentNode;
    variables: Record<string, unknown>;
}[] {
    const operations: { name: string; doc: DocumentNode; variables: Record<string, unknown> }[] = [];
    for (const [exportName, value] of Object.entries(documents)) {
        const doc = value as unknown as DocumentNode;
        if (!exportName.endsWith('Document') || doc?.kind !== Kind.DOCUMENT) continue;
        for (const def of doc.definitions) {
            if (def.kind !== Kind.OPERATION_DEFINITION) continue;
            const variables: Record<string, unknown> = {};
            for (const v of def.variableDefinitions ?? []) {
                const type = typeFromAST(schema, v.type as never) as GraphQLInputType | undefined;
                if (!type) throw new Error(`${exportName}: unknown type of $${v.variable.name.value}`);
                variables[v.variable.name.value] = sample(type, v.variable.name.value);
            }
            operations.push({ name: def.name?.value ?? exportName, doc, variables });
        }
    }
    return operations;
}

/** Every storefront operation (query or mutation) with its score. */
function storefrontScores(): { name: string; score: number }[] {
    return storefrontOperations()
        .map(({ name, doc, variables }) => ({ name, score: complexity(schema, doc, variables) }))
        .sort((a, b) => b.score - a.score);
}

describe('Shop API complexity limit', () => {
    it('lets every storefront operation through, the heaviest with at least half the limit to spare', () => {
        const scores = storefrontScores();
        expect(scores.length).toBeGreaterThan(40);
        console.info(
            `storefront operations: ${scores.length}; heaviest: ${scores
                .slice(0, 5)
                .map(s => `${s.name} ${s.score}`)
                .join(', ')}; limit ${SHOP_API_MAX_QUERY_COMPLEXITY}`,
        );
        expect(scores[0].score).toBeLessThan(SHOP_API_MAX_QUERY_COMPLEXITY / 2);
    });

    it('lets a plain list without take through', () => {
        expect(complexity(schema, parse('{ collections { items { slug name } } }'), {})).toBeLessThan(
            SHOP_API_MAX_QUERY_COMPLEXITY,
        );
    });

    it('refuses a query of 20 aliased nested lists', () => {
        const aliases = Array.from(
            { length: 20 },
            (_, i) =>
                `p${i}: products(options: { take: 100 }) { items { id variants { id options { id group { options { id } } } } } }`,
        ).join('\n');
        expect(complexity(schema, parse(`{ ${aliases} }`), {})).toBeGreaterThanOrEqual(
            SHOP_API_MAX_QUERY_COMPLEXITY,
        );
    });
});

describe('complexity memo key (ComplexityMemo in src/config/harden.ts)', () => {
    it("finds the variables of lists' options and of @include/@skip, and only them", () => {
        const doc = parse(`
            query L($id: ID!, $take: Int, $o: ProductListOptions, $inc: Boolean!, $s: String) {
                product(id: $id) { id name }
                a: products(options: { take: $take, filter: { name: { contains: $s } } }) { items { id } }
                b: products(options: $o) { items { id } }
                c: collections @include(if: $inc) { items { id } }
            }`);
        expect([...scoreVariables(doc)].sort()).toEqual(['inc', 'o', 's', 'take']);
    });

    it("leaves out only variables that never change a storefront operation's score", () => {
        const operations = storefrontOperations();
        let leftOut = 0;
        for (const { name, doc, variables } of operations) {
            const read = new Set(scoreVariables(doc));
            const score = complexity(schema, doc, variables);
            for (const variable of Object.keys(variables)) {
                if (read.has(variable)) continue;
                leftOut++;
                const changed = { ...variables, [variable]: another(variables[variable]) };
                expect(complexity(schema, doc, changed), `${name}: $${variable}`).toBe(score);
            }
        }
        expect(leftOut).toBeGreaterThan(20);
    });

    it('gives one key to an operation whatever its other variables, one per take', () => {
        const query = `mutation Add($variantId: ID!, $quantity: Int!) {
            addItemToOrder(productVariantId: $variantId, quantity: $quantity) { __typename }
        }`;
        const document = parse(query);
        const key = (variables: Record<string, unknown>, source = query, doc = document) =>
            operationKey({ source, document: doc, request: { query: source, variables } } as never);
        expect(key({ variantId: '1', quantity: 1 })).toBe(key({ variantId: '2', quantity: 3 }));
        const list =
            'query P($take: Int, $q: String) { products(options: { take: $take }) { items { id } } }';
        const listDoc = parse(list);
        expect(key({ take: 1, q: 'a' }, list, listDoc)).toBe(key({ take: 1, q: 'b' }, list, listDoc));
        expect(key({ take: 1 }, list, listDoc)).not.toBe(key({ take: 1000 }, list, listDoc));
    });
});
