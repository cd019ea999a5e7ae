import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ZipWriter } from './zip-writer';

describe('ZipWriter', () => {
    it('writes an archive that Python’s zipfile reads back byte for byte (names in UTF-8)', () => {
        const chunks: Buffer[] = [];
        const zip = new ZipWriter(c => chunks.push(c));
        const files = {
            'factures/RAD-2026-000001.pdf': Buffer.from('%PDF-1.3 un'),
            'récapitulatif.csv': Buffer.from('a;b\n1;2\n'),
        };
        for (const [name, data] of Object.entries(files))
            zip.add({ name, data, date: new Date('2026-11-21T10:00:00Z') });
        zip.finish();
        const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'zip-')), 'x.zip');
        fs.writeFileSync(file, Buffer.concat(chunks));
        const script =
            'import zipfile,sys,json; z=zipfile.ZipFile(sys.argv[1]); assert z.testzip() is None; print(json.dumps({n: z.read(n).decode() for n in z.namelist()}))';
        const read = JSON.parse(execFileSync('python3', ['-c', script, file]).toString());
        expect(read).toEqual(Object.fromEntries(Object.entries(files).map(([n, d]) => [n, d.toString()])));
    });
});
