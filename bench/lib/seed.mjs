/**
 * The seeded database every configuration starts from: a temporary DATA_DIR seeded once by
 * `dist/src/cli/seed.js` (SQLite file + assets; the seed runs the job queue until the search index
 * is built), then copied afresh for each configuration.
 *
 * With --seed-cache the seeded folder is kept in bench-results/seed-cache/<hash>/, the hash
 * covering the compiled seed, migrations and config, the catalogue CSV and package-lock.json, so
 * that it is reused only while none of them changed.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort, logTail, registerTempDir, startService } from './processes.mjs';

const SEED_INPUTS = [
    'dist/src',
    'dist/migrations',
    'dist/vendure-config.js',
    'src/seed/data',
    'package-lock.json',
];

function hashInputs(root) {
    const hash = crypto.createHash('sha256');
    const visit = p => {
        const stat = fs.statSync(p, { throwIfNoEntry: false });
        if (!stat) return;
        if (stat.isDirectory()) {
            for (const e of fs.readdirSync(p).sort()) visit(path.join(p, e));
        } else if (!p.endsWith('.map')) {
            hash.update(path.relative(root, p));
            hash.update(fs.readFileSync(p));
        }
    };
    for (const input of SEED_INPUTS) visit(path.join(root, input));
    return hash.digest('hex').slice(0, 16);
}

/** The files of a seeded DATA_DIR that a configuration needs (the SQLite file with its WAL, the assets). */
const DATA_ENTRIES = ['radiant.sqlite', 'radiant.sqlite-wal', 'radiant.sqlite-shm', 'assets'];

/** Copies the seeded database (sqlite + -wal/-shm + assets) into a new temporary DATA_DIR. */
export function copySeed(seedDir, label) {
    const dir = registerTempDir(fs.mkdtempSync(path.join(os.tmpdir(), `radiant-bench-${label}-`)));
    for (const entry of DATA_ENTRIES) {
        const from = path.join(seedDir, entry);
        if (fs.existsSync(from)) fs.cpSync(from, path.join(dir, entry), { recursive: true });
    }
    return dir;
}

/**
 * @returns {Promise<{dir: string, seconds: number, cached: boolean}>}
 */
export async function prepareSeed({ root, childEnv, useCache, seedDir, logDir, log, databaseUrl = null }) {
    if (seedDir) {
        const dir = path.resolve(root, seedDir);
        if (!databaseUrl && !fs.existsSync(path.join(dir, 'radiant.sqlite')))
            throw new Error(`--seed-dir ${dir}: no radiant.sqlite there`);
        log(`Seeded database taken from ${dir} (--seed-dir).`);
        return { dir, seconds: 0, cached: true, from: dir };
    }
    let cacheDir = null;
    if (useCache) {
        cacheDir = path.join(root, 'bench-results', 'seed-cache', hashInputs(root));
        if (fs.existsSync(path.join(cacheDir, 'radiant.sqlite'))) {
            log(`Seeded database reused from ${path.relative(root, cacheDir)} (--seed-cache).`);
            return { dir: cacheDir, seconds: 0, cached: true, from: cacheDir };
        }
    }
    const dir = registerTempDir(fs.mkdtempSync(path.join(os.tmpdir(), 'radiant-bench-seed-')));
    const started = performance.now();
    const seed = startService({
        name: 'seed',
        command: process.execPath,
        args: ['dist/src/cli/seed.js'],
        cwd: root,
        env: {
            ...childEnv,
            DATA_DIR: dir,
            PORT: String(await freePort()),
            ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
        },
        logFile: path.join(logDir, 'seed.log'),
    });
    const { code, signal } = await seed.exited;
    if (code !== 0) {
        throw new Error(
            `Seeding failed (exit code ${code}, signal ${signal}).\n--- last lines of ${seed.logFile} ---\n${logTail(seed)}`,
        );
    }
    if (!databaseUrl && !fs.existsSync(path.join(dir, 'radiant.sqlite')))
        throw new Error(`The seed wrote no ${path.join(dir, 'radiant.sqlite')}`);
    const seconds = (performance.now() - started) / 1000;
    if (cacheDir) {
        fs.rmSync(path.dirname(cacheDir), { recursive: true, force: true }); // older hashes
        fs.mkdirSync(cacheDir, { recursive: true });
        for (const entry of DATA_ENTRIES) {
            const from = path.join(dir, entry);
            if (fs.existsSync(from)) fs.cpSync(from, path.join(cacheDir, entry), { recursive: true });
        }
    }
    return { dir, seconds, cached: false };
}
