/**
 * Finds the scenarios: every `bench/scenarios/*.mjs`, then every `plugins/<plugin>/bench/*.mjs`
 * (so a Radiant plugin ships the benchmark of its own operations beside its code). Files whose
 * name starts with `_` are helpers, not scenarios.
 *
 * A scenario module's default export:
 *   {
 *     name: 'wishlist',               // unique; the name in the table and for --only
 *     description: '…',               // one line
 *     run: async vu => {},            // ONE measured operation; throw on anything wrong
 *     // or, for an operation that is ONE Shop API request (the closed loop then runs on autocannon):
 *     request: vu => ({ query, variables }), // the request of operation number vu.iteration
 *     check: (data, variables) => {},        // throws when the answer's `data` is wrong
 *     setup?: async ctx => shared,    // once per configuration; its result is merged into vu.shared
 *     unit?: 'req',                   // what one run() is ('req', 'checkout', …); default 'req'
 *     connections?: 1,                // virtual users for this scenario; default --connections
 *     arrivalRate?: 10,               // open loop: operations ARRIVE at this mean rate per second
 *                                     // (Poisson), each run by a free VU (at most `connections` at
 *                                     // once), latency from the arrival; default: closed loop
 *     requestsPerOp?: 1,              // HTTP requests per run(), for information
 *     order?: 100,                    // position in the run (core scenarios use 10…50)
 *     configurations?: ['radiant'],   // where it runs; default both. Radiant-only: no ratio.
 *     ratioTarget?: 0.9,              // the Radiant / stock throughput ratio to reach; default 0.95
 *     cacheable?: true,               // a catalogue read: also run on Radiant with CATALOGUE_CACHE=off
 *     prepare?: async () => env,      // once, before any process starts: extra environment for the
 *                                     // server and worker (e.g. the URL of a local fake gateway)
 *     summary?: async () => ({ lines, ... }), // after its load: figures it measured itself (printed, in the JSON)
 *   }
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** Runs a one-request scenario's operation through `vu.client` and checks the answer. */
async function runOneRequest(scenario, vu) {
    const { query, variables } = scenario.request(vu);
    scenario.check(await vu.client.request(query, variables), variables);
}

function moduleFiles(dir) {
    if (!fs.existsSync(dir)) return [];
    return fs
        .readdirSync(dir)
        .filter(f => f.endsWith('.mjs') && !f.startsWith('_'))
        .sort()
        .map(f => path.join(dir, f));
}

export async function loadScenarios(root) {
    const files = [...moduleFiles(path.join(root, 'bench', 'scenarios'))];
    const pluginsDir = path.join(root, 'plugins');
    if (fs.existsSync(pluginsDir)) {
        for (const plugin of fs.readdirSync(pluginsDir).sort())
            files.push(...moduleFiles(path.join(pluginsDir, plugin, 'bench')));
    }
    const scenarios = [];
    const names = new Set();
    for (const file of files) {
        const mod = await import(pathToFileURL(file).href);
        const s = mod.default;
        const where = path.relative(root, file);
        const oneRequest = typeof s?.request === 'function' && typeof s?.check === 'function';
        if (!s || typeof s.name !== 'string' || (typeof s.run !== 'function' && !oneRequest)) {
            throw new Error(
                `${where}: the default export must be a scenario { name, run | request + check, setup? } (prefix helper files with "_")`,
            );
        }
        if (names.has(s.name)) throw new Error(`${where}: a scenario named "${s.name}" already exists`);
        names.add(s.name);
        scenarios.push({
            unit: 'req',
            requestsPerOp: 1,
            order: 100,
            configurations: null,
            cacheable: false,
            description: '',
            ...s,
            // The same operation through a VU's own client (the open loop, and any caller of run()).
            run: s.run ?? (async vu => runOneRequest(s, vu)),
            file: where,
        });
    }
    return scenarios.sort((a, b) => a.order - b.order || a.name.localeCompare(b.name));
}
