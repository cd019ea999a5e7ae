/**
 * Builds the Vendure Dashboard (the merchant UI served at /dashboard) with our plugins' Dashboard
 * extensions, into dist/dashboard. `npm run build:dashboard`; `npm start` runs it when needed.
 */
import { vendureDashboardPlugin } from '@vendure/dashboard/vite';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { defineConfig } from 'vite';

// The build only reads the config to find plugins and the schema; it needs no production secrets.
process.env.RADIANT_BUILD_TIME = 'true';

export default defineConfig({
    base: '/dashboard/',
    build: {
        outDir: join(import.meta.dirname, 'dist/dashboard'),
        emptyOutDir: true,
        chunkSizeWarningLimit: 4096,
    },
    logLevel: 'warn',
    resolve: {
        alias: {
            // Used by our patch of the Dashboard's address cards (patches/@vendure+dashboard+*.patch):
            // one postal-address module for the Dashboard, the emails and the PDFs.
            '@radiant/postal-address': resolve(import.meta.dirname, 'plugins/shared/postal-address.ts'),
        },
    },
    plugins: [
        vendureDashboardPlugin({
            vendureConfigPath: pathToFileURL(resolve(import.meta.dirname, 'vendure-config.ts')),
            // The built Dashboard talks to the server that serves it.
            api: { host: 'auto', port: 'auto' },
            gqlOutputPath: resolve(import.meta.dirname, 'dist/dashboard-gql'),
            tempCompilationDir: resolve(import.meta.dirname, 'dist/dashboard-tmp'),
        }),
    ],
});
