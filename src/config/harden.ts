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
import type { GraphQLSchema } from 'graphql';
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
 * same operation with the same variables is not scored again: the score is a pure function of the
 * schema, the query text, the operation name and the variables, and scoring walks the whole query
 * (0.2–0.3 ms of CPU for a cart mutation, about 1.5 % of an `addItemToOrder`). A storefront sends a
 * few dozen query texts; their variables repeat (a product's slug, a variant id and a quantity).
 *
 * - {@link ComplexityMemo.skip} is HardenPlugin's `skip` option: `true` for a remembered operation.
 * - {@link ComplexityMemo.apolloPlugin} remembers an operation once its execution starts, which
 *   Apollo Server does only after every `didResolveOperation` hook, HardenPlugin's check included,
 *   has passed; a refused operation is never remembered.
 * - At most `max` operations are kept (the oldest forgotten first); the Admin API is not recorded
 *   (HardenPlugin does not score it).
 *
 * Hooks: https://www.apollographql.com/docs/apollo-server/integrations/plugins-event-reference
 */
export class ComplexityMemo {
    private readonly passed = new Set<string>();

    /** @param max how many operations are remembered (default 5 000; each key is its query text) */
    constructor(private readonly max = 5000) {}

    /** HardenPlugin's `skip`: whether this exact operation was already scored under the limit. */
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

/** The memo key of an operation: operation name, variables and query text; none without a text. */
function operationKey(context: GraphQLRequestContext<object>): string | undefined {
    const source = context.source ?? context.request.query;
    if (source === undefined) return undefined;
    const name = context.request.operationName ?? '';
    return `${name}\u0000${JSON.stringify(context.request.variables ?? null)}\u0000${source}`;
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
