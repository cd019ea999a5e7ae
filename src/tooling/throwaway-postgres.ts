/**
 * A throwaway PostgreSQL cluster for tests, migration generation and the benchmark: `initdb` in a
 * temporary folder, `pg_ctl start` on a free loopback port, removed on {@link ThrowawayPostgres.stop}.
 *
 * As root (CI), `initdb` refuses to run, so the cluster is created and run as the `postgres` user
 * through `runuser`. Set `PG_BIN_DIR` to use other server binaries.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { freePort } from './processes.mjs';

/** A running throwaway cluster. */
export interface ThrowawayPostgres {
    /** Connection URL of the database created in the cluster (`postgres://postgres@127.0.0.1:PORT/NAME`). */
    url: string;
    host: string;
    port: number;
    database: string;
    /** Creates another empty database in the cluster and returns its URL. */
    createDatabase(name: string): Promise<string>;
    /** Stops the cluster and removes its folder. Safe to call twice. */
    stop(): void;
}

/** Thrown when the PostgreSQL server binaries cannot be found; says what to install. */
export class PostgresMissingError extends Error {
    constructor(searched: string[]) {
        super(
            'PostgreSQL server binaries (initdb, pg_ctl) were not found in ' +
                searched.join(', ') +
                '. Install them (Debian: `apt-get install postgresql`) or set PG_BIN_DIR to their folder.',
        );
        this.name = 'PostgresMissingError';
    }
}

/** Finds the folder holding `initdb` and `pg_ctl`. @throws PostgresMissingError */
export function findPostgresBinDir(): string {
    const candidates: string[] = [];
    if (process.env.PG_BIN_DIR) candidates.push(process.env.PG_BIN_DIR);
    const root = '/usr/lib/postgresql';
    if (fs.existsSync(root)) {
        const versions = fs
            .readdirSync(root)
            .filter(v => /^\d+$/.test(v))
            .sort((a, b) => Number(b) - Number(a));
        candidates.push(...versions.map(v => path.join(root, v, 'bin')));
    }
    candidates.push('/usr/local/pgsql/bin', '/usr/bin');
    const found = candidates.find(
        dir => fs.existsSync(path.join(dir, 'initdb')) && fs.existsSync(path.join(dir, 'pg_ctl')),
    );
    if (!found) throw new PostgresMissingError(candidates);
    return found;
}

/**
 * Starts a throwaway cluster with one empty database.
 *
 * @param database name of the database to create (default `radiant`)
 * @throws PostgresMissingError when the server binaries are missing
 */
export async function startThrowawayPostgres(database = 'radiant'): Promise<ThrowawayPostgres> {
    const binDir = findPostgresBinDir();
    const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'radiant-pg-'));
    const dataDir = path.join(dir, 'data');
    if (isRoot) execFileSync('chown', ['postgres:postgres', dir]);
    const run = (command: string, args: string[]) => {
        const bin = path.join(binDir, command);
        if (isRoot) {
            execFileSync('runuser', ['-u', 'postgres', '--', bin, ...args], { stdio: 'pipe', cwd: dir });
        } else {
            execFileSync(bin, args, { stdio: 'pipe', cwd: dir });
        }
    };
    const port = await freePort();
    let stopped = false;
    const stop = () => {
        if (stopped) return;
        stopped = true;
        try {
            run('pg_ctl', ['-D', dataDir, '-m', 'immediate', '-w', 'stop']);
        } catch {
            // already stopped
        }
        fs.rmSync(dir, { recursive: true, force: true });
    };
    try {
        run('initdb', [
            '-D',
            dataDir,
            '-U',
            'postgres',
            '--auth=trust',
            '-E',
            'UTF8',
            '--no-sync',
            '--locale=C',
        ]);
        const options = [
            `-p ${port}`,
            `-k ${dir}`,
            '-c listen_addresses=127.0.0.1',
            '-c fsync=off',
            '-c synchronous_commit=off',
            '-c full_page_writes=off',
            '-c max_connections=200',
        ].join(' ');
        run('pg_ctl', [
            '-D',
            dataDir,
            '-o',
            options,
            '-l',
            path.join(dir, 'server.log'),
            '-w',
            '-t',
            '30',
            'start',
        ]);
    } catch (err) {
        const log = fs.existsSync(path.join(dir, 'server.log'))
            ? fs.readFileSync(path.join(dir, 'server.log'), 'utf8')
            : '';
        stop();
        throw new Error(`Could not start a throwaway PostgreSQL: ${(err as Error).message}\n${log}`, {
            cause: err,
        });
    }
    const host = '127.0.0.1';
    const urlFor = (name: string) => `postgres://postgres@${host}:${port}/${name}`;
    const createDatabase = async (name: string) => {
        const client = new Client({ connectionString: urlFor('postgres') });
        await client.connect();
        try {
            await client.query(`CREATE DATABASE "${name.replace(/"/g, '')}"`);
        } finally {
            await client.end();
        }
        return urlFor(name);
    };
    try {
        await createDatabase(database);
    } catch (err) {
        stop();
        throw err;
    }
    return { url: urlFor(database), host, port, database, createDatabase, stop };
}
