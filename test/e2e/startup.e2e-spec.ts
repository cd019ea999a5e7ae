/**
 * Start-up behaviour of the real server process (dist/src/index.js): a wrong or missing
 * environment value stops it with a message naming the variable, without a stack trace, and
 * nothing half-starts.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { instance, runNode } from '../support/processes';

describe('server start-up', () => {
    it('stops with a message naming each invalid variable', async () => {
        const i = await instance();
        try {
            const result = await runNode(
                'dist/src/index.js',
                [],
                { ...i.env, PORT: 'abc', DATABASE_URL: 'mysql://db/x' },
                60_000,
            );
            expect(result.code).toBe(1);
            expect(result.stderr).toContain('PORT must be an integer between 1 and 65535 (got "abc")');
            expect(result.stderr).toContain('DATABASE_URL must use postgres: or postgresql:');
            expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
            expect(fs.existsSync(`${i.dataDir}/radiant.sqlite`)).toBe(false); // nothing half-started
        } finally {
            i.cleanup();
        }
    });

    it('refuses production with the demo secrets', async () => {
        const i = await instance();
        try {
            for (const script of ['dist/src/index.js', 'dist/src/index-worker.js']) {
                const result = await runNode(
                    script,
                    [],
                    { ...i.env, NODE_ENV: 'production', SUPERADMIN_PASSWORD: 'superadmin' },
                    60_000,
                );
                expect(result.code).toBe(1);
                expect(result.stderr).toContain(
                    'SUPERADMIN_PASSWORD must not be the demo default in production',
                );
                expect(result.stderr).toContain('COOKIE_SECRET is required in production');
                expect(result.stderr).not.toMatch(/\n\s+at /);
            }
        } finally {
            i.cleanup();
        }
    });
});
