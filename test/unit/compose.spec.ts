/**
 * docker-compose.yml, checked without Docker: the compose-spec JSON schema (through dclint, which
 * validates against it before its own rules; configuration in .dclintrc.json) and the topology
 * docs/deployment.md describes.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const ROOT = path.resolve(__dirname, '..', '..');
const COMPOSE = path.join(ROOT, 'docker-compose.yml');

interface Service {
    image?: string;
    build?: unknown;
    command?: string[];
    environment?: Record<string, string>;
    depends_on?: Record<string, { condition: string }>;
    healthcheck?: { test: string[] };
    ports?: string[];
    volumes?: string[];
}

function dclint(file: string) {
    return spawnSync(path.join(ROOT, 'node_modules', '.bin', 'dclint'), [file, '--color=false'], {
        cwd: ROOT,
        encoding: 'utf8',
    });
}

const compose = parse(fs.readFileSync(COMPOSE, 'utf8')) as { services: Record<string, Service> };
const services = compose.services;

/** dclint starts a Node process and compiles the schema: seconds, more on a busy machine. */
const DCLINT_TIMEOUT_MS = 60_000;

describe('docker-compose.yml', () => {
    it(
        'is valid against the compose-spec schema and dclint’s rules',
        () => {
            const result = dclint(COMPOSE);
            expect(result.stdout + result.stderr).not.toMatch(/error/);
            expect(result.status).toBe(0);
        },
        DCLINT_TIMEOUT_MS,
    );

    it(
        'would be refused if it broke the schema (the check can fail)',
        () => {
            const broken = path.join(
                fs.mkdtempSync(path.join(os.tmpdir(), 'radiant-compose-')),
                'docker-compose.yml',
            );
            // `replicas` belongs under `deploy:`, not on the service itself.
            const text = fs
                .readFileSync(COMPOSE, 'utf8')
                .replace('    proxy:\n', '    proxy:\n        replicas: 2\n');
            fs.writeFileSync(broken, text);
            const result = dclint(broken);
            expect(result.status).not.toBe(0);
            expect(result.stdout).toMatch(/instancePath="\/services\/proxy".*invalid-schema/);
        },
        DCLINT_TIMEOUT_MS,
    );

    it('runs PostgreSQL, Redis, an S3 store, a migration, 2 servers behind a proxy, 2 workers, the storefront and Varnish', () => {
        expect(Object.keys(services).sort()).toEqual(
            [
                'migrate',
                'minio',
                'postgres',
                'proxy',
                'redis',
                'server-1',
                'server-2',
                'storefront',
                'varnish',
                'worker-1',
                'worker-2',
            ].sort(),
        );
        for (const [name, service] of Object.entries(services)) {
            if (name !== 'migrate') expect(service.healthcheck?.test, name).toBeDefined();
        }
        expect(services.proxy.command).toEqual(
            expect.arrayContaining(['reverse-proxy', '--to', 'server-1:3000', 'server-2:3000']),
        );
        expect(services.storefront.environment?.VENDURE_SHOP_API_URL).toBe('http://proxy:8080/shop-api');
    });

    it('puts Varnish with the page cache VCL in front of the storefront, purged by the servers', () => {
        expect(services.varnish.volumes).toContain(
            './deploy/varnish/default.vcl:/etc/varnish/default.vcl:ro',
        );
        expect(services.storefront.ports).toBeUndefined();
        expect(services['server-1'].environment?.PAGE_CACHE_PURGE_URLS).toBe('http://varnish/_radiant/purge');
        const vcl = fs.readFileSync(path.join(ROOT, 'deploy', 'varnish', 'default.vcl'), 'utf8');
        expect(vcl).toContain('import xkey;');
        expect(vcl).toContain('set beresp.http.xkey = beresp.http.Surrogate-Key;');
        expect(vcl).toContain('xkey.purge(req.http.xkey-purge)');
    });

    it('keeps BullMQ’s Redis requirements: noeviction and AOF persistence', () => {
        const command = services.redis.command!.join(' ');
        expect(command).toContain('--maxmemory-policy noeviction');
        expect(command).toContain('--appendonly yes');
    });

    it('migrates once before any server or worker starts, all of them on one image', () => {
        expect(services.migrate.command).toEqual(['node', 'dist/src/cli/migrations.js', 'run']);
        for (const name of ['server-1', 'server-2', 'worker-1', 'worker-2']) {
            expect(services[name].depends_on?.migrate).toEqual({
                condition: 'service_completed_successfully',
            });
            expect(services[name].image).toBe(services.migrate.image);
            expect(services[name].healthcheck?.test.join(' ')).toContain('/health/ready');
        }
        expect(services['worker-1'].command).toEqual(['node', 'dist/src/index-worker.js']);
    });

    it('gives the processes only variables Radiant reads, Redis and the bucket included', () => {
        const env = services['server-1'].environment!;
        const source = fs.readFileSync(path.join(ROOT, 'src', 'environment.ts'), 'utf8');
        const unknown = Object.keys(env).filter(
            name =>
                !['NODE_ENV', 'VENDURE_DISABLE_TELEMETRY'].includes(name) &&
                !source.includes(`'${name}'`) &&
                !source.includes(`env.${name}`) &&
                !/^TRACKING_WEBHOOK_SECRET_/.test(name),
        );
        expect(unknown).toEqual([]);
        expect(env).toMatchObject({
            REDIS_URL: 'redis://redis:6379',
            S3_ENDPOINT: '${S3_ENDPOINT:-http://minio:9000}',
        });
    });
});
