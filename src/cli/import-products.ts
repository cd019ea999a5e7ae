/**
 * `npm run import -- <products.csv> [--assets <dir>] [--channel <token>] [--language <code>]`
 *
 * Imports products from a CSV in Vendure's standard product import format
 * (https://docs.vendure.io/guides/developer-guide/importing-data/) into a channel of the
 * configured database, with the job queue running until the search index is up to date.
 * Images named in the `assets` columns are read from `--assets` (default: the `images` folder
 * beside the CSV).
 *
 * The standard Vendure demo catalogue imports with:
 *   npm run import -- node_modules/@vendure/create/assets/products.csv --language en
 */
import fs from 'node:fs';
import path from 'node:path';
import { bootstrap, ChannelService, Importer, JobQueueService, LanguageCode, RequestContextService, runMigrations, SearchService } from '@vendure/core';
import { lastValueFrom } from 'rxjs';
import { buildConfig } from '../../vendure-config';
import { readEnvironment } from '../environment';
import { exitWithStartupError } from '../startup-error';
import { waitForJobQueue } from '../tooling/job-queue';

/** Parsed command line of the import command. */
export interface ImportArguments {
    csvFile: string;
    assetsDir: string;
    channelToken?: string;
    languageCode: LanguageCode;
}

/** Parses the command line. @throws Error with the usage line when it is wrong */
export function parseImportArguments(argv: string[]): ImportArguments {
    const usage = 'Usage: npm run import -- <products.csv> [--assets <dir>] [--channel <token>] [--language <code>]';
    const flags = new Map<string, string>();
    const positional: string[] = [];
    for (let i = 0; i < argv.length; i++) {
        if (argv[i].startsWith('--')) {
            const value = argv[i + 1];
            if (!value || value.startsWith('--')) throw new Error(`${argv[i]} needs a value.\n${usage}`);
            flags.set(argv[i].slice(2), value);
            i++;
        } else {
            positional.push(argv[i]);
        }
    }
    for (const key of flags.keys()) {
        if (!['assets', 'channel', 'language'].includes(key)) throw new Error(`Unknown option --${key}.\n${usage}`);
    }
    if (positional.length !== 1) throw new Error(usage);
    const csvFile = path.resolve(positional[0]);
    if (!fs.existsSync(csvFile)) throw new Error(`No such file: ${csvFile}`);
    const languageCode = (flags.get('language') ?? LanguageCode.fr) as LanguageCode;
    if (!Object.values(LanguageCode).includes(languageCode)) throw new Error(`Unknown language code "${languageCode}".`);
    const assetsDir = path.resolve(flags.get('assets') ?? path.join(path.dirname(csvFile), 'images'));
    return { csvFile, assetsDir, channelToken: flags.get('channel'), languageCode };
}

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
        const channelService = app.get(ChannelService);
        const channel = args.channelToken
            ? await channelService.getChannelFromToken(args.channelToken)
            : await channelService.getDefaultChannel();
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
