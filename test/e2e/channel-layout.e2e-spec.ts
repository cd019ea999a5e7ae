/**
 * The `SeparateShopChannel` migration on a real Radiant database (SQLite file, PostgreSQL database,
 * schema built by the committed migrations): a shop built in the old layout — the French shop in
 * Vendure's default channel (token `fr`), `ci` beside it, paid orders and an issued invoice on each —
 * is migrated, and the server started on it with Radiant's configuration sells `fr` as a channel of
 * its own: same catalogue and prices, only its own methods, its orders, its invoice series going on.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
    bootstrap,
    JobQueueService,
    mergeConfig,
    runMigrations,
    TransactionalConnection,
    VendureConfig,
} from '@vendure/core';
import { INestApplication } from '@nestjs/common';
import { InMemoryCacheStrategy } from '@vendure/core/dist/config/system/in-memory-cache-strategy';
import gql from 'graphql-tag';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO_CHANNEL_DISPLAY_NAMES } from '../../src/config/channels';
import { buildConfig } from '../../vendure-config';
import { readEnvironment } from '../../src/environment';
import { waitForJobQueue } from '../../src/tooling/job-queue';
import { freePort } from '../../src/tooling/processes.mjs';
import { checkout, prepareOrder, shopClient } from '../support/shop-checkout';
import { SAMPLE_PRODUCTS_CSV, seedTestShop } from '../support/test-shop';
import { TEST_DATABASES, TestDatabase } from '../support/test-databases';

const ACTIVE_CHANNEL = gql`
    query {
        activeChannel {
            code
            token
            defaultCurrencyCode
        }
        product(slug: "elie-saab-le-parfum") {
            variants {
                sku
                priceWithTax
                currencyCode
            }
        }
    }
`;

const ELIGIBLE_METHODS = gql`
    query {
        eligibleShippingMethods {
            code
        }
        eligiblePaymentMethods {
            code
            isEligible
        }
    }
`;

/**
 * The committed migrations of `target` as classes: TypeORM would `require()` the `.ts` files of the
 * configured glob, which only works compiled; vitest imports them.
 */
async function migrationClasses(target: 'sqlite' | 'postgres'): Promise<Array<new () => unknown>> {
    const dir = path.join(__dirname, '..', '..', 'migrations', target);
    const classes: Array<new () => unknown> = [];
    for (const file of fs
        .readdirSync(dir)
        .filter(f => f.endsWith('.ts'))
        .sort()) {
        const module = (await import(path.join(dir, file))) as Record<string, new () => unknown>;
        classes.push(...Object.values(module));
    }
    return classes;
}

/** A fresh database of `db` for the real configuration (not the test harness's synchronize). */
async function freshDatabase(db: TestDatabase): Promise<string> {
    if (db === 'sqljs') return '';
    const url = new URL(inject('postgres').url);
    const name = `channel_layout_${Date.now()}`;
    const admin = new Client({ connectionString: url.toString() });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    url.pathname = `/${name}`;
    return url.toString();
}

