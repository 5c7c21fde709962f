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
