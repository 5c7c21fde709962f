import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import {
  CamelCasePlugin,
  CompiledQuery,
  type DatabaseConnection,
  Kysely,
  Migrator,
  type PluginTransformResultArgs,
  PostgresDialect,
  type QueryResult,
  SqliteAdapter,
  SqliteDialect,
  SqliteDriver,
  type SqliteStatement,
  type Transaction,
  type UnknownRow,
} from 'kysely';
import { migrations } from './migrations';
import { localUserId, type StoreConfig } from './store.config';
import type { DB } from './store.types';

export { localUserId, type StoreConfig, storeConfigFor } from './store.config';

export interface Store {
  readonly db: Kysely<DB>;
  readonly kind: StoreConfig['kind'];
  /** Runs `fn` in one transaction: everything it writes is committed together or not at all. */
  transaction<T>(fn: (trx: Transaction<DB>) => Promise<T>): Promise<T>;
  /** A consistent copy of the SQLite database, safe while other connections write (SQLite only). */
  backupTo(file: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * Opens the database, runs any pending migrations (safe to run twice, and from two processes at once) and
 * makes sure the local user exists.
 */
export async function openStore(config: StoreConfig): Promise<Store> {
  const store = config.kind === 'sqlite' ? openSqlite(config.file) : await openPostgres(config.url);
  try {
    await migrate(store.db);
    await ensureLocalUser(store.db);
  } catch (error) {
    await store.close();
    throw error;
  }
  return store;
}

function openSqlite(file: string): Store {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma('journal_mode = WAL');
  // FULL: a commit is on disk before it is acknowledged, so even a power cut loses no acknowledged write.
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('foreign_keys = ON');
  const camelCase = new RowsCamelCasedPlugin();
  const dialect = new ImmediateSqliteDialect({ database: withStatementCache(sqlite, camelCase.keyOf) });
  const db = new Kysely<DB>({ dialect, plugins: [camelCase] });
  return {
    db,
    kind: 'sqlite',
    transaction: (fn) => db.transaction().execute(fn),
    backupTo: async (target) => {
      mkdirSync(dirname(target), { recursive: true });
      await sqlite.backup(target);
    },
    close: () => db.destroy(),
  };
}

async function openPostgres(url: string): Promise<Store> {
  // Loaded only for PostgreSQL: a local install on SQLite never needs the driver in memory.
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // An idle connection can be ended by the server (a restart, a failover, an administrator). The pool drops
  // it and opens another on the next query; without a listener its 'error' event would end the process.
  pool.on('error', (error) => console.error('nextround: an idle PostgreSQL connection was closed:', error.message));
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }), plugins: [new CamelCasePlugin()] });
  return {
    db,
    kind: 'postgres',
    transaction: (fn) => db.transaction().execute(fn),
    backupTo: async () => {
      throw new Error('backup of PostgreSQL is done with pg_dump or `nextround export`');
    },
    close: () => db.destroy(),
  };
}

/**
 * Kysely prepares every query afresh; parsing SQL costs ten times more than running a primary-key lookup.
 * Queries are built from a small fixed set of shapes, so caching prepared statements by their text makes
 * each shape parse once. better-sqlite3 statements are reusable; Kysely runs one query at a time per
 * connection, so a statement is never in use twice at once.
 */
function withStatementCache(sqlite: Database.Database, keyOf: (column: string) => string, limit = 500) {
  const cache = new Map<string, SqliteStatement>();
  return {
    close: () => sqlite.close(),
    prepare: (sql: string) => {
      let statement = cache.get(sql);
      if (!statement) {
        statement = rowsBuiltInJs(sqlite.prepare(sql), keyOf);
        if (cache.size >= limit) {
          const oldest = cache.keys().next().value;
          if (oldest !== undefined) cache.delete(oldest);
        }
        cache.set(sql, statement);
      }
      return statement;
    },
  };
}

/**
 * A reading statement that fetches rows as arrays and builds the objects in JavaScript, keys already
 * camelCased. better-sqlite3 builds each row object through V8's C++ API one property at a time, which cost
 * more than the query itself, and the camel-case plugin then copied every row again: 50 applications took
 * 0.30 ms as objects and 0.18 ms as arrays made into objects by a function compiled once per statement (one
 * object shape, so V8 keeps it fast). Duplicate column names keep the last, as before.
 */
function rowsBuiltInJs(statement: Database.Statement, keyOf: (column: string) => string): SqliteStatement {
  if (!statement.reader) return statement;
  const names = statement.columns().map((column) => keyOf(column.name));
  const body = names.map((name, i) => `${JSON.stringify(name)}: r[${i}]`).join(', ');
  const toObject = new Function('r', `return { ${body} };`) as (row: unknown[]) => Record<string, unknown>;
  const arrays = statement.raw(true);
  return {
    reader: true,
    all: (parameters) => (arrays.all(parameters) as unknown[][]).map(toObject),
    run: (parameters) => arrays.run(parameters),
    iterate: function* (parameters) {
      for (const row of arrays.iterate(parameters) as IterableIterator<unknown[]>) yield toObject(row);
    },
  };
}

/** Renames identifiers in queries as the camel-case plugin does; rows arrive camelCased from the statements. */
class RowsCamelCasedPlugin extends CamelCasePlugin {
  readonly keyOf = (column: string) => this.camelCase(column);
  override transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return Promise.resolve(args.result);
  }
}

/**
 * SQLite transactions start with BEGIN IMMEDIATE: a deferred transaction that reads and then writes can fail
 * at once with SQLITE_BUSY when another process wrote in between; an immediate one waits its turn instead.
 */
class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

/**
 * SQLite does run schema changes inside a transaction, but Kysely's adapter says it does not, so its migrator ran
 * each migration's statements one by one with no lock between processes: two processes starting on a new data
 * folder both ran `alter table … add column` and one died on "duplicate column name" (1 run in 12). Saying so makes
 * the migrator run them in one (immediate) transaction: the second process waits, then finds them applied.
 */
class TransactionalDdlSqliteAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}

class ImmediateSqliteDialect extends SqliteDialect {
  readonly #config: ConstructorParameters<typeof SqliteDialect>[0];
  constructor(config: ConstructorParameters<typeof SqliteDialect>[0]) {
    super(config);
    this.#config = config;
  }
  override createDriver() {
    return new ImmediateSqliteDriver(this.#config);
  }
  override createAdapter() {
    return new TransactionalDdlSqliteAdapter();
  }
}

async function migrate(db: Kysely<DB>): Promise<void> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    migrationTableName: 'nextround_migrations',
    migrationLockTableName: 'nextround_migrations_lock',
  });
  // Two processes starting on a new SQLite file race to migrate; the loser sees SQLITE_BUSY, or finds that the
  // other recorded the migration it was about to record (its own transaction is then rolled back), and retries.
  for (let attempt = 1; ; attempt++) {
    const { error } = await migrator.migrateToLatest();
    if (!error) return;
    const busy =
      error instanceof Error &&
      /SQLITE_BUSY|database is locked|already exists|UNIQUE constraint failed: nextround_migrations/i.test(
        error.message,
      );
    if (!busy || attempt >= 10) throw error;
    await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
  }
}

async function ensureLocalUser(db: Kysely<DB>): Promise<void> {
  await db
    .insertInto('users')
    .values({
      id: localUserId,
      name: '',
      email: null,
      timeZone: 'UTC',
      settings: '{}',
      revision: 0,
      createdAt: new Date().toISOString(),
    })
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
}
