/**
 * The VIP pricing plugin alone on Vendure's test harness (@vendure/testing), on sql.js or
 * PostgreSQL: VipPricingPlugin, Vendure's DefaultSearchPlugin (VIP prices on `search`), the
 * database job queue (evaluations run in jobs), Vendure's DefaultSchedulerPlugin (the nightly
 * evaluation task, run on demand through `runScheduledTask`; the test server runs tasks itself), Vendure's EmailPlugin with only the plugin's
 * "tier joined" handler (emails written to files), and the minimal two-channel shop of
 * test/support/test-shop.ts with this suite's catalogue (fixtures/products.csv: 24 products).
 *
 * SQL statements are counted by a TypeORM logger ({@link sqlQueryCount}) for the query-count tests.
 */
import path from 'node:path';
import { DefaultJobQueuePlugin, DefaultSchedulerPlugin, DefaultSearchPlugin } from '@vendure/core';
import { EmailPlugin, FileBasedTemplateLoader } from '@vendure/email-plugin';
import type { Logger as TypeOrmLogger } from 'typeorm';
import { waitForJobQueue } from '../../../src/tooling/job-queue';
import {
    keepIdleConnections,
    pluginTestEnvironment,
    TestDatabase,
} from '../../../test/support/plugin-test-env';
import { testDbConnectionOptions } from '../../../test/support/test-databases';
import { seedTestShop, TEST_SHOP_INITIAL_DATA, testShopConfig } from '../../../test/support/test-shop';
import { VipPricingPlugin, vipTierJoinedEmailHandler } from '../index';

const ROOT = path.join(__dirname, '..', '..', '..');

let queries = 0;
const TRANSACTION_CONTROL = /^\s*(START TRANSACTION|BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE SAVEPOINT)/i;

/**
 * Number of SQL statements the test server has run so far (all connections), except the job
 * queue's polling of its own table, the scheduler's polling of its task records and transaction
 * control statements (`START TRANSACTION`, `COMMIT`…), which these timers also run on PostgreSQL
 * whatever the requests.
 */
export function sqlQueryCount(): number {
    return queries;
}

/** A TypeORM logger that only counts the statements. */
const countingLogger: TypeOrmLogger = {
    logQuery: (query: string) => {
        if (!/job_record|scheduled_task_record/i.test(query) && !TRANSACTION_CONTROL.test(query)) queries++;
    },
    logQueryError: () => undefined,
    logQuerySlow: () => undefined,
    logSchemaBuild: () => undefined,
    logMigration: () => undefined,
    log: () => undefined,
};

/**
 * Creates, starts and fills the environment: `server.init()`, the minimal shop, the search index
 * built. Emails are written to `<env.dataDir>/emails`.
 */
export async function vipPricingTestEnvironment(db: TestDatabase) {
    const t = await pluginTestEnvironment(db, ({ dataDir }) => ({
        ...testShopConfig,
        dbConnectionOptions: {
            ...testDbConnectionOptions(db),
            logging: ['query'],
            logger: countingLogger,
        },
        // No worker here: the server runs the scheduled tasks (and picks up manual triggers).
        schedulerOptions: { ...testShopConfig.schedulerOptions, runTasksInWorkerOnly: false },
        plugins: [
            DefaultJobQueuePlugin.init({ useDatabaseForBuffer: true }),
            DefaultSchedulerPlugin.init({ manualTriggerCheckInterval: 250 }),
            DefaultSearchPlugin.init({ bufferUpdates: false, indexStockStatus: true }),
            EmailPlugin.init({
                transport: { type: 'file' as const, outputPath: path.join(dataDir, 'emails') },
                handlers: [vipTierJoinedEmailHandler],
                templateLoader: new FileBasedTemplateLoader(path.join(ROOT, 'static', 'email', 'templates')),
                globalTemplateVars: { fromAddress: '"Radiant" <noreply@radiant.example>' },
            }),
            // As Radiant configures it: XOF in steps of 5 francs (CinetPay's amount rule).
            VipPricingPlugin.init({ roundingUnits: { XOF: 500 } }),
        ],
    }));
    await t.server.init({ initialData: TEST_SHOP_INITIAL_DATA, customerCount: 2 });
    keepIdleConnections(t.server.app);
    await seedTestShop(t.server.app, path.join(__dirname, 'fixtures', 'products.csv'));
    await waitForJobQueue(t.server.app);
    return t;
}
