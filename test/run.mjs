#!/usr/bin/env node
/**
 * `npm test` — checks the prerequisites (Chromium, PostgreSQL server binaries), builds what is
 * stale (server, Dashboard, storefront), type-checks tests and storefront, lints, then runs every
 * vitest project: unit, e2e (sql.js and PostgreSQL) and browser. Extra arguments go to vitest.
 *
 * `npm test -- --project unit` is the fast inner loop: unit tests need no build, no Chromium and no
 * PostgreSQL, so when only the unit project is asked for, vitest runs straight away (seconds).
 *
 * A missing prerequisite fails the run with what to install; nothing is skipped silently.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const env = { ...process.env, VENDURE_DISABLE_TELEMETRY: 'true' };
delete env.NODE_ENV;

const args = process.argv.slice(2);
const projects = args.flatMap((arg, i) =>
    arg === '--project'
        ? [args[i + 1]]
        : arg.startsWith('--project=')
          ? [arg.slice('--project='.length)]
          : [],
);
const unitOnly = projects.length > 0 && projects.every(p => p === 'unit');
if (unitOnly) process.exit(runVitest());

const missing = [];
const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
if (!fs.existsSync(chromium)) {
    missing.push(
        `Chromium not found at ${chromium}: install it (Debian: \`apt-get install chromium\`) or set CHROMIUM_PATH.`,
    );
}
const pgDirs = [process.env.PG_BIN_DIR, ...listPgBinDirs()].filter(Boolean);
if (!pgDirs.some(dir => fs.existsSync(path.join(dir, 'initdb')) && fs.existsSync(path.join(dir, 'pg_ctl')))) {
    missing.push(
        'PostgreSQL server binaries (initdb, pg_ctl) not found: install them (Debian: `apt-get install postgresql`) or set PG_BIN_DIR.',
    );
}
if (missing.length) {
    console.error(`\nnpm test needs:\n${missing.map(m => `  - ${m}`).join('\n')}\n`);
    process.exit(1);
}

const build = spawnSync(process.execPath, ['src/cli/start.mjs', '--build-only'], {
    cwd: root,
    env,
    stdio: 'inherit',
});
if (build.status !== 0) process.exit(build.status ?? 1);
// Type-check everything, tests and storefront included (the builds above only compile the server).
const typecheck = spawnSync('npm', ['run', '--silent', 'typecheck'], { cwd: root, env, stdio: 'inherit' });
if (typecheck.status !== 0) {
    console.error('Type errors: see above.');
    process.exit(typecheck.status ?? 1);
}

// Lint (typescript-eslint, type-aware) and formatting (Prettier): \`npm run lint\`.
const lint = spawnSync('npm', ['run', '--silent', 'lint'], { cwd: root, env, stdio: 'inherit' });
if (lint.status !== 0) {
    console.error('Lint or formatting errors: see above (`npm run format` fixes what can be fixed).');
    process.exit(lint.status ?? 1);
}

process.exit(runVitest());

/** Runs vitest with the given arguments, prints the pass/fail summary and returns its exit status. */
function runVitest() {
    const report = path.join(root, 'node_modules', '.cache', 'radiant-test-report.json');
    fs.mkdirSync(path.dirname(report), { recursive: true });
    fs.rmSync(report, { force: true });
    const vitest = spawnSync(
        path.join(root, 'node_modules', '.bin', 'vitest'),
        ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...args],
        { cwd: root, env, stdio: 'inherit' },
    );
    if (fs.existsSync(report)) {
        const { numPassedTests, numFailedTests, numPendingTests } = JSON.parse(
            fs.readFileSync(report, 'utf8'),
        );
        console.log(
            `\nTests: ${numPassedTests} passed, ${numFailedTests} failed, ${numPendingTests} skipped`,
        );
    }
    return vitest.status ?? 1;
}

function listPgBinDirs() {
    const base = '/usr/lib/postgresql';
    if (!fs.existsSync(base)) return [];
    return fs.readdirSync(base).map(v => path.join(base, v, 'bin'));
}
