import { randomBytes, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { ForbiddenError, NotFoundError, ValidationError } from '../../core/errors';
import { timeZoneSchema } from '../../core/interviews/interviews.schema';
import { repositories } from '../../store/store.repositories';
import type { User } from '../../store/users/users.repository';
import { type Actor, parseInput, type ServiceDeps, write } from '../services.context';

export const mePatch = z
  .object({
    name: z.string().trim().min(1).max(200),
    timeZone: timeZoneSchema,
    /** Names and technical words the proofreader should accept (Kubernetes, a company's name…). */
    dictionary: z.array(z.string().trim().min(1).max(100)).max(2000),
    /** Days of silence after which an open application is marked ghosted. */
    ghostedAfterDays: z.number().int().min(7).max(180),
  })
  .partial()
  .strict();

/** Words to add to the dictionary and words to take out of it (either may be left out). */
export const dictionaryEdit = z
  .object({
    add: z.array(z.string().trim().min(1).max(100)).max(2000).default([]),
    remove: z.array(z.string().trim().min(1).max(100)).max(2000).default([]),
  })
  .strict();

const dictionaryLimit = 2000;

export interface Me {
  id: string;
  /** Signs the drafts; '' until the user sets it, so no draft is signed with an invented name. */
  name: string;
  email: string | null;
  timeZone: string;
  dictionary: string[];
  ghostedAfterDays: number;
}

/**
 * The name local profiles were created with before the user gave theirs (new ones start empty). It is not a
 * name: drafts signed with it read "Name: Me" and "this is Me", so it reads as not set.
 */
const unsetName = 'Me';

const toMe = (user: User): Me => ({
  id: user.id,
  name: user.name.trim() === unsetName ? '' : user.name,
  email: user.email,
  timeZone: user.timeZone,
  dictionary: Array.isArray(user.settings.dictionary) ? (user.settings.dictionary as string[]) : [],
  ghostedAfterDays: typeof user.settings.ghostedAfterDays === 'number' ? user.settings.ghostedAfterDays : 21,
});

/** The user's own profile and settings: name (signs the drafts), time zone (due dates), dictionary. */
export function meService({ store }: ServiceDeps) {
  const read = repositories(store.db);
  return {
    async get(actor: Actor): Promise<Me> {
      const user = await read.users.get(actor.userId);
      if (!user) throw new NotFoundError('user', actor.userId);
      return toMe(user);
    },
    /** The private token in the calendar feed's address, made on first use; `rotate` replaces it. */
    async calendarToken(actor: Actor, options: { rotate?: boolean } = {}): Promise<string> {
      return write({ store }, actor, async (repos) => {
        const user = await repos.users.getForUpdate(actor.userId);
        if (!user) throw new NotFoundError('user', actor.userId);
        const existing = user.settings.calendarToken;
        if (typeof existing === 'string' && !options.rotate) return existing;
        const token = randomBytes(24).toString('base64url');
        await repos.users.update(actor.userId, { settings: { ...user.settings, calendarToken: token } });
        return token;
      });
    },

    /** Checks a calendar token in constant time; a wrong or missing one is refused. */
    async checkCalendarToken(actor: Actor, token: string | undefined): Promise<void> {
      const user = await read.users.get(actor.userId);
      const expected = typeof user?.settings.calendarToken === 'string' ? user.settings.calendarToken : '';
      const given = Buffer.from(token ?? '');
      const wanted = Buffer.from(expected);
      if (!expected || given.length !== wanted.length || !timingSafeEqual(given, wanted)) {
        throw new ForbiddenError('This calendar address is not valid (the token may have been replaced).');
      }
    },

    async update(actor: Actor, input: unknown): Promise<Me> {
      const patch = parseInput(mePatch, input);
      return write({ store }, actor, async (repos) => {
        const user = await repos.users.getForUpdate(actor.userId);
        if (!user) throw new NotFoundError('user', actor.userId);
        const { name, timeZone, ...settings } = patch;
        await repos.users.update(actor.userId, {
          ...(name ? { name } : {}),
          ...(timeZone ? { timeZone } : {}),
          settings: { ...user.settings, ...settings },
        });
        return toMe({
          ...user,
          ...(name ? { name } : {}),
          ...(timeZone ? { timeZone } : {}),
          settings: { ...user.settings, ...settings },
        });
      });
    },

    /**
     * Adds and removes words in one step, against the dictionary as it is now (not as a screen loaded it), so
     * a word added from the compose screen and one added with `nextround me` at the same moment are both kept.
     * A word already there in any capitalisation is not added twice; removing ignores capitalisation too.
     *
     * @example
     * await me.editDictionary(actor, { add: ['Kubernetes'] }); // { …, dictionary: [..., 'Kubernetes'] }
     */
    async editDictionary(actor: Actor, input: unknown): Promise<Me> {
      const edit = parseInput(dictionaryEdit, input);
      return write({ store }, actor, async (repos) => {
        const user = await repos.users.getForUpdate(actor.userId);
        if (!user) throw new NotFoundError('user', actor.userId);
        const removed = new Set(edit.remove.map((word) => word.toLowerCase()));
        const words = toMe(user).dictionary.filter((word) => !removed.has(word.toLowerCase()));
        const known = new Set(words.map((word) => word.toLowerCase()));
        for (const word of edit.add) {
          if (known.has(word.toLowerCase())) continue;
          known.add(word.toLowerCase());
          words.push(word);
        }
        if (words.length > dictionaryLimit)
          throw new ValidationError(
            `The dictionary holds up to ${dictionaryLimit} words; take some out before adding more.`,
          );
        const settings = { ...user.settings, dictionary: words };
        await repos.users.update(actor.userId, { settings });
        return toMe({ ...user, settings });
      });
    },
  };
}
