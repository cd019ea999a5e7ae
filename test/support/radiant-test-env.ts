/**
 * A Vendure e2e test environment (@vendure/testing) running Radiant's real configuration
 * (vendure-config.ts: plugins, auth, CORS, channels) on sql.js or on the throwaway PostgreSQL
 * cluster of the e2e project, seeded with the real demo shop (src/seed).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
    DefaultLogger,
    DefaultPasswordValidationStrategy,
    LanguageCode,
    LogLevel,
    mergeConfig,
    PasswordValidationStrategy,
    RequestContext,
    VendureConfig,
} from '@vendure/core';
import { createTestEnvironment, testConfig } from '@vendure/testing';
import { buildConfig } from '../../vendure-config';
import { Environment, readEnvironment } from '../../src/environment';
import { freePort } from '../../src/tooling/processes.mjs';
import { applyTrustProxyAtInit } from './plugin-test-env';
import { TestDatabase, testDbConnectionOptions } from './test-databases';

export { TEST_DATABASES, type TestDatabase } from './test-databases';

/** Generated demo images are cached across test runs (generating them takes a while). */
export const DEMO_IMAGE_CACHE = path.join(
    __dirname,
    '..',
    '..',
    'node_modules',
    '.cache',
    'radiant-demo-images',
);

/** Creates the environment; call `server.init(RADIANT_INITIAL_DATA)` then seed in `beforeAll`. */
export async function radiantTestEnvironment(
    db: TestDatabase,
    overrides: Partial<VendureConfig> = {},
    envOverrides: Record<string, string> = {},
) {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'radiant-e2e-'));
    const port = await freePort();
    const env: Environment = {
        ...readEnvironment({ NODE_ENV: 'test', DATA_DIR: dataDir, PORT: String(port), ...envOverrides }),
    };
    const radiant = buildConfig(env);
    const passwords = new HarnessPasswordValidationStrategy(
        radiant.authOptions?.passwordValidationStrategy ?? new DefaultPasswordValidationStrategy({}),
    );
    radiant.authOptions = { ...radiant.authOptions, passwordValidationStrategy: passwords };
    const config = mergeConfig(testConfig, {
        ...radiant,
        apiOptions: { ...radiant.apiOptions, port },
        importExportOptions: { importAssetsDir: DEMO_IMAGE_CACHE },
        dbConnectionOptions: testDbConnectionOptions(db),
        logger: process.env.LOG ? new DefaultLogger({ level: LogLevel.Info }) : testConfig.logger,
        ...overrides,
    });
    const environment = createTestEnvironment(config);
    applyTrustProxyAtInit(environment.server, config);
    const init = environment.server.init.bind(environment.server);
    environment.server.init = async options => {
        passwords.populating = true;
        try {
            await init(options);
        } finally {
            passwords.populating = false;
        }
    };
    return {
        ...environment,
        env: { ...env, dataDir },
        port,
        cleanup: () => fs.rmSync(dataDir, { recursive: true, force: true }),
    };
}

/**
 * Radiant's password rules, except while `server.init()` populates customers: @vendure/testing
 * creates them with the password `test` (4 characters), which Radiant's 8-character minimum refuses.
 * Once the server is initialised, every password goes through Radiant's own strategy.
 */
class HarnessPasswordValidationStrategy implements PasswordValidationStrategy {
    /** True while `server.init()` runs. */
    populating = false;

    constructor(private readonly radiant: PasswordValidationStrategy) {}

    /** `true` for the harness's own `test` password while populating; Radiant's answer otherwise. */
    validate(ctx: RequestContext, password: string): boolean | string | Promise<boolean | string> {
        if (this.populating && password === 'test') return true;
        return this.radiant.validate(ctx, password);
    }
}

/**
 * Minimal initial data for `server.init()`: Radiant's own seed (src/seed) creates the zones, taxes,
 * channels, shipping and payment methods afterwards.
 */
export const RADIANT_INITIAL_DATA = {
    defaultLanguage: LanguageCode.fr,
    defaultZone: 'France',
    countries: [],
    taxRates: [],
    shippingMethods: [],
    paymentMethods: [],
    collections: [],
};
