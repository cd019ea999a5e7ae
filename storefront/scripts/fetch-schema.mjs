#!/usr/bin/env node
/**
 * Rewrites storefront/schema.graphql from a running Shop API, so that builds and codegen never
 * need a server. Usage: `npm run schema -w storefront` (VENDURE_SHOP_API_URL, default
 * http://localhost:3000/shop-api), then `npm run codegen -w storefront`.
 */
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { buildClientSchema, getIntrospectionQuery, printSchema } from 'graphql';

const url = process.env.VENDURE_SHOP_API_URL || 'http://localhost:3000/shop-api';
const target = fileURLToPath(new URL('../schema.graphql', import.meta.url));

let response;
try {
    response = await fetch(url, {
        method: 'POST',
        // The server has CSRF prevention on: JSON with an explicit content type.
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ query: getIntrospectionQuery({ descriptions: true }) }),
        signal: AbortSignal.timeout(15_000),
    });
} catch (error) {
    console.error(
        `Could not reach the Shop API at ${url}: ${error instanceof Error ? error.message : error}`,
    );
    process.exit(1);
}
if (!response.ok) {
    console.error(`The Shop API at ${url} answered HTTP ${response.status}`);
    process.exit(1);
}
const body = await response.json();
if (body.errors?.length || !body.data) {
    console.error(`Introspection failed: ${JSON.stringify(body.errors ?? body)}`);
    process.exit(1);
}
const sdl = printSchema(buildClientSchema(body.data));
await writeFile(
    target,
    `# Vendure Shop API schema, generated from a running Shop API by scripts/fetch-schema.mjs (npm run schema). Do not edit.\n\n${sdl}\n`,
);
console.log(`Wrote ${target} (${sdl.length} characters)`);
