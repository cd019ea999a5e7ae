/**
 * ESLint flat config: typescript-eslint's recommended type-aware rules on every TypeScript file that a
 * tsconfig covers (server, plugins, tests, storefront), the plain recommended rules on scripts (.mjs) and on
 * the Dashboard extensions (type-checked by the Dashboard's own Vite build, not by a tsconfig here).
 * Formatting is Prettier's job (`.prettierrc.json`); `eslint-config-prettier` turns off the rules that would
 * fight it. Run with `npm run lint`; `npm test` runs it before the tests.
 */
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
    {
        ignores: [
            '**/node_modules/**',
            '**/dist/**',
            'data/**',
            'bench-results/**',
            'coverage/**',
            'storefront/.astro/**',
            'storefront/src/lib/gql/**',
            '**/*.astro',
            'src/seed/images.ts',
        ],
    },
    {
        files: ['**/*.{js,mjs,cjs}'],
        extends: [js.configs.recommended],
        languageOptions: { globals: { ...globals.node } },
    },
    {
        files: ['plugins/*/dashboard/**/*.{ts,tsx}', '**/*.mts'],
        extends: [js.configs.recommended, ...tseslint.configs.recommended],
        languageOptions: { globals: { ...globals.browser } },
    },
    {
        files: ['**/*.ts'],
        ignores: ['plugins/*/dashboard/**'],
        extends: [js.configs.recommended, ...tseslint.configs.recommendedTypeChecked],
        languageOptions: {
            parserOptions: {
                project: ['./tsconfig.test.json', './storefront/tsconfig.json'],
                tsconfigRootDir: import.meta.dirname,
            },
            globals: { ...globals.node },
        },
        rules: {},
    },
    prettier,
);
