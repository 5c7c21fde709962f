import type { Transaction } from 'kysely';
import type { z } from 'zod';
import { NotFoundError, ValidationError } from '../core/errors';
import type { Store } from '../store/store';
import { type Repositories, repositories } from '../store/store.repositories';
import type { DB } from '../store/store.types';

/** Who is asking. Every service call acts for exactly one user and sees only that user's rows. */
export interface Actor {
  userId: string;
}

/** What every service is built from: the store and a clock (injectable, so tests can move time). */
export interface ServiceDeps {
  store: Store;
  clock: () => Date;
}

/**
 * Parses input with a schema, turning a zod failure into a ValidationError that lists each problem.
 *
 * @example
 * const values = parseInput(applicationInput, body);
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) {
    const details = result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
    const first = details[0];
    throw new ValidationError(first ? `${first.path || 'input'}: ${first.message}` : 'Invalid input.', details);
  }
  return result.data;
}

/** The row, or a NotFoundError naming what was missing. */
export function found<T>(value: T | undefined, what: string, id: string): T {
  if (value === undefined) throw new NotFoundError(what, id);
  return value;
}

/** Checks that an application referenced by another row exists and belongs to the actor. */
export async function ownedApplication(repos: Repositories, actor: Actor, applicationId: string | null) {
  if (applicationId === null) return null;
  return found(await repos.applications.rows.get(actor.userId, applicationId), 'application', applicationId);
}

export async function ownedContact(repos: Repositories, actor: Actor, contactId: string | null) {
  if (contactId === null) return null;
  return found(await repos.contacts.rows.get(actor.userId, contactId), 'contact', contactId);
}

/**
 * Runs one write as one transaction and bumps the user's revision in it, so caches of derived views know
 * the data changed — whichever process wrote it.
 *
 * @example
 * return write(deps, actor, (repos) => repos.stories.rows.insert(story));
 */
export function write<T>(
  { store }: Pick<ServiceDeps, 'store'>,
  actor: Actor,
  fn: (repos: Repositories, trx: Transaction<DB>) => Promise<T>,
): Promise<T> {
  return store.transaction(async (trx) => {
    const repos = repositories(trx);
    const result = await fn(repos, trx);
    await repos.users.bumpRevision(actor.userId);
    return result;
  });
}

/**
 * Values derived from a user's data (counts, views), kept until the user's revision moves: every write bumps
 * it in its own transaction, so an entry is never served after a change, whichever process or app server
 * wrote. The revision is read before the value is computed, so a write landing meanwhile only makes the
 * entry stale sooner. Bounded: at most `maxUsers` users and `maxKeys` keys each.
 *
 * @example
 * const totals = new RevisionCache<number>();
 * const total = await totals.get(read.users, userId, 'archived=false', () => read.applications.count(userId, q));
 */
/**
 * Keeps `value` as the most recent entry of a per-user cache, dropping the least recently kept users beyond
 * `maxUsers`, so a hosted server's memory does not grow with every user who ever signed in.
 *
 * @example
 * keepRecent(insightsByUser, actor.userId, entry);
 */
export function keepRecent<T>(cache: Map<string, T>, userId: string, value: T, maxUsers = 1000): void {
  cache.delete(userId);
  cache.set(userId, value);
  for (const oldest of cache.keys()) {
    if (cache.size <= maxUsers) break;
    cache.delete(oldest);
  }
}

export class RevisionCache<T> {
  readonly #byUser = new Map<string, { revision: number; values: Map<string, T> }>();

  constructor(
    private readonly maxUsers = 1000,
    private readonly maxKeys = 32,
  ) {}

  async get(
    users: { revision(userId: string): Promise<number> },
    userId: string,
    key: string,
    compute: () => Promise<T>,
  ): Promise<T> {
    const revision = await users.revision(userId);
    let entry = this.#byUser.get(userId);
    if (!entry || entry.revision !== revision) {
      entry = { revision, values: new Map() };
      this.#byUser.delete(userId);
      if (this.#byUser.size >= this.maxUsers) this.#byUser.delete(this.#byUser.keys().next().value ?? '');
      this.#byUser.set(userId, entry);
    }
    const hit = entry.values.get(key);
    if (hit !== undefined) return hit;
    const value = await compute();
    if (entry.values.size >= this.maxKeys) entry.values.clear();
    entry.values.set(key, value);
    return value;
  }
}