for (const db of TEST_DATABASES) {
    describe(`SeparateShopChannel migration on ${db === 'sqljs' ? 'SQLite' : 'PostgreSQL'}`, () => {
        let dataDir: string;
        let config: VendureConfig;
        let app: INestApplication | undefined;
        let port: number;
        const before: { frPrices?: unknown; frOrder?: string; ciOrder?: string; frInvoice?: string } = {};

        const start = async (c: VendureConfig) => {
            // A cache of its own, as a restarted process has (defaultConfig's instance is shared in-process).
            app = await bootstrap({
                ...c,
                systemOptions: { ...c.systemOptions, cacheStrategy: new InMemoryCacheStrategy() },
            });
            await app.get(JobQueueService).start();
            return app;
        };
        const sql = <T>(query: string): Promise<T[]> =>
            app!.get(TransactionalConnection).rawConnection.query(query);

        beforeAll(async () => {
            dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'radiant-channel-layout-'));
            port = await freePort();
            const env = readEnvironment({
                NODE_ENV: 'test',
                DATA_DIR: dataDir,
                PORT: String(port),
                DATABASE_URL: await freshDatabase(db),
                LOG_LEVEL: 'error',
            });
            config = buildConfig(env);
            config.dbConnectionOptions = {
                ...config.dbConnectionOptions,
                migrations: await migrationClasses(db === 'sqljs' ? 'sqlite' : 'postgres'),
            } as VendureConfig['dbConnectionOptions'];
            await runMigrations(config);

            // The old layout: the French shop is the default channel (test/support/test-shop.ts builds it).
            const legacy = await start(mergeConfig(config, { defaultChannelToken: 'fr' }));
            await seedTestShop(legacy, SAMPLE_PRODUCTS_CSV);
            before.frPrices = (await shopClient(port, 'fr').query(ACTIVE_CHANNEL)).product.variants;
            before.frOrder = (await checkout(port, 'legacy.fr@example.com', 'fr')).code;
            before.ciOrder = (await checkout(port, 'legacy.ci@example.com', 'ci')).code;
            await waitForJobQueue(legacy);
            const [invoice] = await sql<{ number: string }>(
                `SELECT i."number" FROM "radiant_invoice" i WHERE i."orderCode" = '${before.frOrder}'`,
            );
            before.frInvoice = invoice?.number;
            // Applied as a no-op on the empty database above; apply it again, for real, as an upgrade would.
            await sql(`DELETE FROM "migrations" WHERE "name" = 'SeparateShopChannel1796290000000'`);
            // Likewise `ChannelDisplayName`, which came later: a database from before both.
            await sql(`ALTER TABLE "channel" DROP COLUMN "customFieldsDisplayname"`);
            await sql(`DELETE FROM "migrations" WHERE "name" = 'ChannelDisplayName1796290000001'`);
            await legacy.close();
            app = undefined;

            await runMigrations(config);
            await start(config);
        }, 240_000);

        afterAll(async () => {
            await app?.close();
            fs.rmSync(dataDir, { recursive: true, force: true });
        });

        it('had the old layout before: fr was the default channel, with an invoice issued', () => {
            expect(before.frPrices).toHaveLength(3);
            expect(before.frInvoice).toMatch(/-000001$/);
        });

        it('serves fr as a channel of its own, with the same catalogue and prices', async () => {
            const fr = await shopClient(port, 'fr').query(ACTIVE_CHANNEL);
            expect(fr.activeChannel).toEqual({ code: 'fr', token: 'fr', defaultCurrencyCode: 'EUR' });
            expect(fr.product.variants).toEqual(before.frPrices);
            const [channel] = await sql<{ token: string }>(
                `SELECT "token" FROM "channel" WHERE "code" = '__default_channel__'`,
            );
            expect(channel.token).toBe('default');
            // The `ChannelDisplayName` migration, after this one, names the shops for the Dashboard.
            const names = await sql<{ code: string; name: string | null }>(
                `SELECT "code", "customFieldsDisplayname" AS "name" FROM "channel"`,
            );
            expect(Object.fromEntries(names.map(row => [row.code, row.name]))).toEqual({
                __default_channel__: null,
                fr: DEMO_CHANNEL_DISPLAY_NAMES.fr,
                ci: DEMO_CHANNEL_DISPLAY_NAMES.ci,
            });
        });

        it("offers on fr only fr's methods, and on ci only ci's", async () => {
            for (const token of ['fr', 'ci'] as const) {
                const client = shopClient(port, token);
                await prepareOrder(client, {
                    channel: token,
                    email: `after.${token}@example.com`,
                    arrangePayment: false,
                });
                const methods = await client.query(ELIGIBLE_METHODS);
                expect(methods.eligiblePaymentMethods.map((m: { code: string }) => m.code).sort()).toEqual(
                    token === 'fr' ? ['test-payment-fr'] : ['test-payment-ci'],
                );
                expect(methods.eligibleShippingMethods.map((m: { code: string }) => m.code)).toEqual(
                    token === 'fr' ? ['colissimo'] : ['coursier-local'],
                );
            }
        });

        it("keeps each order in its shop's channel, and fr's invoice series goes on without a gap", async () => {
            const inChannel = async (code: string) =>
                (
                    await sql<{ code: string }>(
                        `SELECT o."code" FROM "order" o JOIN "order_channels_channel" oc ON oc."orderId" = o."id" ` +
                            `JOIN "channel" c ON c."id" = oc."channelId" WHERE c."code" = '${code}'`,
                    )
                ).map(o => o.code);
            expect(await inChannel('fr')).toContain(before.frOrder);
            expect(await inChannel('fr')).not.toContain(before.ciOrder);
            expect(await inChannel('ci')).toContain(before.ciOrder);

            const next = await checkout(port, 'after.paid@example.com', 'fr');
            let invoice: { number: string } | undefined;
            for (let i = 0; i < 60 && !invoice; i++) {
                await waitForJobQueue(app!);
                [invoice] = await sql<{ number: string }>(
                    `SELECT i."number" FROM "radiant_invoice" i WHERE i."orderCode" = '${next.code}'`,
                );
                if (!invoice) await new Promise(resolve => setTimeout(resolve, 500));
            }
            if (!invoice) {
                const jobs = await sql(
                    `SELECT "queueName", "state", "result" FROM "job_record" WHERE "state" <> 'COMPLETED'`,
                );
                throw new Error(`No invoice for ${next.code}; unfinished jobs: ${JSON.stringify(jobs)}`);
            }
            expect(invoice.number).toMatch(/^RAD-FR-\d{4}-000002$/);
        });
    });
}
