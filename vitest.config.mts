/**
 * Test projects (run all with `npm test`):
 * - unit:    pure functions, no server
 * - e2e:     Vendure e2e tests with @vendure/testing, each suite on sql.js and on PostgreSQL (a throwaway
 *            cluster started by test/support/global-setup.ts), plus the CLI and start-up behaviour
 * - browser: the real server, worker and storefront processes driven by Chromium (playwright-core)
 */
import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

const swcPlugin = () =>
    swc.vite({
        jsc: {
            transform: { useDefineForClassFields: false, legacyDecorator: true, decoratorMetadata: true },
        },
    });

export default defineConfig({
    test: {
        projects: [
            {
                plugins: [swcPlugin()],
                test: {
                    name: 'unit',
                    // Pure functions: files share their workers' module cache (Vendure is imported once per
                    // worker instead of once per file), which makes the unit loop several times faster.
                    isolate: false,
                    include: [
                        'test/unit/**/*.spec.ts',
                        'src/**/*.spec.ts',
                        'plugins/**/*.spec.ts',
                        'storefront/test/**/*.spec.ts',
                    ],
                },
            },
            {
                plugins: [swcPlugin()],
                test: {
                    name: 'e2e',
                    include: ['test/e2e/**/*.e2e-spec.ts', 'plugins/**/e2e/**/*.e2e-spec.ts'],
                    globalSetup: ['test/support/global-setup.ts'],
                    testTimeout: 180_000,
                    hookTimeout: 300_000,
                    fileParallelism: false,
                    pool: 'forks',
                },
            },
            {
                plugins: [swcPlugin()],
                test: {
                    name: 'browser',
                    include: ['test/browser/**/*.browser-spec.ts', 'plugins/**/e2e/**/*.browser-spec.ts'],
                    testTimeout: 180_000,
                    hookTimeout: 300_000,
                    fileParallelism: false,
                    pool: 'forks',
                },
            },
        ],
    },
});
