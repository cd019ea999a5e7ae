/**
 * A @vendure/testing environment for ONE plugin's e2e suite: testConfig plus the configuration the
 * plugin's `e2e/test-config.ts` builds, on sql.js or the throwaway PostgreSQL cluster, on a free
 * port, with a temporary data directory. Nothing of Radiant's own configuration (vendure-config.ts)
 * or demo shop (src/seed) is loaded.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DefaultLogger, LogLevel, mergeConfig, VendureConfig } from '@vendure/core';
// Vendure's default cache strategy, not re-exported from the package's index.
import { InMemoryCacheStrategy } from '@vendure/core/dist/config/system/in-memory-cache-strategy';
import { createTestEnvironment, testConfig, TestServer } from '@vendure/testing';
import { freePort } from '../../src/tooling/processes.mjs';
import { TestDatabase, testDbConnectionOptions } from './test-databases';

export { TEST_DATABASES, type TestDatabase } from './test-databases';

/** Where the suite's server runs and keeps its files. */
export interface PluginTestContext {
    /** A fresh temporary directory, removed by `cleanup()`. */
    dataDir: string;
    /** The HTTP port of the test server. */
    port: number;
}

/**
 * Creates the environment; the suite then calls `server.init({ initialData, productsCsvPath? })`.
 *
 * @param config the plugin's configuration for this context (plugins, handlers, channel token…),
 *   merged over testConfig
 */
export async function pluginTestEnvironment(
    db: TestDatabase,
    config: (context: PluginTestContext) => Partial<VendureConfig>,
) {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'radiant-plugin-e2e-'));
    const port = await freePort();
    const merged = mergeConfig(testConfig, {
        apiOptions: { port },
        dbConnectionOptions: testDbConnectionOptions(db),
        logger: process.env.LOG ? new DefaultLogger({ level: LogLevel.Info }) : testConfig.logger,
        // A cache of its own: testConfig's strategy is one object, shared by every environment of the
        // process, so the sql.js run's cached entities (same ids) would answer the PostgreSQL run.
        systemOptions: {
            ...testConfig.systemOptions,
            cacheStrategy: new InMemoryCacheStrategy({ cacheSize: 10_000 }),
        },
        ...config({ dataDir, port }),
    });
    const environment = createTestEnvironment(merged);
    applyTrustProxyAtInit(environment.server, merged);
    return {
        ...environment,
        env: { dataDir },
        port,
        cleanup: () => fs.rmSync(dataDir, { recursive: true, force: true }),
    };
}

/**
 * Keeps idle HTTP connections open on the server side for a minute (Node's default is 5 s). The
 * suites block the process's event loop for seconds (pdftotext, python3 through execFileSync) while
 * the server runs in the same process: when it resumes, the server's 5 s idle timer and the
 * client's next request on the same socket race, and the request fails with ECONNRESET. No
 * blocking step of the suites lasts a minute.
 */
export function keepIdleConnections(app: { getHttpServer(): { keepAliveTimeout: number } }): void {
    app.getHttpServer().keepAliveTimeout = 60_000;
}

/**
 * Vendure's `bootstrap()` sets Express's `trust proxy` from `apiOptions.trustProxy`; @vendure/testing's
 * server does not. Sets it once `server.init()` has created the app, so `req.ip` is computed as in
 * production (rate limits count per `req.ip`).
 */
export function applyTrustProxyAtInit(server: TestServer, config: VendureConfig): void {
    const init = server.init.bind(server);
    server.init = async options => {
        await init(options);
        const app = server.app.getHttpAdapter().getInstance() as { set(name: string, value: unknown): void };
        app.set('trust proxy', config.apiOptions.trustProxy ?? false);
    };
}
