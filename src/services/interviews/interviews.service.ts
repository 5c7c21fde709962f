import { ValidationError } from '../../core/errors';
import { newId } from '../../core/ids';
import {
  type Debrief,
  debriefInput,
  type Interview,
  interviewInput,
  interviewPatch,
  startsAtIn,
} from '../../core/interviews/interviews.schema';
import type { Repositories } from '../../store/store.repositories';
import { repositories } from '../../store/store.repositories';
import { type Actor, found, ownedApplication, parseInput, type ServiceDeps, write } from '../services.context';

export function interviewsService({ store, clock }: ServiceDeps) {
  const read = repositories(store.db);
  return {
    /** Adds an interview; its interviewers must be contacts of the same user. */
    async create(actor: Actor, input: unknown): Promise<Interview> {
      const values = parseInput(interviewInput, input);
      const now = clock().toISOString();
      return write({ store }, actor, async (repos) => {
        await ownedApplication(repos, actor, values.applicationId);
        await checkInterviewers(repos, actor, values.interviewerIds);
        // An interview given without a zone happens where the user is (their profile's zone), not in UTC.
        const timeZone = values.timeZone ?? (await repos.users.get(actor.userId))?.timeZone ?? 'UTC';
        const interview: Interview = {
          id: newId(),
          userId: actor.userId,
          ...values,
          startsAt: startsAtIn(values.startsAt, timeZone),
          timeZone,
          createdAt: now,
          updatedAt: now,
        };
        await repos.interviews.rows.insert(interview);
        await repos.applications.touch(actor.userId, values.applicationId, now);
        return interview;
      });
    },
    async get(actor: Actor, id: string): Promise<Interview> {
      return found(await read.interviews.rows.get(actor.userId, id), 'interview', id);
    },
    async update(actor: Actor, id: string, input: unknown): Promise<Interview> {
      const patch = parseInput(interviewPatch, input);
      const now = clock().toISOString();
      return write({ store }, actor, async (repos) => {
        const current = found(await repos.interviews.rows.get(actor.userId, id), 'interview', id);
        if (patch.interviewerIds) await checkInterviewers(repos, actor, patch.interviewerIds);
        const timeZone = patch.timeZone ?? current.timeZone;
        const startsAt = startsAtIn(patch.startsAt ?? current.startsAt, timeZone);
        return repos.interviews.rows.replace({ ...current, ...patch, startsAt, updatedAt: now });
      });
    },
    async delete(actor: Actor, id: string): Promise<void> {
      await write({ store }, actor, async (repos) => {
        found(await repos.interviews.rows.get(actor.userId, id), 'interview', id);
        await repos.interviews.rows.delete(actor.userId, id);
      });
    },

    async debrief(actor: Actor, interviewId: string): Promise<Debrief> {
      found(await read.interviews.rows.get(actor.userId, interviewId), 'interview', interviewId);
      return found(await read.interviews.debriefOf(actor.userId, interviewId), 'debrief for interview', interviewId);
    },

    /** Saves the debrief of an interview: creates it the first time, replaces it after that. */
    async saveDebrief(actor: Actor, interviewId: string, input: unknown): Promise<Debrief> {
      const values = parseInput(debriefInput, input);
      const now = clock().toISOString();
      return write({ store }, actor, async (repos) => {
        const interview = found(await repos.interviews.rows.get(actor.userId, interviewId), 'interview', interviewId);
        await checkInterviewers(repos, actor, values.interviewersMet);
        const existing = await repos.interviews.debriefOf(actor.userId, interviewId);
        const debrief: Debrief = {
          id: existing?.id ?? newId(),
          userId: actor.userId,
          interviewId,
          ...values,
          createdAt: existing?.createdAt ?? now,
          updatedAt: now,
        };
        if (existing) await repos.interviews.debriefs.replace(debrief);
        else await repos.interviews.debriefs.insert(debrief);
        await repos.applications.touch(actor.userId, interview.applicationId, now);
        return debrief;
      });
    },
  };
}

async function checkInterviewers(repos: Repositories, actor: Actor, ids: readonly string[]) {
  for (const id of new Set(ids)) {
    const contact = await repos.contacts.rows.get(actor.userId, id);
    if (!contact) throw new ValidationError(`interviewerIds: no contact with id ${id}.`, { id });
  }
}
