import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { testBackends, testPostgresUrl } from '../testing/test-stores';
import { localUserId, type Store } from './store';

// Outside CI a machine without PostgreSQL runs none of this; in CI testBackends refuses to go on without it.
const postgres = (await testBackends()).find((backend) => backend.name === 'postgres');

describe.skipIf(!postgres)('a hosted server on PostgreSQL', () => {
  let store: Store;

  beforeAll(async () => {
    if (postgres) store = await postgres.open();
  });
  afterAll(async () => {
    await store?.close();
  });

  it('outlives the server ending its idle connections, and answers the next query on a new one', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const user = () => store.db.selectFrom('users').select('id').where('id', '=', localUserId).execute();
      // Two queries at once leave two idle connections in the pool.
      await Promise.all([user(), user()]);
      const { rows } = await sql<{ name: string }>`select current_database() as name`.execute(store.db);
      const admin = new pg.Client({ connectionString: testPostgresUrl });
      await admin.connect();
      try {
        const ended = await admin.query(
          'select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()',
          [rows[0]?.name],
        );
        expect(ended.rowCount).toBeGreaterThan(0);
      } finally {
        await admin.end();
      }
      await vi.waitFor(() => expect(logged).toHaveBeenCalled());
      expect(await user()).toEqual([{ id: localUserId }]);
    } finally {
      logged.mockRestore();
    }
  });
});
