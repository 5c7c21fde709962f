import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openStore, type Store } from '../store/store';

/** The server PostgreSQL tests create their throwaway databases on. */
export const testPostgresUrl =
  process.env.NEXTROUND_TEST_PG_URL ?? 'postgres://postgres:postgres@127.0.0.1:5432/postgres';

export interface TestBackend {
  name: 'sqlite' | 'postgres';
  open(): Promise<Store>;
}

async function postgresReachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: testPostgresUrl, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * Opens a PostgreSQL store on a database of its own, dropped again when the store is closed.
 */
async function openPostgresTestStore(): Promise<Store> {
  const name = `nextround_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: testPostgresUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(testPostgresUrl);
  url.pathname = `/${name}`;
  const store = await openStore({ kind: 'postgres', url: url.toString() });
  return {
    ...store,
    close: async () => {
      await store.close();
      const dropper = new pg.Client({ connectionString: testPostgresUrl });
      await dropper.connect();
      await dropper.query(`drop database if exists ${name} with (force)`);
      await dropper.end();
    },
  };
}

/**
 * The databases every store-level suite runs on: SQLite always; PostgreSQL when reachable. In CI a missing
 * PostgreSQL is an error, never a silent skip.
 *
 * @example
 * describe.each(await testBackends())('applications on $name', ({ open }) => { … });
 */
export async function testBackends(): Promise<TestBackend[]> {
  const backends: TestBackend[] = [{ name: 'sqlite', open: () => openStore({ kind: 'sqlite', file: ':memory:' }) }];
  if (await postgresReachable()) {
    backends.push({ name: 'postgres', open: openPostgresTestStore });
  } else if (process.env.CI) {
    throw new Error(`PostgreSQL is not reachable at ${testPostgresUrl}; CI runs every store test on it.`);
  } else {
    console.warn(`PostgreSQL not reachable at ${testPostgresUrl}: store tests run on SQLite only here.`);
  }
  return backends;
}
