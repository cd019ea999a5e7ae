/**
 * The production topology's parts on real processes (dist/src/index.js and index-worker.js) over
 * real HTTP: Redis (a throwaway `redis-server`) carrying the BullMQ job queue and Vendure's cache,
 * assets in an S3-compatible bucket (s3rver), readiness and Prometheus metrics on the server and the
 * worker, and the start-up checks that stop a process naming REDIS_URL or an S3_* variable.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminHttp, GraphQLAnswer } from '../support/admin-http';
import { instance, runNode, Running, startNode } from '../support/processes';
import { startThrowawayRedis, ThrowawayRedis } from '../support/throwaway-redis';
import { startThrowawayS3, ThrowawayS3 } from '../support/throwaway-s3';

const PREFIX = 'radiant-e2e';
const BUCKET = 'radiant-topology';

/** A 1×1 PNG. */
const PNG = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
    'base64',
);

describe('topology: Redis, S3, readiness and metrics', () => {
    let redis: ThrowawayRedis;
    let s3: ThrowawayS3;
    let i: Awaited<ReturnType<typeof instance>>;
    let server: Running;
    let worker: Running;
    let base: string;
    let workerBase: string;
    let admin: ReturnType<typeof adminHttp>;

    beforeAll(async () => {
        const started = await startThrowawayRedis();
        expect(started, 'redis-server must be installed (.ci/run installs it)').toBeDefined();
        redis = started!;
        s3 = await startThrowawayS3([BUCKET]);
        i = await instance();
        base = `http://127.0.0.1:${i.port}`;
        workerBase = `http://127.0.0.1:${i.workerPort}`;
        const env = {
            ...i.env,
            ...s3.env(BUCKET),
            REDIS_URL: redis.url,
            REDIS_PREFIX: PREFIX,
            SEED_ON_START: 'false',
            LOG_FORMAT: 'json',
            LOG_LEVEL: 'info',
        };
        server = await startNode('server', 'dist/src/index.js', env, `${base}/health`);
        worker = await startNode('worker', 'dist/src/index-worker.js', env, `${workerBase}/health`);
        admin = adminHttp(base);
        await admin.login();
    });

    afterAll(async () => {
        await worker?.stop();
        await server?.stop();
        redis?.stop();
        await s3?.stop();
        i?.cleanup();
    });

    it('reports the server and the worker ready, Redis and the job queue included', async () => {
        for (const url of [`${base}/health/ready`, `${workerBase}/health/ready`]) {
            const res = await fetch(url);
            expect(res.status, url).toBe(200);
            const body = (await res.json()) as { status: string; checks: Record<string, { status: string }> };
            expect(body.status).toBe('ok');
            expect(Object.keys(body.checks).sort()).toEqual(['database', 'jobQueue', 'redis']);
            expect(Object.values(body.checks).every(c => c.status === 'up')).toBe(true);
        }
    });

    it('runs jobs through BullMQ and keeps the cache in Redis, under REDIS_PREFIX', async () => {
        const { reindex } = await admin.query<{ reindex: { id: string } }>(`mutation { reindex { id } }`);
        let state = '';
        for (let attempt = 0; attempt < 100 && state !== 'COMPLETED'; attempt++) {
            const { job } = await admin.query<{ job: { state: string } | null }>(
                `query ($id: ID!) { job(jobId: $id) { state } }`,
                { id: reindex.id },
            );
            state = job?.state ?? '';
            if (state !== 'COMPLETED') await new Promise(r => setTimeout(r, 200));
        }
        expect(state).toBe('COMPLETED');
        const client = new Redis(redis.url);
        try {
            const keys = await client.keys('*');
            expect(keys.some(k => k.startsWith(`${PREFIX}:vendure-job-queue:`))).toBe(true);
            expect(keys.some(k => k.startsWith(`${PREFIX}:cache:`))).toBe(true);
            expect(keys.filter(k => !k.startsWith(`${PREFIX}:`) && !k.startsWith('rl'))).toEqual([]);
        } finally {
            client.disconnect();
        }
    });

    it('stores an uploaded asset in the bucket and serves it from there', async () => {
        const form = new FormData();
        form.set(
            'operations',
            JSON.stringify({
                query: `mutation ($file: Upload!) { createAssets(input: [{ file: $file }]) { ... on Asset { id source preview } ... on ErrorResult { message } } }`,
                variables: { file: null },
            }),
        );
        form.set('map', JSON.stringify({ 0: ['variables.file'] }));
        form.set('0', new Blob([PNG], { type: 'image/png' }), 'pixel.png');
        const res = await fetch(`${base}/admin-api`, {
            method: 'POST',
            headers: { authorization: `Bearer ${admin.token()}`, 'apollo-require-preflight': 'true' },
            body: form,
        });
        const body = (await res.json()) as GraphQLAnswer<{
            createAssets: { source: string; preview: string }[];
        }>;
        expect(body.errors).toBeUndefined();
        const [asset] = body.data!.createAssets;
        expect(asset.source).toMatch(/\/assets\/source\/.+\/pixel\.png$/);
        const stored = listFiles(path.join(s3.dir, BUCKET));
        expect(stored.some(f => /^source\/.+\/pixel\.png/.test(f))).toBe(true);
        expect(stored.some(f => /^preview\//.test(f))).toBe(true);
        expect(fs.existsSync(path.join(i.dataDir, 'assets', 'source'))).toBe(false);
        const served = await fetch(asset.source.replace(/^http:\/\/localhost:\d+/, base));
        expect(served.status).toBe(200);
        expect(Buffer.from(await served.arrayBuffer()).equals(PNG)).toBe(true);
    });

    it('answers Prometheus metrics on the server and the worker', async () => {
        await fetch(`${base}/shop-api`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ query: 'query ActiveChannel { activeChannel { code } }' }),
        });
        const text = await (await fetch(`${base}/metrics`)).text();
        expect(text).toMatch(
            /^http_request_duration_seconds_count\{method="POST",route="\/shop-api",status_code="200"\} \d+$/m,
        );
        expect(text).toMatch(
            /^graphql_operation_duration_seconds_count\{api="shop",operation_type="query",operation_name="ActiveChannel",outcome="ok"\} 1$/m,
        );
        expect(text).toMatch(/^vendure_job_queue_jobs\{state="waiting"\} \d+$/m);
        expect(text).toContain('# TYPE radiant_payment_settlements_total counter');
        expect(text).toContain('# TYPE radiant_invoices_issued_total counter');
        const workerText = await (await fetch(`${workerBase}/metrics`)).text();
        expect(workerText).toMatch(/^vendure_job_queue_oldest_waiting_seconds \d+(\.\d+)?$/m);
        expect(workerText).toMatch(/^process_resident_memory_bytes \d+/m);
    });

    it('writes JSON log lines in production format, and echoes a request id', async () => {
        const res = await fetch(`${base}/health`, { headers: { 'x-request-id': 'probe-42' } });
        expect(res.headers.get('x-request-id')).toBe('probe-42');
        const generated = await fetch(`${base}/health`, { headers: { 'x-request-id': 'bad id!' } });
        expect(generated.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
        const lines = server
            .output()
            .split('\n')
            .filter(line => line.startsWith('{'));
        expect(lines.length).toBeGreaterThan(3);
        const parsed = lines.map(line => JSON.parse(line) as { level: string; process: string; msg: string });
        expect(parsed.every(l => typeof l.msg === 'string' && l.process === 'server')).toBe(true);
        expect(
            worker
                .output()
                .split('\n')
                .some(line => line.includes('"process":"worker"')),
        ).toBe(true);
    });

    it('reports Redis lost in readiness while requests that need no job keep working', async () => {
        redis.stop();
        await new Promise(r => setTimeout(r, 300));
        const ready = await fetch(`${base}/health/ready`);
        expect(ready.status).toBe(503);
        const body = (await ready.json()) as { checks: Record<string, { status: string }> };
        expect(body.checks.redis.status).toBe('down');
        expect(body.checks.database.status).toBe('up');
        const shop = await fetch(`${base}/shop-api`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ query: '{ activeChannel { code } }' }),
        });
        expect(shop.status).toBe(200);
        expect(((await shop.json()) as GraphQLAnswer<unknown>).errors).toBeUndefined();
    });

    it('keeps a job enqueued while Redis is down and runs it once Redis is back', async () => {
        // Redis is still down (previous test). Creating a product enqueues its search-index update:
        // the job waits in the Redis client's offline queue, and so does the request.
        const stamp = Date.now();
        const created = admin
            .query<{ createProduct: { id: string } }>(
                `mutation ($input: CreateProductInput!) { createProduct(input: $input) { id } }`,
                {
                    input: {
                        translations: [
                            {
                                languageCode: 'fr',
                                name: `Panne ${stamp}`,
                                slug: `panne-${stamp}`,
                                description: '',
                            },
                        ],
                    },
                },
            )
            .then(
                data => ({ id: data.createProduct.id, error: '' }),
                (err: Error) => ({ id: '', error: err.message }),
            );
        await new Promise(r => setTimeout(r, 1500));
        // Redis comes back (empty: a throwaway server without persistence) at the same address.
        redis = (await startThrowawayRedis(Number(new URL(redis.url).port)))!;
        const { id, error } = await created;
        expect(error).toBe('');
        // The worker reconnects and runs the job.
        type Jobs = { jobs: { items: { state: string; data: unknown }[] } };
        const ours = async () =>
            (
                await admin.query<Jobs>(
                    `{ jobs(options: { filter: { queueName: { eq: "update-search-index" } }, take: 100 }) { items { state data } } }`,
                )
            ).jobs.items.filter(job =>
                new RegExp(`"productId":"?${id}"?[,}]`).test(JSON.stringify(job.data)),
            );
        const deadline = Date.now() + 60_000;
        let jobs = await ours();
        while (!jobs.some(job => job.state === 'COMPLETED') && Date.now() < deadline) {
            await new Promise(r => setTimeout(r, 1000));
            jobs = await ours();
        }
        expect(jobs.map(job => job.state)).toContain('COMPLETED');
        const ready = await fetch(`${base}/health/ready`);
        expect(
            ((await ready.json()) as { checks: Record<string, { status: string }> }).checks.redis.status,
        ).toBe('up');
    });
});

