/**
 * GraphQL cost limits of the Shop API: Vendure's HardenPlugin (@vendure/harden-plugin) with the
 * limit measured on the storefront's own operations (test/unit/query-complexity.spec.ts computes
 * the cost of every one of them and fails when one gets near the limit).
 *
 * See https://docs.vendure.io/reference/core-plugins/harden-plugin/
 */
import { HardenPlugin } from '@vendure/harden-plugin';
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
 * HardenPlugin for an environment: the Shop API complexity limit everywhere; `apiMode: 'prod'` (no
 * introspection, no debug details, no field suggestions) in production, `'dev'` otherwise so that
 * GraphiQL and code generation keep working. The Admin API is not limited by the plugin: every
 * request there needs an authenticated administrator.
 *
 * The score of every query (and of each field, at `debug`) is logged only with `LOG_LEVEL=verbose`
 * or `debug`, the levels that print it: the plugin builds those messages whatever the level, which
 * cost 0.25–0.37 ms of CPU per Shop API request, about 2 % of an `addItemToOrder`
 * (`npm run bench -- --only addItemToOrder --cpu-prof`).
 */
export function hardenPlugin(env: Environment) {
    return HardenPlugin.init({
        maxQueryComplexity: SHOP_API_MAX_QUERY_COMPLEXITY,
        apiMode: env.isProduction ? 'prod' : 'dev',
        logComplexityScore: env.logLevel === 'verbose' || env.logLevel === 'debug',
    });
}
