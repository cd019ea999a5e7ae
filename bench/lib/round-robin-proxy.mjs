#!/usr/bin/env node
/**
 * A round-robin HTTP proxy for `npm run bench -- --scale-out` (bench/lib/scale-out.mjs), run as its own
 * process so that its CPU is not the load generator's: `node round-robin-proxy.mjs <port> <target>…`
 * forwards each request to the next target (http-proxy, the library the scale-out e2e suite uses),
 * adds X-Forwarded-For, and answers 502 when a target is down. Prints "listening <port>" once ready.
 */
import http from 'node:http';
import httpProxy from 'http-proxy';

const [port, ...targets] = process.argv.slice(2);
if (!port || !targets.length) {
    console.error('usage: round-robin-proxy.mjs <port> <target-url>…');
    process.exit(2);
}
const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
const proxy = httpProxy.createProxyServer({ xfwd: true, agent });
let next = 0;
const server = http.createServer((req, res) => {
    const target = targets[next++ % targets.length];
    proxy.web(req, res, { target }, () => {
        if (!res.headersSent) res.writeHead(502);
        res.end();
    });
});
server.keepAliveTimeout = 30_000;
server.listen(Number(port), '127.0.0.1', () => console.log(`listening ${port}`));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
