/**
 * Starts one throwaway PostgreSQL cluster for the e2e project and hands its address to the test
 * files (`inject('postgres')`); removes it at the end. Fails (never skips) when PostgreSQL is missing.
 */
import type { TestProject } from 'vitest/node';
import { startThrowawayPostgres, ThrowawayPostgres } from '../../src/tooling/throwaway-postgres';

let cluster: ThrowawayPostgres | undefined;

export async function setup(project: TestProject): Promise<void> {
    cluster = await startThrowawayPostgres('postgres_e2e');
    project.provide('postgres', { host: cluster.host, port: cluster.port, url: cluster.url });
}

export async function teardown(): Promise<void> {
    cluster?.stop();
}

declare module 'vitest' {
    export interface ProvidedContext {
        postgres: { host: string; port: number; url: string };
    }
}
