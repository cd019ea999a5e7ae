/**
 * The committed migrations (migrations/sqlite, migrations/postgres) must build exactly the schema
 * the entities describe: `npm run migration:check` fails when an entity changes without a
 * generated migration. It runs compiled (TypeORM loads the migration files with require()).
 */
import { describe, expect, it } from 'vitest';
import { runNode } from '../support/processes';

describe('migrations', () => {
    it('on SQLite and PostgreSQL, applying every migration gives exactly the entities’ schema', async () => {
        const result = await runNode('dist/src/cli/migrations.js', ['check'], {}, 120_000);
        expect(result.stderr).toBe('');
        expect(result.stdout).toContain('sqlite: entities and migrations agree');
        expect(result.stdout).toContain('postgres: entities and migrations agree');
        expect(result.code).toBe(0);
    });
});
