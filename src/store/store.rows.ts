import { type Compilable, CompiledQuery, type DialectAdapter, type Kysely, sql } from 'kysely';
import type { DB } from './store.types';

/** A table whose rows belong to a user: every table but `users`. */
export type OwnedTable = Exclude<keyof DB, 'users'>;

/** The columns every owned table has; the shared operations touch no others by name. */
interface OwnedRow {
  id: string;
  userId: string;
  createdAt: string;
}

/** Converts between a domain entity and its row (JSON text lists, 0/1 booleans). */
export interface RowCodec<T extends OwnedTable, E> {
  toRow(entity: E): DB[T];
  fromRow(row: DB[T]): E;
}

// Compiled SQL per dialect (a transaction shares its database's adapter), then per query shape.
const compiledShapes = new WeakMap<DialectAdapter, Map<string, string | null>>();

/**
 * Runs a query whose shape is compiled once. Kysely builds and compiles a query tree on every call (≈17 µs,
 * as long as an indexed lookup takes to run, and an application's page makes eight); the hot lookups differ
 * only in their values, so each shape's SQL is kept and run again with the new values. `values` are the
 * query's parameters in order; the first build is checked to have exactly those, and a shape that does not
 * is never reused.
 *
 * @example
 * const rows = await runShape(db, 'stories.get', [id, userId], () =>
 *   db.selectFrom('stories').selectAll().where('id', '=', id).where('userId', '=', userId));
 */
export async function runShape<D, R>(
  db: Kysely<D>,
  shape: string,
  values: readonly unknown[],
  build: () => Compilable<R>,
): Promise<R[]> {
  const adapter = db.getExecutor().adapter;
  let shapes = compiledShapes.get(adapter);
  if (!shapes) {
    shapes = new Map();
    compiledShapes.set(adapter, shapes);
  }
  const known = shapes.get(shape);
  if (known) return (await db.executeQuery<R>(CompiledQuery.raw(known, [...values]))).rows;
  const compiled = build().compile();
  const reusable =
    compiled.parameters.length === values.length && compiled.parameters.every((value, i) => value === values[i]);
  if (known === undefined) shapes.set(shape, reusable ? compiled.sql : null);
  return (await db.executeQuery(compiled)).rows;
}

/**
 * The operations every owned table shares, always scoped to one user so that no query can read or change
 * another user's rows. Domain repositories build on it and add their own typed queries.
 *
 * @example
 * const rows = new OwnedRows(db, 'stories', storyCodec);
 * await rows.get(userId, id);
 */
export class OwnedRows<T extends OwnedTable, E> {
  // The shared operations only touch `id` and `user_id`, which every owned table has; a loosely typed view of
  // the database lets one implementation serve them all, and the codec restores the precise row type.
  readonly #db: Kysely<{ owned: OwnedRow }>;
  readonly #table: 'owned';

  constructor(
    db: Kysely<DB>,
    readonly table: T,
    readonly codec: RowCodec<T, E>,
  ) {
    this.#db = db as unknown as Kysely<{ owned: OwnedRow }>;
    this.#table = table as unknown as 'owned';
  }

  async insert(entity: E): Promise<E> {
    await this.#db
      .insertInto(this.#table)
      .values(this.codec.toRow(entity) as unknown as OwnedRow)
      .execute();
    return entity;
  }

  async insertMany(entities: readonly E[], chunkSize = 200): Promise<void> {
    for (let i = 0; i < entities.length; i += chunkSize) {
      const rows = entities.slice(i, i + chunkSize).map((e) => this.codec.toRow(e) as unknown as OwnedRow);
      if (rows.length > 0) await this.#db.insertInto(this.#table).values(rows).execute();
    }
  }

  async get(userId: string, id: string): Promise<E | undefined> {
    const [row] = await runShape(this.#db, `${this.table}.get`, [id, userId], () =>
      this.#db.selectFrom(this.#table).selectAll().where('id', '=', id).where('userId', '=', userId),
    );
    return row ? this.codec.fromRow(row as unknown as DB[T]) : undefined;
  }

  /** Writes the whole entity back (the service has merged the patch and validated it). */
  async replace(entity: E): Promise<E> {
    const row = this.codec.toRow(entity) as unknown as OwnedRow;
    const { id, userId, ...rest } = row;
    await this.#db
      .updateTable(this.#table)
      .set(rest as Partial<OwnedRow>)
      .where('id', '=', id)
      .where('userId', '=', userId)
      .execute();
    return entity;
  }

  async delete(userId: string, id: string): Promise<boolean> {
    const result = await this.#db
      .deleteFrom(this.#table)
      .where('id', '=', id)
      .where('userId', '=', userId)
      .executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }

  /** All of a user's rows, oldest first (export). */
  async all(userId: string): Promise<E[]> {
    const rows = await this.#db
      .selectFrom(this.#table)
      .selectAll()
      .where('userId', '=', userId)
      .orderBy('createdAt')
      .orderBy('id')
      .execute();
    return rows.map((row) => this.codec.fromRow(row as unknown as DB[T]));
  }

  /** The user's rows where `column` equals `value`, oldest first. */
  async where(userId: string, column: string, value: string, orderBy = 'createdAt'): Promise<E[]> {
    const rows = await runShape(this.#db, `${this.table}.where.${column}.${orderBy}`, [userId, value], () =>
      this.#db
        .selectFrom(this.#table)
        .selectAll()
        .where('userId', '=', userId)
        .where(sql.ref(column), '=', value)
        .orderBy(sql.ref(orderBy))
        .orderBy('id'),
    );
    return rows.map((row) => this.codec.fromRow(row as unknown as DB[T]));
  }

  async deleteAllOfUser(userId: string): Promise<void> {
    await this.#db.deleteFrom(this.#table).where('userId', '=', userId).execute();
  }
}

export const json = {
  write: (value: unknown): string => JSON.stringify(value),
  read: <T>(text: string | null, fallback: T): T => {
    if (text === null || text === '') return fallback;
    return JSON.parse(text) as T;
  },
};

export const bool = {
  write: (value: boolean): number => (value ? 1 : 0),
  read: (value: number | boolean): boolean => value === 1 || value === true,
};
