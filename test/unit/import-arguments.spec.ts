import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseImportArguments } from '../../src/cli/import-arguments';

const csv = path.join(__dirname, '..', '..', 'src', 'seed', 'data', 'products.csv');

describe('parseImportArguments', () => {
    it('defaults the images folder to images/ beside the CSV, the channel and the language to fr', () => {
        expect(parseImportArguments([csv])).toEqual({
            csvFile: csv,
            assetsDir: path.join(path.dirname(csv), 'images'),
            channelToken: 'fr',
            languageCode: 'fr',
        });
    });

    it('reads --assets, --channel and --language', () => {
        const args = parseImportArguments([csv, '--assets', '/tmp/x', '--channel', 'ci', '--language', 'en']);
        expect(args).toMatchObject({ assetsDir: '/tmp/x', channelToken: 'ci', languageCode: 'en' });
    });

    it('explains what is wrong', () => {
        expect(() => parseImportArguments([])).toThrow(/Usage: npm run import/);
        expect(() => parseImportArguments(['/no/such.csv'])).toThrow(/No such file/);
        expect(() => parseImportArguments([csv, '--colour', 'red'])).toThrow(/Unknown option --colour/);
        expect(() => parseImportArguments([csv, '--language'])).toThrow(/--language needs a value/);
        expect(() => parseImportArguments([csv, '--language', 'xx'])).toThrow(/Unknown language code "xx"/);
    });
});
