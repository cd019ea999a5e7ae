import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Types for the storefront's Shop API documents, generated from the committed SDL file
 * `schema.graphql` (refresh it with `npm run schema`), so a build never needs a running server.
 * Run `npm run codegen` after editing a document in `src/lib/`; the output in `src/lib/gql/` is
 * committed.
 */
const config: CodegenConfig = {
    schema: './schema.graphql',
    documents: ['src/lib/**/*.ts', '!src/lib/gql/**'],
    ignoreNoDocuments: false,
    generates: {
        './src/lib/gql/': {
            preset: 'client',
            presetConfig: {
                fragmentMasking: false,
            },
            config: {
                useTypeImports: true,
                onlyOperationTypes: true,
                enumsAsTypes: true,
                avoidOptionals: false,
                scalars: {
                    DateTime: 'string',
                    Money: 'number',
                    JSON: 'Record<string, unknown>',
                    Upload: 'never',
                },
            },
        },
    },
};

export default config;
