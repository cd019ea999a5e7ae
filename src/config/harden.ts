/**
 * GraphQL cost limits of the Shop API: Vendure's HardenPlugin (@vendure/harden-plugin) with the
 * limit measured on the storefront's own operations (test/unit/query-complexity.spec.ts computes
 * the cost of every one of them and fails when one gets near the limit).
 *
 * See https://docs.vendure.io/reference/core-plugins/harden-plugin/
 */
import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import { VendurePlugin } from '@vendure/core';
import { HardenPlugin } from '@vendure/harden-plugin';
import { visit, type DocumentNode, type GraphQLSchema } from 'graphql';
import type { Environment } from '../environment';

/**
 * Highest complexity score a Shop API operation may have (HardenPlugin refuses scores at or above
 * it with "Query is too complex"). The storefront's heaviest operation (the home page, every `take`
 * at 100) scores about 490; a simple list without `take` (`collections { items { slug name } }`,
 * counted as 1000 items) about 2300, so integrators' and tests' plain queries pass; a query of 20
 * aliased nested product lists (`take: 100`) about 31700 and is refused. Give every list a `take`:
 * it keeps the score low.
 */
export const SHOP_API_MAX_QUERY_COMPLEXITY = 10_000;

/**
 * Remembers the Shop API operations HardenPlugin has already scored under the limit, so that the
 * same operation is not scored again: the score is a pure function of the schema, the query text,
 * the operation name and the variables the score reads, and scoring walks the whole query (0.2–0.6
 * ms of CPU for a cart mutation, 1.5–4 % of an `addItemToOrder`). A storefront sends a few dozen
 * query texts.
 *
 * - The score reads a variable only through a list's `options` argument (its `take`, in
 *   HardenPlugin's `defaultVendureComplexityEstimator`) or an `@include`/`@skip` condition; the
 *   other variables (a variant id, a quantity, a slug) are left out of the key
 *   ({@link scoreVariables}), so `addItemToOrder` is scored once, not once per variant.
 * - {@link ComplexityMemo.skip} is HardenPlugin's `skip` option: `true` for a remembered operation.
 * - {@link ComplexityMemo.apolloPlugin} remembers an operation once its execution starts, which
 *   Apollo Server does only after every `didResolveOperation` hook, HardenPlugin's check included,
 *   has passed; a refused operation is never remembered.
 * - At most `max` operations are kept (the oldest forgotten first); the Admin API is not recorded
 *   (HardenPlugin does not score it).
 *
 * Valid for HardenPlugin's default estimators only (Radiant gives it no other).
 * Hooks: https://www.apollographql.com/docs/apollo-server/integrations/plugins-event-reference
 */
export class ComplexityMemo {
    private readonly passed = new Set<string>();

    /** @param max how many operations are remembered (default 5 000; each key is its query text) */
    constructor(private readonly max = 5000) {}

    /** HardenPlugin's `skip`: whether this operation was already scored under the limit. */
    readonly skip = (context: GraphQLRequestContext<object>): boolean => {
        const key = operationKey(context);
        return key !== undefined && this.passed.has(key);
    };

    /** Apollo Server plugin remembering each Shop API operation whose execution starts. */
    readonly apolloPlugin: ApolloServerPlugin = {
        requestDidStart: () =>
            Promise.resolve({
                executionDidStart: context => {
                    if (isAdminApi(context.schema)) return Promise.resolve();
                    const key = operationKey(context);
                    if (key !== undefined && !this.passed.has(key)) {
                        if (this.passed.size >= this.max) {
                            this.passed.delete(this.passed.values().next().value!);
                        }
                        this.passed.add(key);
                    }
                    return Promise.resolve();
                },
            }),
    };
}

/**
 * The memo key of an operation: its name, the values of the variables its score reads
 * ({@link scoreVariables}; every variable when the document is not parsed yet) and its query text;
 * none without a text.
 */
export function operationKey(context: GraphQLRequestContext<object>): string | undefined {
    const source = context.source ?? context.request.query;
    if (source === undefined) return undefined;
    const name = context.request.operationName ?? '';
    const variables: Record<string, unknown> = context.request.variables ?? {};
    const read = context.document
        ? scoreVariables(context.document).map((variable): unknown => variables[variable] ?? null)
        : variables;
    return `${name}\u0000${JSON.stringify(read)}\u0000${source}`;
}

const scoreVariablesOf = new WeakMap<DocumentNode, readonly string[]>();

/**
 * The names of the variables a document's complexity score can depend on: those used (at any depth)
 * in an argument named `options` (where Vendure's paginated lists take `take`) or in a directive's
 * arguments (`@include(if: $x)`, `@skip`), in the order first met. Memoized per parsed document
 * (Apollo Server reuses one document per query text).
 */
export function scoreVariables(document: DocumentNode): readonly string[] {
    const known = scoreVariablesOf.get(document);
    if (known) return known;
    const names = new Set<string>();
    let depth = 0;
    visit(document, {
        Argument: {
            enter: node => {
                if (node.name.value === 'options') depth++;
            },
            leave: node => {
                if (node.name.value === 'options') depth--;
            },
        },
        Directive: {
            enter: () => {
                depth++;
            },
            leave: () => {
                depth--;
            },
        },
        Variable: node => {
            if (depth > 0) names.add(node.name.value);
        },
    });
    const result = [...names];
    scoreVariablesOf.set(document, result);
    return result;
}

/** The Admin API schema is the one with `administrators` (HardenPlugin's own test). */
function isAdminApi(schema: GraphQLSchema): boolean {
    return !!schema.getQueryType()?.getFields().administrators;
}

/** Registers a {@link ComplexityMemo}'s Apollo plugin (see {@link hardenPlugins}). */
function complexityMemoPlugin(memo: ComplexityMemo) {
    @VendurePlugin({
        configuration: config => {
            config.apiOptions.apolloServerPlugins.push(memo.apolloPlugin);
            return config;
        },
        compatibility: '^3.0.0',
    })
    class ComplexityMemoPlugin {}
    return ComplexityMemoPlugin;
}

/**
 * HardenPlugin for an environment, and the plugin remembering the operations it passed
 * ({@link ComplexityMemo}): the Shop API complexity limit everywhere; `apiMode: 'prod'` (no
 * introspection, no debug details, no field suggestions) in production, `'dev'` otherwise so that
 * GraphiQL and code generation keep working. The Admin API is not limited by the plugin: every
 * request there needs an authenticated administrator.
 *
 * The score of every query (and of each field, at `debug`) is logged only with `LOG_LEVEL=verbose`
 * or `debug`, the levels that print it: the plugin builds those messages whatever the level, which
 * cost 0.25–0.37 ms of CPU per Shop API request, about 2 % of an `addItemToOrder`
 * (`npm run bench -- --only addItemToOrder --cpu-prof`). With logging on, every operation is scored
 * (and logged) each time.
 */
export function hardenPlugins(env: Environment) {
    const logComplexityScore = env.logLevel === 'verbose' || env.logLevel === 'debug';
    const memo = new ComplexityMemo();
    return [
        HardenPlugin.init({
            maxQueryComplexity: SHOP_API_MAX_QUERY_COMPLEXITY,
            apiMode: env.isProduction ? 'prod' : 'dev',
            logComplexityScore,
            ...(logComplexityScore ? {} : { skip: memo.skip }),
        }),
        complexityMemoPlugin(memo),
    ];
}
