/**
 * `npm run import -- <products.csv> [--assets <dir>] [--channel <token>] [--language <code>]`
 *
 * `--channel` defaults to the French shop, `fr`.
 *
 * Imports products from a CSV in Vendure's standard product import format
 * (https://docs.vendure.io/guides/developer-guide/importing-data/) into a channel of the
 * configured database, with the job queue running until the search index is up to date.
 * Images named in the `assets` columns are read from `--assets` (default: the `images` folder
 * beside the CSV). A fresh database first gets the shop's settings (channels, VAT, shipping,
 * payment) from src/seed, without the demo catalogue.
 *
 * The standard Vendure demo catalogue imports with:
 *   npm run import -- node_modules/@vendure/create/assets/products.csv --language en
 */
import fs from 'node:fs';
import {
    bootstrap,
    ChannelService,
    Importer,
    JobQueueService,
    RequestContext,
    RequestContextService,
    runMigrations,
    SearchService,
    TaxCategoryService,
} from '@vendure/core';
import { lastValueFrom } from 'rxjs';
import { buildConfig } from '../../vendure-config';
import { readEnvironment } from '../environment';
import { exitWithStartupError } from '../startup-error';
import { seedDemoShop } from '../seed/seed';
import { waitForJobQueue } from '../tooling/job-queue';
import { ImportArguments, parseImportArguments } from './import-arguments';

async function main(argv: string[]): Promise<void> {
    let args: ImportArguments;
    try {
        args = parseImportArguments(argv);
    } catch (err) {
        console.error((err as Error).message);
        process.exit(2);
    }
    const env = readEnvironment();
    const config = buildConfig(env);
    config.importExportOptions = { ...config.importExportOptions, importAssetsDir: args.assetsDir };
    await runMigrations(config);
    const app = await bootstrap({ ...config, apiOptions: { ...config.apiOptions, port: 0 } });
    try {
        await app.get(JobQueueService).start();
        // A fresh database first gets the shop's settings (channels, VAT, shipping), not the demo catalogue.
        const taxCategories = await app.get(TaxCategoryService).findAll(RequestContext.empty());
        if (taxCategories.totalItems === 0) {
            await seedDemoShop(app, env, { catalogue: false });
        }
        // Vendure also puts what it imports into a shop channel in the default channel.
        const channel = await app.get(ChannelService).getChannelFromToken(args.channelToken);
        const ctx = await app.get(RequestContextService).create({
            apiType: 'admin',
            channelOrToken: channel,
            languageCode: args.languageCode,
        });
        const csv = fs.readFileSync(args.csvFile, 'utf8');
        const result = await lastValueFrom(app.get(Importer).parseAndImport(csv, ctx, true));
        await app.get(SearchService).reindex(ctx);
        await waitForJobQueue(app);
        console.log(`\nImported ${result.imported} products into channel "${channel.token}".`);
        if (result.errors?.length) {
            console.error(`${result.errors.length} errors:\n${result.errors.join('\n')}`);
            process.exitCode = 1;
        }
    } finally {
        await app.close();
    }
}

main(process.argv.slice(2)).then(() => process.exit(process.exitCode ?? 0), exitWithStartupError);
