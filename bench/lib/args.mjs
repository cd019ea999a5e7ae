/**
 * Options, from flags (`--duration=8` or `--duration 8`) or environment variables (BENCH_DURATION=8);
 * flags win.
 */
const SPEC = {
    duration: {
        env: 'BENCH_DURATION',
        type: 'number',
        default: 8,
        help: 'seconds of measured load per operation and configuration',
    },
    warmup: {
        env: 'BENCH_WARMUP',
        type: 'number',
        default: 10,
        help: 'seconds of warm-up per operation and configuration (not measured; the JIT needs it)',
    },
    connections: {
        env: 'BENCH_CONNECTIONS',
        type: 'int',
        default: 8,
        help: 'virtual users, each with its own connection and session',
    },
    rounds: {
        env: 'BENCH_ROUNDS',
        type: 'int',
        default: 4,
        help: 'the duration is cut in this many slices, stock and Radiant alternating (A B B A …) to cancel drift',
    },
    only: {
        env: 'BENCH_ONLY',
        type: 'list',
        default: null,
        help: 'comma-separated operations to run (names as in the table; "storefront" for the TTFB part)',
    },
    'storefront-requests': {
        env: 'BENCH_STOREFRONT_REQUESTS',
        type: 'int',
        default: 100,
        help: 'sequential measured requests per storefront page',
    },
    'boot-samples': {
        env: 'BENCH_BOOT_SAMPLES',
        type: 'int',
        default: 2,
        help: 'boots of each configuration (A B B A …); the best is reported, the last one serves the load',
    },
    'idle-wait': {
        env: 'BENCH_IDLE_WAIT',
        type: 'number',
        default: 3,
        help: 'seconds idle after boot before reading idle RSS',
    },
    'seed-cache': {
        env: 'BENCH_SEED_CACHE',
        type: 'bool',
        default: false,
        help: 'keep the seeded database in bench-results/seed-cache/ and reuse it while the seed code is unchanged',
    },
    db: {
        env: 'BENCH_DB',
        type: 'string',
        default: 'sqlite',
        help: 'sqlite (the embedded database, the reference) or postgres (a throwaway PostgreSQL cluster; needs initdb/pg_ctl)',
    },
    'seed-dir': {
        env: 'BENCH_SEED_DIR',
        type: 'string',
        default: null,
        help: 'use this already seeded DATA_DIR (radiant.sqlite + assets) instead of seeding; it is copied, never modified',
    },
    'cpu-prof': {
        env: 'BENCH_CPU_PROF',
        type: 'bool',
        default: false,
        help: 'profile server and worker during the measured load; summaries printed, .cpuprofile files in bench-results/profiles/',
    },
    'scale-out': {
        env: 'BENCH_SCALE_OUT',
        type: 'bool',
        default: false,
        help: 'instead of Radiant vs stock: checkout and catalogue reads on PostgreSQL with the database queue (1 server), then PostgreSQL + Redis with 1 and 2 servers behind a round-robin proxy; job-queue latency and idle RSS per process (bench/lib/scale-out.mjs; needs initdb and redis-server)',
    },
    out: {
        env: 'BENCH_OUT',
        type: 'string',
        default: 'bench-results/latest.json',
        help: 'JSON results file (relative to the repository root)',
    },
    help: { env: null, type: 'bool', default: false, help: 'this help' },
};

export function parseOptions(argv = process.argv.slice(2), env = process.env) {
    const raw = {};
    for (const [key, spec] of Object.entries(SPEC)) {
        if (spec.env && env[spec.env] !== undefined && env[spec.env] !== '') raw[key] = env[spec.env];
    }
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (!arg.startsWith('--')) throw new Error(`Unexpected argument "${arg}" (see --help)`);
        let [key, value] = arg.slice(2).split(/=(.*)/s);
        if (!(key in SPEC)) throw new Error(`Unknown option --${key} (see --help)`);
        if (value === undefined) {
            if (SPEC[key].type === 'bool') value = 'true';
            else if (i + 1 < argv.length) value = argv[++i];
            else throw new Error(`--${key} needs a value`);
        }
        raw[key] = value;
    }
    const options = {};
    for (const [key, spec] of Object.entries(SPEC)) {
        const value = raw[key];
        if (value === undefined) {
            options[key] = spec.default;
            continue;
        }
        switch (spec.type) {
            case 'number':
            case 'int': {
                const n = Number(value);
                if (!Number.isFinite(n) || n <= 0 || (spec.type === 'int' && !Number.isInteger(n))) {
                    throw new Error(
                        `--${key} must be a positive ${spec.type === 'int' ? 'integer' : 'number'} (got "${value}")`,
                    );
                }
                options[key] = n;
                break;
            }
            case 'bool':
                options[key] = ['1', 'true', 'yes', 'on'].includes(String(value).toLowerCase());
                break;
            case 'list':
                options[key] = String(value)
                    .split(',')
                    .map(s => s.trim())
                    .filter(Boolean);
                break;
            default:
                options[key] = String(value);
        }
    }
    return options;
}

export function helpText() {
    const lines = ['Usage: npm run bench -- [options]   (or node bench/run.mjs [options])', ''];
    for (const [key, spec] of Object.entries(SPEC)) {
        const def = spec.default === null || spec.default === false ? '' : ` (default ${spec.default})`;
        lines.push(`  --${key.padEnd(22)}${spec.help}${def}${spec.env ? `  [${spec.env}]` : ''}`);
    }
    return lines.join('\n');
}
