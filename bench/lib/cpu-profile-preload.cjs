/**
 * Preloaded into the bench's server and worker with `--cpu-prof` (NODE_OPTIONS `--require`): the
 * first SIGWINCH (not SIGUSR2: Nest's shutdown hooks listen to it) starts V8's sampling profiler (1 ms interval) through `node:inspector`, the next
 * one stops it and writes `<BENCH_CPU_PROF_DIR>/<pid>-<n>.cpuprofile` (Chrome DevTools format),
 * then `<same>.done` so the bench knows the file is complete. Only the measured load is profiled,
 * not the boot nor the scenario's setup.
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const inspector = require('node:inspector');

const dir = process.env.BENCH_CPU_PROF_DIR;
let session = null;
let count = 0;

if (dir) {
    process.on('SIGWINCH', () => {
        if (!session) {
            session = new inspector.Session();
            session.connect();
            session.post('Profiler.enable');
            session.post('Profiler.setSamplingInterval', { interval: 1000 });
            session.post('Profiler.start');
            return;
        }
        const current = session;
        session = null;
        current.post('Profiler.stop', (err, result) => {
            const file = path.join(dir, `${process.pid}-${++count}.cpuprofile`);
            if (!err) fs.writeFileSync(file, JSON.stringify(result.profile));
            fs.writeFileSync(`${file}.done`, err ? String(err) : '');
            current.disconnect();
        });
    });
}
