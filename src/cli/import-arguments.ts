import fs from 'node:fs';
import path from 'node:path';
import { LanguageCode } from '@vendure/core';
import { FR_SHOP_CHANNEL } from '../config/channels';

/** Parsed command line of the import command. */
export interface ImportArguments {
    csvFile: string;
    assetsDir: string;
    /** Token of the channel to import into: `--channel`, by default the French shop (`fr`). */
    channelToken: string;
    languageCode: LanguageCode;
}

/** Parses the command line. @throws Error with the usage line when it is wrong */
export function parseImportArguments(argv: string[]): ImportArguments {
    const usage =
        'Usage: npm run import -- <products.csv> [--assets <dir>] [--channel <token>] [--language <code>]';
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
        if (!['assets', 'channel', 'language'].includes(key))
            throw new Error(`Unknown option --${key}.\n${usage}`);
    }
    if (positional.length !== 1) throw new Error(usage);
    const csvFile = path.resolve(positional[0]);
    if (!fs.existsSync(csvFile)) throw new Error(`No such file: ${csvFile}`);
    const languageCode = (flags.get('language') ?? LanguageCode.fr) as LanguageCode;
    if (!Object.values(LanguageCode).includes(languageCode))
        throw new Error(`Unknown language code "${languageCode}".`);
    const assetsDir = path.resolve(flags.get('assets') ?? path.join(path.dirname(csvFile), 'images'));
    return { csvFile, assetsDir, channelToken: flags.get('channel') ?? FR_SHOP_CHANNEL, languageCode };
}
