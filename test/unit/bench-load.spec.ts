/**
 * The benchmark's closed loop on autocannon (bench/lib/load.mjs `runAutocannonPhase`), against a
 * small local GraphQL stand-in: every answer is checked, wrong ones are errors, not operations.
 */
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createVirtualUsers, runAutocannonPhase } from '../../bench/lib/load.mjs';
import { RequestError } from '../../bench/lib/http.mjs';
import { freePort } from '../../src/tooling/processes.mjs';

describe('runAutocannonPhase', () => {
    let server: http.Server;
    let url: string;
    const received: { slug: string; channel: string | undefined; language: string | null }[] = [];

    beforeAll(async () => {
        // Answers `product(slug)`: slug "missing" → product null, slug "broken" → a GraphQL error.
        server = http.createServer((req, res) => {
            let body = '';
            req.on('data', d => (body += d));
            req.on('end', () => {
                const { variables } = JSON.parse(body) as { variables: { slug: string } };
                received.push({
                    slug: variables.slug,
                    channel: req.headers['vendure-token'] as string | undefined,
                    language: new URL(req.url ?? '/', 'http://x').searchParams.get('languageCode'),
                });
                res.setHeader('content-type', 'application/json');
                res.end(
                    JSON.stringify(
                        variables.slug === 'broken'
                            ? { errors: [{ message: 'boom' }] }
                            : { data: { product: variables.slug === 'missing' ? null : { id: '1' } } },
                    ),
                );
            });
        });
        const port = await freePort();
        await new Promise<void>(resolve => server.listen(port, '127.0.0.1', resolve));
        url = `http://127.0.0.1:${port}/shop-api`;
    });

    afterAll(() => new Promise<void>(resolve => server.close(() => resolve())));

    const scenario = (slugs: string[]) => ({
        request: (vu: { iteration: number; id: number; count: number }) => ({
            query: 'query($slug: String!) { product(slug: $slug) { id } }',
            variables: { slug: slugs[(vu.iteration * vu.count + vu.id) % slugs.length] },
        }),
        check: (data: { product: unknown }, variables: { slug: string }) => {
            if (!data.product) throw new RequestError(`product ${variables.slug}: not found`);
        },
    });

    it('counts the answers that pass the check as operations, rotating over the requests', async () => {
        received.length = 0;
        const vus = createVirtualUsers({ count: 2, shopApiUrl: url, shared: {}, configName: 'test' });
        const result = await runAutocannonPhase(vus, scenario(['a', 'b', 'c']), 500);
        expect(result.errors).toBe(0);
        expect(result.ops).toBeGreaterThan(0);
        expect(result.latencies).toHaveLength(result.ops);
        expect(new Set(received.map(r => r.slug))).toEqual(new Set(['a', 'b', 'c']));
        expect(received[0]).toMatchObject({ channel: 'fr', language: 'fr' });
    });

    it('counts a failed check and a GraphQL error as errors with their messages, not as operations', async () => {
        const vus = createVirtualUsers({ count: 1, shopApiUrl: url, shared: {}, configName: 'test' });
        const result = await runAutocannonPhase(vus, scenario(['a', 'missing', 'broken']), 60_000, {
            maxErrors: 10,
        });
        // Stopped by maxErrors long before the minute is up.
        expect(result.errors).toBeGreaterThanOrEqual(10);
        expect(result.errorMessages.map((e: { message: string }) => e.message).sort()).toEqual([
            'GraphQL error: boom',
            'product missing: not found',
        ]);
        expect(result.latencies).toHaveLength(result.ops);
    });
});