describe('topology: start-up checks', () => {
    it('migrates once with `migrations.js run` (compose’s migrate step), seeding nothing by default', async () => {
        const i = await instance();
        try {
            const result = await runNode(
                'dist/src/cli/migrations.js',
                ['run'],
                { ...i.env, SEED_ON_START: 'false' },
                120_000,
            );
            expect(result.code, result.stderr).toBe(0);
            expect(fs.existsSync(path.join(i.dataDir, 'radiant.sqlite'))).toBe(true);
            const again = await runNode('dist/src/cli/migrations.js', ['run'], {
                ...i.env,
                SEED_ON_START: 'false',
            });
            expect(again.code).toBe(0);
        } finally {
            i.cleanup();
        }
    });

    it('stops the server and the worker naming REDIS_URL when Redis does not answer', async () => {
        const i = await instance();
        try {
            for (const script of ['dist/src/index.js', 'dist/src/index-worker.js']) {
                const result = await runNode(
                    script,
                    [],
                    { ...i.env, REDIS_URL: 'redis://127.0.0.1:9', SEED_ON_START: 'false' },
                    60_000,
                );
                expect(result.code, script).toBe(1);
                expect(result.stderr).toContain('REDIS_URL: Redis at redis://127.0.0.1:9 did not answer');
                expect(result.stderr).not.toMatch(/\n\s+at /);
            }
        } finally {
            i.cleanup();
        }
    });

    it('stops the server naming S3_ACCESS_KEY_ID when the store refuses the key', async () => {
        const s3 = await startThrowawayS3([BUCKET]);
        const i = await instance();
        try {
            const result = await runNode(
                'dist/src/index.js',
                [],
                { ...i.env, ...s3.env(BUCKET), S3_ACCESS_KEY_ID: 'NOT-A-KEY', SEED_ON_START: 'false' },
                60_000,
            );
            expect(result.code).toBe(1);
            expect(result.stderr).toContain('S3_ACCESS_KEY_ID: the S3 store refused it for bucket');
            expect(result.stderr).not.toMatch(/\n\s+at /);
            expect(fs.existsSync(path.join(i.dataDir, 'radiant.sqlite'))).toBe(false);
        } finally {
            i.cleanup();
            await s3.stop();
        }
    });
});

/** Every file under `dir`, relative, s3rver's `._S3rver_*` suffixes removed. */
function listFiles(dir: string): string[] {
    if (!fs.existsSync(dir)) return [];
    return (fs.readdirSync(dir, { recursive: true }) as string[])
        .filter(f => fs.statSync(path.join(dir, f)).isFile())
        .map(f => f.replace(/\._S3rver_[a-z]+$/, ''));
}
